import { describe, expect, it } from "vitest";
import { detect } from "../../src/index.js";
import { cpuSince, LINEAR_100KB_CPU_MS } from "../helpers/cpu.js";

/*
 * Hostile input must not make any recognizer super-linear. Each input is 100 KB; the bound is
 * deliberately generous (a timing test would be flaky) — catastrophic backtracking takes minutes,
 * not a second. Throughput is measured by `npm run bench`, not here.
 */
const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const ADVERSARIAL: Record<string, string> = {
  "digits and spaces": fill("1 "),
  "one long digit run": fill("5"),
  "digits and dashes": fill("55-"),
  "at signs": fill("a@"),
  "dots": fill("a."),
  "spelled at/dot": fill("x at y dot "),
  "bracketed at": fill("k (at) "),
  "zero-width between digits": fill("5\u200b"),
  // bench/detect/run.ts's worst cases: 2,127 phone numbers, each digit behind a zero-width space; "1-" runs.
  "zero-width between every character of a phone text": fill([..."call me at 415 555 0199 "].join("\u200b")),
  "one-digit runs and dashes": fill("1-"),
  "number words": fill("five "),
  "weak number words": fill("one oh "),
  "spaced letters": fill("k "),
  "url-ish": fill("http://a."),
  "www chains": fill("www.a"),
  "platform words": fill("whatsapp "),
  "handles": fill("@kenji_"),
  "entities": fill("&#64;"),
  "full-width": fill("５"),
  "confusables": fill("аеоp"),
  "plus and parens": fill("+(1)"),
  "your phone": fill("your phone "),
  "street-like": fill("12 main street "),
  "leet runs": fill("5o5l"),
  "look-alikes against digits": fill("1l 2o 3s "),
  "odd separators around short groups": fill("12|3|45|\n"),
  "spaced domain labels": fill("q at a b c d e f g "),
  "semicolon labels": fill("q at a;b;c;d;"),
  "request frames": fill("can u share ur your your phone "),
  "off-platform frames": fill("let's talk talk off off the "),
  "number word pairs": fill("one 1 two 2 plus "),
  "number words without spaces": fill("one-two-"),
  "German compounds": fill("dreiundzwanzig "),
  "und without spaces": fill("und"),
  "link-like tokens": fill("values.we "),
  "scheme links without spaces": fill("skype:kenji_88?"),
  "scheme colons": fill("line:"),
  "labels glued to links": fill("a:b.cn/"),
  "careers hosts and contact pages with cues": fill("careers.a.com/contact fix apply "),
  "application and own-site phrases": fill("apply on our website "),
  "account paths without a host": fill("in/ab-1 linkedin u/"),
  "account paths back to back": fill("in/u/in/"),
  "spelled-out links": fill("linked in . com slash in slash a "),
  "provider hints glued together": fill("on hey gmail.web."),
  "scheme-like token": fill("tg:a:b.c/d_"),
  "Cyrillic number words": fill("девятьсот восемьдесят 5 "),
  "Ukrainian apostrophes": fill("п'ять дев’"),
  "Cyrillic spelled at/dot": fill("a собака b точка "),
  "Cyrillic request and off-platform frames": fill("скинь ваш свой номер давай в телегу не "),
  "Polish at/dot and numbers": fill("a małpa b kropka sto dwieście "),
  // Issue 17 addresses and look-alikes.
  "han street numbers": fill("北京市朝阳区建国路1号"),
  "han without numbers": fill("北京市朝阳区建国路"),
  "hangul districts": fill("서울시 마포구 양화로1 "),
  "thai sois": fill("1/1 ซอยสขมวท "),
  "postal marks": fill("〒1-"),
  "cyrillic streets": fill("ул. д. 1 кв. "),
  "spelled house numbers": fill("twenty street seven drive "),
  "slashed house numbers": fill("ul. a 1/1/1/"),
  "iban groups": fill("de89 3704 "),
  "time ranges": fill("08.00-16.00 "),
  "thousand groups": fill("13 104 177 "),
  "german preposition streets": fill("Am Ab Cd Ef 1 12345 Am "),
  "listed addresses": fill("Flat 1, Ab, Cd, 2nd Main, Ef "),
  "listed addresses with a pin": fill("Flat 1, Ab Cd Ef Gh, 1st Cross, 560001 "),
  // Issue 17 phones: pieces joined by words, reverse and shift instructions, regions from the text.
  "joined pieces": fill("0813, terus 9742, then 61 "),
  "CJK joined pieces": fill("139，然后1742，"),
  "reverse cues and runs": fill("backwards 4610 555 212 al reves "),
  "shift instructions": fill("add 1 to each digit 523 70 16 84 "),
  "cued numbers valid nowhere": fill("call 0123 4567 891 "),
  "Spanish grouped numbers": fill("para 634 81 27 9 "),
  // Issue 17: providers as labels, domains read aloud, split-address cues, handles with spelled dots.
  "provider labels": fill("gmail, same name: a.b gmx-postfach "),
  "provider mailbox words": fill("qq邮箱就是我的qq号 1"),
  "Cyrillic domain words": fill("a собака яндекс точка ру точка "),
  "Arabic domain words": fill("a ات جيميل دوت كوم دوت "),
  "split cues": fill("a.b domain is a.b.c.d "),
  "handle with spelled dots": fill("ig: ab (dot) cd dot ef.gh "),
  "block-letter lists with sectors": fill("B-1, Sector 1, Ab Cd, "),
  "vietnamese wards and districts": fill("12 le loi, phuong 1, quan 1, tp a b "),
  "vietnamese names without districts": fill("12 le loi ab cd ef, phuong "),
  "korean lot numbers": fill("해운대구 우동 1411, 101동 "),
  "block and lot": fill("Blk 5 Lot 12, Brgy. A, "),
  "arabic buildings": fill("شارع التحرير، عمارة 12، شقة "),
  "german floors": fill("Am Markt 3, 2. OG, 12345 "),
  "russian type word after the name": fill("Невский пр., д. 2, "),
  "dutch laan": fill("Laan van A 1, 2517 AS "),
  "korean digit names with particles": fill("공일공에 구팔칠육이에요 "),
  "japanese digits glued to particles and cues": fill("電話番号はゼロキューゼロのイチニです090-1234"),
  "chinese cue glued to digits": fill("我的手机号是138一三八"),
  "korean domain words with particles": fill("a 골뱅이 네이버 닷 컴으로 "),
  "weak number words of one language": fill("saat do saat do "),
  "dutch compounds": fill("nul zes vierendertig zevenendertig "),
};

describe("linear time on 100 KB adversarial inputs", () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(name, () => {
      const t0 = process.cpuUsage();
      detect(text);
      const ms = cpuSince(t0);
      expect(ms).toBeLessThan(LINEAR_100KB_CPU_MS);
    });
  }
});
