import { describe, expect, it } from "vitest";
import { scanLine } from "../../src/surfaces/cli/commands/scan-line.js";

/*
 * Links judged by what they are for, through the same path as `contactguard scan` (issue 18 items 4
 * and 5): the decision and the clauses each kind of link gets before a contract, and the allowed
 * counterpart with its control. Detection itself is tested in test/recognizers/link-purpose.test.ts.
 */
const message = { surface: "message", sender: { id: "fl-1", role: "freelancer", plan: "basic" }, recipient: { id: "cl-1", role: "client", plan: "basic" }, contract: { status: "none" } };
const jobPost = { surface: "job_post", sender: { id: "cl-1", role: "client", plan: "basic" }, recipient: null, contract: { status: "none" } };

interface Output { violation: boolean; decision: string; clauses: string[] }
const scan = (text: string, context: object = message) => scanLine(JSON.stringify({ id: "t", text, context })) as Output;

describe("links by purpose, decided", () => {
  it.each([
    ["C5", "Schreiben Sie mir direkt auf https://www.fiverr.com/jonas_weber"],
    ["C5", "Dá uma olhada no meu perfil: https://www.freelancer.com/u/brunocosta_br"],
    ["C6", "Reserve un hueco en mi página de reservas: https://calendar.app.google/Xk3vQ9pLm2Rt7"],
    ["C6", "Contactez-moi via le formulaire de mon site : https://lucas-bernard.fr/contact"],
    ["C9", "Send $40 to paypal.me/jreyesdev and it's done tonight."],
    ["C9", "Скиньте 30 € на https://revolut.me/ivanov, договорились?"],
  ])("%s: %s", (clause, text) => {
    const out = scan(text);
    expect(out.violation, JSON.stringify(out)).toBe(true);
    expect(out.decision).toBe("warn");
    expect(out.clauses).toContain(clause);
  });

  it.each([
    "El formulario de https://panaderiaelsol.es/contacto no envía los mensajes. ¿Puedes arreglarlo?",
    "我们官网 https://www.shanyetea.cn/contact 的“联系我们”页面在手机上显示错乱，需要修复。",
    "Avant l'appel, pouvez-vous remplir ce questionnaire sur votre identité visuelle : https://forms.gle/Qm7Rt2Xa9Lp",
    "Füllen Sie bitte diesen Fragebogen zu Zielgruppe und Stil aus: https://tally.so/r/w4Lk9P",
  ])("allowed (S2/S3): %s", (text) => {
    expect(scan(text).violation).toBe(false);
  });

  it("a project's own contact page is allowed with the S2 reminder; a questionnaire is S3, allowed without one", () => {
    const page = scan("El formulario de https://panaderiaelsol.es/contacto no envía los mensajes. ¿Puedes arreglarlo?");
    expect([page.violation, page.decision, page.clauses]).toEqual([false, "notice", ["S2"]]);
    const form = scan("Avant l'appel, pouvez-vous remplir ce questionnaire sur votre identité visuelle : https://forms.gle/Qm7Rt2Xa9Lp");
    expect([form.violation, form.decision, form.clauses]).toEqual([false, "allow", ["S3"]]);
    // A plain project site is S2 by its type: allowed, no reminder.
    const site = scan("Please audit the SEO of https://greenleaf-gardening.com and suggest fixes.");
    expect([site.violation, site.decision, site.clauses]).toEqual([false, "allow", ["S2"]]);
  });

  it("control: the same form asking contact details is C6", () => {
    const out = scan("Avant l'appel, pouvez-vous remplir ce formulaire avec votre e-mail et votre téléphone : https://forms.gle/Qm7Rt2Xa9Lp");
    expect(out.clauses).toContain("C6");
  });

  it("a job post asking to bid on a supplier portal is blocked (C7, X1); integrating the portal is the work", () => {
    const out = scan("Reichen Sie Ihr Angebot bitte über unser Lieferantenportal auf SAP Ariba ein.", jobPost);
    expect([out.decision, out.clauses.includes("C7")]).toEqual(["block", true]);
    expect(scan("Wir suchen Unterstützung bei der Anbindung unseres ERP an SAP Ariba (Lieferantenportal).", jobPost).violation).toBe(false);
  });
});
