import { describe, expect, it } from "vitest";
import { e7Channel } from "../../../src/policy/rules/e7-channel.js";
import { NO_SAY } from "../../../src/policy/rules/index.js";
import { check } from "../../../src/guard.js";
import { client, finding, freelancer, namedBy, ruleInput } from "./fixtures.js";

const NOW = "2026-03-10T09:00:00Z";
const base = { sender: freelancer, recipient: client, contract: { status: "none" as const }, now: NOW };
/** An earlier exchange that gave an address under E3 (the GitHub invite), as the sender saw it. */
const invited = [
  { text: "Which email should I use for the GitHub invite? I'd like you to scope the migration first.", senderId: "cl-1", at: "2026-03-10T08:30:00Z" },
  { text: "sam.dev@fastmail.com works.", senderId: "fl-1", at: "2026-03-10T08:32:00Z" },
];
const ndaSent = [{ text: "Je vous envoie le NDA via DocuSign, à quelle adresse ?", senderId: "cl-1", at: "2026-03-10T08:15:00Z" }];

describe("E7 the exception's channel is not for the work (rule)", () => {
  const email = finding("email");
  const phone = finding("phone");
  const work = finding("off_platform", { value: "off_platform:work_channel" });
  it("takes back E2–E4 covers when the message moves the work to a channel", () => {
    for (const clause of ["E2", "E3", "E4"]) {
      expect(namedBy(e7Channel.apply(ruleInput({ findings: [email, work], covered: [[email, clause]] })))).toEqual({ clause: "E7", findings: [email] });
    }
  });
  it("moving the payment is always about the work", () => {
    const payment = finding("off_platform", { value: "off_platform:payment" });
    expect(namedBy(e7Channel.apply(ruleInput({ text: "x", findings: [phone, payment], covered: [[phone, "E4"]] }))).findings).toEqual([phone]);
  });
  it("proposing a channel alone is not talk about the work", () => {
    const textMe = finding("off_platform", { value: "off_platform:channel" });
    expect(e7Channel.apply(ruleInput({ text: "text me", findings: [phone, textMe], covered: [[phone, "E4"], [textMe, "E4"]] }))).toBe(NO_SAY);
  });
  it("leaves S5 alone: a portfolio is not a channel", () => {
    expect(e7Channel.apply(ruleInput({ findings: [email, work], covered: [[email, "S5"]] }))).toBe(NO_SAY);
  });
  it("with no contact detail in the message, names the move when an exception is in play (declared or earlier in the conversation)", () => {
    expect(namedBy(e7Channel.apply(ruleInput({ findings: [work], context: { exception: { kind: "system_access" } } })))).toEqual({ clause: "E7", findings: [work] });
    expect(namedBy(e7Channel.apply(ruleInput({ findings: [work], context: { history: invited } })))).toEqual({ clause: "E7", findings: [work] });
    expect(namedBy(e7Channel.apply(ruleInput({ findings: [work], context: { history: ndaSent } })))).toEqual({ clause: "E7", findings: [work] });
  });
  it("control: without an exception the move is plain C9 (no say), and nothing to say without a move", () => {
    expect(e7Channel.apply(ruleInput({ findings: [work] }))).toBe(NO_SAY);
    expect(e7Channel.apply(ruleInput({ findings: [work], context: { history: [{ text: "Hi, thanks for the invite to the job.", senderId: "cl-1" }] } }))).toBe(NO_SAY);
    expect(e7Channel.apply(ruleInput({ findings: [email], covered: [[email, "E3"]] }))).toBe(NO_SAY);
  });
});

describe("E7 end to end: the use is the violation, in every locale", () => {
  const moves: Array<[string, string]> = [
    ["en", "You have my email from the repo invite now, send the quote there."],
    ["de", "Den Preis klären wir dann per Mail."],
    ["es", "Mándame el presupuesto a ese mismo correo."],
    ["fr", "Indiquez votre budget dans le mail."],
    ["pt", "Me manda nesse e-mail quanto vocês pagam por mês."],
    ["it", "Ti scrivo lì per il compenso."],
    ["nl", "Stuur me de offerte per mail."],
    ["pl", "Napisz tam, ile możesz zapłacić."],
    ["ru", "Цену обсудим там же, по почте."],
    ["uk", "Ціну обговоримо поштою."],
    ["tr", "Ücret konusunu oradan konuşalım."],
    ["zh", "报价我也发到这个邮箱。"],
    ["ja", "見積もりはそのメールアドレス宛てに送ってください。"],
    ["ko", "견적은 이메일로 보내주세요."],
    ["ar", "ارسل السعر على الايميل"],
    ["hi-Latn", "price mail pe bhej do"],
    ["id", "kirim harga lewat email"],
    ["vi", "gui bao gia qua email"],
    ["tl", "ipadala ang presyo sa email"],
  ];
  for (const [lang, text] of moves) {
    it(`${lang}: ${text}`, () => {
      const withHistory = check(text, { ...base, history: invited });
      expect(withHistory.violation).toBe(true);
      expect(withHistory.findings.map((f) => f.value)).toContain("off_platform:work_channel");
      expect(withHistory.clauses).toEqual(expect.arrayContaining(["C9", "E7"]));
      // Control: the same words with no exception anywhere are plain C9.
      const alone = check(text, base);
      expect(alone.violation).toBe(true);
      expect(alone.clauses).toContain("C9");
      expect(alone.clauses).not.toContain("E7");
    });
  }
  it("an E3 share that also moves the price to the address is a violation citing E7", () => {
    for (const text of [
      "Add me to Bitbucket with noor.h.dev@gmail.com and send your rate to that address too.",
      "Добавьте меня в GitLab: ivan.petrov.dev@yandex.ru, посмотрю код, а цену обсудим там же, по почте.",
      "Compárteme la carpeta de Drive con diego.mora.dev@gmail.com y de paso escríbeme ahí el presupuesto que tienes pensado.",
    ]) {
      const r = check(text, base);
      expect(r.violation, text).toBe(true);
      expect(r.clauses, text).toEqual(expect.arrayContaining(["C2", "E7"]));
      expect(r.findings.find((f) => f.type === "email")?.allowedBy, text).toBeUndefined();
    }
  });
  it("negatives: keeping the work here, and clean sentences about email and prices", () => {
    for (const text of [
      "Got the repo invite, thanks. I'll post my estimate here tomorrow.",
      "You have my email from the Drive share, but let's keep the pricing talk here until the contract starts.",
      "Send it here in the chat.",
      "Mándame el presupuesto por aquí y lo cerramos.",
      "Оценку и цену напишу здесь, в чате.",
      "I'll email the invoice through the platform.",
      "The price in the email template is wrong.",
      "Please fix the price shown in the email campaign.",
      "I sent the logo over email yesterday.",
      "The budget is fine, see you here.",
      "Don't send the price by email, keep it here.",
      "Send me the quote, there is no rush.",
    ]) {
      const r = check(text, { ...base, history: invited });
      expect(r.violation, `${text} → ${r.findings.map((f) => f.value).join(", ")}`).toBe(false);
    }
  });
  it("reads the work talk through disguises detection undoes (spaced letters, entities)", () => {
    for (const text of [
      "Invite kenji@sato-studio.jp to the GitHub repo and let's discuss the b u d g e t over email",
      "Invite kenji@sato-studio.jp to the GitHub repo and let's discuss the budget over e&#109;ail",
    ]) {
      const r = check(text, base);
      expect(r.clauses).toEqual(expect.arrayContaining(["C2", "E7"]));
      expect(r.findings.find((f) => f.type === "email")?.allowedBy).toBeUndefined();
    }
  });
});
