import { describe, expect, it } from "vitest";
import { coveredNotice } from "../../../src/policy/rules/covered-notice.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
import { PRESET, finding, ruleInput, verdictOf } from "./fixtures.js";

describe("every contact finding covered: allowed with the clause's notice", () => {
  const email = finding("email");
  const phone = finding("phone");
  it("an exception (E2–E4) gets the reminder that the work stays here", () => {
    const v = verdictOf(coveredNotice.apply(ruleInput({ findings: [email, phone], covered: [[email, "E3"], [phone, "E4"]] })));
    expect(v).toEqual({ violation: false, decision: "notice", clauses: ["E3", "E4", "C2", "C1"], message: PRESET.messages.exception });
  });
  it("a portfolio gets the S5 notice, also next to an exception", () => {
    const v = verdictOf(coveredNotice.apply(ruleInput({ findings: [email, phone], covered: [[email, "E2"], [phone, "S5"]] })));
    expect(v).toMatchObject({ decision: "notice", message: PRESET.messages.portfolio });
  });
  it("has no say while one finding is uncovered", () => {
    expect(coveredNotice.apply(ruleInput({ findings: [email, phone], covered: [[email, "E3"]] }))).toBe(NO_SAY);
  });
});
