import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fold, digitsView, toOriginal } from "../../src/normalize/index.js";
import { joinOddSeparators, undoLeetInDigitRuns } from "../../src/normalize/digits.js";
import { disguisesIn } from "../../src/normalize/view.js";
import { cpuSince, LINEAR_100KB_CPU_MS } from "../helpers/cpu.js";

/** Issue 17: odd separators between digit groups and digit look-alikes, in the digits view. */
const JOINED: Array<[string, string]> = [
  ["347|555|0126 call me", "347 555 0126 call me"],
  ["0151_4827_3619 — ruf", "0151 4827 3619 — ruf"],
  ["0917 🔥 482 🔥 3065", "0917 482 3065"],
  ["0532 ▪️ 417 ▪️ 62 ▪️ 98", "0532 417 62 98"],
  ["010ㅡ7351ㅡ2846", "010 7351 2846"],
  ["hub aja\n0812\n4837\n2915", "hub aja\n0812 4837 2915"],
  ["мій номер О67 З18 45 29", "міи номер 067 318 45 29"],
  ["my number is O7956 2B3 l47", "my number is 07956 283 147"],
  ["звоните +7 91Ч 52З Ч7 68", "звоните +7 914 523 47 68"],
];
const UNCHANGED: string[] = [
  "| 120 | 450 | 3000 |",
  "img_2023_0512_1234.jpg",
  "firmware 1.0.4.1182 ~ 1.0.5.1203",
  "a|b|c 12|34",
  "12/05/2026 and 13/05/2026",
  "номер заказа зоо 123",
  "2019\n\n2020\n\n2021",
  // A listing's facts one per line (beds, baths, year built, square feet): single figures are no phone group.
  "Antioch\n3\n2\n1981\n2\n1700\nSPM Properties",
];

describe("digits view: odd separators and look-alike digits", () => {
  for (const [input, want] of JOINED) {
    it(`reads ${JSON.stringify(input)}`, () => {
      const d = digitsView(fold(input));
      expect(d.text).toBe(want);
      // Every unit maps inside the original, and the undone disguise is recorded.
      for (let i = 0; i < d.text.length; i++) {
        const r = toOriginal(d, i, i + 1);
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeLessThanOrEqual(input.length);
      }
      expect(disguisesIn(d, 0, d.text.length).length).toBeGreaterThan(0);
    });
  }
  for (const input of UNCHANGED) {
    it(`leaves ${JSON.stringify(input)}`, () => {
      expect(digitsView(fold(input)).text).toBe(fold(input).text);
    });
  }
  it("maps every unit back in order on random digit-and-separator text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("1", "2", "0", " ", "|", "_", "~", "\n", "🔥", ".", "-", "o", "з", "l", "a"), { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        const d = digitsView(fold(text));
        let prev = 0;
        for (let i = 0; i < d.text.length; i++) {
          const r = toOriginal(d, i, i + 1);
          expect(r.start).toBeGreaterThanOrEqual(prev);
          expect(r.end).toBeLessThanOrEqual(text.length);
          prev = r.start;
        }
      }),
    );
  });
  it("is linear on 100 KB hostile input", () => {
    for (const unit of ["1|", "1 🔥 ", "12_", "0\n", "о1з ", "l1 ", "1~2.", "(l"]) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      const t0 = process.cpuUsage();
      undoLeetInDigitRuns(joinOddSeparators(fold(text)));
      expect(cpuSince(t0)).toBeLessThan(LINEAR_100KB_CPU_MS);
    }
  });
});

describe("fold: short spaced runs next to a bracketed at/dot", () => {
  it("joins the README's own example", () => {
    expect(fold("k e n j i (at) s a t o - s t u d i o (dot) j p").text).toBe("kenji (at) sato-studio (dot) jp");
    expect(fold("x [dot] c o m").text).toBe("x [dot] com");
  });
  it("leaves short runs next to other brackets or words", () => {
    expect(fold("see (a) b c here").text).toBe("see (a) b c here");
    expect(fold("at a b c").text).toBe("at a b c");
  });
  it("a bar at the edge of a digit run is a separator, not a 1 (a signature's '| 0 8 1 2 …' once joined)", () => {
    expect(digitsView(fold("ines320 [at] web [dot] de | 0 8 1 2 3 2 9 0 6 2 0")).text).toContain("|08123290620");
    expect(digitsView(fold("call 7O76891898 now")).text).toContain("7076891898");
  });
  it("codes with one look-alike letter are not digits", () => {
    expect(digitsView(fold("my PAYE number is 99L99999")).text).toBe("my paye number is 99l99999");
    expect(digitsView(fold("call 09050002311 b4280703")).text).toBe("call 09050002311 b4280703");
  });
});
