import { describe, expect, it } from "vitest";
import { detect } from "../../src/index.js";
import { fold } from "../../src/normalize/fold.js";
import { digitsView } from "../../src/normalize/digits.js";

/*
 * The issue-17 locales beyond the Western European ones: Arabic, Turkish, Indonesian, Vietnamese,
 * Hinglish, Tagalog and Dutch. For each, a positive and a negative per part: spelled-out numbers,
 * at/dot words, requests (C8), off-platform moves and payments (C9), and refusals or look-alikes that
 * must stay clean. Sentences are written the way users write them, not copied from the eval set.
 */

const types = (text: string) => detect(text).map((f) => f.type);
const has = (text: string, type: string) => expect(types(text), text).toContain(type);
const lacks = (text: string, type: string) => expect(types(text), text).not.toContain(type);

describe("spelled-out phone numbers", () => {
  const positives: Array<[string, string]> = [
    ["tr", "numaram sıfır beş üç iki, dört bir yedi, altı iki, dokuz sekiz"],
    ["id", "nomor hp aku nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan"],
    ["vi", "sđt của em là không chín tám, bảy sáu năm, bốn ba hai một"],
    ["hi-Latn", "mera number: nau aath saat, chhe paanch chaar, teen do ek shunya"],
    ["nl", "bel me op nul zes, een twee drie vier, vijf zes zeven acht"],
    ["ar", "رقمي صفر خمسة واحد، اثنين ثلاثة اربعة، ستة سبعة ثمانية تسعة"],
  ];
  for (const [lang, text] of positives) it(`${lang}: ${text}`, () => has(text, "phone"));
  // Tagalog digits are read back (the phone recognizer still needs the PH region for this one).
  it("tl: the digits view reads Tagalog digit names", () =>
    expect(digitsView(fold("number ko po sero siyam isa pito, walo dalawa apat, lima anim tatlo siyam")).text).toBe(
      "number ko po 09178245639",
    ));
  it("tr: Turkish letters the fold keeps (ı) are read: altı, sıfır", () =>
    expect(digitsView(fold("sıfır altı altı, bir iki üç dört")).text).toBe("0661234"));
  it("ar: Arabic digit names with the Arabic comma", () =>
    expect(digitsView(fold("صفر خمسة ستة، واحد تسعة اربعة")).text).toBe("056194"));

  const negatives: Array<[string, string]> = [
    ["tr", "Teslim tarihi 12.04.2026 saat 23:59, revizyonlar iki gün sürer"],
    ["id", "saya punya dua anak dan tiga kucing, rumah kami nomor lima"],
    ["vi", "anh ơi hai ba ngày nữa em gửi bản nháp nhé"],
    ["hi-Latn", "ek do din me ho jayega sir, teen revisions free hai"],
    ["nl", "Ik heb een of twee vragen over de drie ontwerpen"],
    ["ar", "عندي خمس سنوات خبرة وعملت على ثلاثة مشاريع"],
  ];
  for (const [lang, text] of negatives) it(`${lang} (clean): ${text}`, () => lacks(text, "phone"));
});

describe("at and dot words", () => {
  it("tr: et / nokta", () => has("dosyaları ayse.kaya et gmail nokta com adresine gönderin", "email"));
  it("id: at / titik", () => has("kirim ke budi.santoso at gmail titik com ya", "email"));
  it("vi: a còng / chấm", () => has("gửi file vào minh.tran a còng yahoo chấm com nhé", "email"));
  it("nl: apenstaartje / punt", () => has("mail me op sanne.devries apenstaartje ziggo punt nl", "email"));
  it("nl (clean): 'punt' in prose is no dot", () => lacks("Dat is een goed punt, we bespreken het morgen", "email"));
  it("tr (clean): 'nokta' in prose is no dot", () => lacks("Bu nokta çok önemli, yarın konuşalım", "email"));
});

describe("requests (C8)", () => {
  const positives: Array<[string, string]> = [
    ["tr", "WhatsApp numaranızı verir misiniz?"],
    ["id", "Boleh minta nomor hp kakak?"],
    ["id", "Sertakan nomor WA di lamaran"],
    ["vi", "Cho em xin số điện thoại của anh nhé"],
    ["vi", "Chị có Zalo không?"],
    ["hi-Latn", "aapka whatsapp number kya hai?"],
    ["hi-Latn", "apna email id bhej do"],
    ["tl", "pahingi ng number mo po"],
    ["nl", "Wat is je telefoonnummer?"],
    ["nl", "Op welk mailadres kan ik de factuur sturen?"],
    ["ar", "ابعتلي رقمك لو سمحت"],
    ["ar", "يرجى ارسال رقم الجوال مع العرض"],
  ];
  for (const [lang, text] of positives) it(`${lang}: ${text}`, () => has(text, "contact_request"));

  const negatives: Array<[string, string]> = [
    ["tr", "Lütfen numaranızı burada paylaşmayın, kurallara aykırı"],
    ["id", "Jangan minta nomor WA pembeli ya, dilarang"],
    ["vi", "Đừng xin số điện thoại khách hàng nhé"],
    ["hi-Latn", "order number kya hai? main track kar deta hoon"],
    ["nl", "Wat is het ordernummer van je bestelling?"],
    ["ar", "رقم الطلب كام؟"],
  ];
  for (const [lang, text] of negatives) it(`${lang} (clean): ${text}`, () => lacks(text, "contact_request"));
});

describe("off-platform moves and payments (C9)", () => {
  const positives: Array<[string, string]> = [
    ["tr", "Ödemeyi doğrudan hesabıma yaparsanız komisyon kesilmez"],
    ["tr", "Platform dışında devam edebilir miyiz?"],
    ["id", "transfer langsung ke rekening saya aja kak"],
    ["id", "bayar via OVO aja ya"],
    ["vi", "anh chuyển khoản trực tiếp cho em nhé"],
    ["hi-Latn", "seedha mere PhonePe pe paise bhej do"],
    ["tl", "i-send nyo na lang sa GCash ko po"],
    ["nl", "Betaal me liever rechtstreeks, dan scheelt het kosten"],
    ["ar", "خلينا نتكلم برا المنصة"],
    ["ar", "حول لي على انستاباي"],
  ];
  for (const [lang, text] of positives) it(`${lang}: ${text}`, () => has(text, "off_platform"));

  const negatives: Array<[string, string]> = [
    ["tr", "Ödemeler sadece platform üzerinden yapılır, doğrudan ödeme yasak"],
    ["nl", "Buiten het platform communiceren mag niet volgens de regels"],
    ["id", "Pembayaran lewat platform saja, jangan transfer langsung"],
    ["ar", "ممنوع التعامل خارج المنصة"],
    ["vi", "Em không nhận chuyển khoản trực tiếp đâu ạ"],
    ["en", "What is your ideal beverage?"],
    ["en", "about 17 miles away from San Francisco"],
  ];
  for (const [lang, text] of negatives) it(`${lang} (clean): ${text}`, () => lacks(text, "off_platform"));
});

describe("look-alikes stay clean", () => {
  it("a US ZIP+4 after the state 'WA' is no phone", () => lacks("93 s jackson st # 75108 seattle wa 98104-2818", "phone"));
  it("a part number after 'HP' and 'Smart' is no phone", () =>
    lacks("Genuine HP 120W 18.5V AC Smart Power Adapter Slim 519331-002, 463953-001", "phone"));
  it("tr: an order number is no phone", () => lacks("Sipariş no: 3012948571, yarın kargoya verilir", "phone"));
});

describe("channel names in Arabic script", () => {
  it("تيليجرام with a handle after the cue", () => {
    has("ضيفني على تيليجرام @ahmad_web", "messenger");
    has("ضيفني على تيليجرام @ahmad_web", "off_platform");
  });
  it("الواتس as an off-platform move", () => has("خلينا نتكلم على الواتس", "off_platform"));
  it("a question with the Arabic question mark", () => has("عندك واتساب؟", "contact_request"));
  it("the same words as a statement are no request", () => lacks("عندك واتساب", "contact_request"));
  it("a pointer to a profile on Facebook", () => has("دور على اسمي في الفيسبوك هتلاقيني", "off_platform"));
  it("a warning about WhatsApp is clean", () => lacks("ممنوع التواصل على الواتساب، خليك هنا على المنصة", "off_platform"));
});
