import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { trailingToken } from "../../src/recognizers/phone/index.js";

/* trailingToken (phone/index.ts) is the regex it replaced, on windows of every kind of white space and text. */
const byRegex = (text: string, from: number, to: number): string => /(\S+)\s?$/.exec(text.slice(from, to))?.[1] ?? "";
const SPACES = [" ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
const OTHER = ["a", "1", "+", "(", "é", "я", "字", "\u200b", "\u200d", "\u2060", "😀", "\ud83d", "\ude00", ":", "#", "x1"];
const text = fc.array(fc.constantFrom(...SPACES, ...OTHER), { maxLength: 40 }).map((p) => p.join(""));

describe("trailingToken is /(\\S+)\\s?$/ on the window", () => {
  it("on random windows", () => {
    let found = 0;
    fc.assert(
      fc.property(text, fc.nat(60), fc.nat(60), (t, a, b) => {
        const to = Math.min(t.length, Math.max(a, b));
        const from = Math.min(to, Math.min(a, b));
        const want = byRegex(t, from, to);
        if (want !== "") found++;
        expect(trailingToken(t, from, to)).toBe(want);
      }),
      { numRuns: 50000 },
    );
    expect(found).toBeGreaterThan(5000);
  });
  it("on the edge cases", () => {
    for (const t of ["", " ", "  ", "a", "a ", "a  ", " a", "ab cd", "ab cd ", "ab\u3000", "ab\u200b", "x1 ", "1z 999 aa1 "]) {
      expect(trailingToken(t, 0, t.length)).toBe(byRegex(t, 0, t.length));
    }
  });
});
