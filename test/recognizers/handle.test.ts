import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detectWith } from "../../src/detect/detect.js";
import type { Finding } from "../../src/core/types.js";
import { ALIAS_REGEX, allAliases, findAliases, handleRecognizer, handleRecognizers, mentionsPlatform } from "../../src/recognizers/handle/index.js";
import { shortPathRecognizer } from "../../src/recognizers/handle/short-path.js";
import { phoneRecognizer } from "../../src/recognizers/phone/index.js";
import { cpuSince, LINEAR_100KB_CPU_MS } from "../helpers/cpu.js";
import { PHONE_WORDS } from "../../src/recognizers/handle/tables.js";
import { LOCALES } from "../../src/locale/index.js";
import { fold } from "../../src/normalize/fold.js";

const find = (text: string, region?: string): Finding[] =>
  detectWith(handleRecognizers, text, region ? { defaultRegion: region } : {});
const values = (text: string, region?: string) => find(text, region).map((f) => f.value);
const one = (text: string, value: string, region?: string): Finding => {
  const f = find(text, region).find((x) => x.value === value);
  expect(f, `${text} → ${JSON.stringify(values(text, region))}`).toBeDefined();
  expect(f!.text).toBe(text.slice(f!.start, f!.end));
  return f!;
};

describe("handle recognizer: exports", () => {
  it("is one recognizer for messenger and social findings, and one for account paths without a host", () => {
    expect(handleRecognizers).toEqual([handleRecognizer, shortPathRecognizer]);
    expect(handleRecognizer.types).toEqual(["messenger", "social"]);
  });
  it("has a cheap platform pre-test", () => {
    expect(mentionsPlatform("find me on telegram")).toBe(true);
    expect(mentionsPlatform("w.h.a.t.s.a.p.p")).toBe(true);
    expect(mentionsPlatform("nothing to see here")).toBe(false);
  });
});

describe("platform words: the trie walker matches the alias regex exactly", () => {
  const regexMatches = (text: string) => [...text.matchAll(ALIAS_REGEX)].map((m) => [m.index, m.index + m[0].length]);
  const aliases = allAliases().map((a) => a.alias);
  // Alias pieces glued with separators, leet and word characters: where the two could disagree.
  const piece = fc.oneof(
    fc.constantFrom(...aliases),
    fc.constantFrom(...aliases).map((a) => [...a].join(".")),
    fc.constantFrom(...aliases).map((a) => a.replace(/a/g, "@").replace(/o/g, "0").replace(/s/g, "$")),
    fc.constantFrom(" ", ".", "-", "_", "x", "1", "é", "號", "\u{1F600}", "a", "me", ": "),
    fc.string({ maxLength: 4 }),
  );
  it("on random glued alias pieces", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(findAliases(text)).toEqual(regexMatches(text));
      }),
      { numRuns: 3000 },
    );
  });
  it("on every alias alone, and inside words", () => {
    for (const a of aliases) {
      for (const text of [a, `my ${a}: x`, `x${a}`, `${a}x`, `${a}.`]) expect(findAliases(text), text).toEqual(regexMatches(text));
    }
  });
  it("finds nothing in plain prose", () => {
    expect(findAliases("nothing to see here")).toEqual([]);
  });
});

describe("(a) platform word + handle", () => {
  const cases: Array<[string, string, string, string?]> = [
    ["my skype id is kenji.sato.dev", "skype:kenji.sato.dev", "messenger", "skype id is kenji.sato.dev"],
    ["Follow my threads on X: @kenji_builds", "x:kenji_builds", "social", "X: @kenji_builds"],
    ["insta: @kenji.art", "instagram:kenji.art", "social", "insta: @kenji.art"],
    ["add me on discord kenji#1234", "discord:kenji#1234", "messenger", "discord kenji#1234"],
    ["discord: kenji_dev", "discord:kenji_dev", "messenger"],
    ["telegram @kenjisato", "telegram:kenjisato", "messenger", "telegram @kenjisato"],
    ["wechat ID: kenji_88", "wechat:kenji_88", "messenger", "wechat ID: kenji_88"],
    ["LINE: kenji88", "line:kenji88", "messenger", "LINE: kenji88"],
    ["ig @kenji", "instagram:kenji", "social", "ig @kenji"],
    ["snap: kenji.s", "snapchat:kenji.s", "social"],
    ["Skype: kenji.sato.", "skype:kenji.sato", "messenger", "Skype: kenji.sato"],
    ["instagram, follow @kenji.art", "instagram:kenji.art", "social"],
    ["WhatsApp +1 (415) 555-0199 / Telegram @kenji_sato", "telegram:kenji_sato", "messenger", "Telegram @kenji_sato"],
  ];
  for (const [text, value, type, span] of cases) {
    it(text, () => {
      const f = one(text, value);
      expect(f.type).toBe(type);
      expect(f.platform).toBe(value.split(":")[0]);
      expect(f.confidence).toBeGreaterThanOrEqual(0.75);
      if (span) expect(f.text).toBe(span);
    });
  }

  it("requires an explicit marker after an ambiguous word", () => {
    expect(values("line kenji88")).toEqual([]);
    expect(values("LINE: kenji88")).toEqual(["line:kenji88"]);
    expect(values("line id kenji88")).toEqual(["line:kenji88"]);
    expect(values("tg kenji_sato")).toEqual([]);
    expect(values("tg @kenji_sato")).toEqual(["telegram:kenji_sato"]);
  });

  it("takes only an @handle after single-letter and very common words", () => {
    expect(values("x: kenji_builds")).toEqual([]);
    expect(values("x: @kenji_builds")).toEqual(["x:kenji_builds"]);
    expect(values("threads: worker_1")).toEqual([]);
  });

  it("checks the handle shape of the platform", () => {
    expect(values("skype: kenji")).toEqual([]); // Skype names have 6–32 characters
    expect(values("telegram: @ken")).toEqual([]); // Telegram usernames have 5–32
    expect(values("signal: kenji")).toEqual([]); // Signal usernames end in .NN
    expect(values("signal: kenji.42")).toEqual(["signal:kenji.42"]);
  });

  it("leaves e-mail addresses to the e-mail recognizer", () => {
    expect(values("skype: kenji.sato@outlook.com")).toEqual([]);
    expect(values("teams: kenji@acme.com")).toEqual([]);
  });

  it("splits a list of platforms sharing one handle", () => {
    expect(values("whatsapp/telegram: +44 7911 123456")).toEqual(["whatsapp:+447911123456"]);
    expect(values("telegram or discord: kenji_sato")).toEqual(["telegram:kenji_sato"]);
  });

  it("undoes separators and leet in the platform word and reports it", () => {
    const spaced = one("t.e.l.e.g.r.a.m: kenji_sato", "telegram:kenji_sato");
    expect(spaced.evidence.disguises).toContain("spacing");
    const leet = one("t3l3gr@m: kenji_sato", "telegram:kenji_sato");
    expect(leet.evidence.disguises).toContain("leet");
    one("what-s-app: +1 415 555 0199", "whatsapp:+14155550199");
    one("ｔｅｌｅｇｒａｍ: kenji_sato", "telegram:kenji_sato");
    one("tеlеgrаm: kenji_sato", "telegram:kenji_sato"); // Cyrillic е and а
    one("tele\u200bgram: kenji_sato", "telegram:kenji_sato");
    one("w h a t s a p p: +1 415 555 0199", "whatsapp:+14155550199");
  });

  it("records the platform word as context", () => {
    expect(one("Telegram: @kenji_sato", "telegram:kenji_sato").evidence.contextWords).toContain("Telegram");
  });
});

describe("(b) platform word + phone number", () => {
  it("WhatsApp me on +91 98200 12345", () => {
    const f = one("WhatsApp me on +91 98200 12345", "whatsapp:+919820012345");
    expect(f.type).toBe("messenger");
    expect(f.text).toBe("WhatsApp me on +91 98200 12345");
    expect(f.recognizer).toBe("handle.phone");
  });
  it("my whatsapp is 415 555 0199 (default region)", () => {
    expect(one("my whatsapp is 415 555 0199", "whatsapp:+14155550199").text).toBe("whatsapp is 415 555 0199");
  });
  it("uses the caller's default region", () => {
    one("whatsapp: 020 7946 0018", "whatsapp:+442079460018", "GB");
    expect(values("whatsapp: 020 7946 0018", "US")).toEqual([]);
  });
  it("viber +380…", () => {
    one("viber +380 67 123 4567", "viber:+380671234567");
  });
  it("reads numbers written in words (digits view)", () => {
    const f = one("my whatsapp is four one five five five five zero one nine nine", "whatsapp:+14155550199");
    expect(f.evidence.disguises).toContain("number_word");
  });
  it("drops trailing groups that are not part of the number", () => {
    one("whatsapp +1 415 555 0199 2 times a day", "whatsapp:+14155550199");
  });
  it("needs a marker or a + after an ambiguous word", () => {
    expect(values("signal 415 555 0199")).toEqual([]);
    expect(values("signal number 415 555 0199")).toEqual(["signal:+14155550199"]);
    expect(values("signal +1 415 555 0199")).toEqual(["signal:+14155550199"]);
  });
  it("only for platforms whose account is a phone number", () => {
    expect(values("instagram 415 555 0199")).toEqual([]);
  });
  it("keeps the phone finding of the phone recognizer too", () => {
    const found = detectWith([handleRecognizer, phoneRecognizer], "WhatsApp me on +91 98200 12345");
    expect(found.map((f) => f.type).sort()).toEqual(["messenger", "phone"]);
  });
});

describe("(c) invitations without a handle", () => {
  const cases: Array<[string, string, string]> = [
    ["WhatsApp me", "whatsapp:", "WhatsApp me"],
    ["text me on telegram", "telegram:", "text me on telegram"],
    ["find me on instagram", "instagram:", "find me on instagram"],
    ["add me on skype", "skype:", "add me on skype"],
    ["let's move to WhatsApp", "whatsapp:", "let's move to WhatsApp"],
    ["hit me up on signal", "signal:", "hit me up on signal"],
    ["Ok, let's continue this conversation on Telegram.", "telegram:", "let's continue this conversation on Telegram"],
    ["can you ping me on slack?", "slack:", "ping me on slack"],
    ["let's hop on a zoom call", "zoom:", "let's hop on a zoom call"],
    ["I'm on LinkedIn", "linkedin:", "I'm on LinkedIn"],
    ["加我微信", "wechat:", "加我微信"],
  ];
  for (const [text, value, span] of cases) {
    it(text, () => {
      const f = one(text, value);
      expect(f.text).toBe(span);
      expect(f.recognizer).toBe("handle.invite");
      expect(f.confidence).toBeGreaterThanOrEqual(0.6);
      expect(f.confidence).toBeLessThanOrEqual(0.7);
    });
  }
  it("reports each platform of a list", () => {
    expect(values("find me on whatsapp or telegram")).toEqual(["whatsapp:", "telegram:"]);
  });
  it("needs the ambiguous word to stand alone", () => {
    expect(values("text me on line 5")).toEqual([]);
    expect(values("I'm on teams of 5")).toEqual([]);
    expect(values("I'm on x-axis duty")).toEqual([]);
  });
});

describe("(d) bare @mentions", () => {
  it("are not contact information on their own", () => {
    expect(values("@kenji_builds")).toEqual([]);
    expect(values("thanks @kenji_builds, looks good")).toEqual([]);
    expect(values("@john please review")).toEqual([]);
  });
  it("count a few words after a platform word", () => {
    expect(values("on twitter I am @kenji_builds")).toEqual(["x:kenji_builds"]);
    expect(values("twitter is great. @kenji_builds")).toEqual([]);
  });
});

describe("(a') a label word later in the sentence hands over the account", () => {
  const cases: Array<[string, string]> = [
    ["카톡으로 얘기해요 ㅋㅋ 아디 sori_ink", "kakaotalk:sori_ink"],
    ["ラインで話しましょう、IDは mio.works です", "line:mio.works"],
    ["LINEのIDは mio.works です", "line:mio.works"],
    ["내 라인 아이디는 abc_123", "line:abc_123"],
    ["Discord is easier, my id kairo_88", "discord:kairo_88"],
    ["пиши в тг: @kostya_motion", "telegram:kostya_motion"],
    ["老板好，详情页设计我可以做。加V：xiaoyu_ui88", "wechat:xiaoyu_ui88"],
    ["แอดไลน์มาที่ @nattapong.dev นะครับ", "line:nattapong.dev"],
    // Russian case forms of the channel nicknames.
    ["пиши в телегу: @kostya_motion", "telegram:kostya_motion"],
    ["я в телеге @kostya_motion", "telegram:kostya_motion"],
    ["напиши в телеграме: @kostya_m", "telegram:kostya_m"],
    ["пиши в ватсапе: +7 916 123-45-67", "whatsapp:+79161234567"],
  ];
  for (const [text, value] of cases) it(text, () => expect(one(text, value).confidence).toBeGreaterThanOrEqual(0.7));

  const negatives = [
    // An ambiguous Latin word with a label and an identifier is code, not LINE.
    "line 3, id: user_id",
    // A label in a spaced script needs a clause break or a possessive before it.
    "Discord bot config, set the id user_id",
    // Ambiguous Katakana/Hangul words inside longer words: guideline, online.
    "ガイドラインのIDは abc_123",
    "온라인으로 얘기해요 아디 abc_123",
    // The label must be followed by a handle-shaped word.
    "카톡으로 얘기해요 아디 알려줄게요",
    // "加V" needs a marker; "加vip" is no handle.
    "加vip群",
    "加V 好的",
    // A refusal names no account.
    "я не пользуюсь телегой",
    "в телеге сено, а я на @kostya",
    "сено в телеге",
    "LISTED ON 1STDIBS -- PINTEREST -- EBAY AND OTHER SITES",
  ];
  for (const text of negatives) it(`not ${JSON.stringify(text)}`, () => expect(values(text)).toEqual([]));
});

describe("every locale's label words hand over the account later in the sentence", () => {
  for (const locale of LOCALES) {
    const labels = (locale.handle?.labelWords ?? []).filter((w) => !PHONE_WORDS.has(fold(w).text));
    if (labels.length === 0) continue;
    it(`${locale.code}: "Telegram, <label>: kenji_88"`, () => {
      // A Cyrillic label in a Cyrillic sentence: alone among Latin words, look-alike letters read as Latin (fold).
      const say = (w: string) => (/\p{Script=Cyrillic}/u.test(w) ? `Пишите в Telegram, ${w}: kenji_88` : `Telegram, ${w}: kenji_88`);
      const missed = labels.filter((w) => !values(say(w)).includes("telegram:kenji_88"));
      expect(missed).toEqual([]);
    });
    it(`${locale.code}: a label and a handle-shaped word without a platform word are nothing`, () => {
      const found = labels.filter((w) => values(`${w}: kenji_88`).length > 0);
      expect(found).toEqual([]);
    });
  }
});

describe("negatives: platforms as skills, products and ordinary words", () => {
  const negatives = [
    "I build Slack bots",
    "WhatsApp Business API experience",
    "Telegram integrations",
    "Discord bot developer",
    "Instagram marketing",
    "LinkedIn ads",
    "Facebook pixel",
    "Zoom SDK",
    "experience with Signal processing",
    "x-axis",
    "Line 5 of the file",
    "teams of 5",
    "signal strength",
    "I'm on a team",
    "wa was washing",
    "snap to grid",
    "@john please review",
    "email me at kenji@gmail.com",
    "Must have experience with Slack, Jira and Zoom",
    "We communicate via Slack internally",
    "I have 5 years of experience with Instagram, Facebook and TikTok ads",
    "The signal is noisy at 5 GHz",
    "Set X to 5",
    "X = 10",
    "Zoom in on the image",
    "zoom level 125",
    "whatsapp web version 2.24.1",
    "my_whatsapp_id",
    "#instagram #photography",
    "@instagram",
    "cut me some slack",
    "Your LinkedIn profile looks great",
    "My LinkedIn profile is outdated",
    "skype is down today",
    "telegram: yes",
    "discord: n/a",
    "Skills: Slack: advanced",
    "I message clients daily",
    "meet the deadline",
    "whereby the client agrees",
    "whats up with the build",
    "the threads library",
    "drop me a line",
  ];
  for (const text of negatives) {
    it(JSON.stringify(text), () => expect(values(text)).toEqual([]));
  }
});

describe("links are the link recognizer's", () => {
  const links = [
    "wa.me/14155550199",
    "https://t.me/kenji_sato",
    "skype:kenji.sato?chat",
    "x.com/kenji_builds",
    "https://www.instagram.com/kenji.art/",
    "zoom.us/j/81234567890",
    "meet.google.com/abc-defg-hij",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting",
    "discord.gg/abc123",
    "https://www.linkedin.com/in/kenji-sato",
    "https://example.com/whatsapp",
    "jit.si/kenji-room",
  ];
  for (const text of links) {
    it(text, () => expect(values(text)).toEqual([]));
  }
  it("still reads the handle next to a link", () => {
    expect(values("portfolio: example.com — telegram: @kenji_sato")).toEqual(["telegram:kenji_sato"]);
  });
});

describe("robustness", () => {
  it("never throws and keeps spans inside the text", () => {
    const piece = fc.constantFrom(
      "whatsapp", "wa", "w.a.", "x", ":", " ", "@", "kenji_88", "+1 415 555 0199", "me", "on", "find", "let's move to",
      "ig", "line", "微信", "号", "/", "or", ".", "-", "\n", "telegram", "id", "is", "my", "zoom", "812 3456 7890", "@kenji@a.b",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        for (const f of find(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.text).toBe(text.slice(f.start, f.end));
          expect(["messenger", "social"]).toContain(f.type);
          expect(f.value.startsWith(`${f.platform}:`)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  const SIZE = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  const ADVERSARIAL: Record<string, string> = {
    "platform words": fill("whatsapp "),
    "at signs": fill("@"),
    "dotted letters": fill("a.a."),
    "spaced alias": fill("w.h.a.t.s.a.p.p "),
    "single letter alias": fill("x "),
    "marker and at": fill("x: @"),
    "markers": fill("telegram: "),
    "phone prefixes": fill("whatsapp +1 415 "),
    "invitations": fill("find me on whatsapp or telegram, "),
    "handles": fill("insta @kenji_"),
    "long handle": `skype ${fill("k.")}`,
    "leet": fill("t3l3"),
    "separators": fill("w-"),
    "meeting digits": fill("zoom 1"),
    "ambiguous markers": fill("line: "),
    "invite phrases": fill("let's move to "),
    "mastodon": fill("mastodon: @a@b."),
    "bluesky": fill("bluesky: a-a."),
    "matrix": fill("matrix: @a:b."),
    "cjk": fill("微信号"),
    "ig": fill("ig "),
    "me": fill("whatsapp me "),
    "slashes": fill("whatsapp/"),
    "fillers": `whatsapp ${fill("is me on ")}`,
  };
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`100 KB of ${name} in linear time (CPU bound)`, () => {
      const t0 = process.cpuUsage();
      find(text);
      expect(cpuSince(t0)).toBeLessThan(LINEAR_100KB_CPU_MS);
    });
  }
});

describe("a handle given after a cue later in the sentence", () => {
  const cases: Array<[string, string]> = [
    ["Interviews happen on Discord, add kairo.mods and say which role", "discord:kairo.mods"],
    ["I'm usually quicker on Skype, ID live:.cid.7f3a91c2e4b8d015", "skype:live:.cid.7f3a91c2e4b8d015"],
    ["Discord is easier, I'm pixel_witch there", "discord:pixel_witch"],
    ["Telegram works best, add @kenji_sato", "telegram:kenji_sato"],
  ];
  for (const [text, value] of cases) it(text, () => one(text, value));
  it("needs a handle shape, a label or an @ after a verb", () => {
    expect(values("We use Slack, add more channels later")).toEqual([]);
    expect(values("We use Slack, add the bot.js file")).toEqual([]);
  });
});

describe("invitations inside refusals, warnings and reported speech", () => {
  const negatives = [
    "Heads up: scammers often ask to move to Telegram. We never do that.",
    "I'd love to help, but I won't move to WhatsApp before the contract starts.",
    "Note to applicants: any proposal asking us to move to WhatsApp or Telegram will be reported.",
    "he asked me to move to Telegram, so I reported him",
    "Prefiero no pasar a WhatsApp todavía.",
  ];
  for (const text of negatives) it(text, () => expect(values(text).filter((v) => v.endsWith(":"))).toEqual([]));
  it("a refusal in an earlier clause does not veto a later invitation", () => {
    expect(values("No worries, let's move to WhatsApp")).toEqual(["whatsapp:"]);
  });
});

describe("platform nicknames", () => {
  it("'la red del pajarito', 'the bird app' are X; 'the gram' is Instagram", () => {
    one("en la red del pajarito soy @valenilustra", "x:valenilustra");
    one("on the bird app I'm @kenji_x", "x:kenji_x");
    one("look me up on the gram: lenamakesthings", "instagram:lenamakesthings");
  });
  it("a price by the gram is not Instagram", () => {
    expect(values("sold by the gram: 10 dollars")).toEqual([]);
    expect(values("price per the gram is high")).toEqual([]);
  });
});

describe("an @handle before the platform word", () => {
  it("'I'm @rhea.k on the Lisbon Devs Slack'", () => {
    expect(one("I'm @rhea.k on the Lisbon Devs Slack, ping me there", "slack:rhea.k").text).toBe("@rhea.k on the Lisbon Devs Slack");
    one("I'm @kenji_88 on telegram", "telegram:kenji_88");
  });
  it("not a mention followed by other words and then a platform", () => {
    expect(values("thanks @john for the intro on Slack")).toEqual([]);
    expect(values("cc @maria in the team channel on Slack")).toEqual([]);
  });
});

describe("a label joined by a hyphen", () => {
  it("'Threema-ID: 7XK4P2RM', 'Skype-ID: kenji.sato'", () => {
    one("Threema-ID: 7XK4P2RM, dort bin ich am schnellsten", "threema:7XK4P2RM".toLowerCase());
    one("Skype-ID: kenji.sato", "skype:kenji.sato");
  });
  it("other hyphenated words stay compounds", () => {
    expect(values("telegram-bot for alerts")).toEqual([]);
    expect(values("the x-axis label")).toEqual([]);
  });
});

describe("a handle with its dots spelled out (issue 17)", () => {
  it("bracketed and spelled dot words, in several languages", () => {
    one("IG: lena (dot) makes (dot) things", "instagram:lena.makes.things");
    one("my insta is lena dot makes dot things", "instagram:lena.makes.things");
    one("no insta eu sou bia ponto arq ponto interiores", "instagram:bia.arq.interiores");
    one("mein Insta: k.berger [punkt] design", "instagram:k.berger.design");
    one("инстаграм: lena точка art", "instagram:lena.art");
  });
  it("the dotted form only when the joined name is the platform's handle shape", () => {
    // Telegram handles have no dots: the spelled dot is not part of the handle.
    expect(values("telegram: lena_makes dot things").filter((v) => v.includes("."))).toEqual([]);
    // prose after the platform word is still prose
    expect(values("no insta eu sou fotógrafa")).toEqual([]);
  });
});

describe("channel nicknames with a handle (issue 17)", () => {
  it("'tele'/'텔레' is Telegram before an @handle or a label", () => {
    one("my tele is @dan_k, message me there", "telegram:dan_k");
    one("mi tele es @carlos_dev", "telegram:carlos_dev");
    one("mein Tele: @max_design", "telegram:max_design");
    one("tele: @budi_dev", "telegram:budi_dev");
    one("텔레 @jun_dev 로 연락주세요", "telegram:jun_dev");
  });
  it("'tele' as the TV, a lens or the telephone is not Telegram", () => {
    expect(values("la tele está rota")).toEqual([]);
    expect(values("vi el partido en la tele anoche")).toEqual([]);
    expect(values("das Tele-Objektiv ist für die Produktfotos zu lang")).toEqual([]);
    expect(values("Tele: 030 1234567", "DE")).toEqual([]);
    expect(values("텔레비전 @jun_dev 봤어")).toEqual([]);
  });
  it("Turkish endings, Viber usernames, WhatsApp as 'wp' with a marker", () => {
    one("telegramım @mehmetdev", "telegram:mehmetdev");
    one("viber ko: @juan_dc", "viber:juan_dc");
    one("WP: +90 532 123 45 67", "whatsapp:+905321234567");
  });
  it("'wp' as WordPress and 'whats' as 'what's' stay clean", () => {
    expect(values("install the WP plugin and open wp-admin")).toEqual([]);
    expect(values("our wp site needs a new theme")).toEqual([]);
    expect(values("whats the budget for this?")).toEqual([]);
  });
  it("a label after a question about the app: 'ラインやってる？ID: yuki_0312'", () => {
    one("ラインやってる？ID: yuki_0312", "line:yuki_0312");
    one("テレグラム？ IDは kenji_88", "telegram:kenji_88");
    expect(values("line? id: user_id")).toEqual([]);
    expect(values("What is the id? id: 12345")).toEqual([]);
  });
  it("a platform named again before the label owns the handle", () => {
    one("For quick questions I'm on Viber and WeChat, WeChat ID kevin_shopify_dev.", "wechat:kevin_shopify_dev");
  });
});

describe("handle after 'my <platform>, <one clause>: @handle' (issue 18 item 7)", () => {
  const handles = (text: string) => values(text).filter((v) => v.startsWith("telegram:"));
  it("a clause between the owned platform word and a colon that hands the handle over", () => {
    expect(handles("Спасибо за проект! Мой телеграм, если будут вопросы по коду: @ivan_petrov_dev")).toContain("telegram:ivan_petrov_dev");
    expect(handles("My Telegram, in case you have questions about the code: @ivan_petrov_dev")).toContain("telegram:ivan_petrov_dev");
  });
  it("not without the possessive, across several clauses, or without the colon", () => {
    expect(handles("telegram, if you have questions about the code: @ivan_petrov_dev")).toEqual([]);
    expect(handles("Мой телеграм пока не работает, пишите сюда, а код смотрите: @ivan_petrov_dev")).toEqual([]);
    expect(handles("my telegram is broken, so see the repo of my colleague @ivan_petrov_dev")).toEqual([]);
  });
  it("stays linear on a long run of owned platform words and colons", () => {
    const text = "my telegram, if any questions: ".repeat(4000);
    const started = process.cpuUsage();
    find(text);
    expect(cpuSince(started)).toBeLessThan(LINEAR_100KB_CPU_MS);
  });
});
