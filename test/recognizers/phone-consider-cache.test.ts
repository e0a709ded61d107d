import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { detect } from "../../src/index.js";
import { setConsiderCache } from "../../src/recognizers/phone/index.js";

/*
 * phone's `consider` keeps its outcome per text under a key of the run's surroundings (phone/index.ts):
 * held here to the uncached path on texts built from the same numbers written again and again, with
 * varying words, labels, disguises and punctuation before and after each, near and far.
 */
const NUMBERS = [
  "415 555 0199", "(555) 201-3344", "555-201-3344", "+44 7700 900123", "07700 900123", "+1 555 201 3344", "555-0199",
  "2026-004817", "13 104 177", "146 150 789", "9493 7477", "98450 27316", "090-4182-7356", "512 345 678", "12.500.000",
  "4111 1111 1111 1111", "06.72.18.45.39", "192.168.1.20", "05/30/2026 202 555 0187", "79991234567 123456", "999-99-9999",
  "o4l5 555 Ol99", "four one five five five five zero one nine nine", "138 1234 5678", "〇九〇 四一八二 七三五六",
  // The same digits view from different originals: hidden separators, disguises, spelled digits.
  "4155550199", "415\u200b555\u200b0199", "415\u2060555\u20600199", "4\u200b1\u200b5\u200b5\u200b5\u200b5\u200b0\u200b1\u200b9\u200b9",
  "02079460958", "0207\u200b946\u200b0958", "0207\ufeff9460958", "415•555•0199", "415 555 0199", "①②③④⑤⑥⑦⑧⑨⓪", "1234567890",
];
const CONTEXT = [
  "call me at ", "tel:", "tel+", "phone ", "whatsapp ", "order no ", "Bestellnummer ", "IBAN DE89 3704 ", "invoice #", "电话",
  "我手机号", "注文番号は", "電話番号は ", "$", "€ ", "r$ ", "x1 ", "1z 999 aa1 ", "v", "_", "/", "=", " ", "\n", ", ", "; ",
  "Москвы ", "население 146 150 789 человек, ", "and ", "the total is ", "ext 12", " px", "%", " ₽", "km ", "Fax", "😀", "",
  "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ",
];
/** Short words, so a cue lands now inside, now outside the six words before a number, near and far. */
const WORDS = ["tomorrow afternoon", "whenever convenient", "call", "phone", "tel", "my", "is", "on", "the", "any", "weekend", "number", "ring", "a", "b", "order", "iban", "nr", "13 104 177"];
const ZW = ["\u200b", "\u200c", "\u2060", "\ufeff"];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 4, arbitrary: fc.constantFrom(...CONTEXT) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
);
/** A text of pieces; optionally a zero-width unit between every character, as the hostile input writes it. */
const text = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 6 }), fc.option(fc.constantFrom(...ZW)), fc.boolean())
  .map(([parts, times, zw, shuffleOnRepeat]) => {
    let t = "";
    for (let k = 0; k < times; k++) t += (shuffleOnRepeat && k % 2 ? [...parts].reverse() : parts).join(" ");
    return zw ? [...t].join(zw) : t;
  });

const run = (t: string, on: boolean, region: string) => {
  // From the first run: the cache is otherwise used only on texts of many runs.
  setConsiderCache(on, 0);
  return JSON.stringify(detect(t, { defaultRegion: region }));
};

describe("phone's consider cache gives what the uncached path gives", () => {
  afterAll(() => setConsiderCache(true));
  it("on texts of repeated numbers in varying surroundings", () => {
    let phones = 0;
    fc.assert(
      fc.property(text, fc.constantFrom("US", "GB", "DE", "JP"), (t, region) => {
        const want = run(t, false, region);
        phones += (want.match(/"type":"phone"/g) ?? []).length;
        expect(run(t, true, region)).toBe(want);
      }),
      { numRuns: 400 },
    );
    expect(phones).toBeGreaterThan(400);
  });
  it("with the cue or label far back (30 to 78 units), the near text the same", () => {
    const far = "tomorrow afternoon whenever convenient ";
    for (const n of ["415 555 0199", "07700 900123", "13 104 177", "2026 0048 17", "9493 7477 12"]) {
      for (const [a, b] of [["call ", "seen "], ["Bestellnummer: ", "yesterday the "], ["IBAN DE89 3704 0044 ", "my friend's "], ["146 150 789 ", "about "]]) {
        // The same 24 units after each number, and the same 30 before: only the far words differ.
        const pad = ".".padEnd(30);
        const t = `${"lorem ipsum ".repeat(8)}${a}${far}${n}${pad}${b}${far}${n}${pad}${a}${n}${pad}${b}${far}${n}${pad}${a}${far}${n}${pad}`;
        for (const region of ["US", "GB"]) expect(run(t, true, region)).toBe(run(t, false, region));
      }
    }
  });
  it("on the hostile input: the zero-width phone text", () => {
    const t = [..."call me at 415 555 0199 ".repeat(2100)].join("\u200b").slice(0, 100_000);
    const want = run(t, false, "US");
    expect(run(t, true, "US")).toBe(want);
    expect((want.match(/"type":"phone"/g) ?? []).length).toBeGreaterThan(2000);
  });
});
