import { describe, expect, it } from "vitest";
import { restricted, x2Restricted } from "../../../src/policy/rules/x2-restricted.js";
import { check } from "../../../src/guard.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
import { NOW, PRESET, finding, ruleInput, verdictOf, client, freelancer } from "./fixtures.js";

describe("X2 restricted or suspended accounts", () => {
  const phone = finding("phone");
  it("blocks a restricted sender's contact details, citing X2 and the finding's clause", () => {
    const v = verdictOf(x2Restricted.apply(ruleInput({ findings: [phone], context: { standing: { activeViolations: 3, restrictedUntil: "2026-03-20T00:00:00Z" } } })));
    expect(v).toEqual({ violation: true, decision: "block", clauses: ["X2", "C1"], message: PRESET.messages.restricted });
  });
  it("blocks a restricted sender's message even without contact details, but it is no violation", () => {
    const v = verdictOf(x2Restricted.apply(ruleInput({ text: "hello", context: { standing: { activeViolations: 3, restrictedUntil: "2026-03-20T00:00:00Z" } } })));
    expect(v).toMatchObject({ violation: false, decision: "block", clauses: ["X2"] });
  });
  it("a suspended account is blocked with no end date", () => {
    expect(restricted({ surface: "message", standing: { activeViolations: 0, suspended: true } }, NOW)).toBe(true);
  });
  it("has no say once the restriction has ended, or without standing, or with violations but no restriction", () => {
    expect(x2Restricted.apply(ruleInput({ findings: [phone], context: { standing: { activeViolations: 3, restrictedUntil: "2026-03-01T00:00:00Z" } } }))).toBe(NO_SAY);
    expect(x2Restricted.apply(ruleInput({ findings: [phone] }))).toBe(NO_SAY);
    expect(x2Restricted.apply(ruleInput({ findings: [phone], context: { standing: { activeViolations: 2 } } }))).toBe(NO_SAY);
  });
  it("end to end: a contract does not lift a suspension (X2 is read before E6)", () => {
    const r = check("my number is (415) 555-0199", { sender: freelancer, recipient: client, contract: { status: "active" }, standing: { suspended: true }, now: NOW.toISOString() });
    expect(r).toMatchObject({ violation: true, decision: "block" });
    expect(r.clauses).toEqual(["C1", "X2"]);
  });
});
