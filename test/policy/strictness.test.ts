import { describe, expect, it } from "vitest";
import { DISGUISES, FINDING_TYPES } from "../../src/core/types.js";
import { createGuard } from "../../src/guard.js";
import { builtinPreset, parsePreset, PresetError } from "../../src/policy/preset.js";
import { STRICTNESS, counts, thresholdsOf } from "../../src/policy/strictness.js";
import { detectionTuning, effectiveThresholds } from "../../src/policy/tuning.js";

/*
 * Strictness per finding type (issue 20): a level per type maps to a documented threshold and the
 * disguise families that count. `standard` is today's detection; strict adds weak cues, relaxed keeps
 * only plain, well-formed details.
 */

const base = builtinPreset();
const guardWith = (strictness: unknown) => createGuard({ preset: parsePreset({ ...base, strictness }) });
const typesOf = (g: ReturnType<typeof createGuard>, text: string) => g.check(text).findings.map((f) => f.type);

describe("the strictness table", () => {
  it("standard is the preset's detection.minConfidence with every family; strict is lower and relaxed higher", () => {
    const t = thresholdsOf({ default: "standard", byType: { phone: "strict", email: "relaxed" } }, 0.5);
    expect(t.address).toMatchObject({ level: "standard", minConfidence: 0.5 });
    expect(t.address.families.size).toBe(DISGUISES.length);
    expect(t.phone).toMatchObject({ level: "strict", minConfidence: 0.35 });
    expect(t.email).toMatchObject({ level: "relaxed", minConfidence: 0.8, otherFamiliesMinConfidence: 0.95 });
    expect([...t.email.families].sort()).toEqual(["compatibility", "html_entity"]);
  });

  it("levels never cross standard when the preset's base threshold moves", () => {
    const high = thresholdsOf({ default: "strict", byType: { email: "relaxed" } }, 0.9);
    expect(high.phone.minConfidence).toBe(0.35);
    expect(high.email.minConfidence).toBe(0.9);
    const low = thresholdsOf({ default: "relaxed", byType: {} }, 0.2);
    expect(low.phone.minConfidence).toBe(0.8);
    expect(thresholdsOf({ default: "strict", byType: {} }, 0.2).phone.minConfidence).toBe(0.2);
  });

  it("relaxed drops a finding whose evidence shows a family it does not count, unless very confident", () => {
    const t = thresholdsOf({ default: "relaxed", byType: {} }, 0.5);
    const f = (confidence: number, disguises: (typeof DISGUISES)[number][]) => ({ type: "email" as const, confidence, evidence: { disguises, contextWords: [] } });
    expect(counts(f(0.9, []), t)).toBe(true);
    expect(counts(f(0.9, ["html_entity"]), t)).toBe(true);
    expect(counts(f(0.9, ["spelled_at_dot"]), t)).toBe(false);
    expect(counts(f(0.95, ["spelled_at_dot"]), t)).toBe(true);
    expect(counts(f(0.7, []), t)).toBe(false);
  });

  it("the default preset is all standard, so detection runs with no per-type filter", () => {
    const tuning = detectionTuning(base);
    expect(tuning).toEqual({ minConfidence: base.detection.minConfidence });
    expect(Object.values(effectiveThresholds(base)).every((t) => t.level === "standard")).toBe(true);
    expect(Object.keys(effectiveThresholds(base))).toEqual([...FINDING_TYPES]);
    for (const level of Object.values(STRICTNESS)) expect(level.describe.length).toBeGreaterThan(10);
  });
});

describe("strictness per level and type in checks", () => {
  const standard = createGuard({ preset: base });

  it("strict off_platform counts a lone weak cue (\"sin comisiones\", 0.4); standard does not", () => {
    expect(typesOf(standard, "sin comisiones")).toEqual([]);
    expect(typesOf(guardWith({ byType: { off_platform: "strict" } }), "sin comisiones")).toEqual(["off_platform"]);
    // Strict for another type only leaves off_platform at standard.
    expect(typesOf(guardWith({ byType: { phone: "strict" } }), "sin comisiones")).toEqual([]);
  });

  it("strict does not invent findings in a clean text", () => {
    expect(typesOf(guardWith({ default: "strict" }), "Budget $3,000, start 2026-04-01. Looking forward to it.")).toEqual([]);
  });

  it("relaxed phone drops a bare digit run (0.62) and keeps a formatted number", () => {
    expect(typesOf(standard, "2079460958")).toEqual(["phone"]);
    const relaxed = guardWith({ byType: { phone: "relaxed" } });
    expect(typesOf(relaxed, "2079460958")).toEqual([]);
    expect(typesOf(relaxed, "call me on +44 20 7946 0958")).toContain("phone");
  });

  it("relaxed phone drops a number spelled in words (number_word, 0.9) that standard counts", () => {
    const text = "call two one two five five five zero one nine nine";
    expect(typesOf(standard, text)).toContain("phone");
    expect(typesOf(guardWith({ byType: { phone: "relaxed" } }), text)).not.toContain("phone");
  });

  it("relaxed email keeps a plain, an HTML-escaped and a full-width address, and a very confident spaced one", () => {
    const relaxed = guardWith({ byType: { email: "relaxed" } });
    for (const text of ["kenji@gmail.com", "&#107;enji&#64;gmail.com", "ｋｅｎｊｉ＠ｇｍａｉｌ．ｃｏｍ", "k e n j i @ g m a i l . c o m"]) {
      expect(typesOf(relaxed, text), text).toEqual(["email"]);
    }
  });

  it("relaxed email drops a spelled-out address (spelled_at_dot, 0.9) and the decision is then allow", () => {
    const text = "mail support [at] ourmarket dot com";
    expect(standard.check(text).decision).not.toBe("allow");
    const r = guardWith({ byType: { email: "relaxed" } }).check(text);
    expect(r.findings.map((f) => f.type)).not.toContain("email");
  });

  it("guard.detect applies the preset's strictness unless the caller gives minConfidence", () => {
    const g = guardWith({ default: "strict" });
    expect(g.detect("sin comisiones").findings.map((f) => f.type)).toEqual(["off_platform"]);
    expect(g.detect("sin comisiones", { minConfidence: 0.5 }).findings).toEqual([]);
  });
});

describe("strictness in the preset: validation", () => {
  it("defaults to standard for every type", () => {
    expect(base.strictness).toEqual({ default: "standard", byType: {} });
  });

  it("an unknown level or finding type is a clear preset error", () => {
    expect(() => parsePreset({ ...base, strictness: { default: "paranoid" } })).toThrow(PresetError);
    try {
      parsePreset({ ...base, strictness: { byType: { phone: "paranoid" } } });
      expect.unreachable();
    } catch (err) {
      expect((err as PresetError).problems.join("\n")).toMatch(/^strictness\.byType\.phone: .*relaxed.*standard.*strict/m);
    }
    expect(() => parsePreset({ ...base, strictness: { byType: { fax: "strict" } } })).toThrow(PresetError);
    expect(() => parsePreset({ ...base, strictness: { level: "strict" } })).toThrow(/strictness/);
  });
});
