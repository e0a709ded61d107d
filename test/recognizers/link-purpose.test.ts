import { describe, expect, it } from "vitest";
import { detect } from "../../src/detect/detect.js";
import { applyElsewhereRecognizer } from "../../src/recognizers/link/apply.js";
import { leadingWords } from "../../src/recognizers/link/words.js";
import { mayContainContact } from "../../src/detect/prefilter.js";

/*
 * Links judged by what they are for (issue 18 items 4 and 5): booking pages (C6), profiles on other
 * marketplaces (C5), payment links (C9), a contact page that is the work (S2) or a way to reach the
 * sender (C6), a questionnaire that asks no contact details (S3) or a form that does (C6), and ways
 * to apply or bid outside the platform named without a link (C7). Each kind: positives in several
 * languages, negatives, and the control that turns a negative into a positive.
 */
const typesIn = (text: string) => detect(text).map((f) => f.type);

function expectType(text: string, type: string) {
  expect(typesIn(text), text).toContain(type);
}
function expectNoType(text: string, type: string) {
  expect(typesIn(text), text).not.toContain(type);
}

describe("booking pages where the invitee types an email (C6)", () => {
  it.each([
    "Buchen Sie einen Termin: https://calendar.app.google/Xk3vQ9pLm2Rt7",
    "Pick a slot: https://calendar.google.com/calendar/appointments/schedules/AcZssZ1abc",
    "Réservez un créneau sur https://savvycal.com/lucas/intro",
    "予約はこちら https://tidycal.com/sato/30",
    "Agende aqui: https://bruno.as.me/consulta",
  ])("%s", (text) => expectType(text, "contact_link"));

  it("a scheduler that asks no contact details is not one (S6)", () => {
    expectNoType("Отметьте время: https://www.when2meet.com/?23456789-AbCdE", "contact_link");
  });
  it("the Google Calendar app itself is not a booking page", () => {
    expectNoType("Sync it with https://calendar.google.com/calendar/r for the team", "contact_link");
  });
});

describe("profiles on other marketplaces with messaging (C5)", () => {
  it.each([
    "Vous pouvez m'écrire sur https://www.fiverr.com/lucasbernard_dev",
    "Meu perfil: https://www.freelancer.com/u/brunocosta_br",
    "me chama lá: https://www.workana.com/freelancer/brunocosta",
    "Bionluk'taki profilim: https://bionluk.com/emrekaya",
    "My reviews: https://www.peopleperhour.com/freelancer/design/jane-doe-logo-xyz",
    "Профиль: https://kwork.ru/user/ivanov",
  ])("%s", (text) => expectType(text, "social"));

  it("a marketplace's pages that are not a profile are plain links", () => {
    expectNoType("Their fee table is at https://www.freelancer.com/feesandcharges", "social");
    expectNoType("Workana lists it: https://www.workana.com/jobs?category=it", "social");
  });
  it("naming a marketplace is no profile", () => {
    expectNoType("I have 300 reviews on Fiverr and Freelancer, happy to work here.", "social");
  });
});

describe("payment links (C9)", () => {
  it.each([
    "Send $40 to paypal.me/jreyesdev and it's done tonight.",
    "Págame por https://paypal.me/andreavidal y listo.",
    "Überweise es hier: https://revolut.me/jonas",
    "https://venmo.com/u/kenji-dev for the deposit",
    "Pay the invoice here: https://buy.stripe.com/test_8wM3cd",
  ])("%s", (text) => expectType(text, "off_platform"));

  it("PayPal's own pages and the word PayPal are not a payment link", () => {
    expectNoType("Cobro por la plataforma y luego retiro a mi PayPal.", "off_platform");
    expectNoType("See https://www.paypal.com/us/webapps/mpp/ua/useragreement-full", "off_platform");
  });
});

describe("a contact page: the work itself (S2) or a way to reach the sender (C6)", () => {
  it.each([
    "Our contact page form at https://brightsmile-dental.com/contact stopped sending emails. Need someone to fix it.",
    "El formulario de https://panaderiaelsol.es/contacto no envía los mensajes. ¿Puedes revisarlo y arreglarlo?",
    "我们官网 https://www.shanyetea.cn/contact 的“联系我们”页面在手机上显示错乱，表单也提交不了，需要修复。",
    "Die Seite https://mueller-bau.de/kontakt funktioniert nicht mehr. Können Sie den Fehler beheben?",
  ])("S2: %s", (text) => expectNoType(text, "contact_link"));

  it.each([
    "If you'd rather not wait for replies here, reach me through the contact form on my site: https://jordanreyes.dev/contact",
    "Esse site eu desenvolvi do zero. Se preferir, fale comigo pelo formulário de contato de lá: https://brunocosta.dev/contato",
    "Schreiben Sie mir am besten über das Kontaktformular auf meiner Website: https://weber-grafik.de/kontakt",
    "如果着急，可以通过我个人网站上的“联系我们”表单找我：https://www.wanglei.design/contact",
    "Contactez-moi via https://lucas-bernard.fr/contact, je l'ai développé moi-même.",
  ])("C6: %s", (text) => expectType(text, "contact_link"));

  it("control: without the project words the page is C6", () => {
    expectType("El formulario de https://panaderiaelsol.es/contacto es este.", "contact_link");
  });
});

describe("a form: questionnaire about the project (S3) or contact form (C6)", () => {
  it.each([
    "Pouvez-vous remplir ce petit questionnaire sur votre identité visuelle (couleurs, style) : https://forms.gle/Qm7Rt2Xa9Lp",
    "Füllen Sie bitte diesen kurzen Fragebogen zu Zielgruppe, Farben und Stil aus: https://tally.so/r/w4Lk9P",
    "Please fill in this short design brief questionnaire before the call: https://form.typeform.com/to/abc123",
    "ヒアリングシートにご記入ください：https://forms.gle/AbC123xyz",
  ])("S3: %s", (text) => expectNoType(text, "contact_link"));

  it.each([
    "Pouvez-vous remplir ce petit formulaire avec votre nom, votre e-mail et votre numéro de téléphone : https://forms.gle/Qm7Rt2Xa9Lp",
    "Tragen Sie bitte in diesem Fragebogen Ihre E-Mail-Adresse und Telefonnummer ein: https://tally.so/r/w4Lk9P",
    "Compila questo modulo con nome, email e telefono: https://forms.gle/8fTqWzLm1Bc",
    "To move forward please fill in our vendor intake form: https://forms.gle/Q7vXk2PmZ9tRbL4s8",
    "https://forms.gle/Q7vXk2PmZ9tRbL4s8",
  ])("C6: %s", (text) => expectType(text, "contact_link"));
});

describe("applying or bidding outside the platform without a link (C7)", () => {
  it.each([
    "Please submit the formal proposal in our supplier portal on SAP Ariba.",
    "Procurement needs you to enter the same quote as a bid in Coupa before we can shortlist you.",
    "Merci de postuler directement sur notre page Welcome to the Jungle.",
    "Bitte reichen Sie es zusätzlich über unser Bewerberportal auf der Firmenwebsite ein.",
    "Reichen Sie Ihr Angebot bitte über unser Lieferantenportal auf SAP Ariba ein.",
    "Candidate-se pelo formulário da página Carreiras do nosso site.",
    "Você precisa cadastrá-la também no nosso portal de fornecedores.",
    "Carichi l'offerta tecnica sul nostro portale fornitori Jaggaer entro venerdì.",
    "Registrati sul nostro portale fornitori Jaggaer e invia lì la tua offerta.",
    "Envía tu propuesta a través del portal de proveedores de nuestra web.",
    "Отклики принимаем только через анкету на нашем сайте.",
    "Resmi başvuruyu web sitemizdeki kariyer portalından yapmanız gerekiyor.",
    "ご応募は当社ウェブサイトの採用ページからお願いします。",
    "请在我们的供应商平台提交报价。",
    "Dien uw offerte in via ons leveranciersportaal.",
    "Złóż ofertę na naszej platformie zakupowej.",
    "Gửi báo giá qua cổng nhà cung cấp của chúng tôi.",
    "Tekliflerinizi tedarikçi portalımızdan iletin.",
    "Envíe su oferta a través de nuestro portal de proveedores en SAP Ariba.",
    "Déposez votre offre sur notre portail fournisseurs.",
    "견적서를 저희 협력사 포털에 제출해 주세요.",
    "지원은 저희 채용 사이트에서 해주세요.",
    "يرجى تقديم عرضك عبر بوابة الموردين.",
    "Pakisubmit ang proposal sa aming supplier portal.",
    "Silakan kirim penawaran melalui portal vendor kami.",
    "Apna proposal submit karo hamare vendor portal pe.",
  ])("%s", (text) => expectType(text, "external_application"));

  it.each([
    "Wir suchen Unterstützung bei der Anbindung unseres ERP an SAP Ariba (Lieferantenportal). Erfahrung mit dem Ariba Network ist Pflicht.",
    "Dobbiamo integrare il portale fornitori Jaggaer con il nostro gestionale.",
    "No hace falta pasar por ningún portal: envía tu propuesta aquí mismo con tu tarifa.",
    "Recebi sua proposta por aqui e já encaminhei para o time avaliar.",
    "Нужен разработчик бота. Отклики принимаем только здесь — укажите сроки и цену.",
    "To apply, send a proposal here with two examples of dashboards you've built.",
    "Projet : refondre la page Carrières de notre site (https://www.maison-duret.fr/carrieres) — nouvelle mise en page.",
    "I submitted the quote indeed, and the bonfire was great.",
    "We need a developer to integrate our Coupa supplier portal with NetSuite.",
    "I have experience submitting bids on SAP Ariba for clients.",
    "Potrzebujemy integracji z platformą zakupową SAP Ariba.",
    "저희 홈페이지 디자인을 수정해 주실 분을 찾습니다. 지원은 여기서 받습니다.",
  ])("not C7: %s", (text) => expectNoType(text, "external_application"));

  it("control: the careers page as the place to apply is C7", () => {
    expectType("Postulez via la page Carrières de notre site (https://www.maison-duret.fr/carrieres).", "external_application");
  });
});

describe("the prefilter knows the new application phrases", () => {
  it("takes the leading words of a phrase, and none when its start is optional", () => {
    expect(leadingWords("reichen sie")).toEqual(["reichen"]);
    expect(leadingWords("(?:submit|enter) (?:the )?proposal")).toEqual(["submit", "enter"]);
    expect(leadingWords("(?:resmi )?basvuru")).toEqual([]);
    // A one-letter word would pass nearly every text: the phrase then relies on its apply cue.
    expect(leadingWords("(?:i|isubmit) ang proposal")).toEqual([]);
    expect(leadingWords("(?:i-submit|pakisubmit) ang proposal")).toEqual(["i-submit", "pakisubmit"]);
  });
  it("passes ASCII texts that hold only a new phrase", () => {
    expect(applyElsewhereRecognizer.cueWords).toContain("reichen");
    expect(mayContainContact("Please enter the same quote as a bid in Coupa")).toBe(true);
  });
});

describe("a marketplace profile's value names the account", () => {
  it.each([
    ["https://www.freelancer.com/u/brunocosta_br", "freelancer:brunocosta_br"],
    ["https://www.workana.com/freelancer/brunocosta", "workana:brunocosta"],
    ["https://www.fiverr.com/lucasbernard_dev", "fiverr:lucasbernard_dev"],
  ])("%s → %s", (text, value) => {
    expect(detect(`Profile: ${text}`).filter((f) => f.type === "social").map((f) => f.value)).toEqual([value]);
  });
});
