import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/locale/index.js";
import { ACCESS_SYSTEMS, GENERIC_SYSTEM_WORDS } from "../../src/locale/systems.js";
import { NUMBER_WORDS, compoundNumberWord } from "../../src/normalize/tables/number-words.js";
import { AT_WORDS, DOT_WORDS, EMAIL_CUE, EMAIL_LABEL, SPELLED_AT } from "../../src/recognizers/email/tables.js";
import { GLUED_CUE, ID_WORDS, STRONG_PHONE_WORDS, UNIT_WORDS } from "../../src/recognizers/phone/tables.js";
import { EXPLICIT_WORDS, FILLER_WORDS, INVITE_BEFORE, POSSESSIVE_BEFORE, WEAK_INVITE } from "../../src/recognizers/handle/tables.js";
import { PURPOSE_WORDS, REQUEST_LEXICONS } from "../../src/recognizers/phrases/lexicon.js";
import { OFF_PLATFORM_LEXICONS } from "../../src/recognizers/phrases/off-platform-lexicon.js";
import { FUNCTION_WORDS } from "../../src/recognizers/phrases/hint.js";
import { ACCESS_CUES, systemAccessPurpose } from "../../src/policy/purpose.js";
import { fold } from "../../src/normalize/fold.js";

/*
 * The recognizers', the normalizer's and the policy's word tables are derived from LOCALES: a word
 * of a locale reaches its table, and nothing else does.
 */

const locale = (code: string) => LOCALES.find((l) => l.code === code)!;

describe("number words", () => {
  it("every locale's number words are in the table with their value", () => {
    for (const l of LOCALES) {
      for (const [kind, table] of [["unit", l.numbers?.units], ["teen", l.numbers?.teens], ["tens", l.numbers?.tens]] as const) {
        for (const [value, words] of Object.entries(table ?? {})) {
          for (const w of words) expect(NUMBER_WORDS.get(w), `${l.code} ${w}`).toMatchObject({ kind, value: Number(value) });
        }
      }
    }
  });
  it("weak words are weak, others are not", () => {
    expect(NUMBER_WORDS.get("due")?.weak).toBe(true);
    expect(NUMBER_WORDS.get("o")?.weak).toBe(true);
    expect(NUMBER_WORDS.get("cinque")?.weak).toBeUndefined();
    expect(NUMBER_WORDS.get("hello")).toBeUndefined();
  });
  it("connectors, signs and multipliers come from the locales", () => {
    expect(NUMBER_WORDS.get("und")).toEqual({ kind: "connector", value: 0 });
    expect(NUMBER_WORDS.get("piu")).toEqual({ kind: "sign", value: 0 });
    expect(NUMBER_WORDS.get("doppel")).toEqual({ kind: "multiplier", value: 2 });
  });
  it("compounds: German unit-first, Romance tens prefixes", () => {
    expect(compoundNumberWord("dreiundzwanzig")).toBe(23);
    expect(compoundNumberWord("veintitres")).toBe(23);
    expect(compoundNumberWord("trentadue")).toBe(32);
    expect(compoundNumberWord("undzwanzig")).toBeUndefined();
    expect(compoundNumberWord("nullundzwanzig")).toBeUndefined();
    expect(compoundNumberWord("veinti")).toBeUndefined();
    expect(compoundNumberWord("trentacinquanta")).toBeUndefined();
  });
});

describe("email words", () => {
  it("at and dot words of every locale, phrases before single words", () => {
    for (const l of LOCALES) for (const w of l.email?.atWords ?? []) expect(AT_WORDS).toContain(w);
    for (const l of LOCALES) for (const w of l.email?.dotWords ?? []) expect(DOT_WORDS).toContain(w);
    // " at sign " and " at the rate " are one "@": tried before " at ", which would leave "sign …" as the domain.
    expect(AT_WORDS.indexOf("at sign")).toBeLessThan(AT_WORDS.indexOf("at"));
    expect(AT_WORDS.indexOf("at the rate")).toBeLessThan(AT_WORDS.indexOf("at"));
  });
  it("at and dot words of languages without a locale file are read too", () => {
    expect(AT_WORDS).toContain("zavinac");
    expect(DOT_WORDS).toContain("tecka");
  });
  it("cues and labels are compiled from the locales", () => {
    expect(EMAIL_CUE.test("send your cv to")).toBe(true);
    expect(EMAIL_CUE.test("mi correo es")).toBe(true);
    expect(EMAIL_CUE.test("du kannst mir mailen an")).toBe(true);
    expect(EMAIL_CUE.test("the weather is nice")).toBe(false);
    expect(EMAIL_CUE.test("send it. then")).toBe(false);
    expect(EMAIL_LABEL.test("email address: ")).toBe(true);
    expect(EMAIL_LABEL.test("courriel - ")).toBe(true);
    expect(EMAIL_LABEL.test("my friend ")).toBe(false);
  });
  it("a spelled-out at is a whole word", () => {
    expect(SPELLED_AT.test("kenji chiocciola gmail")).toBe(true);
    expect(SPELLED_AT.test("a cat sat")).toBe(false);
  });
});

describe("phone words", () => {
  it("cues, id words and unit words of every locale", () => {
    for (const l of LOCALES) for (const w of l.phone?.cues ?? []) expect(STRONG_PHONE_WORDS.has(w), w).toBe(true);
    for (const l of LOCALES) for (const w of l.phone?.idWords ?? []) expect(ID_WORDS.has(w), w).toBe(true);
    for (const l of LOCALES) for (const w of l.phone?.unitWords ?? []) expect(UNIT_WORDS.has(w), w).toBe(true);
    expect(STRONG_PHONE_WORDS.has("whatsapp")).toBe(true);
    expect(UNIT_WORDS.has("kg")).toBe(true);
    expect(STRONG_PHONE_WORDS.has("hello")).toBe(false);
  });
  it("a glued cue word or a one-letter abbreviation with its colon", () => {
    expect(GLUED_CUE.exec(" handy:")?.[1]).toBe("handy");
    expect(GLUED_CUE.exec(" telefono")?.[1]).toBe("telefono");
    expect(GLUED_CUE.exec(" p:")?.[2]).toBe("p");
    expect(GLUED_CUE.test(" p")).toBe(false);
    expect(GLUED_CUE.test(" hotel")).toBe(false);
  });
});

describe("handle words", () => {
  it("invitations of every locale end right before the platform word", () => {
    expect(INVITE_BEFORE.exec("text me on ")?.[1]).toBe("text me on");
    expect(INVITE_BEFORE.exec("let's move this conversation to ")?.[1]).toBe("let's move this conversation to");
    expect(INVITE_BEFORE.exec("好的，加我")?.[1]).toBe("加我");
    expect(INVITE_BEFORE.test("i love my ")).toBe(false);
    expect(WEAK_INVITE.test("i am on")).toBe(true);
    expect(WEAK_INVITE.test("text me")).toBe(false);
    expect(POSSESSIVE_BEFORE.test("add my ")).toBe(true);
    expect(POSSESSIVE_BEFORE.test("add the ")).toBe(false);
  });
  it("label and filler words of every locale, folded", () => {
    for (const l of LOCALES) for (const w of l.handle?.labelWords ?? []) expect(EXPLICIT_WORDS.has(fold(w).text), w).toBe(true);
    expect(FILLER_WORDS.has(fold("是").text)).toBe(true);
    expect(EXPLICIT_WORDS.has("kenji")).toBe(false);
  });
});

describe("phrase lexicons", () => {
  it("one request and one off-platform lexicon per locale that has the words, in LOCALES order", () => {
    expect(REQUEST_LEXICONS.map((l) => l.lang)).toEqual(LOCALES.filter((l) => l.request).map((l) => l.code));
    expect(OFF_PLATFORM_LEXICONS.map((l) => l.lang)).toEqual(LOCALES.filter((l) => l.offPlatform).map((l) => l.code));
  });
  it("shared frames follow a language's own frames only where the locale asks for them", () => {
    const en = OFF_PLATFORM_LEXICONS.find((l) => l.lang === "en")!;
    const es = OFF_PLATFORM_LEXICONS.find((l) => l.lang === "es")!;
    // Every language ends with the work frames (E7) its purpose.workTalk words fill; only es gets the shared ones too.
    const work = (l: typeof en) => l.frames.filter((f) => f.kind === "work_channel" && f.pattern.includes("@wt")).length;
    expect(work(en)).toBeGreaterThan(0);
    expect(en.frames.length).toBe(locale("en").offPlatform!.frames.length + work(en));
    expect(es.frames.length).toBeGreaterThan(locale("es").offPlatform!.frames.length + work(es));
    expect("sharedFrames" in es).toBe(false);
  });
  it("function words of every locale", () => {
    expect(FUNCTION_WORDS.has("und")).toBe(true);
    expect(FUNCTION_WORDS.has("the")).toBe(true);
    expect(FUNCTION_WORDS.has("whatsapp")).toBe(false);
  });
});

describe("purpose words: one list for the policy and the request recognizer", () => {
  it("every word the policy reads is a context word of the recognizer", () => {
    expect([...ACCESS_SYSTEMS, ...ACCESS_CUES].filter((w) => !PURPOSE_WORDS.includes(w))).toEqual([]);
  });
  it("the broad words are context only: the policy does not infer access from them", () => {
    const broad = [...GENERIC_SYSTEM_WORDS, ...LOCALES.flatMap((l) => l.purpose?.accessContext ?? [])];
    for (const w of broad) {
      expect(PURPOSE_WORDS).toContain(w);
      expect(ACCESS_CUES).not.toContain(w);
    }
    expect(systemAccessPurpose("easy freeway access, a short drive to the park")).toBeNull();
    expect(systemAccessPurpose("which email should I invite to our github repo?")).toEqual({ system: "github", cue: "invite" });
  });
  it("work talk (E7): each locale's purpose.workTalk words are its off-platform work classes, and only its own", () => {
    for (const l of LOCALES) {
      const w = l.purpose?.workTalk;
      const lex = OFF_PLATFORM_LEXICONS.find((x) => x.lang === l.code)!;
      expect(w, `${l.code} has no purpose.workTalk`).toBeDefined();
      expect(lex.classes.wtTopic).toEqual([...w!.topics]);
      expect(lex.classes.wtVerb).toEqual([...w!.verbs]);
      expect(lex.classes.wtVia).toEqual([...w!.channels]);
    }
  });
});
