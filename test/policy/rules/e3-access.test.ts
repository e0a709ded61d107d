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

/** A whole decision, detection included: the purpose words are read around the findings detection makes. */
type Party = typeof freelancer | typeof client;
const decide = (text: string, sender: Party = freelancer, recipient: Party = client) =>
  check(text, { sender, recipient, contract: { status: "none" }, now: "2026-03-10T09:00:00Z" });

describe("E3 read from the words, in every language (positive, negative, control)", () => {
  // [language, allowed: an email given or asked for access to a system, control: the same email without the access]
  const cases: Array<[string, string, string]> = [
    ["en", "Can you give me read access to your QuickBooks? My email is sam.books@gmail.com", "Can you look at your books? My email is sam.books@gmail.com"],
    ["es", "Compárteme la carpeta de Google Drive a lucia.f@gmail.com para revisar los archivos.", "Escríbeme a lucia.f@gmail.com para revisar los archivos."],
    ["pt", "Pode me dar acesso ao Google Analytics? Meu e-mail é rafa.m@gmail.com", "Pode me chamar? Meu e-mail é rafa.m@gmail.com"],
    ["fr", "Pouvez-vous m'ajouter sur le dépôt GitHub ? Mon adresse : claire.m@gmail.com", "Pouvez-vous me contacter ? Mon adresse : claire.m@gmail.com"],
    ["de", "Geben Sie mir bitte Lesezugriff auf Ihr DATEV, meine Adresse: m.keller@web.de", "Schreiben Sie mir bitte, meine Adresse: m.keller@web.de"],
    ["it", "Aggiungimi come editor su Shopify: marco.r@gmail.com", "Scrivimi pure: marco.r@gmail.com"],
    ["pl", "Dodaj mnie do repozytorium na GitHubie, mój e-mail to jan.k@wp.pl", "Napisz do mnie, mój e-mail to jan.k@wp.pl"],
    ["ru", "Пригласите меня в Яндекс Диск, почта ivan.p@yandex.ru", "Пишите мне, почта ivan.p@yandex.ru"],
    ["tr", "Beni Trello panosuna ekler misiniz? E-postam ali.k@gmail.com", "Bana yazar mısınız? E-postam ali.k@gmail.com"],
    ["zh", "我的邮箱 li.na@qq.com，麻烦把我添加到腾讯文档里，我看一下需求。", "我的邮箱 li.na@qq.com，有事随时联系我。"],
    ["ja", "freeeに招待してください。メールは tanaka.k@gmail.com です。", "ご連絡ください。メールは tanaka.k@gmail.com です。"],
    ["ko", "GitHub 저장소에 초대해 주세요. 이메일은 kim.dev@naver.com 입니다", "연락 주세요. 이메일은 kim.dev@naver.com 입니다"],
    ["ar", "أضفني إلى مستودع GitHub، بريدي ahmed.dev@gmail.com", "راسلني على بريدي ahmed.dev@gmail.com"],
  ];
  for (const [lang, allowed, control] of cases) {
    it(`${lang}: allowed under E3; the control is a violation`, () => {
      const r = decide(allowed);
      expect(r.violation, allowed).toBe(false);
      expect(r.clauses).toContain("E3");
      expect(decide(control).violation, control).toBe(true);
    });
  }

  it("a request for an email to invite someone (the client asks)", () => {
    expect(decide("Which email should I use to invite you to our Figma file?", client, freelancer)).toMatchObject({ violation: false });
    expect(decide("Kodu inceleyebilmeniz için sizi Bitbucket deposuna ekleyeceğim; hangi e-posta adresini kullanayım?", client, freelancer).violation).toBe(false);
    expect(decide("Hangi e-posta adresinizi kullanayım? Size oradan yazayım.", client, freelancer).violation).toBe(true);
  });

  // Negatives: a system named as a skill is no access, and communication tools are never E3.
  const violations: Array<[string, string]> = [
    ["en", "I'm a Shopify expert with 5 years of experience, write to me at sam.k@outlook.com"],
    ["es", "Soy experta en Shopify, escríbeme a lucia.f@gmail.com"],
    ["de", "Ich arbeite seit Jahren mit DATEV, schreiben Sie mir an m.keller@web.de"],
    ["ru", "Работаю с 1С много лет, пишите на ivan.p@yandex.ru"],
    ["zh", "我精通金蝶和用友，有问题发邮件到 li.na@qq.com"],
    ["ja", "freeeの経験があります。tanaka.k@gmail.com までご連絡ください。"],
    ["en", "What's your email? I'll add you to our Slack workspace so you can scope the project with the team."],
    ["es", "Pásame tu correo y te invito al canal de Teams del proyecto para que veas el alcance."],
    ["de", "Ich lade Sie auf unseren Discord-Server ein, wo wir das GitHub-Repo besprechen: m.k@web.de"],
    ["it", "Mi mandi la tua email così ti aggiungo al gruppo WhatsApp del progetto?"],
    ["zh", "拉你进钉钉群，顺便给你开 GitHub 权限，邮箱发我一下"],
    ["en", "Here's my email sam.k@outlook.com, let's discuss it. The code is fine. I worked on GitHub projects before."],
  ];
  for (const [lang, text] of violations) {
    it(`${lang}: not E3: ${text}`, () => {
      const r = decide(text);
      expect(r.violation).toBe(true);
      expect(r.clauses).not.toContain("E3");
    });
  }

  it("never a phone number, even next to an invite to a code host", () => {
    const r = decide("I'll invite you to the GitHub repo, my number is +1 415 555 0199 if anything is unclear.");
    expect(r.violation).toBe(true);
    expect(r.clauses).not.toContain("E3");
    const both = decide("Invite me to your GitHub with sam.k@outlook.com. My phone: +1 415 555 0199");
    expect(both.violation).toBe(true);
    expect(both.clauses).toContain("C1");
    expect(both.clauses).not.toContain("C2");
  });
});
