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
  it("has no say as soon as one finding is contact information", () => {
    expect(noContact.apply(ruleInput({ findings: [finding("url"), finding("contact_request")] }))).toBe(NO_SAY);
  });
});
