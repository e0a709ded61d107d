import { describe, expect, it } from "vitest";
import { e4Accessibility } from "../../../src/policy/rules/e4-accessibility.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
import { finding, namedBy, ruleInput } from "./fixtures.js";

describe("E4 accessibility", () => {
  const accessibility = { exception: { kind: "accessibility" as const } };
  const phone = finding("phone");
  const textMe = finding("off_platform", { value: "off_platform:channel", text: "text me" });
  const payment = finding("off_platform", { value: "off_platform:payment", text: "pay me directly" });
  it("covers contact details and the proposal of another channel (the accommodation may be that channel)", () => {
    expect(namedBy(e4Accessibility.apply(ruleInput({ findings: [textMe, phone], context: accessibility })))).toEqual({ clause: "E4", findings: [textMe, phone] });
  });
  it("never covers moving the payment off the platform", () => {
    expect(namedBy(e4Accessibility.apply(ruleInput({ findings: [phone, payment], context: accessibility }))).findings).toEqual([phone]);
    expect(e4Accessibility.apply(ruleInput({ findings: [payment], context: accessibility }))).toBe(NO_SAY);
  });
  it("has no say without an accessibility exception", () => {
    expect(e4Accessibility.apply(ruleInput({ findings: [phone, textMe] }))).toBe(NO_SAY);
    expect(e4Accessibility.apply(ruleInput({ findings: [phone], context: { exception: { kind: "legal" } } }))).toBe(NO_SAY);
  });
});
