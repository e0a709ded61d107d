import { describe, expect, it } from "vitest";
import { readSignals } from "../../src/policy/signals.js";
import { fold } from "../../src/normalize/index.js";
import { finding } from "./rules/fixtures.js";
import { cpuSince, LINEAR_100KB_CPU_MS } from "../helpers/cpu.js";

describe("policy signals are read from the folded view", () => {
  it("the folded text is the normalizer's", () => {
    const text = "Add me on G&#105;tHub, E M A I L me";
    expect(readSignals(text).folded).toBe(fold(text).text);
  });

  describe("access purpose (E3)", () => {
    it("names the system and the cue", () => {
      expect(readSignals("Please INVITE me to your GitHub").accessPurpose).toEqual({ system: "github", cue: "invite" });
    });
    it("through entities, look-alike letters, invisible characters and full-width forms", () => {
      for (const text of ["Invite me to your G&#105;tHub", "Invite me to your g\u0456thub", "Inv\u200bite me to your GitHub", "Invite me to your Ｇｉｔｈｕｂ"]) {
        expect(readSignals(text).accessPurpose, text).toEqual({ system: "github", cue: "invite" });
      }
    });
    it("none without a system or without a cue", () => {
      expect(readSignals("invite me to lunch").accessPurpose).toBeNull();
      expect(readSignals("I love GitHub").accessPurpose).toBeNull();
    });
  });

  describe("work talk (E7)", () => {
    it("talk about the budget over email", () => {
      expect(readSignals("let's discuss the budget over email").workTalk).toBe(true);
      expect(readSignals("email me the invoice and the rate").workTalk).toBe(true);
    });
    it("through spaced letters, entities and invisible characters", () => {
      for (const text of ["let's discuss the b u d g e t over email", "let's discuss the budget over e&#109;ail", "let's discuss the bud\u200bget over email"]) {
        expect(readSignals(text).workTalk, text).toBe(true);
      }
    });
    it("not talk about the work", () => {
      expect(readSignals("the budget is fine, see you here").workTalk).toBe(false);
      expect(readSignals("I sent the logo over email yesterday").workTalk).toBe(false);
    });
  });

  describe("email-ish findings (E3)", () => {
    const s = readSignals("");
    it("an email address, or a request whose value or words ask for an email", () => {
      expect(s.isEmailish(finding("email"))).toBe(true);
      expect(s.isEmailish(finding("contact_request", { value: "request:email", text: "what's your email" }))).toBe(true);
      expect(s.isEmailish(finding("contact_request", { value: "request:contact", text: "¿cuál es tu CORREO?" }))).toBe(true);
      expect(s.isEmailish(finding("contact_request", { value: "request:contact", text: "your е-mail?" }))).toBe(true);
    });
    it("never a phone number, a messenger or a request for one", () => {
      expect(s.isEmailish(finding("phone"))).toBe(false);
      expect(s.isEmailish(finding("messenger", { value: "telegram:kenji" }))).toBe(false);
      expect(s.isEmailish(finding("contact_request", { value: "request:whatsapp", text: "send me your WhatsApp" }))).toBe(false);
    });
  });
});

describe("signals stay linear-time on hostile input", () => {
  // WORK_TALK and the purpose words run on whole messages: near-misses repeated must not backtrack.
  for (const unit of ["discuss the job ", "email me the ", "a ", "invite github ", "e m a i l ", "talk about the budget by "]) {
    it(JSON.stringify(unit), () => {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = process.cpuUsage();
      const s = readSignals(text);
      void s.workTalk;
      void s.accessPurpose;
      expect(cpuSince(started)).toBeLessThan(LINEAR_100KB_CPU_MS);
    });
  }
});
