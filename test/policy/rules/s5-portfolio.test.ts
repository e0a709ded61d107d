import { describe, expect, it } from "vitest";
import { s5Portfolio } from "../../../src/policy/rules/s5-portfolio.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
import { finding, namedBy, ruleInput } from "./fixtures.js";

describe("S5 a portfolio that happens to contain contact details", () => {
  const email = finding("email");
  const phone = finding("phone");
  const ask = finding("contact_request");
  const textMe = finding("off_platform");
  it("covers the details a portfolio contains, on the portfolio surface or in a portfolio document", () => {
    expect(namedBy(s5Portfolio.apply(ruleInput({ findings: [email, phone], context: { surface: "portfolio" } })))).toEqual({ clause: "S5", findings: [email, phone] });
    expect(namedBy(s5Portfolio.apply(ruleInput({ findings: [email], context: { surface: "attachment", document: { kind: "portfolio" } } }))).clause).toBe("S5");
  });
  it("does not cover requests or proposals: they are not contained details", () => {
    expect(namedBy(s5Portfolio.apply(ruleInput({ findings: [ask, email, textMe], context: { surface: "portfolio" } }))).findings).toEqual([email]);
    expect(s5Portfolio.apply(ruleInput({ findings: [ask, textMe], context: { surface: "portfolio" } }))).toBe(NO_SAY);
  });
  it("a résumé or a profile is not a portfolio", () => {
    expect(s5Portfolio.apply(ruleInput({ findings: [email], context: { surface: "attachment", document: { kind: "resume" } } }))).toBe(NO_SAY);
    expect(s5Portfolio.apply(ruleInput({ findings: [email], context: { surface: "profile" } }))).toBe(NO_SAY);
  });
});
