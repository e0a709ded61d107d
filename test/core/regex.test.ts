import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { prefixShared } from "../../src/core/regex.js";

describe("prefixShared", () => {
  it("shares leading characters", () => {
    expect(prefixShared(["street", "st", "road"])).toBe("(?:st(?:reet|)|road)");
    expect(prefixShared(["ab"])).toBe("ab");
  });
  it("keeps an alternative that does not start with a fixed character in its place", () => {
    // "a\\d" must still be preferred over "ab" for "a1", and "ab" over "a." for "ab".
    expect(prefixShared(["ab", "\\sx", "a."])).toBe("(?:ab|\\sx|a.)");
    expect(prefixShared(["a?b", "ac"])).toBe("(?:a?b|ac)");
  });
  it("matches what the plain alternation matches, at the same place and length", () => {
    const word = fc.array(fc.constantFrom("a", "b", "c", ".", "/", "é"), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(""));
    const literal = word.map((w) => w.replace(/[./]/g, (c) => `\\${c}`));
    // Some alternatives start with a class or an optional character: they keep their place.
    const alt = fc.oneof(literal, literal, literal.map((w) => `[ab]${w}`), literal.map((w) => `a?${w}`));
    const tails = fc.constantFrom("", "(?![a-z])", "(?:\\.|(?![a-z]))", "\\s?", "[ab]");
    const alternatives = fc.array(fc.tuple(alt, tails).map(([a, t]) => a + t), { minLength: 1, maxLength: 12 });
    const text = fc.array(fc.constantFrom("a", "b", "c", ".", "/", "é", " "), { maxLength: 16 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(alternatives, text, (alts, t) => {
        const plain = new RegExp(`(?:${alts.join("|")})`, "gu");
        const shared = new RegExp(prefixShared(alts), "gu");
        expect([...t.matchAll(shared)].map((m) => [m.index, m[0]])).toEqual([...t.matchAll(plain)].map((m) => [m.index, m[0]]));
      }),
      { numRuns: 3000 },
    );
  });
});
