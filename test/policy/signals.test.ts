import { describe, expect, it } from "vitest";
import { readSignals } from "../../src/policy/signals.js";
import { systemAccessPurpose } from "../../src/policy/purpose.js";
import { fold } from "../../src/normalize/index.js";
import { finding } from "./rules/fixtures.js";
import { cpuSince, LINEAR_100KB_CPU_MS } from "../helpers/cpu.js";

describe("policy signals are read from the folded view", () => {
  it("the folded text is the normalizer's", () => {
    const text = "Add me on G&#105;tHub, E M A I L me";
    expect(readSignals(text).folded).toBe(fold(text).text);
  });

  describe("access purpose (E3), read around each finding", () => {
    /** The finding of `detail` inside `text`, at its real offsets. */
    const at = (text: string, detail: string) => finding("email", { start: text.indexOf(detail), end: text.indexOf(detail) + detail.length, text: detail, value: detail });
    const access = (text: string, detail = "kenji@sato-studio.jp") => readSignals(text).accessPurposeOf(at(text, detail));
    it("names the system and the cue", () => {
      expect(access("Please INVITE kenji@sato-studio.jp to your GitHub")).toEqual({ system: "github", cue: "invite" });
    });
    it("through entities, look-alike letters, invisible characters and full-width forms", () => {
      for (const text of ["Invite kenji@sato-studio.jp to your G&#105;tHub", "Invite kenji@sato-studio.jp to your g\u0456thub", "Inv\u200bite kenji@sato-studio.jp to your GitHub", "Invite kenji@sato-studio.jp to your Ｇｉｔｈｕｂ"]) {
        expect(access(text), text).toEqual({ system: "github", cue: "invite" });
      }
    });
    it("none without a system or without a cue", () => {
      expect(access("invite kenji@sato-studio.jp to lunch")).toBeNull();
      expect(access("I love GitHub, kenji@sato-studio.jp")).toBeNull();
    });
    it("in Cyrillic, Han and kana, where ASCII word boundaries see nothing", () => {
      expect(access("Добавьте меня в проект на GitLab, почта kenji@sato-studio.jp")).toMatchObject({ system: "gitlab" });
      expect(access("请用 kenji@sato-studio.jp 把我加到你们的 GitHub 仓库")).toMatchObject({ system: "github" });
      expect(access("WordPressの管理画面に kenji@sato-studio.jp でユーザー追加をお願いします")).toMatchObject({ system: "wordpress" });
    });
    it("stems: one entry for every ending of a verb", () => {
      expect(access("Sizi Bitbucket deposuna ekleyeceğim, adresim kenji@sato-studio.jp")).toMatchObject({ system: "bitbucket" });
      expect(access("Sizi Bitbucket deposuna eklerim: kenji@sato-studio.jp")).toMatchObject({ system: "bitbucket" });
    });
    it("only from the finding's sentence and the ones beside it", () => {
      const text = "I invited you to the GitHub repo yesterday. The tests pass. The build is green. Anyway, write me at kenji@sato-studio.jp";
      expect(access(text)).toBeNull();
      expect(systemAccessPurpose(text)).toMatchObject({ system: "github" });
    });
    it("never with a communication tool beside it, but a tool's ad account is a system", () => {
      expect(access("Send kenji@sato-studio.jp an invite to our Slack and the GitHub repo")).toBeNull();
      expect(access("Add kenji@sato-studio.jp as an analyst in your Facebook Ads Manager")).toMatchObject({ system: "facebook ads manager" });
    });
  });

  describe("legal purpose (E2), read around each finding", () => {
    const legal = (text: string, detail: string) => readSignals(text).legalPurposeOf(finding("email", { start: text.indexOf(detail), end: text.indexOf(detail) + detail.length }));
    it("an NDA, a licence or a background check beside the detail", () => {
      expect(legal("O NDA vai pela Clicksign. Qual e-mail devo cadastrar?", "e-mail")).toBe("nda");
      expect(legal("Для проверки контрагента пришлите почту", "почту")).toMatch(/^проверк/);
      expect(legal("背景调查需要你的邮箱", "邮箱")).toBe("背景调查");
    });
    it("not from a far sentence", () => {
      expect(legal("We signed an NDA last year. It went well. The work was fun. Mail me at a@b.co", "a@b.co")).toBeNull();
    });
  });

  describe("next job and conversion fee (E6)", () => {
    it("the next job, in several languages and through disguises", () => {
      for (const text of ["For phase two let's work directly", "El próximo proyecto lo hacemos por fuera", "Den nächsten Auftrag machen wir direkt", "下一个项目我们直接合作吧", "Следующий заказ давайте напрямую", "for the NEXT project"]) {
        expect(readSignals(text).nextJob, text).toBe(true);
      }
      expect(readSignals("Thanks for the project, it went well").nextJob).toBe(false);
    });
    it("the conversion fee", () => {
      expect(readSignals("die Umwandlungsgebühr der Plattform zahlen wir").conversionFee).toBe(true);
      expect(readSignals("pagaremos la tarifa de conversión de la plataforma").conversionFee).toBe(true);
      expect(readSignals("we'll pay the conversion fee").conversionFee).toBe(true);
      expect(readSignals("die Gebühr der Plattform sparen wir uns").conversionFee).toBe(false);
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
  // The purpose and E6 words run on whole messages: near-misses repeated must not backtrack.
  for (const unit of ["discuss the job ", "email me the ", "a ", "invite github ", "e m a i l ", "talk about the budget by "]) {
    it(JSON.stringify(unit), () => {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = process.cpuUsage();
      const s = readSignals(text);
      void s.nextJob;
      void s.conversionFee;
      void s.accessPurposeOf(finding("email", { start: 0, end: 10 }));
      void s.legalPurposeOf(finding("email", { start: 0, end: 10 }));
      expect(cpuSince(started)).toBeLessThan(LINEAR_100KB_CPU_MS);
    });
  }
});
