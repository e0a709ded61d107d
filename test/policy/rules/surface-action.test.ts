import { describe, expect, it } from "vitest";
import { surfaceAction } from "../../../src/policy/rules/surface-action.js";
import { PRESET, finding, ruleInput, verdictOf } from "./fixtures.js";

describe("the violation: the preset's surface action", () => {
  const text = "call (415) 555-0199 now";
  const phone = finding("phone", { start: 5, end: 19, text: "(415) 555-0199" });
  const ask = finding("contact_request", { start: 0, end: 21, text: "send me your WhatsApp" });
  it("a first message is warned, citing the finding and W1, with the redacted text", () => {
    const v = verdictOf(surfaceAction.apply(ruleInput({ text, findings: [phone] })));
    expect(v).toEqual({ violation: true, decision: "warn", clauses: ["C1", "W1"], message: PRESET.messages.violation, redactedText: "call [phone hidden] now" });
  });
  it("a job post is blocked with X1's text", () => {
    const v = verdictOf(surfaceAction.apply(ruleInput({ text, findings: [phone], context: { surface: "job_post" } })));
    expect(v).toMatchObject({ decision: "block", message: PRESET.surfaces.job_post.message });
    expect(v.clauses).toContain("X1");
  });
  it("a repeat in a message is redacted and cites X2", () => {
    const v = verdictOf(surfaceAction.apply(ruleInput({ text, findings: [phone], context: { standing: { activeViolations: 1 } } })));
    expect(v).toMatchObject({ decision: "redact", message: PRESET.messages.redacted });
    expect(v.clauses).toContain("X2");
  });
  it("a blocking action on low-confidence findings goes to review", () => {
    const v = verdictOf(surfaceAction.apply(ruleInput({ text, findings: [{ ...phone, confidence: 0.6 }], context: { surface: "proposal" } })));
    expect(v).toMatchObject({ decision: "review", message: PRESET.messages.review });
    expect(verdictOf(surfaceAction.apply(ruleInput({ text, findings: [phone], context: { surface: "proposal" } }))).decision).toBe("block");
  });
  it("a request alone reads X3's text", () => {
    const v = verdictOf(surfaceAction.apply(ruleInput({ text: "send me your WhatsApp", findings: [ask] })));
    expect(v).toMatchObject({ decision: "warn", message: PRESET.messages.contactRequest });
    expect(new Set(v.clauses)).toEqual(new Set(["C8", "W1", "X3"]));
  });
  it("attachments cite W2", () => {
    expect(verdictOf(surfaceAction.apply(ruleInput({ text, findings: [phone], context: { surface: "attachment", document: { kind: "resume" } } }))).clauses).toContain("W2");
    expect(verdictOf(surfaceAction.apply(ruleInput({ text, findings: [phone] }))).clauses).not.toContain("W2");
  });
  it("counts only what no rule covered, and explains E7 when it took an exception back", () => {
    const email = finding("email", { start: 0, end: 4, text: "call" });
    const v = verdictOf(surfaceAction.apply(ruleInput({ text, findings: [email, phone], covered: [[email, "S5"]], withdrawn: [[phone, "E7"]] })));
    expect(v).toMatchObject({ message: PRESET.messages.exceptionChannel, redactedText: "call [phone hidden] now" });
    expect(v.clauses).toEqual(["C1", "W1", "E7"]);
  });
});
