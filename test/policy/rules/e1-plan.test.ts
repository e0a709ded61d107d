import { describe, expect, it } from "vitest";
import { e1Plan } from "../../../src/policy/rules/e1-plan.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
import { PRESET, client, finding, freelancer, ruleInput, verdictOf } from "./fixtures.js";

describe("E1 plans", () => {
  const phone = finding("phone");
  it("an Enterprise sender or recipient allows contact information", () => {
    for (const context of [{ sender: { ...client, plan: "enterprise" as const }, recipient: freelancer }, { recipient: { ...client, plan: "enterprise" as const } }]) {
      expect(verdictOf(e1Plan.apply(ruleInput({ findings: [phone], context })))).toEqual({ violation: false, decision: "allow", clauses: ["E1", "C1"], message: "" });
    }
  });
  it("the Business plan is not exempt by default", () => {
    expect(e1Plan.apply(ruleInput({ findings: [phone], context: { sender: { ...client, plan: "business" } } }))).toBe(NO_SAY);
  });
  it("the Business plan is exempt with the older seed's switch", () => {
    const preset = { ...PRESET, switches: { ...PRESET.switches, businessPlanExempt: true } };
    expect(verdictOf(e1Plan.apply(ruleInput({ findings: [phone], preset, context: { recipient: { ...client, plan: "business" } } }))).clauses).toContain("E1");
  });
  it("basic and plus plans, or no parties, have no say", () => {
    expect(e1Plan.apply(ruleInput({ findings: [phone], context: { sender: { ...freelancer, plan: "plus" } } }))).toBe(NO_SAY);
    expect(e1Plan.apply(ruleInput({ findings: [phone], context: { sender: null, recipient: null } }))).toBe(NO_SAY);
  });
});
