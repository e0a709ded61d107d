import { describe, expect, it } from "vitest";
import { e3Access } from "../../../src/policy/rules/e3-access.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
import { check } from "../../../src/guard.js";
import { PRESET, client, finding, freelancer, namedBy, ruleInput } from "./fixtures.js";

describe("E3 system access", () => {
  const email = finding("email");
  const askEmail = finding("contact_request", { value: "request:email", text: "what's your email" });
  const askWhatsapp = finding("contact_request", { value: "request:whatsapp", text: "send me your WhatsApp" });
  const phone = finding("phone");
  const systemAccess = { exception: { kind: "system_access" as const } };

  it("a declared system-access exception covers an email and a request for one", () => {
    expect(namedBy(e3Access.apply(ruleInput({ findings: [email, askEmail], context: systemAccess })))).toEqual({ clause: "E3", findings: [email, askEmail] });
  });
  it("never covers a phone number or a request for a messenger", () => {
    expect(namedBy(e3Access.apply(ruleInput({ findings: [phone, email, askWhatsapp], context: systemAccess }))).findings).toEqual([email]);
    expect(e3Access.apply(ruleInput({ findings: [phone, askWhatsapp], context: systemAccess }))).toBe(NO_SAY);
  });
  it("infers the purpose from a named system and an access cue", () => {
    const text = "Add kenji@sato-studio.jp as a collaborator on the GitHub repo so I can scope it";
    expect(namedBy(e3Access.apply(ruleInput({ text, findings: [email] }))).clause).toBe("E3");
  });
  it("does not infer it without a system, without a cue, or with the switch off", () => {
    expect(e3Access.apply(ruleInput({ text: "here is my email so we can chat: kenji@sato-studio.jp", findings: [email] }))).toBe(NO_SAY);
    expect(e3Access.apply(ruleInput({ text: "I love GitHub, kenji@sato-studio.jp", findings: [email] }))).toBe(NO_SAY);
    const preset = { ...PRESET, switches: { ...PRESET.switches, inferSystemAccess: false } };
    expect(e3Access.apply(ruleInput({ preset, text: "Add kenji@sato-studio.jp as a collaborator on the GitHub repo", findings: [email] }))).toBe(NO_SAY);
  });
  it("reads the purpose through disguises detection undoes (folded view): an invisible character inside the cue", () => {
    // Raw lower-cased text reads "colla\u200bborator", which is no cue: this message used to be a violation.
    const text = "Add kenji@sato-studio.jp as a colla\u200bborator on GitHub";
    expect(namedBy(e3Access.apply(ruleInput({ text, findings: [email] }))).clause).toBe("E3");
    const r = check(text, { sender: freelancer, recipient: client, contract: { status: "none" }, now: "2026-03-10T09:00:00Z" });
    expect(r).toMatchObject({ violation: false, decision: "notice" });
    expect(r.clauses).toEqual(["C2", "E3"]);
  });
});
