import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isStorable, storable, storableDeep, unsafeCharAt, unsafeIdProblem } from "../../src/core/strings.js";
import { cpuSince, LINEAR_100KB_CPU_MS } from "../helpers/cpu.js";

describe("input hygiene (src/core/strings.ts)", () => {
  it("finds NULs and lone surrogates, and nothing in well-formed text", () => {
    expect(unsafeCharAt("hello")).toBe(-1);
    expect(unsafeCharAt("emoji 😀 ok")).toBe(-1);
    expect(unsafeCharAt("a\u0000b")).toBe(1);
    expect(unsafeCharAt("ab\ud800")).toBe(2);
    expect(unsafeCharAt("\udc00x")).toBe(0);
    expect(unsafeCharAt("😀\ud83d")).toBe(2);
    expect(unsafeIdProblem("acct\u0000")).toMatch(/NUL/);
    expect(unsafeIdProblem("acct\ud800")).toMatch(/surrogate/);
    expect(unsafeIdProblem("acct-1")).toBeNull();
  });

  it("repairs for storage with U+FFFD, keeping length and offsets", () => {
    expect(storable("call\u0000 me \ud800!")).toBe("call\uFFFD me \uFFFD!");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const r = storable(s);
        expect(r.length).toBe(s.length);
        expect(isStorable(r)).toBe(true);
        if (isStorable(s)) expect(r).toBe(s);
      }),
    );
  });

  it("repairs every string in a JSON value and copies only what changes", () => {
    const clean = { a: ["x", { b: "y" }] };
    expect(storableDeep(clean)).toBe(clean);
    expect(storableDeep({ a: ["x\u0000", { b: "\ud800" }], n: 1 })).toEqual({ a: ["x\uFFFD", { b: "\uFFFD" }], n: 1 });
  });

  it("is linear on hostile input", () => {
    const hostile = "\ud800".repeat(50_000) + "\u0000".repeat(50_000);
    const t = process.cpuUsage();
    expect(storable(hostile).length).toBe(100_000);
    expect(cpuSince(t)).toBeLessThan(LINEAR_100KB_CPU_MS);
  });
});
