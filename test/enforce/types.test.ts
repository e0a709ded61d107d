import { describe, expect, it } from "vitest";
import { check } from "../../src/guard.js";
import type { CheckContextInput } from "../../src/policy/context.js";
import { findingJson } from "../../src/policy/output.js";
import type { FindingJson } from "../../src/enforce/types.js";

/*
 * `FindingJson` (src/enforce/types.ts) claims to be exactly what `findingJson(f, "full")` writes, and
 * the enforcer casts to it. These tests hold the claim: every key the function writes is declared,
 * every required key is written, and the optional ones do appear when the finding has them.
 */

// Exhaustive at compile time: adding a key to FindingJson without listing it here fails typecheck.
const REQUIRED = ["type", "start", "end", "text", "value", "confidence", "clause", "recognizer", "evidence"] as const;
const OPTIONAL = ["platform", "allowedBy", "splitFrom", "phone"] as const;
type Listed = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];
const exhaustive: [Exclude<keyof FindingJson, Listed>, Exclude<Listed, keyof FindingJson>] extends [never, never] ? true : false = true;
type RequiredKeys = { [K in keyof FindingJson]-?: {} extends Pick<FindingJson, K> ? never : K }[keyof FindingJson];
const requiredMatch: [Exclude<RequiredKeys, (typeof REQUIRED)[number]>, Exclude<(typeof REQUIRED)[number], RequiredKeys>] extends [never, never] ? true : false = true;

const NOW = "2026-03-10T09:00:00Z";
const ctx = (over: Partial<CheckContextInput> = {}): CheckContextInput => ({
  surface: "message",
  sender: { id: "fl-1", role: "freelancer", plan: "basic" },
  recipient: { id: "cl-1", role: "client", plan: "basic" },
  contract: { status: "none" },
  now: NOW,
  ...over,
});

const CASES: Array<[string, CheckContextInput]> = [
  ["call me at (415) 555-0199 or mail kenji@sato-studio.jp", ctx()],
  ["add me on telegram @kenji_dev, portfolio at https://behance.net/kenji", ctx()],
  ["Add kenji@sato-studio.jp as a collaborator on the GitHub repo so I can scope it", ctx()],
  ["0199", ctx({ history: [{ text: "my number is 415", senderId: "fl-1", at: "2026-03-10T08:58:00Z" }, { text: "555", senderId: "fl-1", at: "2026-03-10T08:59:00Z" }] })],
  ["nothing to see here", ctx()],
];

const written = CASES.flatMap(([text, context]) => check(text, context).findings.map((f) => findingJson(f, "full")));

describe("FindingJson matches findingJson(f, \"full\")", () => {
  it("the key lists cover the type exactly", () => {
    expect([exhaustive, requiredMatch]).toEqual([true, true]);
  });
  it("writes only declared keys and every required key", () => {
    expect(written.length).toBeGreaterThan(4);
    for (const f of written) {
      expect(Object.keys(f).filter((k) => !(REQUIRED as readonly string[]).includes(k) && !(OPTIONAL as readonly string[]).includes(k))).toEqual([]);
      for (const k of REQUIRED) expect(f).toHaveProperty(k);
    }
  });
  it("writes each optional key when the finding has it", () => {
    for (const k of OPTIONAL) expect(written.some((f) => k in f), k).toBe(true);
  });
  it("writes JSON-ready values of the declared kinds", () => {
    for (const f of written as FindingJson[]) {
      expect(typeof f.type).toBe("string");
      expect([f.start, f.end, f.confidence].every((n) => typeof n === "number")).toBe(true);
      expect(Array.isArray(f.evidence.disguises) && Array.isArray(f.evidence.contextWords)).toBe(true);
      if (f.splitFrom) expect(f.splitFrom.every((s) => typeof s.index === "number" && typeof s.text === "string")).toBe(true);
    }
  });
});
