import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detect, detectWith } from "../../src/detect/detect.js";
import { emailRecognizer } from "../../src/recognizers/email/index.js";

const fixtures = JSON.parse(readFileSync(new URL("./fixtures/email.json", import.meta.url), "utf8")) as {
  positive: Array<{ text: string; value: string; disguise?: string }>;
  negative: string[];
};

describe("email recognizer (C2)", () => {
  for (const c of fixtures.positive) {
    it(`finds ${JSON.stringify(c.text)}`, () => {
      const found = detectWith([emailRecognizer], c.text);
      const f = found.find((x) => x.value === c.value);
      expect(f, JSON.stringify(found)).toBeDefined();
      expect(f!.text).toBe(c.text.slice(f!.start, f!.end));
      if (c.disguise) expect(f!.evidence.disguises).toContain(c.disguise);
    });
  }
  for (const text of fixtures.negative) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => f.type === "email")).toEqual([]);
    });
  }
  it("a platform's name, a space and one of its handles is the handle, not an email (issue 18)", () => {
    const found = detect("DM us on Instagram @glowbar.studio to apply.");
    expect(found.filter((f) => f.type === "email")).toEqual([]);
    expect(found.find((f) => f.type === "social")?.value).toBe("instagram:glowbar.studio");
    // Control: Telegram handles have no dots, and a name glued to "@" is a mailbox.
    expect(detect("my telegram @ivan.dev").find((f) => f.type === "email")?.value).toBe("telegram@ivan.dev");
    expect(detect("instagram@glowbar.studio").find((f) => f.type === "email")?.value).toBe("instagram@glowbar.studio");
  });
  it("an email's domain is not also reported as a link", () => {
    const found = detect("write to tacos.el.rey@gmail.com today");
    expect(found.map((f) => f.type)).toEqual(["email"]);
  });
});

/** Issue 17: an address given in two parts, the "@" left to the reader. */
describe("email recognizer: split parts (issue 17)", () => {
  const SPLIT: Array<[string, string]> = [
    ["username is pedro.alves.3d and the domain is protonmail.com, just put the @ between them", "pedro.alves.3d@protonmail.com"],
    ["mi correo: primero sofia.marin, luego la arroba y después outlook.es", "sofia.marin@outlook.es"],
    ["логин alexey.morozov.dev, домен gmail.com, сами соедините", "alexey.morozov.dev@gmail.com"],
    ["first half: tom.lindqvist\nsecond half: hey.com\nyou know what goes in the middle", "tom.lindqvist@hey.com"],
  ];
  for (const [text, value] of SPLIT) {
    it(`finds ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => f.type === "email").map((f) => f.value)).toContain(value);
    });
  }
  const NOT_SPLIT = [
    "I use node.js with gmail.com for alerts",
    "see www.site.com or gmail.com",
    "version 2.1 is out. gmail.com works again",
    "kenji_dev? no, try gmail.com",
    "the gmail.com inbox is full",
  ];
  for (const text of NOT_SPLIT) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => f.type === "email")).toEqual([]);
    });
  }
});

const emailValues = (text: string) => detect(text).filter((f) => f.type === "email").map((f) => f.value);

/** Issue 17: spelled addresses in any language, the domain read aloud in the writer's script. */
describe("email recognizer: at/dot words of every language (issue 17)", () => {
  const SPELLED: Array<[string, string]> = [
    // en-IN "at the rate"; a multi-word "@" is read whole, not as " at " and a domain "the…"/"sign…"
    ["Kindly share the files on sandeep_k.designs at the rate yahoo dot co dot in, thanks", "sandeep_k.designs@yahoo.co.in"],
    ["mail me: ravi.kumar at d rate gmail dot com", "ravi.kumar@gmail.com"],
    ["john at sign gmail dot com", "john@gmail.com"],
    // ru/uk: provider and suffix in Cyrillic
    ["пишите на elena_design собака яндекс точка ру", "elena_design@yandex.ru"],
    ["почта ivan.petrov собака мейл точка ру", "ivan.petrov@mail.ru"],
    ["моя пошта: oksana.k равлик укр крапка нет", "oksana.k@ukr.net"],
    // ar: ات جيميل دوت كوم
    ["ابعتلي على الايميل ahmed.saeed ات جيميل دوت كوم", "ahmed.saeed@gmail.com"],
    ["الايميل: sara.ali ات هوتميل نقطة كوم", "sara.ali@hotmail.com"],
    // languages without a locale file (src/locale/email-extra.ts)
    ["pište na petr.novak zavináč seznam tečka cz", "petr.novak@seznam.cz"],
    ["napíšte na jana.kovac zavináč azet bodka sk", "jana.kovac@azet.sk"],
    ["στείλτε μου στο nikos.pap παπάκι gmail τελεία com", "nikos.pap@gmail.com"],
    ["המייל שלי: dana.levi שטרודל gmail נקודה com", "dana.levi@gmail.com"],
    ["írj a kovacs.anna kukac gmail pont com címre", "kovacs.anna@gmail.com"],
    ["maila mig på sven.berg snabel-a telia punkt se", "sven.berg@telia.se"],
    // ko: suffix and provider in Hangul, a particle written against the last word
    ["jiyoung 골뱅이 gmail 닷 컴으로 보내주세요", "jiyoung@gmail.com"],
    ["minsu_88 골뱅이 네이버 닷 컴", "minsu_88@naver.com"],
    ["메일은 hana.kim 골뱅이 한메일 점 넷이에요", "hana.kim@hanmail.net"],
  ];
  for (const [text, value] of SPELLED) {
    it(`finds ${JSON.stringify(text)}`, () => expect(emailValues(text)).toContain(value));
  }
  const NOT_SPELLED = [
    "we charge at the rate of 5 dollars per hour",
    "interest at the rate 5.5 percent",
    "собака яндекс точка", // no mailbox name before the "@"
    "у меня собака, а у него нет",
    "ات جيميل", // no name, no suffix
    "zavináč je znak",
    "το παπάκι είναι στη λίμνη",
    "골뱅이 네이버 닷 컴으로", // no mailbox name before the "@"
    "컴퓨터로 보내주세요",
  ];
  for (const text of NOT_SPELLED) {
    it(`ignores ${JSON.stringify(text)}`, () => expect(emailValues(text)).toEqual([]));
  }
});

/** Issue 17: a provider named as the label of a bare mailbox name, the domain left to the reader. */
describe("email recognizer: provider as a label (issue 17)", () => {
  const LABELLED: Array<[string, string]> = [
    ["gmail: lena.kraus91", "lena.kraus91@gmail.com"],
    ["my gmail: lena.kraus91. Write any time", "lena.kraus91@gmail.com"],
    ["yahoo mail - jcruz_ph2019", "jcruz_ph2019@yahoo.com"],
    ["gmail, same name: federica.russo.ph", "federica.russo.ph@gmail.com"],
    ["Bin über mein GMX-Postfach erreichbar: k.berger77", "k.berger77@gmx.net"],
    ["mein GMX-Konto: k.berger77", "k.berger77@gmx.net"],
    ["мой мейл на яндексе — sokolova.art", "sokolova.art@yandex.ru"],
    ["яндекс почта: sokolova_art", "sokolova_art@yandex.ru"],
    ["QQ邮箱就是我的QQ号 38472916", "38472916@qq.com"],
    ["163邮箱：zhang.wei2024", "zhang.wei2024@163.com"],
    ["네이버 메일 jimin_0420 으로 보내주세요", "jimin_0420@naver.com"],
    ["yahoo ko po: jcruz_ph2019", "jcruz_ph2019@yahoo.com"],
    ["la mia mail è su gmail, stesso nome: federica.russo.ph", "federica.russo.ph@gmail.com"],
    ["mi hotmail, mismo nombre: ana_ruiz88", "ana_ruiz88@hotmail.com"],
    ["mon gmail, même pseudo: lea.martin.photo", "lea.martin.photo@gmail.com"],
    ["mój onet: k.zielinska", "k.zielinska@onet.pl"],
    ["جيميل: ahmed.saeed", "ahmed.saeed@gmail.com"],
  ];
  for (const [text, value] of LABELLED) {
    it(`finds ${JSON.stringify(text)}`, () => expect(emailValues(text)).toContain(value));
  }
  const NOT_LABELLED = [
    "I use gmail for work",
    "my gmail is full",
    "my gmail is down again",
    "gmail: 15 GB free",
    "gmail: v2.3.1 released",
    "gmail: notes.txt attached",
    "Gmail: Inbox",
    "hey: john_smith here",
    "live: stream_2024 tonight",
    "I switched from gmail to outlook last year, lena.k91 knows",
    "有问题加我QQ：2847193650", // a QQ number alone is the messenger ID
    "QQ邮箱容量 2048",
    "page 163: item_2 and item_3",
    "네이버 검색 jimin_0420",
    "яндекс — поисковик",
  ];
  for (const text of NOT_LABELLED) {
    it(`ignores ${JSON.stringify(text)}`, () => expect(emailValues(text)).toEqual([]));
  }
});

describe("email recognizer: split parts after a word for the second half (issue 17)", () => {
  const SPLIT: Array<[string, string]> = [
    ["Vorne: jan.hoffmann — hinten: posteo.de. Dazwischen das übliche Zeichen", "jan.hoffmann@posteo.de"],
    ["Vorne: jan.hoffmann — hinten: hoffmann-design.de", "jan.hoffmann@hoffmann-design.de"],
    ["username is pedro.alves.3d and the domain is acme-studio.com", "pedro.alves.3d@acme-studio.com"],
    ["логин alexey.morozov, домен studio-mor.ru", "alexey.morozov@studio-mor.ru"],
    ["usuario: sofia.marin, dominio: estudio-marin.es", "sofia.marin@estudio-marin.es"],
  ];
  for (const [text, value] of SPLIT) {
    it(`finds ${JSON.stringify(text)}`, () => expect(emailValues(text)).toContain(value));
  }
  const NOT_SPLIT = [
    "the domain is example.com and my file is notes_v2",
    "I bought the domain mysite.com. app_v2 runs there",
    "hinten: posteo.de", // no mailbox name before it
    "see node.js, the domain is nodejs.org",
  ];
  for (const text of NOT_SPLIT) {
    it(`ignores ${JSON.stringify(text)}`, () => expect(emailValues(text)).toEqual([]));
  }
});
