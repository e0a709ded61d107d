import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detect, detectWith } from "../../src/detect/detect.js";
import { phoneRecognizer } from "../../src/recognizers/phone/index.js";

const fixtures = JSON.parse(readFileSync(new URL("./fixtures/phone.json", import.meta.url), "utf8")) as {
  positive: Array<{ text: string; value: string; region?: string }>;
  negative: string[];
};

describe("phone recognizer (C1)", () => {
  for (const c of fixtures.positive) {
    it(`finds ${JSON.stringify(c.text)}`, () => {
      const found = detectWith([phoneRecognizer], c.text, c.region ? { defaultRegion: c.region } : {});
      expect(found.map((f) => f.value)).toContain(c.value);
      const f = found.find((x) => x.value === c.value)!;
      expect(f.text).toBe(c.text.slice(f.start, f.end));
      expect(f.type).toBe("phone");
    });
  }
  for (const text of fixtures.negative) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => f.type === "phone")).toEqual([]);
    });
  }

  it("reports the disguise it undid and the context word it used", () => {
    const [f] = detectWith([phoneRecognizer], "call me: eight zero zero two two two nine eight seven six");
    expect(f?.evidence.disguises).toContain("number_word");
    expect(f?.evidence.contextWords).toContain("call");
  });

  it("honours the default region", () => {
    const uk = detectWith([phoneRecognizer], "phone 020 7946 0958", { defaultRegion: "GB" });
    expect(uk[0]?.value).toBe("+442079460958");
  });
});

/** Issue 17: digits hidden by odd separators and look-alikes from other scripts; `span` is the finding's text. */
const HIDDEN: Array<{ text: string; span: string }> = [
  { text: "347|555|0126 call me", span: "347|555|0126" },
  { text: "0151_4827_3619 — ruf einfach durch", span: "0151_4827_3619" },
  { text: "06*72*18*45*39 tu peux m'appeler", span: "06*72*18*45*39" },
  { text: "503 / 555 \\ 0121 🤙", span: "503 / 555 \\ 0121" },
  { text: "0917 🔥 482 🔥 3065 text me", span: "0917 🔥 482 🔥 3065" },
  { text: "0532 ▪️ 417 ▪️ 62 ▪️ 98 arayın", span: "0532 ▪️ 417 ▪️ 62 ▪️ 98" },
  { text: "010ㅡ7351ㅡ2846 으로 연락주세요", span: "010ㅡ7351ㅡ2846" },
  { text: "090 ー 4182 ー 7356 です", span: "090 ー 4182 ー 7356" },
  { text: "0 7 9 5 6 ~ 2 8 3 ~ 1 4 7 is the number", span: "0 7 9 5 6 ~ 2 8 3 ~ 1 4 7" },
  { text: "звони 8\u200d916\u200d347\u200d21\u200d58", span: "8\u200d916\u200d347\u200d21\u200d58" },
  { text: "06\u200c2957\u200c4813 bel maar", span: "06\u200c2957\u200c4813" },
  { text: "⁷⁰²⁻⁵⁵⁵⁻⁰¹⁸⁴ call after lunch", span: "⁷⁰²⁻⁵⁵⁵⁻⁰¹⁸⁴" },
  { text: "my number is O7956 2B3 l47, whatsapp only", span: "O7956 2B3 l47" },
  { text: "call me +l 2l2 555 Ol47", span: "+l 2l2 555 Ol47" },
  { text: "me liga (ll) 9B426-3l7O", span: "(ll) 9B426-3l7O" },
  { text: "мій номер О67 З18 45 29", span: "О67 З18 45 29" },
  { text: "звоните +7 91Ч 52З Ч7 68", span: "+7 91Ч 52З Ч7 68" },
  { text: "mi cel: 6 3 4 . 8 1 . 2 7 . 9 5", span: "6 3 4 . 8 1 . 2 7 . 9 5" },
];
const NOT_HIDDEN: string[] = [
  "firmware 1.0.4.1182 → 1.0.5.1203 fixed the BLE issue",
  "| 120 | 450 | 3000 |",
  "img_2023_0512_1234.jpg",
  "scores: 12|34|56|78 in four rounds",
  "prices 1500~2000~3500 depending on size",
  "version 10.4.120.3 is out",
  "server at 192.168.100.200 is down",
  "is 1 or 2 items",
];
describe("phone recognizer: odd separators and digit look-alikes (issue 17)", () => {
  for (const c of HIDDEN) {
    it(`finds ${JSON.stringify(c.text)}`, () => {
      const found = detectWith([phoneRecognizer], c.text);
      expect(found.map((f) => f.text)).toContain(c.span);
    });
  }
  for (const text of NOT_HIDDEN) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => f.type === "phone")).toEqual([]);
    });
  }
});
