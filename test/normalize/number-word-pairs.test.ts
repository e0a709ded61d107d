import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { NUMBER_WORD_PAIR, numberWordPairs } from "../../src/normalize/digits.js";
import { isEdgeCode, isGapCode } from "../../src/normalize/number-word-pairs.js";
import { NUMBER_WORDS } from "../../src/normalize/tables/number-words.js";

/*
 * The char-code scanner (number-word-pairs.ts) against the regex it replaced, on texts built from the
 * table's own words (every language, also the CJK and Cyrillic ones the pair test leaves out), their
 * near misses, digits and the gap characters.
 */
const spec = (t: string) => [...t.matchAll(new RegExp(NUMBER_WORD_PAIR.source, "g"))].map((m): [number, number] => [m.index, m.index + m[0].length]);
const WORDS = [...NUMBER_WORDS.keys()];

describe("numberWordPairs: the scanner finds exactly NUMBER_WORD_PAIR's matches", () => {
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
  it("its character classes are the regex's, on every UTF-16 unit", () => {
    const edge = /[a-zß\u0131\u0111\u0621-\u064a\u0671-\u06d30-9_]/;
    const gap = /[\s,.\-_/()+\u060c]/;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isEdgeCode(c) !== edge.test(ch) || isGapCode(c) !== gap.test(ch)) expect.fail(`class mismatch at U+${c.toString(16)}`);
    }
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
