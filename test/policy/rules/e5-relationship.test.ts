import { describe, expect, it } from "vitest";
import { e5Relationship } from "../../../src/policy/rules/e5-relationship.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
import { finding, ruleInput, verdictOf } from "./fixtures.js";

describe("E5 pre-existing relationship", () => {
  const phone = finding("phone");
  it("people who knew each other before the platform may share contact information", () => {
    const outcome = e5Relationship.apply(ruleInput({ findings: [phone], context: { relationship: { preExisting: true } } }));
    expect(verdictOf(outcome)).toEqual({ violation: false, decision: "allow", clauses: ["E5", "C1"], message: "" });
  });
  it("has no say without a declared pre-existing relationship (W3)", () => {
    expect(e5Relationship.apply(ruleInput({ findings: [phone], context: { relationship: { preExisting: false } } }))).toBe(NO_SAY);
    expect(e5Relationship.apply(ruleInput({ findings: [phone], context: { relationship: null } }))).toBe(NO_SAY);
    expect(e5Relationship.apply(ruleInput({ findings: [phone] }))).toBe(NO_SAY);
  });
});
