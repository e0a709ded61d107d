import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detect, detectWith } from "../../src/detect/detect.js";
import { phoneRecognizer } from "../../src/recognizers/phone/index.js";

const fixtures = JSON.parse(readFileSync(new URL("./fixtures/phone.json", import.meta.url), "utf8")) as {
  positive: Array<{ text: string; value: string; region?: string }>;
  negative: string[];
};

describe("phone recognizer (C1)", () => {
  for (const c of fixtures.positive) {
    it(`finds ${JSON.stringify(c.text)}`, () => {
      const found = detectWith([phoneRecognizer], c.text, c.region ? { defaultRegion: c.region } : {});
      expect(found.map((f) => f.value)).toContain(c.value);
      const f = found.find((x) => x.value === c.value)!;
      expect(f.text).toBe(c.text.slice(f.start, f.end));
      expect(f.type).toBe("phone");
    });
  }
  for (const text of fixtures.negative) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => f.type === "phone")).toEqual([]);
    });
  }

  it("reports the disguise it undid and the context word it used", () => {
    const [f] = detectWith([phoneRecognizer], "call me: eight zero zero two two two nine eight seven six");
    expect(f?.evidence.disguises).toContain("number_word");
    expect(f?.evidence.contextWords).toContain("call");
  });

  it("honours the default region", () => {
    const uk = detectWith([phoneRecognizer], "phone 020 7946 0958", { defaultRegion: "GB" });
    expect(uk[0]?.value).toBe("+442079460958");
  });
});

/** Issue 17: digits hidden by odd separators and look-alikes from other scripts; `span` is the finding's text. */
const HIDDEN: Array<{ text: string; span: string }> = [
  { text: "347|555|0126 call me", span: "347|555|0126" },
  { text: "0151_4827_3619 — ruf einfach durch", span: "0151_4827_3619" },
  { text: "06*72*18*45*39 tu peux m'appeler", span: "06*72*18*45*39" },
  { text: "503 / 555 \\ 0121 🤙", span: "503 / 555 \\ 0121" },
  { text: "0917 🔥 482 🔥 3065 text me", span: "0917 🔥 482 🔥 3065" },
  { text: "0532 ▪️ 417 ▪️ 62 ▪️ 98 arayın", span: "0532 ▪️ 417 ▪️ 62 ▪️ 98" },
  { text: "010ㅡ7351ㅡ2846 으로 연락주세요", span: "010ㅡ7351ㅡ2846" },
  { text: "090 ー 4182 ー 7356 です", span: "090 ー 4182 ー 7356" },
  { text: "0 7 9 5 6 ~ 2 8 3 ~ 1 4 7 is the number", span: "0 7 9 5 6 ~ 2 8 3 ~ 1 4 7" },
  { text: "звони 8\u200d916\u200d347\u200d21\u200d58", span: "8\u200d916\u200d347\u200d21\u200d58" },
  { text: "06\u200c2957\u200c4813 bel maar", span: "06\u200c2957\u200c4813" },
  { text: "⁷⁰²⁻⁵⁵⁵⁻⁰¹⁸⁴ call after lunch", span: "⁷⁰²⁻⁵⁵⁵⁻⁰¹⁸⁴" },
  { text: "my number is O7956 2B3 l47, whatsapp only", span: "O7956 2B3 l47" },
  { text: "call me +l 2l2 555 Ol47", span: "+l 2l2 555 Ol47" },
  { text: "me liga (ll) 9B426-3l7O", span: "(ll) 9B426-3l7O" },
  { text: "мій номер О67 З18 45 29", span: "О67 З18 45 29" },
  { text: "звоните +7 91Ч 52З Ч7 68", span: "+7 91Ч 52З Ч7 68" },
  { text: "mi cel: 6 3 4 . 8 1 . 2 7 . 9 5", span: "6 3 4 . 8 1 . 2 7 . 9 5" },
];
const NOT_HIDDEN: string[] = [
  "firmware 1.0.4.1182 → 1.0.5.1203 fixed the BLE issue",
  "| 120 | 450 | 3000 |",
  "img_2023_0512_1234.jpg",
  "scores: 12|34|56|78 in four rounds",
  "prices 1500~2000~3500 depending on size",
  "version 10.4.120.3 is out",
  "server at 192.168.100.200 is down",
  "is 1 or 2 items",
];
describe("phone recognizer: odd separators and digit look-alikes (issue 17)", () => {
  for (const c of HIDDEN) {
    it(`finds ${JSON.stringify(c.text)}`, () => {
      const found = detectWith([phoneRecognizer], c.text);
      expect(found.map((f) => f.text)).toContain(c.span);
    });
  }
  for (const text of NOT_HIDDEN) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => f.type === "phone")).toEqual([]);
    });
  }
});

/**
 * Issue 17: numbers without a region (the text's languages give the candidate countries), given in
 * pieces joined by words, backwards or shifted with an instruction, and amounts that are not numbers.
 * `span` is the finding's text, `value` its E.164 number.
 */
const REGIONLESS: Array<{ text: string; span: string; value: string; region?: string }> = [
  // National numbers in their country's language, no region given.
  { text: "Busco diseñador para el menú, pago por proyecto. Informes al 55 4182 6937", span: "55 4182 6937", value: "+525541826937" },
  { text: "加急的话直接打我电话 139 1742 8365", span: "139 1742 8365", value: "+8613917428365" },
  { text: "8/925/604/18/73 звоните после обеда", span: "8/925/604/18/73", value: "+79256041873" },
  { text: "1 3 9 / 1 7 4 2 / 8 3 6 5 加我", span: "1 3 9 / 1 7 4 2 / 8 3 6 5", value: "+8613917428365" },
  { text: "escríbeme al guasap 634 81 27 95", span: "634 81 27 95", value: "+34634812795" },
  // A given region's unassigned range stays that region's; exact national formats beat other readings.
  { text: "ring 07700 900123", span: "07700 900123", value: "+447700900123", region: "GB" },
  { text: "call 090-4182-7356", span: "090-4182-7356", value: "+819041827356" },
  { text: "call 010-7351-2846", span: "010-7351-2846", value: "+821073512846" },
  // Spelled out with commas between groups (hi-Latn, tl).
  { text: "eto number ko po: sero siyam isa pito, apat walo dalawa, tatlo sero anim lima", span: "sero siyam isa pito, apat walo dalawa, tatlo sero anim lima", value: "+639174823065" },
  { text: "mera number likh lo: nau aath chaar paanch shunya, do saat teen ek chhe", span: "nau aath chaar paanch shunya, do saat teen ek chhe", value: "+19845027316" },
  // Pieces joined by words.
  { text: "4 angka pertama 0813, terus 9742, terakhir 6158", span: "0813, terus 9742, terakhir 6158", value: "+6281397426158" },
  { text: "my number starts with 2 then 1 then 2 again, then 555, then 0 1 8 7", span: "2 then 1 then 2 again, then 555, then 0 1 8 7", value: "+12125550187" },
  { text: "Handy: 0151, dann 4827, dann 3619", span: "0151, dann 4827, dann 3619", value: "+4915148273619" },
  { text: "номер 8 916, потом 347, потом 21 58", span: "8 916, потом 347, потом 21 58", value: "+79163472158" },
  { text: "电话139，然后1742，然后8365", span: "139，然后1742，然后8365", value: "+8613917428365" },
  // Backwards, with the instruction in the text.
  { text: "read this backwards: 4610 555 212", span: "4610 555 212", value: "+12125550164" },
  { text: "номер задом наперёд: 85 12 743 619 8", span: "85 12 743 619 8", value: "+79163472158" },
  { text: "meu zap: DDD 21 e o resto de trás pra frente 135462789", span: "21 e o resto de trás pra frente 135462789", value: "+5521987264531" },
  { text: "mi móvil al revés: 59 72 18 436", span: "59 72 18 436", value: "+34634812795" },
  // Every digit shifted, with the instruction.
  { text: "súmale uno a cada cifra: 523 70 16 84 y ya tienes mi móvil", span: "523 70 16 84", value: "+34634812795" },
  { text: "add 1 to each digit: 523 70 16 84", span: "523 70 16 84", value: "+34634812795" },
];
const NOT_REGIONLESS: string[] = [
  "Chi phí trọn gói là 12.500.000 VND, thanh toán qua nền tảng theo từng mốc.",
  "Giá 12.500.000 ₫ trọn gói",
  "Стоимость 1 500 000 ₽ за проект",
  "Charger is for a BlackBerry 8900/9500.",
  "Located very near to 880/237/680 freeways",
  "I would like to stop receiving messages to 699 956 915",
  "3109-3111 Telegraph Ave. is a 5 unit property",
  "ISO 9001-2008 certification approved by the quality department",
  "Meeting 12.30 7999 123 456",
  "12.04.2026 saat 23'te toplantı var",
  "Tengo una van de venta gmc savana 2500 2016 tiene 9800 millas",
  "we need 2 then 3 then 5 more boxes",
  "read the list backwards: items 3, 5 and 8",
  "add 1 to each digit of the score: 12 points",
];
describe("phone recognizer: regions from the text, pieces, reversed and shifted numbers (issue 17)", () => {
  for (const c of REGIONLESS) {
    it(`finds ${JSON.stringify(c.text)}`, () => {
      const found = detectWith([phoneRecognizer], c.text, c.region ? { defaultRegion: c.region } : {});
      const f = found.find((x) => x.text === c.span);
      expect(f?.value).toBe(c.value);
    });
  }
  for (const text of NOT_REGIONLESS) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => f.type === "phone")).toEqual([]);
    });
  }
  // The cue's word edge is checked in code (pieces.ts cueMatches): a cue inside a longer word is no cue.
  for (const text of ["read this xbackwards: 4610 555 212", "mi móvil alreveses 59 72 18 436"]) {
    it(`reads no reversed number in ${JSON.stringify(text)}`, () => {
      const values = detectWith([phoneRecognizer], text).map((f) => f.value);
      expect(values).not.toContain("+12125550164");
      expect(values).not.toContain("+34634812795");
    });
  }
});

describe("phone recognizer: a region given, or only a fallback (issue 17)", () => {
  const values = (text: string, region?: string) =>
    detect(text, region ? { defaultRegion: region } : {}).filter((f) => f.type === "phone").map((f) => f.value);
  it("no region: a number grouped as the text's country writes it is that country's", () => {
    expect(values("mera number 98450 27316 hai, call karo")).toEqual(["+919845027316"]);
    expect(values("मेरा नंबर ९८४५० २७३१६ है, कॉल कर लेना")).toEqual(["+919845027316"]);
  });
  it("a given region is never overruled by the text's language", () => {
    expect(values("mera number 98450 27316 hai, call karo", "US")).toEqual(["+19845027316"]);
    expect(values("07700 900123 is my mobile", "GB")).toEqual(["+447700900123"]);
  });
  it("no region: the fallback keeps a number grouped its own way", () => {
    expect(values("call me at 984 502 7316")).toEqual(["+19845027316"]);
    expect(values("mera number 984 502 7316 hai")).toEqual(["+19845027316"]);
  });
  it("the fallback region is only a fallback", () => {
    expect(values("mera number 98450 27316 hai, call karo")).toEqual(
      detect("mera number 98450 27316 hai, call karo", { fallbackRegion: "US" }).filter((f) => f.type === "phone").map((f) => f.value),
    );
  });
});

/**
 * Issue 17, per language: digits glued to particles and cues in scripts without spaces, compounds and
 * digit names of more languages, national mobiles without a region, and year-led order numbers.
 * `value` is checked when the text's language decides the country.
 */
const PER_LANGUAGE: Array<{ text: string; value?: string }> = [
  // ja: katakana digits ending in a hiragana particle, の between groups, Han digits and ASCII digits after は.
  { text: "電話番号はゼロキューゼロ、イチニーサンヨン、ゴーロクナナハチです", value: "+819012345678" },
  { text: "ぜろはちぜろ の いちにさんよん の ごろくななはち に電話して", value: "+818012345678" },
  { text: "携帯は〇九〇‐一二三四‐五六七八です", value: "+819012345678" },
  { text: "電話番号は090-1234-5678です", value: "+819012345678" },
  { text: "連絡先は080-9876-5432まで", value: "+818098765432" },
  // ko: copula endings and particles on the last digit name, 에 between groups.
  { text: "제 번호는 공일공 일이삼사 오육칠팔이에요", value: "+821012345678" },
  { text: "공일공에 구팔칠육에 오사삼이로 연락주세요", value: "+821098765432" },
  { text: "폰번호 공일공 오오오일 이이삼삼입니다", value: "+821055512233" },
  // zh: Han numerals or ASCII digits glued to the cue, past 是 or "：".
  { text: "我手机号一三八一二三四五六七八", value: "+8613812345678" },
  { text: "我的手机号是138 1234 5678", value: "+8613812345678" },
  { text: "手机号：138 1234 5678", value: "+8613812345678" },
  { text: "我的电话号码是13912345678", value: "+8613912345678" },
  // nl: unit-en-tens compounds.
  { text: "bel me op nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig", value: "+31612345678" },
  { text: "bel nul zes, zevenendertig, negenentwintig, tweeëntwintig, elf", value: "+31637292211" },
  // hi-Latn: every digit name weak ("saat" hour, "do" do).
  { text: "number hai saat do saat, do saat do, saat do saat do" },
  // tl: Spanish-derived digit names.
  { text: "cp ko sero nuwebe uno siyete, uno dos tres, kuwatro singko sais siyete", value: "+639171234567" },
  { text: "tawagan mo ako sa sero nuwebe otso otso, singko singko singko, sero uno dos tres", value: "+639885550123" },
  // pt, pl: mobiles grouped in threes like an amount, the country from the text's language.
  { text: "telemóvel 912 345 678", value: "+351912345678" },
  { text: "mój numer: 512 345 678", value: "+48512345678" },
  { text: "moja komórka to 601 234 567", value: "+48601234567" },
];
const NOT_PER_LANGUAGE: string[] = [
  // Year-led order, invoice and case numbers, labelled or not.
  "Bestellnummer 2026-004817 vom 05.10.2026",
  "Zamówienie nr 2026/004512 z dnia 05.10.2026",
  "Mã đơn 2026-004512 ngày 05/10/2026",
  "Aktenzeichen 2025/123456",
  "Ref. 2024-0012345 vom 3. Mai",
  // Labels of identifiers in the language's own words (locale idWords), glued in CJK.
  "Mã đơn 0912 345 678",
  "Kundennummer 0171 2345678",
  "注文番号は09012345678です",
  "订单号是13812345678",
  "ИНН 7701234567",
  "ОГРНИП 304500116000157",
  "р/с 40702810900000012345",
  "МФО 300335, р/р 26001012345678",
  // CJK digits after a word that is no cue stay a code or an amount.
  "价格13812345678元",
  "型番ABC12345678です",
  // Amounts grouped in threes: round, or with a currency.
  "Cena 512 000 000 zł",
  "Budżet: 512 345 678 zł",
  "Populacja 38 512 345 678",
  // Weak number words alone, or of different languages, are no number.
  "do do do do do do do do do do",
  "hai do hai do hai do hai do",
];

describe("phone recognizer: per language (issue 17)", () => {
  for (const c of PER_LANGUAGE) {
    it(`finds ${JSON.stringify(c.text)}`, () => {
      const found = detect(c.text).filter((f) => f.type === "phone");
      expect(found.length).toBeGreaterThan(0);
      if (c.value) expect(found.map((f) => f.value)).toContain(c.value);
    });
  }
  for (const text of NOT_PER_LANGUAGE) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => f.type === "phone")).toEqual([]);
    });
  }
});
