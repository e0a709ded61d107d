import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { wordsBefore, wordsBeforeByRegex } from "../../src/recognizers/phone/words-before.js";

// Letters, digits and dots of several scripts, astral letters and digits (surrogate pairs), lone
// surrogates, separators: what the backward reading must treat exactly as the regex does.
const PIECES = ["a", "Z", "7", ".", " ", "-", "é", "ж", "電", "は", "٣", "²", "\u200b", "𝐀", "𝟕", "😀", "\ud835", "\udc00", "\n", "tel", "no.", "..", "x1.2"];

describe("phone: wordsBefore", () => {
  it("gives the regex definition's words for any text, offset and count", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.nat(), fc.integer({ min: 1, max: 7 }), (parts, pick, count) => {
        const text = parts.join("");
        const at = text.length === 0 ? 0 : pick % (text.length + 1);
        expect(wordsBefore(text, at, count)).toEqual(wordsBeforeByRegex(text, at, count));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads only the 60 units before the offset, a pair cut there included", () => {
    const text = "x".repeat(10) + "𝐀".repeat(40) + " call me";
    for (let at = 0; at <= text.length; at++) {
      for (const count of [1, 6]) expect(wordsBefore(text, at, count)).toEqual(wordsBeforeByRegex(text, at, count));
    }
  });
});
