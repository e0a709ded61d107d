import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { NextChar } from "../../src/recognizers/handle/next-char.js";

/** A global regex that adds up how far its searches read (from lastIndex to the match, or to the end). */
class CountingRegExp extends RegExp {
  read = 0;
  override exec(s: string): RegExpExecArray | null {
    const from = this.lastIndex;
    const m = super.exec(s);
    this.read += (m ? m.index + 1 : s.length) - from;
    return m;
  }
}

describe("NextChar (the handle recognizer's next '@' / clause break)", () => {
  it("answers as a scan of the window would, for any order of questions", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", " ", "@", ",", ":", "–", "x"), { maxLength: 200 }).map((cs) => cs.join("")),
        fc.array(fc.tuple(fc.nat(220), fc.nat(100)), { maxLength: 40 }),
        (text, questions) => {
          const at = new NextChar(text, /@/g);
          const brk = new NextChar(text, /[,:–—]/g);
          for (const [from, len] of questions) {
            const window = text.slice(from, from + len);
            expect(at.within(from, from + len)).toBe(window.includes("@"));
            expect(brk.within(from, from + len)).toBe(/[,:–—]/.test(window));
          }
        },
      ),
    );
  });

  it("reads the text about once for questions in text order (hostile text: '@' nowhere)", () => {
    const text = "whatsapp ".repeat(10_000);
    const re = new CountingRegExp("@", "g");
    const next = new NextChar(text, re);
    for (let from = 0; from < text.length; from += 9) expect(next.within(from, from + 72)).toBe(false);
    expect(re.read).toBeLessThanOrEqual(text.length);
  });

  it("reads each stretch between matches once when they are many", () => {
    const text = "a@ ".repeat(10_000);
    const re = new CountingRegExp("@", "g");
    const next = new NextChar(text, re);
    for (let from = 0; from < text.length; from += 3) expect(next.within(from, from + 40)).toBe(true);
    expect(re.read).toBeLessThanOrEqual(2 * text.length);
  });
});
