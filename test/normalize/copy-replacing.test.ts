import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ViewBuilder, identityView, mappedText } from "../../src/normalize/view.js";
import { leetDigitCode, undoLeetInDigitRuns } from "../../src/normalize/digits.js";
import { undoLeetInDigitRuns as undoLeetBefore } from "./reference/digits-before.js";
import type { MappedText } from "../../src/normalize/view.js";

/*
 * ViewBuilder.copyReplacingUnits against its definition: `copy` of each unit `unitFor` keeps and `emit`
 * of each one it replaces (one unit, `flag` added), on views with and without maps and flags, after a
 * `drop` whose flag is pending, and with units before and after. And undoLeetInDigitRuns (which now uses
 * it) against the round-1 reference copy on look-alike texts.
 */
const unitFor = (c: number) => (c === 108 ? 49 : c === 111 ? 48 : c === 0xd83d ? 0x41 : -1);
const units = fc.array(fc.constantFrom("l", "o", "4", " ", "-", "a", "\ud83d", "\ude00", "\u200b"), { maxLength: 30 }).map((p) => p.join(""));

function view(text: string, mapped: boolean, flagged: boolean): MappedText {
  if (!mapped && !flagged) return identityView(text, text.length);
  const n = text.length;
  const s = new Int32Array(n), e = new Int32Array(n), f = new Uint16Array(n);
  for (let i = 0; i < n; i++) { s[i] = 2 * i; e[i] = 2 * i + 1 + (i % 3); f[i] = flagged ? (i * 7) % 5 : 0; }
  return mappedText(text, mapped ? s : undefined, mapped ? e : undefined, flagged ? f : undefined, 2 * n + 3);
}

describe("ViewBuilder.copyReplacingUnits = copy/emit per unit", () => {
  it("on random views, ranges and pending flags", () => {
    fc.assert(
      fc.property(units, fc.boolean(), fc.boolean(), fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(0, 4), (t, mapped, flagged, x, y, z, pend) => {
        const v = view(t, mapped, flagged);
        const n = t.length;
        const [a, b, c] = [x % (n + 1), y % (n + 1), z % (n + 1)].sort((p, q) => p - q) as [number, number, number];
        const build = (fused: boolean) => {
          const bld = new ViewBuilder(v);
          bld.copy(0, a);
          if (pend && a < b) bld.drop(a, Math.min(b, a + 1), pend);
          const from = pend && a < b ? Math.min(b, a + 1) : a;
          if (fused) bld.copyReplacingUnits(from, b, unitFor, 8);
          else for (let k = from; k < b; k++) {
            const r = unitFor(t.charCodeAt(k));
            if (r >= 0) bld.emit(String.fromCharCode(r), k, k + 1, 8);
            else bld.copy(k, k + 1);
          }
          bld.copy(b, c);
          return { changed: bld.changed, view: bld.build() };
        };
        const got = build(true), want = build(false);
        expect(got.changed).toBe(want.changed);
        expect(got.view.text).toBe(want.view.text);
        expect(got.view.srcStart ? [...got.view.srcStart] : undefined).toEqual(want.view.srcStart ? [...want.view.srcStart] : undefined);
        expect(got.view.srcEnd ? [...got.view.srcEnd] : undefined).toEqual(want.view.srcEnd ? [...want.view.srcEnd] : undefined);
        expect(got.view.flags ? [...got.view.flags] : undefined).toEqual(want.view.flags ? [...want.view.flags] : undefined);
      }),
      { numRuns: 5000 },
    );
  });
  it("leetDigitCode is leetDigit's unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      const r = leetDigitCode(c);
      if (r >= 0) expect(String.fromCharCode(r)).toMatch(/^[0-9]$/);
    }
    expect([..."li|osbe\u043e\u0437\u0447\u03bfx"].map((ch) => leetDigitCode(ch.charCodeAt(0)))).toEqual([49, 49, 49, 48, 53, 56, 51, 48, 51, 52, 48, -1]);
  });
  it("undoLeetInDigitRuns equals the reference copy on look-alike texts", () => {
    const piece = fc.constantFrom("4l5", "O0l", "l", "o", "s", "b", "e", "|", "2B3", "9", "12", "555", " ", "  ", "-", "(", ")", ".", "/", "+", "is", "call", "\u043e", "\u0437", "\u0447", "\u03bf");
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join("").toLowerCase());
    fc.assert(
      fc.property(text, fc.boolean(), (t, flagged) => {
        const v = view(t, flagged, flagged);
        const got = undoLeetInDigitRuns(v), want = undoLeetBefore(v);
        expect(got.text).toBe(want.text);
        expect(got.srcStart ? [...got.srcStart] : undefined).toEqual(want.srcStart ? [...want.srcStart] : undefined);
        expect(got.srcEnd ? [...got.srcEnd] : undefined).toEqual(want.srcEnd ? [...want.srcEnd] : undefined);
        expect(got.flags ? [...got.flags] : undefined).toEqual(want.flags ? [...want.flags] : undefined);
      }),
      { numRuns: 5000 },
    );
    const long = "4l5 o0l ".repeat(12500);
    const v = identityView(long);
    expect(undoLeetInDigitRuns(v).text).toBe(undoLeetBefore(v).text);
  });
});
