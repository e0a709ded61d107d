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

describe("S5 has limits: a résumé, a C.V., a listing of past jobs or a LinkedIn profile is not a portfolio", () => {
  const email = finding("email");
  const phone = finding("phone");
  const linkedin = finding("social", { value: "linkedin:anna-k", platform: "linkedin", text: "linkedin.com/in/anna-k" });
  const instagram = finding("social", { value: "instagram:anna.k", platform: "instagram", text: "@anna.k" });
  const portfolio = { surface: "portfolio" } as const;

  it("a résumé declared as one has no say, whatever the surface", () => {
    expect(s5Portfolio.apply(ruleInput({ findings: [email], context: { ...portfolio, document: { kind: "resume" } } }))).toBe(NO_SAY);
  });

  it("a C.V. declared portfolio or other, or not declared, is read from its content, in any language", () => {
    const texts = [
      "Curriculum Vitae\nJavier Ruiz\nExperiencia laboral\n2019–2024 Indra",
      "Lebenslauf\nStefan Braun\nBeruflicher Werdegang\n2018–2024 Siemens AG",
      "Резюме\nОпыт работы: 2020–2025 Яндекс",
      "職務経歴書\n氏名：山田太郎",
      "Trabalhos anteriores\n• 2024 – Loja virtual\n• 2023 – App de delivery",
    ];
    for (const text of texts) {
      for (const document of [{ kind: "portfolio" as const }, { kind: "other" as const }, undefined]) {
        const input = ruleInput({ text: `${text}\n${email.text}`, findings: [email], context: { ...portfolio, ...(document ? { document } : {}) } });
        expect(s5Portfolio.apply(input), `${text} as ${document?.kind}`).toBe(NO_SAY);
      }
    }
  });

  it("a portfolio that describes its work still gets the notice (control)", () => {
    const text = `Brand identity work, 2019–2025: logos for Harbor Coffee. Years of experience and skills in print. ${email.text}`;
    expect(namedBy(s5Portfolio.apply(ruleInput({ text, findings: [email], context: portfolio })))).toEqual({ clause: "S5", findings: [email] });
  });

  it("a LinkedIn profile is never covered (C5); other contained handles are", () => {
    expect(s5Portfolio.apply(ruleInput({ findings: [linkedin], context: portfolio }))).toBe(NO_SAY);
    expect(namedBy(s5Portfolio.apply(ruleInput({ findings: [linkedin, phone, instagram], context: portfolio }))).findings).toEqual([phone, instagram]);
  });
});
