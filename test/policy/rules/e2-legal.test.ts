import { describe, expect, it } from "vitest";
import { e2Legal } from "../../../src/policy/rules/e2-legal.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
import { finding, namedBy, ruleInput } from "./fixtures.js";

describe("E2 legal purpose", () => {
  const phone = finding("phone");
  const email = finding("email");
  const payment = finding("off_platform", { value: "off_platform:payment" });
  it("a declared legal exception covers contact details", () => {
    expect(namedBy(e2Legal.apply(ruleInput({ findings: [phone, email], context: { exception: { kind: "legal", note: "KYC" } } })))).toEqual({ clause: "E2", findings: [phone, email] });
  });
  for (const kind of ["nda", "business_license", "background_check"] as const) {
    it(`a ${kind} document covers contact details`, () => {
      expect(namedBy(e2Legal.apply(ruleInput({ findings: [email], context: { surface: "attachment", document: { kind } } }))).clause).toBe("E2");
    });
  }
  it("never covers a proposal to move off the platform", () => {
    const outcome = namedBy(e2Legal.apply(ruleInput({ findings: [email, payment], context: { exception: { kind: "legal" } } })));
    expect(outcome.findings).toEqual([email]);
    expect(e2Legal.apply(ruleInput({ findings: [payment], context: { exception: { kind: "legal" } } }))).toBe(NO_SAY);
  });
  it("does not cover what an earlier rule covered", () => {
    expect(e2Legal.apply(ruleInput({ findings: [email], covered: [[email, "E4"]], context: { exception: { kind: "legal" } } }))).toBe(NO_SAY);
  });
  it("a brief or a résumé is not a legal document; other exceptions are not legal", () => {
    expect(e2Legal.apply(ruleInput({ findings: [email], context: { surface: "attachment", document: { kind: "brief" } } }))).toBe(NO_SAY);
    expect(e2Legal.apply(ruleInput({ findings: [email], context: { surface: "attachment", document: { kind: "resume" } } }))).toBe(NO_SAY);
    expect(e2Legal.apply(ruleInput({ findings: [email], context: { exception: { kind: "system_access" } } }))).toBe(NO_SAY);
  });
});
