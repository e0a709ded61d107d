import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { COMPOUND, NUMBER_WORD_PAIR, compoundCandidates, numberWordPairs } from "../../src/normalize/digits.js";
import { NUMBER_WORDS } from "../../src/normalize/tables/number-words.js";

/*
 * numberWordPairs (the edge read as a character) against NUMBER_WORD_PAIR (the edge looked behind), on
 * texts built from the table's own words (every language, also the CJK and Cyrillic ones the pair test
 * leaves out), their near misses, digits and the gap characters; and compoundCandidates against COMPOUND.
 * (A char-code scanner for the pairs was tried and dropped: 68 ms a pass over the 9.1 MB corpus against
 * the regex's 58; a JavaScript loop over every unit costs more than the engine's scan.)
 */
const spec = (t: string) => [...t.matchAll(new RegExp(NUMBER_WORD_PAIR.source, "g"))].map((m): [number, number] => [m.index, m.index + m[0].length]);
const WORDS = [...NUMBER_WORDS.keys()];

describe("numberWordPairs finds exactly NUMBER_WORD_PAIR's matches", () => {
  const word = fc.constantFrom(...WORDS);
  const nearMiss = word.chain((w) => fc.constantFrom(w.slice(0, -1), `${w}s`, w.toUpperCase(), `x${w}`, `${w}_`, `${w}1`));
  const sep = fc.constantFrom(" ", "  ", "   ", "    ", "     ", ",", ", ", "-", ".", "_", "/", "(", ")", "+", "\u060c", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\ufeff", "'", "é", "A", "|", "");
  const digit = fc.constantFrom("0", "7", "42", "555");
  const piece = fc.oneof({ arbitrary: word, weight: 5 }, { arbitrary: sep, weight: 5 }, { arbitrary: digit, weight: 2 }, { arbitrary: nearMiss, weight: 1 });
  const text = fc.array(piece, { maxLength: 24 }).map((p) => p.join(""));
  it("on random texts of the table's words, near misses, digits and separators", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(numberWordPairs(t)).toEqual(spec(t));
      }),
      { numRuns: 20000 },
    );
  });
  it("on random strings of any units", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (t) => {
        expect(numberWordPairs(t)).toEqual(spec(t));
      }),
      { numRuns: 5000 },
    );
  });
  it("is linear on long inputs", () => {
    for (const unit of ["one ", "one     ", "1 ", "1 one ", "onetwothree", "five_", "a"]) {
      const t = unit.repeat(Math.ceil(100_000 / unit.length));
      const t0 = performance.now();
      numberWordPairs(t);
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });
});

describe("compoundCandidates: the Romance reading found from each \"nt\" is COMPOUND's", () => {
  const spec = (t: string) => {
    const seen = new Map<string, [number, number]>();
    for (const m of t.matchAll(COMPOUND)) seen.set(`${m.index}:${m[0].length}`, [m.index, m.index + m[0].length]);
    return [...seen.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  };
  const piece = fc.constantFrom(
    "veinti", "vent", "trent", "quarant", "cinquant", "sessant", "settant", "ottant", "novant", "nt", "n", "t", "a", "due", "tre",
    "otto", "uno", "cinque", "abcdefgh", "x", "Z", "1", "_", " ", "-", "é", "\n", "und", "sieben", "zwanzig",
  );
  it("on random texts of the prefixes, tails and edges", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join("")), (t) => {
        expect(compoundCandidates(t)).toEqual(spec(t));
      }),
      { numRuns: 20000 },
    );
  });
});

describe("fold: the invisible-character table is INVISIBLE", () => {
  it("on every UTF-16 unit", async () => {
    const { INVISIBLE_UNIT } = await import("../../src/normalize/fold.js");
    const { INVISIBLE } = await import("../../src/normalize/tables/invisible.js");
    let marked = 0;
    for (let c = 0; c < 0x10000; c++) {
      if ((INVISIBLE_UNIT[c] === 1) !== INVISIBLE.test(String.fromCharCode(c))) expect.fail(`U+${c.toString(16)}`);
      marked += INVISIBLE_UNIT[c]!;
    }
    expect(marked).toBeGreaterThan(30);
  });
});
