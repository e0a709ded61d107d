import { describe, expect, it } from "vitest";
import { noContact } from "../../../src/policy/rules/no-contact.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
import { finding, ruleInput, verdictOf } from "./fixtures.js";

describe("no contact information: nothing to decide", () => {
  it("allows a message without findings, citing nothing", () => {
    expect(verdictOf(noContact.apply(ruleInput({ text: "hello" })))).toEqual({ violation: false, decision: "allow", clauses: [], message: "" });
  });
  it("allows portfolio and project links, citing S1 and S2", () => {
    const v = verdictOf(noContact.apply(ruleInput({ findings: [finding("portfolio_link"), finding("url")] })));
    expect(v).toMatchObject({ violation: false, decision: "allow", clauses: ["S1", "S2"] });
  });
  it("reminds (a notice) when a link is a contact page detection read as the work itself (S2)", () => {
    const page = finding("url", { clause: "S2", clauseFromText: true });
    const v = verdictOf(noContact.apply(ruleInput({ findings: [page] })));
    expect(v).toMatchObject({ violation: false, decision: "notice", clauses: ["S2"] });
    expect(v.message).toMatch(/platform/);
  });
  it("allows a questionnaire about the project under S3, without a reminder", () => {
    const v = verdictOf(noContact.apply(ruleInput({ findings: [finding("url", { clause: "S3", clauseFromText: true })] })));
    expect(v).toMatchObject({ violation: false, decision: "allow", clauses: ["S3"] });
  });
  it("has no say as soon as one finding is contact information", () => {
    expect(noContact.apply(ruleInput({ findings: [finding("url"), finding("contact_request")] }))).toBe(NO_SAY);
  });
});
