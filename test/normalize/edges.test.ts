import { describe, expect, it } from "vitest";
import { codePointBefore, isLetterOrMark, isWordCharacter } from "../../src/normalize/edges.js";

describe("word edges", () => {
  it("reads the code point a look-behind reads", () => {
    expect(codePointBefore("ab", 0)).toBe(-1);
    expect(codePointBefore("ab", 1)).toBe(0x61);
    expect(codePointBefore("x𝐀", 3)).toBe(0x1d400);
    expect(codePointBefore("\udc00", 1)).toBe(0xdc00);
  });
  it("classifies as \\p{L}\\p{M} and \\p{L}\\p{M}\\p{Nd}", () => {
    for (const ch of ["a", "Z", "é", "ж", "東", "\u0301", "𝐀", "1", "٣", "-", "'", " ", "’", "😀"]) {
      const cp = ch.codePointAt(0)!;
      expect(isLetterOrMark(cp)).toBe(/[\p{L}\p{M}]/u.test(ch));
      expect(isWordCharacter(cp)).toBe(/[\p{L}\p{M}\p{Nd}]/u.test(ch));
    }
    expect(isLetterOrMark(-1)).toBe(false);
    expect(isWordCharacter(-1)).toBe(false);
  });
});
