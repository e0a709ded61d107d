import { describe, expect, it } from "vitest";
import { detectWith } from "../../src/detect/detect.js";
import { contactRequestRecognizer, offPlatformRecognizer } from "../../src/recognizers/phrases/index.js";

/*
 * The grammar the locales fill for issue 17, beyond the fixtures of phrases.test.ts: possessives after
 * the noun (@owned), job-post applications (@application, applicationVerbs), Korean noun particles,
 * verb-final requests, and negating determiners ("No payments outside the platform" is a rule).
 * Each positive has negatives of the same shape next to it.
 */

const requests = (text: string) => detectWith([contactRequestRecognizer], text, { minConfidence: 0.5 });
const proposals = (text: string) => detectWith([offPlatformRecognizer], text, { minConfidence: 0.3 });

function cases(title: string, find: (t: string) => unknown[], yes: string[], no: string[]) {
  describe(title, () => {
    for (const t of yes) it(`finds: ${t}`, () => expect(find(t).length, t).toBeGreaterThan(0));
    for (const t of no) it(`stays clean: ${t}`, () => expect(find(t), t).toEqual([]));
  });
}

cases(
  "requests: the possessive after the noun or in it (tl, id, vi, ar)",
  requests,
  [
    "Ano ang email mo?",
    "Pwede ko bang makuha ang number mo?",
    "Kirim email kamu ya",
    "Email của bạn là gì?",
    "Số điện thoại của anh là bao nhiêu?",
    "ممكن رقمك؟",
    "ما هو ايميلك؟",
  ],
  [
    "Ano ang pangalan mo?", // what is your name
    "Magkano ang rate mo kada oras?",
    "Huwag ibigay ang number mo dito",
    "Kirim email ke kamu ya", // I'll send an email to you
    "Tarif per jam kakak berapa?",
    "Giá theo giờ của bạn là bao nhiêu?",
    "ما هو سعرك؟", // what is your price
    "ممكن رقم الطلب؟", // the order number
    "من فضلك لا تشارك رقمك هنا",
  ],
);

cases(
  "requests: job posts that want the details in the application",
  requests,
  [
    "Bitte geben Sie in Ihrem Angebot Ihre E-Mail und Telefonnummer an",
    "Inserisci email e numero di telefono nella proposta",
    "Inserisci la tua email nella proposta",
    "Vermeld je e-mail en telefoonnummer in je voorstel",
    "Вкажіть у відгуку email і телефон",
    "Укажите в отклике email и телефон",
    "Vui lòng ghi email và số điện thoại trong hồ sơ",
    "Ilagay ang email at phone number sa proposal",
    "请在投标里留下邮箱和手机号",
  ],
  [
    "Bitte geben Sie in Ihrem Angebot Ihren Stundensatz an", // the rate, not a contact
    "Inserisci email e password per accedere", // a login form, no application named
    "Non inserire email nella proposta",
    "Tôi đã ghi số điện thoại của bạn", // noting a number down
    "Huwag ilagay ang email sa proposal",
    "Не вказуйте у відгуку email і телефон",
  ],
);

cases(
  "requests: verb-final languages ask after the (last) noun",
  requests,
  [
    "Mail adresiniz nedir?",
    "WhatsApp numaranı atar mısın?",
    "Teklifinize e-posta ve telefon numaranızı ekleyin",
    "proposal me apna email aur phone number daalo",
    "把你的微信号发给我",
    "카톡 아이디 알려줄래요?",
    "이메일 주소가 뭐예요?",
    "전화번호를 알려주세요",
  ],
  [
    "Saatlik ücretiniz nedir?",
    "Lütfen numaranızı burada paylaşmayın.",
    "yahan apna number share mat karo",
    "你的报价是多少？",
    "시급이 얼마예요?",
    "여기에 전화번호를 남기지 마세요",
    "주소가 뭐예요?", // an address of what? ambiguous alone
  ],
);

cases(
  "off-platform: moves and payments",
  proposals,
  [
    "whatsapp pe baat karte hain",
    "platform ke bahar deal kar lete hain",
    "LINEで続きを話しましょう",
    "直接振り込んでもらえれば手数料かかりません",
    "직거래로 하시면 수수료 없이 해드릴게요",
    "Qua Zalo nói chuyện cho tiện nhé",
    "Sa Viber na lang tayo mag-usap",
    "Usap tayo sa labas ng platform",
  ],
  [
    "main whatsapp pe shift nahi karunga, yahin baat karte hain",
    "platform ke bahar deal mat karo",
    "saari payment platform se hi hogi",
    "LINEへの移動はお断りします。ここでやり取りしましょう",
    "결제는 모두 플랫폼을 통해서 해요",
    "Em không muốn chuyển sang Zalo, nói chuyện ở đây thôi",
    "Ayoko lumipat sa Messenger, dito na lang tayo",
    "Lahat ng bayad ay dito sa platform",
  ],
);

describe("off-platform: a weak Korean direct deal needs a second cue", () => {
  it("직거래 alone is below a proposal", () => {
    const found = proposals("직거래 가능해요");
    expect(found.every((f) => f.confidence < 0.5)).toBe(true);
  });
});

cases(
  "off-platform: a negating determiner makes a rule, not a proposal",
  proposals,
  [
    // The determiner must stand in the same phrase: after a comma it is an answer ("No problem, …").
    "No problem, let's move to WhatsApp",
    "Никаких проблем, давай перейдём в телеграм",
    "Nessun problema, sentiamoci su WhatsApp",
    // A noun between that the determiner does not govern: "no worries" is not "no payments".
    "no worries we can continue on telegram",
  ],
  [
    "No payments outside the platform, please.",
    "Aucun paiement en dehors de la plateforme.",
    "Nessun pagamento fuori dalla piattaforma.",
    "Nada de pagamentos fora da plataforma.",
    "Никаких оплат вне платформы.",
    "Жодних оплат поза платформою.",
    "不接受平台外付款。",
    "Keine Zahlungen außerhalb der Plattform, bitte.",
    "Ningún pago fuera de la plataforma.",
  ],
);
