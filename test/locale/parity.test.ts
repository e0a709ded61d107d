import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LOCALES } from "../../src/locale/index.js";
import type { Locale } from "../../src/locale/types.js";
import { fold } from "../../src/normalize/fold.js";
import { COUNTRIES, SCRIPT_ADDRESSES } from "../../src/recognizers/address/tables.js";

/*
 * Locale parity (after zod's locales parity test): for every locale, the fields it lacks next to the
 * fullest locale. EXPECTED_GAPS records the gaps we know of, so this test fails when a locale gains
 * or loses coverage without the table being updated, and it prints what a new language is missing.
 */

/** A field is present when it is defined and not empty ("numbers.units", "request.bestWords", "purpose.legal"). */
function presentFields(locale: Locale): string[] {
  const out: string[] = [];
  for (const [section, value] of Object.entries(locale)) {
    if (section === "code" || section === "name") continue;
    if (Array.isArray(value)) {
      if (value.length > 0) out.push(section);
    } else if (value && typeof value === "object") {
      for (const [field, v] of Object.entries(value as Record<string, unknown>)) {
        const empty = v === undefined || v === false || (Array.isArray(v) && v.length === 0) || (typeof v === "object" && v !== null && Object.keys(v).length === 0);
        if (!empty) out.push(`${section}.${field}`);
      }
    }
  }
  return out.sort();
}

const FULLEST = [...LOCALES].sort((a, b) => presentFields(b).length - presentFields(a).length)[0]!;
const gapsOf = (locale: Locale): string[] => {
  const has = new Set(presentFields(locale));
  return presentFields(FULLEST).filter((f) => !has.has(f));
};

/** What each locale lacks next to the fullest one (English). Update it when a locale gains or loses a field. */
const EXPECTED_GAPS: Record<string, string[]> = {
  en: [],
  es: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.notAMailbox", "handle.determiners", "handle.followOk", "handle.inviteFillers",
    "handle.invitePhrases", "handle.notAHandle", "handle.phoneNouns", "handle.possessives", "handle.quantifiers",
    "handle.skillNouns", "handle.skillPhrases", "handle.weakInvites", "numbers.hundred", "phone.gluedCueLetters",
    "request.bestWords",
  ],
  pt: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.cues", "email.labels", "email.notAMailbox", "handle.determiners", "handle.followOk",
    "handle.inviteFillers", "handle.invitePhrases", "handle.notAHandle", "handle.phoneNouns", "handle.possessives",
    "handle.quantifiers", "handle.skillNouns", "handle.skillPhrases", "handle.weakInvites", "numbers.hundred",
    "phone.gluedCueLetters", "request.bestWords", "sharedPhrases.paymentRails", "sharedPhrases.skillBefore",
  ],
  fr: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.notAMailbox", "handle.determiners", "handle.followOk", "handle.inviteFillers",
    "handle.invitePhrases", "handle.notAHandle", "handle.phoneNouns", "handle.possessives", "handle.quantifiers",
    "handle.skillNouns", "handle.skillPhrases", "handle.weakInvites", "numbers.hundred", "phone.gluedCueLetters",
    "phone.gluedCues", "phone.unitWords", "request.bestWords", "sharedPhrases.skillWords",
  ],
  de: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.labels", "email.notAMailbox", "handle.determiners", "handle.followOk",
    "handle.inviteFillers", "handle.invitePhrases", "handle.notAHandle", "handle.phoneNouns", "handle.possessives",
    "handle.quantifiers", "handle.skillNouns", "handle.skillPhrases", "handle.weakInvites", "numbers.hundred",
    "numbers.plus", "phone.gluedCueLetters", "phone.unitWords", "request.bestWords", "sharedPhrases.nounBlockers",
    "sharedPhrases.skillWords",
  ],
  it: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.cues", "email.labels", "email.notAMailbox", "handle.determiners", "handle.followOk",
    "handle.inviteFillers", "handle.invitePhrases", "handle.notAHandle", "handle.phoneNouns", "handle.possessives",
    "handle.quantifiers", "handle.skillNouns", "handle.skillPhrases", "handle.weakInvites", "numbers.hundred",
    "phone.gluedCueLetters", "phone.unitWords", "request.bestWords", "sharedPhrases.nounBlockers",
    "sharedPhrases.skillBefore", "sharedPhrases.skillWords",
  ],
  nl: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.notAMailbox", "email.providerLinks", "email.providerPossessives",
    "email.providerPrepositions", "handle.determiners", "handle.fillers", "handle.followOk", "handle.inviteFillers",
    "handle.invitePhrases", "handle.notAHandle", "handle.phoneNouns", "handle.possessives", "handle.quantifiers",
    "handle.skillNouns", "handle.skillPhrases", "handle.weakInvites", "numbers.connectors", "numbers.plus",
    "numbers.triple", "offPlatform.negatedNouns", "offPlatform.negatingDeterminers", "phone.gluedCueLetters",
    "request.bestWords", "sharedPhrases.idNouns", "sharedPhrases.nounBlockers", "sharedPhrases.skillBefore",
    "sharedPhrases.skillWords",
  ],
  zh: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.notAMailbox", "email.providerLinks", "email.providerPossessives",
    "email.providerPrepositions", "email.splitDomainCues", "functionWords", "handle.determiners", "handle.followOk",
    "handle.inviteFillers", "handle.notAHandle", "handle.phoneNouns", "handle.possessives", "handle.quantifiers",
    "handle.skillNouns", "handle.skillPhrases", "handle.weakInvites", "numbers.connectors", "numbers.double",
    "numbers.hundred", "numbers.plus", "numbers.teens", "numbers.tens", "numbers.triple", "numbers.weak",
    "offPlatform.negatedNouns", "phone.gluedCueLetters", "request.bestWords", "request.shouldI", "request.whichWords",
    "sharedPhrases.idNouns", "sharedPhrases.paymentRails", "sharedPhrases.skillBefore", "sharedPhrases.skillWords",
  ],
  ko: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.notAMailbox", "email.providerLinks", "email.providerPossessives",
    "email.providerPrepositions", "email.splitDomainCues", "functionWords", "handle.determiners", "handle.followOk",
    "handle.inviteFillers", "handle.invitePhrases", "handle.notAHandle", "handle.phoneNouns", "handle.possessives",
    "handle.quantifiers", "handle.skillNouns", "handle.skillPhrases", "handle.weakInvites", "numbers.connectors",
    "numbers.double", "numbers.hundred", "numbers.plus", "numbers.teens", "numbers.tens", "numbers.triple",
    "numbers.weak", "offPlatform.negatedNouns", "offPlatform.negatingDeterminers", "phone.gluedCueLetters",
    "request.articles", "request.barriers", "request.bestWords", "request.onPlatformCues", "request.questionWords",
    "request.shouldI", "request.whichWords", "sharedPhrases.idNouns", "sharedPhrases.paymentRails",
    "sharedPhrases.skillBefore", "sharedPhrases.skillWords",
  ],
  ru: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.providerLinks", "email.providerPossessives", "handle.quantifiers",
    "handle.skillPhrases", "numbers.connectors", "numbers.double", "numbers.hundred", "numbers.triple",
    "phone.gluedCueLetters", "request.articles", "request.bestWords", "request.shouldI", "request.whichWords",
  ],
  uk: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.providerLinks", "email.providerPossessives", "handle.quantifiers",
    "handle.skillPhrases", "numbers.connectors", "numbers.double", "numbers.hundred", "numbers.triple",
    "phone.gluedCueLetters", "request.articles", "request.bestWords", "request.shouldI", "request.whichWords",
  ],
  pl: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.providerLinks", "email.providerPossessives", "handle.quantifiers",
    "handle.skillPhrases", "numbers.connectors", "numbers.double", "numbers.hundred", "numbers.triple",
    "phone.gluedCueLetters", "request.bestWords", "request.shouldI", "request.whichWords",
  ],
  tr: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.notAMailbox", "email.providerLinks", "email.providerPossessives",
    "email.providerPrepositions", "handle.determiners", "handle.fillers", "handle.followOk", "handle.inviteFillers",
    "handle.invitePhrases", "handle.notAHandle", "handle.phoneNouns", "handle.possessives", "handle.quantifiers",
    "handle.skillNouns", "handle.skillPhrases", "handle.weakInvites", "numbers.connectors", "numbers.double",
    "numbers.plus", "numbers.teens", "numbers.triple", "phone.gluedCueLetters", "request.bestWords",
    "request.haveQuestionCues", "request.onPlatformCues", "sharedPhrases.nounBlockers", "sharedPhrases.skillBefore",
    "sharedPhrases.skillWords",
  ],
  ar: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.labels", "email.notAMailbox", "email.providerLinks", "email.providerPossessives",
    "email.providerPrepositions", "email.splitDomainCues", "handle.determiners", "handle.fillers", "handle.followOk",
    "handle.inviteFillers", "handle.invitePhrases", "handle.notAHandle", "handle.phoneNouns", "handle.possessives",
    "handle.quantifiers", "handle.skillNouns", "handle.skillPhrases", "handle.weakInvites", "numbers.connectors",
    "numbers.double", "numbers.hundred", "numbers.plus", "numbers.tens", "numbers.triple", "offPlatform.negatedNouns",
    "offPlatform.negatingDeterminers", "phone.gluedCueLetters", "request.articles", "request.bestWords",
    "request.modifiers", "request.onPlatformCues", "request.shouldI", "request.whichWords", "sharedPhrases.idNouns",
    "sharedPhrases.nounBlockers", "sharedPhrases.skillBefore", "sharedPhrases.skillWords",
  ],
  ja: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.notAMailbox", "email.providerLinks", "email.providerPossessives",
    "email.providerPrepositions", "email.splitDomainCues", "functionWords", "handle.determiners", "handle.followOk",
    "handle.inviteFillers", "handle.notAHandle", "handle.phoneNouns", "handle.possessives", "handle.quantifiers",
    "handle.skillNouns", "handle.skillPhrases", "handle.weakInvites", "numbers.connectors", "numbers.double",
    "numbers.hundred", "numbers.plus", "numbers.teens", "numbers.tens", "numbers.triple", "numbers.weak",
    "offPlatform.negatedNouns", "offPlatform.negatingDeterminers", "phone.gluedCueLetters", "request.articles",
    "request.away", "request.barriers", "request.bestWords", "request.onPlatformCues", "request.questionWords",
    "request.reachQuestions", "request.reachVerbs", "request.shouldI", "request.whichWords", "sharedPhrases.idNouns",
    "sharedPhrases.paymentRails", "sharedPhrases.skillBefore", "sharedPhrases.skillWords",
  ],
  id: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.labels", "email.mailboxWords", "email.notAMailbox", "email.providerLinks",
    "email.providerPossessives", "email.providerPrepositions", "handle.determiners", "handle.fillers",
    "handle.followOk", "handle.inviteFillers", "handle.invitePhrases", "handle.notAHandle", "handle.phoneNouns",
    "handle.possessives", "handle.quantifiers", "handle.skillNouns", "handle.skillPhrases", "handle.weakInvites",
    "numbers.connectors", "numbers.double", "numbers.hundred", "numbers.plus", "numbers.tens", "numbers.triple",
    "phone.gluedCueLetters", "request.articles", "request.bestWords", "request.shouldI", "request.whichWords",
    "sharedPhrases.idNouns", "sharedPhrases.nounBlockers", "sharedPhrases.skillBefore", "sharedPhrases.skillWords",
  ],
  vi: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.labels", "email.mailboxWords", "email.notAMailbox", "email.providerLinks",
    "email.providerPossessives", "email.providerPrepositions", "email.splitDomainCues", "handle.determiners",
    "handle.fillers", "handle.followOk", "handle.inviteFillers", "handle.invitePhrases", "handle.notAHandle",
    "handle.phoneNouns", "handle.possessives", "handle.quantifiers", "handle.skillNouns", "handle.skillPhrases",
    "handle.weakInvites", "numbers.connectors", "numbers.double", "numbers.hundred", "numbers.plus", "numbers.tens",
    "numbers.triple", "offPlatform.negatedNouns", "offPlatform.negatingDeterminers", "phone.gluedCueLetters",
    "request.bestWords", "request.shouldI", "request.whichWords", "sharedPhrases.idNouns",
    "sharedPhrases.nounBlockers", "sharedPhrases.skillBefore", "sharedPhrases.skillWords",
  ],
  "hi-Latn": [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.labels", "email.mailboxWords", "email.notAMailbox", "email.providerLinks",
    "email.providerPossessives", "email.providerPrepositions", "email.splitDomainCues", "handle.determiners",
    "handle.fillers", "handle.followOk", "handle.inviteFillers", "handle.invitePhrases", "handle.notAHandle",
    "handle.phoneNouns", "handle.possessives", "handle.quantifiers", "handle.skillNouns", "handle.skillPhrases",
    "handle.weakInvites", "numbers.connectors", "numbers.double", "numbers.hundred", "numbers.plus", "numbers.teens",
    "numbers.tens", "numbers.triple", "offPlatform.negatedNouns", "offPlatform.negatingDeterminers",
    "phone.gluedCueLetters", "request.articles", "request.bestWords", "request.haveCues", "request.haveQuestionCues",
    "request.onPlatformCues", "request.shouldI", "request.whichWords", "sharedPhrases.idNouns",
    "sharedPhrases.nounBlockers", "sharedPhrases.skillBefore", "sharedPhrases.skillWords",
  ],
  tl: [
    "documents.backgroundCheck", "documents.brief", "documents.businessLicense", "documents.nda",
    "documents.portfolio", "email.labels", "email.mailboxWords", "email.notAMailbox", "email.providerLinks",
    "email.providerPossessives", "email.providerPrepositions", "email.splitDomainCues", "handle.determiners",
    "handle.fillers", "handle.followOk", "handle.inviteFillers", "handle.invitePhrases", "handle.notAHandle",
    "handle.phoneNouns", "handle.possessives", "handle.quantifiers", "handle.skillNouns", "handle.skillPhrases",
    "handle.weakInvites", "numbers.connectors", "numbers.double", "numbers.hundred", "numbers.plus", "numbers.tens",
    "numbers.triple", "offPlatform.negatedNouns", "offPlatform.negatingDeterminers", "phone.gluedCueLetters",
    "request.bestWords", "request.onPlatformCues", "request.shouldI", "request.whichWords", "sharedPhrases.idNouns",
    "sharedPhrases.nounBlockers", "sharedPhrases.platformWords", "sharedPhrases.skillBefore",
    "sharedPhrases.skillWords",
  ],
};

describe("locale parity", () => {
  it("the fullest locale is English", () => expect(FULLEST.code).toBe("en"));

  for (const locale of LOCALES) {
    it(`${locale.code} (${locale.name}) lacks exactly the expected fields`, () => {
      const gaps = gapsOf(locale);
      const expected = EXPECTED_GAPS[locale.code];
      if (!expected || gaps.join() !== [...expected].sort().join()) {
        // What a new (or changed) language is missing, ready to copy into EXPECTED_GAPS.
        console.info(`locale ${locale.code} lacks, next to ${FULLEST.code}:\n${JSON.stringify(gaps, null, 2)}`);
      }
      expect(expected, `no EXPECTED_GAPS entry for "${locale.code}"; it lacks ${JSON.stringify(gaps)}`).toBeDefined();
      expect(gaps).toEqual([...expected!].sort());
    });
  }

  it("has no EXPECTED_GAPS entry for a locale that does not exist", () => {
    const codes = new Set<string>(LOCALES.map((l) => l.code));
    expect(Object.keys(EXPECTED_GAPS).filter((c) => !codes.has(c))).toEqual([]);
  });

  it("counts an empty list as a gap, and a filled one as present", () => {
    const probe: Locale = { code: "xx", name: "Probe", phone: { cues: ["call"], idWords: [] } };
    expect(presentFields(probe)).toEqual(["phone.cues"]);
    expect(gapsOf(probe)).toContain("phone.idWords");
    expect(gapsOf(probe)).not.toContain("phone.cues");
  });
});

/*
 * The parts issue 17 asks of every language, whatever else it lacks: number words, at/dot words, phone cue
 * words, requests (C8), off-platform moves with their negations (C9), the channels' local names, the
 * countries that speak it (for phone regions) and an address table for at least one of those countries.
 */
const REQUIRED_FIELDS = [
  "numbers.units", "email.atWords", "email.dotWords", "phone.cues", "request.nouns", "request.requestVerbs",
  "request.negations", "offPlatform.frames", "offPlatform.negations", "sharedPhrases.channelWords", "regions",
  // E2 and E3 are read from the words in every language (issue 18).
  "purpose.accessCues", "purpose.legal",
  // E7's work talk is read from the words in every language (issue 18 item 2), and E6's next job.
  "purpose.workTalk", "offPlatform.nextJob", "offPlatform.conversionFee",
  // S5's limit (issue 18): a résumé offered as a portfolio is recognised in every language.
  "documents.resume",
] as const;
const ADDRESS_TABLES = new Set([...COUNTRIES.flatMap((c) => [c.code, ...(c.serves ?? [])]), ...SCRIPT_ADDRESSES.map((s) => s.code)]);

describe("every locale has every part", () => {
  for (const locale of LOCALES) {
    it(`${locale.code}: ${REQUIRED_FIELDS.join(", ")} and an address table`, () => {
      const has = new Set(presentFields(locale));
      expect(REQUIRED_FIELDS.filter((f) => !has.has(f)), `${locale.code} lacks`).toEqual([]);
      expect((locale.regions ?? []).filter((r) => ADDRESS_TABLES.has(r)), `${locale.code}: no address table for ${locale.regions?.join(", ")}`).not.toEqual([]);
    });
  }
  it("can fail: a locale without at-words or an address country is reported", () => {
    const probe: Locale = { code: "xx", name: "Probe", regions: ["ZZ"], phone: { cues: ["call"] } };
    expect(REQUIRED_FIELDS.filter((f) => !presentFields(probe).includes(f))).toContain("email.atWords");
    expect(probe.regions!.filter((r) => ADDRESS_TABLES.has(r))).toEqual([]);
  });
});

/*
 * Links judged by what they are for (issue 18 items 4 and 5), in every language: the words that make a
 * contact page the work (S2) or a way to reach the sender (C6), a form a questionnaire (S3) or a contact
 * form (C6), and the phrases of applying or bidding elsewhere without a link (C7).
 */
const LINK_FIELDS = [
  "link.applyCues", "link.projectCues", "link.reachCues", "link.formFields", "link.questionnaireCues", "link.applyPhrases",
  "link.ownSites", "link.careerHosts", "link.portalHosts",
] as const;

describe("every locale judges links by their purpose", () => {
  for (const locale of LOCALES) {
    it(`${locale.code}: ${LINK_FIELDS.join(", ")}`, () => {
      const has = new Set(presentFields(locale));
      expect(LINK_FIELDS.filter((f) => !has.has(f)), `${locale.code} lacks`).toEqual([]);
    });
  }
});

describe("locale files", () => {
  const dir = fileURLToPath(new URL("../../src/locale/", import.meta.url));
  const NOT_A_LANGUAGE = new Set(["index.ts", "types.ts", "shared.ts", "systems.ts", "email-extra.ts"]);

  it("every language file is in LOCALES, under its own code", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !NOT_A_LANGUAGE.has(f)).map((f) => f.replace(/\.ts$/, ""));
    // File names are the code in lower case ("hi-Latn" → hi-latn.ts).
    expect(files.sort()).toEqual(LOCALES.map((l) => l.code.toLowerCase()).sort());
  });

  it("codes are unique BCP 47 language tags: two letters, and a script where the language is written in another (hi-Latn)", () => {
    const codes = LOCALES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z]{2}(?:-[A-Z][a-z]{3})?$/);
  });

  it("words of the fold-view tables are written in fold form", () => {
    const unfolded: string[] = [];
    const check = (code: string, words: Iterable<string>) => {
      for (const w of words) if (fold(w).text !== w) unfolded.push(`${code}: ${w} → ${fold(w).text}`);
    };
    for (const l of LOCALES) {
      const n = l.numbers ?? {};
      for (const byValue of [n.units, n.teens, n.tens, n.hundreds]) for (const ws of Object.values(byValue ?? {})) check(l.code, ws);
      check(l.code, [...(n.hundred ?? []), ...(n.double ?? []), ...(n.triple ?? []), ...(n.connectors ?? []), ...(n.plus ?? []), ...(n.weak ?? [])]);
      // Word lists, and the word → label tables (domainWords, providerNames) by their keys.
      for (const ws of Object.values(l.email ?? {})) check(l.code, Array.isArray(ws) ? ws : Object.keys(ws as object));
      for (const ws of Object.values(l.phone ?? {})) check(l.code, ws);
      for (const v of Object.values(l.request ?? {})) {
        if (Array.isArray(v)) check(l.code, v);
        else if (v && typeof v === "object") check(l.code, Object.keys(v));
      }
      for (const ws of Object.values(l.offPlatform?.classes ?? {})) check(l.code, ws);
    }
    expect(unfolded).toEqual([]);
  });

  it("weak number words are number words of the same locale", () => {
    for (const l of LOCALES) {
      const n = l.numbers ?? {};
      const all = new Set([n.units, n.teens, n.tens, n.hundreds].flatMap((t) => Object.values(t ?? {}).flat()));
      expect((n.weak ?? []).filter((w) => !all.has(w)), l.code).toEqual([]);
    }
  });
});

describe("purpose words (E2, E3) in every locale", () => {
  it("stems are long enough to mean something and never a whole list's worth of words", () => {
    for (const locale of LOCALES) {
      for (const w of [...(locale.purpose?.accessCues ?? []), ...(locale.purpose?.legal ?? [])]) {
        for (const word of w.split(" ").filter((x) => x.endsWith("*"))) {
          expect(fold(word.slice(0, -1)).text.length, `${locale.code}: ${w}`).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });
  it("no locale repeats an access cue among its broad context words (one list, not two)", () => {
    for (const locale of LOCALES) {
      const cues = new Set(locale.purpose?.accessCues ?? []);
      expect((locale.purpose?.accessContext ?? []).filter((w) => cues.has(w)), locale.code).toEqual([]);
    }
  });
});
