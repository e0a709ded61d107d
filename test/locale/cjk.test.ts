import { describe, expect, it } from "vitest";
import { detect } from "../../src/index.js";
import { fold } from "../../src/normalize/fold.js";
import { digitsView } from "../../src/normalize/digits.js";
import { sentencesOf, phraseTokens } from "../../src/recognizers/phrases/tokens.js";
import { cpuSince, LINEAR_100KB_CPU_MS } from "../helpers/cpu.js";

/*
 * Chinese, Japanese and Korean (issue 17): digit names in the digits view, CJK tokens in the phrase
 * recognizers, requests (C8), off-platform proposals (C9), and the look-alikes that must stay clean.
 */

const types = (text: string) => detect(text).map((f) => f.type);
const has = (text: string, type: string) => expect(types(text), text).toContain(type);
const lacks = (text: string, type: string) => expect(types(text), text).not.toContain(type);
const CONTACT = ["phone", "email", "address", "messenger", "social", "contact_link", "contact_request", "off_platform"];
const clean = (text: string) => expect(detect(text).filter((f) => CONTACT.includes(f.type)), text).toEqual([]);

describe("phrase tokens: Han and kana one character each, Hangul apart from Latin", () => {
  it("cuts Chinese and Japanese into characters, keeps Latin words whole", () => {
    const [s] = sentencesOf(fold("加个微信吧"));
    expect(s!.tokens.map((t) => t.text)).toEqual(["加", "个", "微", "信", "吧"]);
    const [j] = sentencesOf(fold("LINEのIDを教えて"));
    expect(j!.tokens.map((t) => t.text)).toEqual(["line", "の", "id", "を", "教", "え", "て"]);
  });
  it("splits a Hangul particle from a Latin word, keeps Hangul words whole", () => {
    const [k] = sentencesOf(fold("카카오톡 ID를 남겨주세요"));
    expect(k!.tokens.map((t) => t.text)).toEqual(["카카오톡", "id", "를", "남겨주세요"]);
  });
  it("cuts lexicon phrases the same way", () => {
    expect(phraseTokens("微信号")).toEqual(["微", "信", "号"]);
    expect(phraseTokens("카톡 아이디")).toEqual(["카톡", "아이디"]);
  });
  it("closes a sentence at the ideographic full stop", () => {
    expect(sentencesOf(fold("好的。加微信"))).toHaveLength(2);
  });
});

describe("digits view: CJK digit names", () => {
  const digits = (text: string) => digitsView(fold(text)).text;
  it("reads Han numerals, 幺 and 〇", () => {
    expect(digits("幺三九 幺七四二 八三六五")).toBe("139 1742 8365");
    expect(digits("〇八〇・三九二七・一五四六")).toBe("080 3927 1546");
  });
  it("reads Japanese katakana readings", () => {
    expect(digits("ゼロキューゼロ、ヨンイチハチニ、ナナサンゴーロク")).toBe("090 4182 7356");
  });
  it("reads Sino-Korean syllables", () => {
    expect(digits("공일공 칠삼오일 이팔사육")).toBe("010 7351 2846");
  });
  it("reads CJK dashes between digit groups", () => {
    expect(digits("090 ー 4182 ー 7356")).toBe("090 4182 7356");
    expect(digits("010ㅡ7351ㅡ2846")).toBe("010 7351 2846");
  });
  it("leaves dates, counts and words that hold a digit name alone", () => {
    for (const t of ["二〇二六年三月五日", "一起去吃饭", "이사 갑니다", "にしてください", "三千五百元", "第一二三章"]) expect(digits(t)).toBe(fold(t).text);
  });
});

describe("phones", () => {
  it("finds spelled and cued numbers", () => {
    has("我电话：幺三九 幺七四二 八三六五，白天都在", "phone");
    has("手机号一三八，一七四二，六三九五，打不通就发短信", "phone");
    has("電話番号は ゼロキューゼロ、ヨンイチハチニ、ナナサンゴーロク です", "phone");
    has("제 번호는 공일공 칠삼오일 이팔사육 이에요", "phone");
    has("电话 139 1742 8365", "phone");
    has("携帯 090-4182-7356", "phone");
  });
  it("leaves dates and order numbers", () => {
    clean("纳期是二〇二六年三月五日");
    clean("納期は2026年3月5日、中間チェックは2月20日でお願いします。");
  });
});

describe("contact requests (C8)", () => {
  it("zh", () => {
    has("方便留个微信吗？我们加个好友细聊", "contact_request");
    has("您的邮箱是多少？我把报价单发过去", "contact_request");
    has("能加一下您的微信吗？", "contact_request");
    has("投标时请留下您的微信号或手机号，方便联系。", "contact_request");
    has("加个微信吧", "contact_request");
  });
  it("ja", () => {
    has("LINE交換しませんか？", "contact_request");
    has("LINEのIDを教えてください", "contact_request");
  });
  it("ko", () => {
    has("카톡 아이디 알려주실 수 있나요?", "contact_request");
    has("전화번호 좀 알려주세요", "contact_request");
    has("지원 시 연락 가능한 카카오톡 ID를 꼭 남겨주세요.", "contact_request");
  });
  it("negations and refusals stay clean", () => {
    clean("按平台规定，签约前不能加微信，我们就在这里沟通吧");
    clean("不要加微信");
    clean("契約前なのでLINEの交換はできません。こちらのメッセージでやり取りさせてください。");
    clean("LINEは使いません");
    clean("계약 전에는 카톡 교환이 안 돼서요, 여기서 계속 얘기 나눠요");
  });
  it("products named after a messenger stay clean", () => {
    clean("招微信小程序开发，需要对接微信支付和公众号消息推送。");
    clean("LINE公式アカウントとLIFFアプリの開発経験が5年あります。");
    clean("카카오 로그인과 카카오페이 연동 가능한 개발자 구합니다");
  });
});

describe("off-platform proposals (C9)", () => {
  it("zh", () => {
    has("直接支付宝转我就行，不走平台省手续费", "off_platform");
    has("我的联系方式在作品集最后一页，扫码加我", "off_platform");
  });
  it("ja", () => {
    has("毎回ここにログインするのが面倒なので、今後は別の方法で直接連絡を取り合いませんか？", "off_platform");
    has("手数料がもったいないので、直接銀行振込でお支払いしてもいいですか？", "off_platform");
    has("プロフィール画像のQRコードから友だち追加してください", "off_platform");
  });
  it("ko", () => {
    has("플랫폼 밖에서 따로 연락하는 게 어떨까요?", "off_platform");
    has("카톡으로 얘기해요", "off_platform");
  });
  it("dodging the commission", () => {
    has("手数料がもったいないので、サイト外で直接取引しませんか", "off_platform");
    has("システム利用料を節約したいです", "off_platform");
    has("수수료 아끼려면 직접 거래해요", "off_platform");
    has("绕过平台可以省佣金", "off_platform");
    lacks("手数料は10%です", "off_platform");
    lacks("수수료는 10%입니다", "off_platform");
  });
  it("a channel with a verb of talking", () => {
    has("转到微信聊吧", "off_platform");
    has("我们微信联系吧", "off_platform");
    has("ラインで話しましょう", "off_platform");
    lacks("LINEで話しません", "off_platform");
    lacks("不要在微信上聊", "off_platform");
    lacks("메일로 보내주세요", "off_platform");
  });
  it("refusals and on-platform talk stay clean", () => {
    lacks("不要私下交易", "off_platform");
    lacks("直接連絡は禁止です", "off_platform");
    lacks("따로 연락하지 마세요", "off_platform");
    clean("我在杭州西湖区，时间上和你一样");
    clean("渋谷区在住です、打ち合わせはこちらのチャットで問題ありません");
  });
});

describe("digits view: a lone 一 between written digits is a dash", () => {
  it("reads (925)一 322 一6019 as a US number", () => {
    const f = detect("Contact for more information  (925)一 322 一6019").find((x) => x.type === "phone");
    expect(f?.value).toBe("+19253226019");
  });
});

/* The same bound as test/detect/redos.test.ts, over the CJK tables: 100 KB of each. */
describe("linear time on 100 KB of CJK adversarial input", () => {
  const fill = (unit: string) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  const inputs: Record<string, string> = {
    "Han digits": fill("幺三九"),
    "Han digits and spaces": fill("一 "),
    "kana digit readings": fill("ゼロキュー"),
    "kana readings with separators": fill("ゼロ、"),
    "Hangul digit syllables": fill("공일공 "),
    "CJK dashes between digits": fill("1ー"),
    "lone 一 between digits": fill("5一"),
    "zh request words": fill("加个微信你的邮箱是多少"),
    "ja request words": fill("LINEのIDを教えて"),
    "ko request words": fill("카톡 아이디 알려주세요 "),
    "zh proposals": fill("我们私下联系直接支付宝转我"),
    "negations": fill("不要加微信できません"),
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(name, () => {
      const t0 = process.cpuUsage();
      detect(text);
      expect(cpuSince(t0)).toBeLessThan(LINEAR_100KB_CPU_MS);
    });
  }
});
