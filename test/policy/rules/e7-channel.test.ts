import { describe, expect, it } from "vitest";
import { e7Channel } from "../../../src/policy/rules/e7-channel.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
import { check } from "../../../src/guard.js";
import { client, finding, freelancer, namedBy, ruleInput } from "./fixtures.js";

describe("E7 the exception's channel is not for the work", () => {
  const email = finding("email");
  const phone = finding("phone");
  const talk = "Invite kenji@sato-studio.jp to the GitHub repo and let's discuss the budget over email";
  it("takes back E2–E4 covers when the message talks about the work over the channel", () => {
    for (const clause of ["E2", "E3", "E4"]) {
      expect(namedBy(e7Channel.apply(ruleInput({ text: talk, findings: [email], covered: [[email, clause]] })))).toEqual({ clause: "E7", findings: [email] });
    }
  });
  it("moving the payment is always about the work, even without the words", () => {
    const payment = finding("off_platform", { value: "off_platform:payment" });
    expect(namedBy(e7Channel.apply(ruleInput({ text: "x", findings: [phone, payment], covered: [[phone, "E4"]] }))).findings).toEqual([phone]);
  });
  it("proposing a channel alone is not talk about the work", () => {
    const textMe = finding("off_platform", { value: "off_platform:channel" });
    expect(e7Channel.apply(ruleInput({ text: "text me", findings: [phone, textMe], covered: [[phone, "E4"], [textMe, "E4"]] }))).toBe(NO_SAY);
  });
  it("leaves S5 alone: a portfolio is not a channel", () => {
    expect(e7Channel.apply(ruleInput({ text: talk, findings: [email], covered: [[email, "S5"]] }))).toBe(NO_SAY);
  });
  it("has no say when nothing is covered, or when the message does not talk about the work", () => {
    expect(e7Channel.apply(ruleInput({ text: talk, findings: [email] }))).toBe(NO_SAY);
    expect(e7Channel.apply(ruleInput({ text: "Invite kenji@sato-studio.jp to the GitHub repo", findings: [email], covered: [[email, "E3"]] }))).toBe(NO_SAY);
  });
  it("reads the work talk through disguises detection undoes (folded view): spaced letters and entities", () => {
    for (const text of [
      "Invite kenji@sato-studio.jp to the GitHub repo and let's discuss the b u d g e t over email",
      "Invite kenji@sato-studio.jp to the GitHub repo and let's discuss the budget over e&#109;ail",
    ]) {
      expect(namedBy(e7Channel.apply(ruleInput({ text, findings: [email], covered: [[email, "E3"]] }))).clause).toBe("E7");
      // Raw lower-cased text hid the talk: E3 covered the email and only the proposal was a violation.
      const r = check(text, { sender: freelancer, recipient: client, contract: { status: "none" }, now: "2026-03-10T09:00:00Z" });
      expect(r.clauses).toEqual(expect.arrayContaining(["C2", "E7"]));
      expect(r.findings.find((f) => f.type === "email")?.allowedBy).toBeUndefined();
    }
  });
});
