import { describe, expect, it } from "vitest";
import { ContactGuardError, createGuard, detect } from "../../src/index.js";

/* guard.detect: detection without policy, with caller options validated (src/guard.ts, src/detect/options.ts). */

const guard = createGuard();
const TEXT = "call me on +1 415 555 0132 or mail kenji@sato-studio.jp, portfolio https://behance.net/kenji";

describe("guard.detect", () => {
  it("without options: the findings check decides on (the preset's detection settings)", () => {
    const { findings, redactedText } = guard.detect(TEXT);
    expect(redactedText).toBeUndefined();
    expect(findings).toEqual(detect(TEXT, { fallbackRegion: guard.preset.detection.defaultRegion, minConfidence: guard.preset.detection.minConfidence }));
    const checked = guard.check(TEXT).findings.map(({ clause: _c, allowedBy: _a, clauseFromText: _t, ...f }) => f);
    expect(findings).toEqual(checked);
  });

  it("entities: a subset of the unfiltered answer, overlaps resolved as without the filter", () => {
    const all = guard.detect(TEXT).findings;
    const some = guard.detect(TEXT, { entities: ["phone", "url"] }).findings;
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((f) => ["phone", "url"].includes(f.type))).toBe(true);
    for (const f of some) expect(all).toContainEqual(f);
  });

  it("minConfidence 0 finds at least as much as the default, 1 keeps only certain findings", () => {
    const low = guard.detect(TEXT, { minConfidence: 0 }).findings;
    expect(low.length).toBeGreaterThanOrEqual(guard.detect(TEXT).findings.length);
    expect(guard.detect(TEXT, { minConfidence: 1 }).findings.every((f) => f.confidence === 1)).toBe(true);
  });

  it("region reads a national number as that country's, in any case", () => {
    expect(guard.detect("my number is 0612345678", { region: "fr" }).findings[0]).toMatchObject({ value: "+33612345678", phone: { country: "FR" } });
    expect(guard.detect("my number is 0612345678", { region: "NL" }).findings[0]).toMatchObject({ value: "+31612345678", phone: { country: "NL" } });
  });

  it.each([
    [{ region: "XX" }, "region"],
    [{ region: "" }, "region"],
    [{ region: "EN" }, "region"],
    [{ minConfidence: 2 }, "minConfidence"],
    [{ minConfidence: Number.NaN }, "minConfidence"],
    [{ entities: ["fax"] }, "entities.0"],
    [{ redaction: { default: { operator: "nope" } } }, "redaction.default.operator"],
  ])("refuses %j with invalid_request naming %s", (options, field) => {
    let error: unknown;
    try {
      guard.detect("call 0612345678", options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContactGuardError);
    expect((error as ContactGuardError).code).toBe("invalid_request");
    expect((error as ContactGuardError).message.startsWith(`${field}:`)).toBe(true);
  });

  it("refuses a text that is not a string", () => {
    expect(() => guard.detect(42 as unknown as string)).toThrow(TypeError);
  });

  it("redaction: the hash is keyed by the guard's key, stable for one key and different for another", () => {
    const a = createGuard({ redactionKey: "k1" }).detect("call +1 415 555 0132", { redaction: { default: { operator: "hash" } } }).redactedText;
    const b = createGuard({ redactionKey: "k1" }).detect("call (415) 555-0132", { region: "US", redaction: { default: { operator: "hash" } } }).redactedText;
    const c = createGuard({ redactionKey: "k2" }).detect("call +1 415 555 0132", { redaction: { default: { operator: "hash" } } }).redactedText;
    expect(a).toMatch(/^call \[phone:[0-9a-f]{16}\]$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    // No key given: a random one per guard, the same within it.
    const g = createGuard();
    expect(g.detect("call +1 415 555 0132", { redaction: { default: { operator: "hash" } } }).redactedText).toBe(g.detect("call +1 415 555 0132", { redaction: { default: { operator: "hash" } } }).redactedText);
  });

  it("check: redaction changes only the returned redactedText, and a bad spec is refused even on a clean text", () => {
    const ctx = { surface: "message", sender: { id: "a", role: "freelancer", plan: "basic" }, recipient: { id: "b", role: "client", plan: "basic" }, contract: { status: "none" } } as const;
    const plain = guard.check("call +1 415 555 0132", ctx);
    const masked = guard.check("call +1 415 555 0132", ctx, { redaction: { default: { operator: "mask", keepLast: 2 } } });
    expect(plain.redactedText).toBe("call [phone hidden]");
    expect(masked.redactedText).toBe("call *************32");
    expect({ ...masked, redactedText: plain.redactedText }).toEqual(plain);
    expect(() => guard.check("hello", ctx, { redaction: { default: { operator: "mask", char: "" } } as never })).toThrow(/redaction/);
  });

  it("check: a declared phone (a vCard's TEL) carries its country and type like a detected one", () => {
    const text = "TEL: 0x7400x123456";
    const declared = { type: "phone" as const, start: 5, end: 18, text: text.slice(5), value: "+447400123456", confidence: 0.9, recognizer: "vcard.tel", evidence: { disguises: [], contextWords: [] } };
    const result = guard.check(text, {}, { findings: [declared] });
    expect(result.findings.find((f) => f.recognizer === "vcard.tel")?.phone).toEqual({ country: "GB", numberType: "mobile" });
    expect(declared).not.toHaveProperty("phone"); // the caller's object is left alone
  });
});
