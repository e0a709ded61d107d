import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fold } from "../../src/normalize/fold.js";
import { GAP, LEET, TOKEN, digitsView, isGap, nextToken, spellOutNumberWords, undoLeetInDigitRuns } from "../../src/normalize/digits.js";
import { ViewBuilder, identityView, type MappedText } from "../../src/normalize/view.js";
import { NUMBER_WORDS } from "../../src/normalize/tables/number-words.js";
import * as before from "./reference/digits-before.js";
import { ViewBuilder as ViewBuilderBefore } from "./reference/view-before.js";
import { windowsAroundHits as windowsBefore } from "./reference/windows-before.js";
import { fold as foldBefore } from "./reference/fold-before.js";
import { windowsAroundHits } from "../../src/normalize/windows.js";

/*
 * The digits view's stages and the view builder, rewritten for speed (units gathered in a buffer,
 * tokens read by char code, no match arrays), held to the code before the rewrite, kept verbatim in
 * ./reference: every unit of text, map and flags must come out the same, on hostile strings too.
 */

const plain = (v: MappedText) => ({
  text: v.text,
  srcStart: v.srcStart ? [...v.srcStart] : undefined,
  srcEnd: v.srcEnd ? [...v.srcEnd] : undefined,
  flags: v.flags ? [...v.flags] : undefined,
  originalLength: v.originalLength,
});

const WORDS = [...NUMBER_WORDS.keys()];
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
  { arbitrary: fc.constantFrom(" ", "  ", ", ", "-", ".", "(", ")", "/", "+", "|", "_", "~", "*", "\\", "\n", "\u060c", "\u3000", "\u00a0", "\u2009", "\u200b", "'", "’", "ʼ", "é", "A", "x"), weight: 4 },
  { arbitrary: fc.constantFrom("0", "1", "4", "5", "7", "9", "42", "555", "0199", "2026", "1981"), weight: 3 },
  { arbitrary: fc.constantFrom("l", "i", "o", "O", "s", "b", "e", "I", "|", "\u043e", "\u0437", "\u0447", "\u03bf", "B", "S", "bee5", "b4"), weight: 3 },
  { arbitrary: fc.constantFrom("🔥", "•", "\u30fc", "ㅡ", "\ud83d", "\ude00", "幺三九", "ゼロキュー", "공일공", "п'ять", "дев’ять", "три"), weight: 1 },
  { arbitrary: fc.string({ maxLength: 3 }), weight: 1 },
);
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(""));

describe("the digits view is what it was before the rewrite", () => {
  it("on random texts of number words, digits, look-alikes and separators (through the fold)", () => {
    fc.assert(
      fc.property(text, (t) => {
        const f = fold(t);
        expect(plain(digitsView(f))).toEqual(plain(before.digitsView(f)));
      }),
      { numRuns: 20000 },
    );
  });
  it("stage by stage on unfolded random strings of any units", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 60 }), fc.string({ unit: "binary", maxLength: 40 })), (t) => {
        const v = identityView(t);
        expect(plain(undoLeetInDigitRuns(v))).toEqual(plain(before.undoLeetInDigitRuns(v)));
        expect(plain(spellOutNumberWords(v))).toEqual(plain(before.spellOutNumberWords(v)));
      }),
      { numRuns: 10000 },
    );
  });
  it("on numbers read out with a spoken plus, around the six digits a run needs", () => {
    for (const t of ["plus four four one two three", "plus four four one two three four", "call plus 4 4 one two three", "plus one two three four five six", "más cuatro cuatro uno dos tres"]) {
      const f = fold(t);
      expect(plain(digitsView(f)), t).toEqual(plain(before.digitsView(f)));
    }
  });
  it("on the 100 KB hostile shapes", () => {
    for (const unit of ["one two three four five ", "4l5 O0l ", "l0O ", "1 one ", "oh one, two-three ", "b4 050703 ", "(ll) 9B426 ", "4\u200b1\u200b5\u200b"]) {
      const t = unit.repeat(Math.ceil(100_000 / unit.length));
      const f = fold(t);
      expect(plain(digitsView(f))).toEqual(plain(before.digitsView(f)));
    }
  });
});

describe("the char-code readers are their regexes", () => {
  const tokensOf = (t: string) => {
    const out: Array<[number, number]> = [];
    const at = new Int32Array(2);
    for (let ok = nextToken(t, 0, at); ok; ok = nextToken(t, at[1]!, at)) out.push([at[0]!, at[1]!]);
    return out;
  };
  const spec = (t: string) => [...t.matchAll(TOKEN)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  it("nextToken finds TOKEN's matches", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 30 })), (t) => {
        expect(tokensOf(t)).toEqual(spec(t));
      }),
      { numRuns: 20000 },
    );
  });
  it("isGap is GAP on every slice", () => {
    const gapText = fc.array(fc.oneof(fc.constantFrom(..." \t\n\r\v\f\u00a0\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff,.-_/()+\u060c|a1'"), fc.string({ maxLength: 1 })), { maxLength: 7 }).map((p) => p.join(""));
    fc.assert(
      fc.property(gapText, (t) => {
        for (let i = 0; i <= t.length; i++) for (let j = i; j <= t.length; j++) expect(isGap(t, i, j)).toBe(GAP.test(t.slice(i, j)));
      }),
      { numRuns: 5000 },
    );
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isGap(ch, 0, 1) !== GAP.test(ch)) expect(`U+${c.toString(16)}`).toBe("the same answer");
    }
  });
  it("LEET is what the leet stage reads (every key a digit, nothing else)", () => {
    expect(Object.keys(LEET).sort()).toEqual(["b", "e", "i", "l", "o", "s", "|", "\u03bf", "\u0437", "\u043e", "\u0447"].sort());
  });
});

describe("the view builder gathers short pieces into the same view", () => {
  type Op = { kind: "copy" | "lower" | "emit" | "drop"; len: number; text: string; flag: number };
  const op = fc.record({
    kind: fc.constantFrom("copy", "lower", "emit", "drop") as fc.Arbitrary<Op["kind"]>,
    len: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 60 })),
    text: fc.oneof(fc.string({ maxLength: 3 }), fc.string({ maxLength: 40 }), fc.constantFrom("\ud83d", "\ude00", "7")),
    flag: fc.constantFrom(0, 1, 4),
  });
  const input = fc.oneof(fc.string({ minLength: 1, maxLength: 300 }), fc.string({ unit: fc.constantFrom("A", "b", "1", " ", "\u200b"), minLength: 1, maxLength: 3000 }));
  it("on random operation sequences over plain and mapped inputs", () => {
    fc.assert(
      fc.property(input, fc.array(op, { maxLength: 200 }), fc.boolean(), (t, ops, mapped) => {
        // A mapped input: the fold of the text (maps and flags of its own), made ASCII for copyLower.
        let view: MappedText = identityView(t);
        if (mapped) view = fold(t.replace(/[^\x00-\x7f]/g, "\u200b") + "\u200bX");
        const a = new ViewBuilder(view);
        const b = new ViewBuilderBefore(view);
        let at = 0;
        for (const o of ops) {
          const to = Math.min(view.text.length, at + o.len);
          const ascii = !/[^\x00-\x7f]/.test(view.text.slice(at, to));
          if (o.kind === "copy") (a.copy(at, to), b.copy(at, to));
          else if (o.kind === "lower" && ascii) (a.copyLower(at, to), b.copyLower(at, to));
          else if (o.kind === "emit") (a.emit(o.text, at, to, o.flag), b.emit(o.text, at, to, o.flag));
          else (a.drop(at, to, o.flag), b.drop(at, to, o.flag));
          at = to;
        }
        a.copy(at, view.text.length);
        b.copy(at, view.text.length);
        expect(a.changed).toBe(b.changed);
        expect(plain(a.build())).toEqual(plain(b.build()));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("windowsAroundHits (index loops, white space bounds kept for the last text) is what it was", () => {
  const textArb = fc.string({ unit: fc.constantFrom("a", "1", " ", "\n", "\u00a0", "-", "x"), maxLength: 400 });
  const hitsOf = (n: number) =>
    fc.array(fc.tuple(fc.integer({ min: 0, max: Math.max(0, n) }), fc.integer({ min: 0, max: 12 })), { maxLength: 80 }).map((hs) =>
      hs.map(([s, l]): [number, number] => [s, Math.min(n, s + l)]),
    );
  it("on random texts and hits, sorted or not, few or many, the same text asked twice and another between", () => {
    fc.assert(
      fc.property(
        textArb.chain((t) => fc.tuple(fc.constant(t), hitsOf(t.length), fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 650 }), fc.boolean())),
        textArb,
        ([t, hits, before, after, sort], other) => {
          const hs = sort ? [...hits].sort((x, y) => x[0] - y[0]) : hits;
          const many = [...hs, ...hs.map(([s, e]): [number, number] => [s, e])].slice(0, 70);
          for (const h of [hs, many]) {
            expect(windowsAroundHits(t, h.map((x) => [...x] as [number, number]), before, after)).toEqual(windowsBefore(t, h.map((x) => [...x] as [number, number]), before, after));
            const otherHits = many.map(([s, e]): [number, number] => [Math.min(s, other.length), Math.min(e, other.length)]);
            expect(windowsAroundHits(other, otherHits, before, after)).toEqual(windowsBefore(other, otherHits, before, after));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("the fold view is what it was (one view shape, end-of-text reads guarded)", () => {
  const unit = fc.constantFrom("1", "7", "\u20e3", "\ufe0f", "A", "é", "\u200b", "\u00a0", "о", "a", " ", "#", "①", "１", "\ud83d", "&#64;", "(at)", "İ");
  it("on random texts of keycaps, invisibles, look-alikes and entities, and on any units", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 })), (t) => {
        expect(plain(fold(t))).toEqual(plain(foldBefore(t)));
      }),
      { numRuns: 10000 },
    );
  });
});
