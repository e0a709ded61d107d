import { describe, expect, it } from "vitest";
import { e2Legal } from "../../../src/policy/rules/e2-legal.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
import { check } from "../../../src/guard.js";
import { client, finding, freelancer, namedBy, ruleInput } from "./fixtures.js";

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

const decide = (text: string, over: Record<string, unknown> = {}) =>
  check(text, { sender: client, recipient: freelancer, contract: { status: "none" }, now: "2026-03-10T09:00:00Z", ...over });

describe("E2 read from the words of a conversation, in every language (positive, negative, control)", () => {
  // [language, allowed: a detail given or asked for a legal purpose, control: the same without the purpose]
  const cases: Array<[string, string, string]> = [
    ["en", "We need your email address for the NDA before we share the specs.", "We need your email address before we share the specs."],
    ["es", "Nos piden la verificación de antecedentes: ¿me das tu dirección completa?", "¿Me das tu dirección completa?"],
    ["de", "Für das Führungszeugnis brauche ich Ihre Anschrift und E-Mail.", "Schicken Sie mir Ihre Anschrift und E-Mail."],
    ["ru", "Для NDA пришлите, пожалуйста, вашу почту.", "Пришлите, пожалуйста, вашу почту."],
    ["zh", "签保密协议需要你的邮箱，请发一下。", "请发一下你的邮箱。"],
    ["pt", "O NDA vai pela Clicksign. Qual e-mail devo cadastrar como signatário?", "Qual e-mail devo usar pra gente conversar melhor?"],
    ["fr", "Notre client final exige une vérification des antécédents : pouvez-vous m'indiquer votre adresse postale complète ?", "Pouvez-vous m'indiquer votre adresse postale complète ?"],
  ];
  for (const [lang, allowed, control] of cases) {
    it(`${lang}: allowed under E2; the control is a violation`, () => {
      const r = decide(allowed);
      expect(r.violation, allowed).toBe(false);
      expect(r.clauses).toContain("E2");
      expect(decide(control).violation, control).toBe(true);
    });
  }

  it("a legal word far from the detail is no purpose", () => {
    const r = decide("We signed an NDA with our last agency. It went fine. The project starts soon. Email me at anna.k@firma.de");
    expect(r.violation).toBe(true);
    expect(r.clauses).not.toContain("E2");
  });
  it("never a messenger or a social profile, whatever the purpose", () => {
    const r = decide("For the NDA add me on WhatsApp +1 415 555 0199");
    expect(r.violation).toBe(true);
    expect(r.clauses).toContain("C4");
  });
  it("read in conversations only: a document is its declared kind, a job post is not posted for a reason it gives", () => {
    const brief = "PROJEKTBRIEFING: Die NDA folgt. Ansprechpartner: Jonas Weber, E-Mail: jonas.weber@posteo.de";
    expect(decide(brief, { surface: "attachment", document: { kind: "brief", name: "b.pdf" } }).violation).toBe(true);
    expect(decide("Send your email to nda.jobs@firma.de for the NDA, then apply.", { surface: "job_post" }).violation).toBe(true);
  });
});
