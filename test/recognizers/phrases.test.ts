import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detectWith } from "../../src/detect/detect.js";
import type { Finding } from "../../src/core/types.js";
import { contactRequestRecognizer, offPlatformRecognizer } from "../../src/recognizers/phrases/index.js";
import {
  AMBIGUOUS_PLATFORM_NOUNS,
  EXTRA_PLATFORM_NOUNS,
  GENERIC_ID_NOUNS,
  NOUN_BLOCKERS_ALL,
  PURPOSE_WORDS,
  REQUEST_LEXICONS,
  SHARED_NOUNS,
  type RequestLexicon,
} from "../../src/recognizers/phrases/lexicon.js";
import {
  CHANNEL_WORDS,
  KIND_PRIORITY,
  OFF_PLATFORM_LEXICONS,
  SHARED_CLASSES,
  type OffPlatformFrame,
  type OffPlatformLexicon,
} from "../../src/recognizers/phrases/off-platform-lexicon.js";
import { PLATFORMS } from "../../src/recognizers/platforms/index.js";
import { fold } from "../../src/normalize/fold.js";
import { cpuSince, LINEAR_100KB_CPU_MS } from "../helpers/cpu.js";

/*
 * C8 / C9 phrase recognizers. Three layers:
 *  1. hand-written sentences in five languages (+ Italian) from test/fixtures/phrases/*.json,
 *     positives with their value and span, negatives that must stay clean;
 *  2. generated sentences that put EVERY word of every lexicon table into at least one positive
 *     (and every guard word — blockers, barriers, negations, anchors — into a negative);
 *  3. 100 KB hostile inputs that must stay linear.
 */

const requests = (text: string, minConfidence = 0.5) => detectWith([contactRequestRecognizer], text, { minConfidence });
const proposals = (text: string, minConfidence = 0.5) => detectWith([offPlatformRecognizer], text, { minConfidence });
const show = (found: Finding[]) => found.map((f) => `${f.value}@${f.confidence}[${f.text}]`).join(" ");

interface Fixture {
  positive: Array<{ lang: string; text: string; value: string; noun?: string; disguise?: string }>;
  negative: string[];
}
const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/phrases/${name}.json`, import.meta.url), "utf8")) as Fixture;

/** Phrases in the lexicon are written as the tokenizer splits them ("what s"); that reads fine as text. */
const say = (...parts: Array<string | undefined>) => parts.filter((p) => p !== undefined && p !== "").join(" ");

// ---------------------------------------------------------------------------------------------
// 1. Fixtures

describe("contact_request (C8): fixtures", () => {
  const fx = load("contact_request");
  it("covers at least five languages with 60+ sentences", () => {
    expect(fx.positive.length).toBeGreaterThanOrEqual(60);
    expect(new Set(fx.positive.map((p) => p.lang)).size).toBeGreaterThanOrEqual(5);
  });
  for (const c of fx.positive) {
    it(`finds ${JSON.stringify(c.text)}`, () => {
      const found = requests(c.text);
      const f = found.find((x) => x.value === c.value);
      expect(f, show(found)).toBeDefined();
      expect(f!.type).toBe("contact_request");
      expect(f!.recognizer).toBe("phrase.contact_request");
      expect(f!.text).toBe(c.text.slice(f!.start, f!.end));
      if (c.noun) expect(f!.text).toContain(c.noun);
      expect(f!.confidence).toBeGreaterThanOrEqual(0.5);
      expect(f!.evidence.contextWords.length).toBeGreaterThan(0);
      if (c.disguise) expect(f!.evidence.disguises).toContain(c.disguise);
    });
  }
  for (const text of fx.negative) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(show(requests(text))).toBe("");
    });
  }
});

describe("off_platform (C9): fixtures", () => {
  const fx = load("off_platform");
  it("covers at least five languages with 60+ sentences", () => {
    expect(fx.positive.length).toBeGreaterThanOrEqual(60);
    expect(new Set(fx.positive.map((p) => p.lang)).size).toBeGreaterThanOrEqual(5);
  });
  for (const c of fx.positive) {
    it(`finds ${JSON.stringify(c.text)}`, () => {
      const found = proposals(c.text);
      const f = found.find((x) => x.value === c.value);
      expect(f, show(found)).toBeDefined();
      expect(f!.type).toBe("off_platform");
      expect(f!.recognizer).toBe("phrase.off_platform");
      expect(f!.text).toBe(c.text.slice(f!.start, f!.end));
      expect(f!.evidence.contextWords.length).toBeGreaterThan(0);
    });
  }
  for (const text of fx.negative) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(show(proposals(text))).toBe("");
    });
  }
});

describe("spans, values, confidence, context", () => {
  it("a request spans from the cue to the contact noun", () => {
    const [f] = requests("Hi Kenji! Could you please send me your WhatsApp number? Thanks");
    expect(f?.text).toBe("send me your WhatsApp number");
    expect(f?.value).toBe("request:whatsapp");
    expect(f?.confidence).toBeGreaterThanOrEqual(0.8);
  });
  it("system-access purpose words travel with an email request (E3)", () => {
    const [f] = requests("what's your GitHub email so I can invite you?");
    expect(f?.value).toBe("request:email");
    expect(f?.evidence.contextWords).toEqual(expect.arrayContaining(["what's", "your", "email", "github", "invite"]));
  });
  it("purpose words in the neighbouring sentence count too", () => {
    const [f] = requests("I'll add you to our Figma workspace. What's your email?");
    expect(f?.evidence.contextWords).toEqual(expect.arrayContaining(["figma", "workspace", "add you"]));
  });
  it("a GitHub username is not contact information", () => {
    expect(requests("what is your GitHub username so I can add you to the repo")).toEqual([]);
  });
  it("one finding for a list of nouns, valued by the first", () => {
    const found = requests("can you send me your phone number or email?");
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toBe("request:phone");
    expect(found[0]!.text).toBe("send me your phone number or email");
    expect(found[0]!.evidence.contextWords).toEqual(expect.arrayContaining(["phone number", "email"]));
  });
  it("offsets map back through disguises", () => {
    const text = "pls what&#39;s your e&#8203;mail?";
    const [f] = requests(text);
    expect(f?.value).toBe("request:email");
    expect(f?.text).toBe(text.slice(f!.start, f!.end));
    expect(f?.text.endsWith("mail")).toBe(true);
  });
  it("strong proposals are ≥ 0.8, a payment app alone ≤ 0.6", () => {
    expect(proposals("let's continue outside the platform")[0]!.confidence).toBeGreaterThanOrEqual(0.8);
    expect(proposals("pay me directly")[0]!.confidence).toBeGreaterThanOrEqual(0.8);
    const [venmo] = proposals("Venmo");
    expect(venmo?.confidence).toBeLessThanOrEqual(0.6);
    expect(proposals("PayPal")).toEqual([]); // too common as a skill to report at the default threshold
    expect(proposals("PayPal", 0)[0]!.confidence).toBeLessThan(0.5);
  });
  it("'no fees' alone is a hint; next to a move-off cue it is part of the proposal", () => {
    expect(proposals("no fees for the first milestone")).toEqual([]);
    const [f] = proposals("we can finish this deal off the platform, no fees");
    expect(f?.text).toBe("off the platform, no fees");
    expect(f?.evidence.contextWords).toEqual(expect.arrayContaining(["off", "platform", "no", "fees"]));
  });
  it("payment outranks the other kinds in one proposal (E7 reads it as work talk)", () => {
    expect(proposals("let's continue outside the platform and pay me directly")[0]?.value).toBe("off_platform:payment");
    expect(KIND_PRIORITY[0]).toBe("payment");
  });
  it("separate sentences give separate findings", () => {
    const found = proposals("Let's talk on WhatsApp. Also, pay me via PayPal.");
    expect(found.map((f) => f.value)).toEqual(["off_platform:channel", "off_platform:payment"]);
  });
  it("is deterministic and never throws on odd input", () => {
    for (const t of ["", "?", "¿¡", "your", "\u200b", "...", "what's your", "pay me", "📞📞", "a".repeat(3000)]) {
      expect(() => detectWith([contactRequestRecognizer, offPlatformRecognizer], t)).not.toThrow();
    }
    const t = "what's your email? let's talk outside the platform";
    expect(detectWith([contactRequestRecognizer, offPlatformRecognizer], t)).toEqual(
      detectWith([contactRequestRecognizer, offPlatformRecognizer], t),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 2a. Every word of the request lexicon in a positive (and every guard word in a negative)

/** Runs `check` over `words`, collecting every word that fails, so one test reports them all. */
function everyWord(words: readonly string[], check: (w: string) => string | null): void {
  const failures: string[] = [];
  for (const w of words) {
    const problem = check(w);
    if (problem) failures.push(`${JSON.stringify(w)}: ${problem}`);
  }
  expect(failures).toEqual([]);
}

const expectRequest = (text: string, value?: string, minConfidence = 0.5): string | null => {
  const found = requests(text, minConfidence);
  if (found.length === 0) return `nothing in ${JSON.stringify(text)}`;
  if (value && !found.some((f) => f.value === value)) return `${JSON.stringify(text)} gave ${show(found)}, want ${value}`;
  return null;
};
const expectNoRequest = (text: string): string | null => {
  const found = requests(text);
  return found.length === 0 ? null : `${JSON.stringify(text)} gave ${show(found)}`;
};

function categoryOf(lex: RequestLexicon, noun: string): string {
  const all: Record<string, string> = { ...SHARED_NOUNS, ...lex.nouns };
  return `request:${all[noun]!}`;
}

for (const lex of REQUEST_LEXICONS) {
  describe(`contact_request lexicon (${lex.lang}): every cue`, () => {
    const ask = lex.requestVerbs[0]!;
    const poss = lex.possessives[0]!;
    const q = lex.questionWords[0]!;
    const how = lex.reachQuestions[0]!;
    const reach = lex.reachVerbs[0]!;
    const exchange = lex.exchangeVerbs[0]!;
    const plural = Object.keys(lex.pluralNouns)[0]!;
    const have = lex.haveCues[0]!;
    const amb = lex.ambiguousNouns[0]!;
    const E = "request:email";

    it("request verbs", () => everyWord(lex.requestVerbs, (v) => expectRequest(say(v, poss, "email"), E)));
    it("possessives", () => everyWord(lex.possessives, (p) => expectRequest(say(ask, p, "email"), E)));
    it("question words", () => everyWord(lex.questionWords, (w) => expectRequest(say(w, poss, "email"), E)));
    it("contact nouns (own and shared)", () =>
      everyWord([...Object.keys(lex.nouns), ...Object.keys(SHARED_NOUNS)], (n) => expectRequest(say(ask, poss, n), categoryOf(lex, n))));
    it("have-cues", () => everyWord(lex.haveCues, (h) => expectRequest(say(h, "email"), E)));
    it("have-cues that need a question mark", () => {
      everyWord(lex.haveQuestionCues, (h) => expectRequest(say(h, "email") + "?", E));
      everyWord(lex.haveQuestionCues, (h) => expectNoRequest(say(h, "email")));
    });
    it("on-platform cues take a platform name", () =>
      everyWord(lex.onPlatformCues, (o) => expectRequest(say(o, "telegram"), "request:telegram")));
    it("articles", () => everyWord(lex.articles, (a) => expectRequest(say(have, a, "email"), E)));
    it("sentence leads", () => everyWord(lex.leads, (l) => expectRequest(say(l, poss, "email") + "?", E)));
    it("please", () => everyWord(lex.please, (p) => expectRequest(say(poss, "email", p), E)));
    it("possessives after the noun, in a question ('email mo?')", () => {
      everyWord(lex.possessivesAfter ?? [], (p) => expectRequest(say("email", p) + "?", E));
      everyWord(lex.possessivesAfter ?? [], (p) => expectNoRequest(say("send", "to", "the", "email", p, "later")));
    });
    it("reach questions and verbs", () => {
      everyWord(lex.reachQuestions, (h) => expectRequest(say(h, reach), "request:contact"));
      everyWord(lex.reachVerbs, (r) => expectRequest(say(how, r), "request:contact"));
    });
    it("away words make a reach question strong", () =>
      everyWord(lex.away, (a) => {
        const found = requests(say(how, reach, a));
        return found[0] && found[0].confidence >= 0.85 ? null : `weak or missing: ${show(found)}`;
      }));
    it("exchange verbs and collective nouns", () => {
      everyWord(lex.exchangeVerbs, (e) => expectRequest(say(e, plural)));
      everyWord(Object.keys(lex.pluralNouns), (p) => expectRequest(say(exchange, p), `request:${lex.pluralNouns[p]!}`));
      everyWord(lex.exchangeAfter ?? [], (e) => expectRequest(say(plural, e)));
    });
    it("best / which / should-I (where the language has them)", () => {
      everyWord(lex.bestWords ?? [], (b) => expectRequest(say(q, b, "email"), E));
      everyWord(lex.whichWords ?? [], (w) => expectRequest(say(w, "email", lex.shouldI![0]), E));
      everyWord(lex.shouldI ?? [], (s) => expectRequest(say(lex.whichWords![0], "email", s), E));
    });
    it("modifiers before an ambiguous noun", () =>
      // A modifier that is a contact noun itself ("contacto") may win the match: any request will do.
      everyWord(lex.modifiers, (m) => expectRequest(say(ask, poss, m, amb), m in lex.nouns ? undefined : categoryOf(lex, amb))));
    it("coordinators ('your name and number')", () =>
      everyWord(lex.coordinators, (c) => expectRequest(say(ask, poss, "name", c, amb), categoryOf(lex, amb))));
    it("linkers join a number noun to a platform ('número de whatsapp') and block other compounds", () => {
      everyWord(lex.linkers, (l) => expectRequest(say(ask, poss, amb, l, "whatsapp"), "request:whatsapp"));
      everyWord(lex.linkers, (l) => expectNoRequest(say(ask, poss, amb, l, "pedido")));
    });
    it("noun blockers (negative)", () =>
      everyWord([...lex.nounBlockers, ...NOUN_BLOCKERS_ALL], (b) => expectNoRequest(say(ask, poss, "email", b))));
    it("an ambiguous noun after a non-contact modifier (negative)", () =>
      expect(expectNoRequest(say(ask, poss, "order", amb))).toBeNull());
    it("barriers (negative)", () => everyWord(lex.barriers, (b) => expectNoRequest(say(ask, "zz", b, poss, "email"))));
    it("negations (negative)", () => {
      everyWord(lex.negations, (n) => expectNoRequest(say(n, ask, poss, "email")));
      if (lex.negationAfter) everyWord(lex.negations, (n) => expectNoRequest(say(ask, poss, "email", n)));
    });
    it("prohibitions (negative)", () => everyWord(lex.prohibitions, (p) => expectNoRequest(say(ask, poss, "email", p))));
    it("on-platform anchors (negative)", () => everyWord(lex.onPlatform, (o) => expectNoRequest(say(how, reach, o))));
  });
}

describe("contact_request: platform words", () => {
  const allowed = new Set(AMBIGUOUS_PLATFORM_NOUNS);
  const usable = (a: string) => (a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).every((t) => t.length >= 2);
  it("every platform alias (and allowed ambiguous alias) reads as that platform after 'your'", () => {
    const cases: Array<[string, string]> = [];
    for (const p of PLATFORMS) {
      for (const a of p.aliases) if (usable(a)) cases.push([a, p.id]);
      for (const a of p.ambiguousAliases ?? []) if (allowed.has(a)) cases.push([a, p.id]);
    }
    for (const [a, id] of Object.entries(EXTRA_PLATFORM_NOUNS)) cases.push([a, id]);
    const failures = cases.map(([a, id]) => expectRequest(`send me your ${a}`, `request:${id}`)).filter((x) => x !== null);
    expect(failures).toEqual([]);
  });
  it("every allowed ambiguous alias is an alias of some platform", () => {
    const ambiguous = new Set(PLATFORMS.flatMap((p) => p.ambiguousAliases ?? []));
    expect(AMBIGUOUS_PLATFORM_NOUNS.filter((a) => !ambiguous.has(a))).toEqual([]);
  });
  it("other ambiguous aliases count only before an identifier noun", () => {
    expect(requests("send me your line")).toEqual([]);
    expect(requests("what are your teams?")).toEqual([]);
    everyWord(GENERIC_ID_NOUNS, (g) => expectRequest(`send me your line ${g}`, "request:line"));
  });
  it("purpose words are reported as context", () =>
    everyWord(PURPOSE_WORDS, (w) => {
      // Context words are slices of the fold view ("repositório" reads "repositorio"); a stem ("гитхаб*") as the word it begins.
      const text = `${w.replace(/\*/g, "")}. What's your email?`;
      const want = fold(text).text.split(". ")[0]!;
      const [f] = requests(text);
      return f?.evidence.contextWords.includes(want) ? null : `context ${JSON.stringify(f?.evidence.contextWords)}`;
    }));
});

// ---------------------------------------------------------------------------------------------
// 2b. Every word of every off-platform frame in a positive

const SPECIAL_SAMPLES: Record<string, string[]> = {
  channel: ["whatsapp", ...CHANNEL_WORDS],
  social: ["linkedin", "instagram"],
  meetingtool: ["zoom", "google meet", "microsoft teams"],
  platformverb: ["whatsapp", "skype", "telegram"],
  chatmessage: ["whatsapp", "wasap", "zap", "appje", "snap", "telegram"],
};

interface Slot {
  words: string[];
  optional: boolean;
  name: string;
}

/** The word slots of a frame (gaps, look-aheads and anchors need no words). */
function slotsOf(frame: OffPlatformFrame, lex: OffPlatformLexicon): { slots: Slot[]; question: boolean } {
  const slots: Slot[] = [];
  let question = false;
  for (const raw of frame.pattern.split(/\s+/)) {
    if (raw === "$?") question = true;
    if (/^[~*]\d$/.test(raw) || raw.startsWith("!") || raw === "^" || raw.startsWith("$")) continue;
    const optional = raw.endsWith("?");
    const body = optional ? raw.slice(0, -1) : raw;
    if (body.startsWith("@")) {
      const name = body.slice(1);
      const words = lex.classes[name] ?? SHARED_CLASSES[name] ?? SPECIAL_SAMPLES[name];
      if (!words) throw new Error(`no words for @${name} in ${lex.lang}: ${frame.pattern}`);
      slots.push({ words, optional, name });
    } else slots.push({ words: body.split("|").map((w) => w.replace(/_/g, " ")), optional, name: body });
  }
  return { slots, question };
}

const rank = (kind: string) => KIND_PRIORITY.indexOf(kind as (typeof KIND_PRIORITY)[number]);

for (const lex of OFF_PLATFORM_LEXICONS) {
  describe(`off_platform lexicon (${lex.lang}): every word of every frame`, () => {
    for (const frame of lex.frames) {
      it(`${frame.kind}: ${frame.pattern}`, () => {
        const { slots, question } = slotsOf(frame, lex);
        const failures: string[] = [];
        slots.forEach((slot, s) => {
          for (const word of slot.words) {
            const text = say(...slots.map((o, k) => (k === s ? word : o.optional ? undefined : o.words[0]))) + (question ? "?" : "");
            const found = proposals(text, 0);
            const ok = found.some(
              (f) => f.text === text.replace(/\?$/, "") && rank(f.value.split(":")[1]!) <= rank(frame.kind) && f.confidence >= Math.min(frame.confidence, 0.75),
            );
            if (!ok) failures.push(`${JSON.stringify(text)} gave ${show(found)}`);
          }
        });
        expect(failures).toEqual([]);
      });
    }
  });
}

/** One clear proposal per language for the guard tests. */
const SAMPLE: Record<string, string> = {
  en: "pay me directly",
  es: "págame directamente",
  pt: "me paga direto",
  fr: "payer directement",
  de: "direkt bezahlen",
  it: "pagami direttamente",
  nl: "betaal rechtstreeks",
  tr: "ödemeyi doğrudan",
  ar: "تحول لي مباشرة",
  id: "bayar langsung",
  vi: "chuyển khoản trực tiếp",
  "hi-Latn": "seedha paytm pe bhej do",
  tl: "i-send nyo diretso",
  ru: "оплата напрямую",
  uk: "оплата напряму",
  pl: "zapłać bezpośrednio",
  zh: "私下交易",
  ja: "直接連絡",
  ko: "따로 연락해요",
};

const expectNoProposal = (text: string, minConfidence = 0.5): string | null => {
  const found = proposals(text, minConfidence);
  return found.length === 0 ? null : `${JSON.stringify(text)} gave ${show(found)}`;
};

describe("off_platform guards: every guard word in a negative", () => {
  for (const lex of OFF_PLATFORM_LEXICONS) {
    const sample = SAMPLE[lex.lang]!;
    it(`${lex.lang}: the sample is a proposal`, () => expect(proposals(sample)).toHaveLength(1));
    it(`${lex.lang}: negations`, () => {
      everyWord(lex.negations, (n) => expectNoProposal(say(n, sample)));
      if (lex.negationAfter) everyWord(lex.negations, (n) => expectNoProposal(say(sample, n)));
    });
    it(`${lex.lang}: prohibitions`, () => everyWord(lex.prohibitions, (p) => expectNoProposal(say(sample, p))));
    it(`${lex.lang}: on-platform anchors`, () => everyWord(lex.onPlatform, (o) => expectNoProposal(say(sample, o))));
    if (lex.classes.awayNot) {
      const propose = lex.classes.propose![0]!;
      const away = lex.classes.away![0]!;
      it(`${lex.lang}: 'directly WITH …' is not leaving`, () =>
        everyWord(lex.classes.awayNot!, (w) => expectNoProposal(say(propose, away, w))));
    }
  }
  it("skill words after a payment app or channel", () =>
    everyWord(SHARED_CLASSES.skill!, (s) => expectNoProposal(`pay via paypal ${s}`, 0)));
  it("skill verbs before a payment app", () =>
    everyWord(SHARED_CLASSES.skillBefore!, (s) => expectNoProposal(`${s} venmo`, 0)));
  it("'pay direct deposit', 'direct contract' are not leaving", () => {
    const en = OFF_PLATFORM_LEXICONS.find((l) => l.lang === "en")!;
    everyWord(en.classes.directNot!, (d) => expectNoProposal(`pay direct ${d}`));
  });
  it("'email me when …' is a notification, not a channel", () => {
    const en = OFF_PLATFORM_LEXICONS.find((l) => l.lang === "en")!;
    everyWord(en.classes.emailNot!, (w) => expectNoProposal(`email me ${w}`));
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Linear time

const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

describe("phrase recognizers on 100 KB hostile input", () => {
  const units = [
    "your ",
    "what's your your ",
    "what's ",
    "off the the ",
    "off ",
    "pay me pay me ",
    "can u can u share ",
    "send me your ",
    "your phone or ",
    "your number ",
    "do you have ",
    "how can i ",
    "let's let's ",
    "we can work ",
    "no fees ",
    "avoid the ",
    "outside the ",
    "me me me ",
    "directly ",
    "número de ",
    "außerhalb der ",
    "? ",
    "a",
    "tu ",
  ];
  for (const unit of units) {
    it(JSON.stringify(unit), () => {
      const text = fill(unit);
      const t0 = process.cpuUsage();
      detectWith([contactRequestRecognizer, offPlatformRecognizer], text, { minConfidence: 0 });
      expect(cpuSince(t0)).toBeLessThan(LINEAR_100KB_CPU_MS);
    });
  }
  it("a long sentence of every cue word", () => {
    const words = [
      ...REQUEST_LEXICONS.flatMap((l) => [...l.requestVerbs, ...l.possessives, ...Object.keys(l.nouns)]),
      ...OFF_PLATFORM_LEXICONS.flatMap((l) => Object.values(l.classes).flat()),
    ];
    const text = fill(words.join(" ") + " ");
    const t0 = process.cpuUsage();
    detectWith([contactRequestRecognizer, offPlatformRecognizer], text, { minConfidence: 0 });
    expect(cpuSince(t0)).toBeLessThan(LINEAR_100KB_CPU_MS);
  });
});

describe("off_platform: messenger nicknames and verbs as moves (issue 17)", () => {
  const moves = [
    "mándame un wasap cuando puedas", // es
    "envoie-moi un snap ou un whats ce soir", // fr
    "stuur me even een appje", // nl
    "app me maar, dan regelen we het", // nl
    "schick mir ne WA wenn du Zeit hast", // de
    "me manda um zap depois", // pt
    "mandami un whats stasera", // it
    "napisz na wacapie", // pl
    "стукни в ватсап, там отвечу быстрее", // ru
    "wp'den yaz bana", // tr
    "vatsaptan ulaş, hemen dönerim", // tr
    "كلمني واتس", // ar
    "راسلني واتساب على طول", // ar
    "mujhe wp karo", // hi-Latn
    "whatsapp karo jab free ho", // hi-Latn
    "chat wa aku ya kak", // id
    "add zl em nha", // vi
    "kết bạn zalo nhé", // vi
    "chat mo ako sa messenger", // tl
    "インスタのDMください", // ja
  ];
  for (const text of moves) it(text, () => expect(proposals(text).length, show(proposals(text))).toBeGreaterThan(0));

  const clean = [
    "la tele está rota",
    "the app crashes when I upload",
    "the app me and my team built crashes",
    "de app crasht als ik de foto upload",
    "install the WP plugin and open wp-admin",
    "watashi wa nihonjin desu",
    "messenger bag for sale",
    "no uso whatsapp",
    "I'd rather not move to WhatsApp",
    "no me mandes un wasap",
    "envoie-moi un signal quand tu es prêt",
    "schick mir ein Signal, wenn du fertig bist",
    "add wa state tax to the invoice",
    "ok, app me later",
  ];
  for (const text of clean) it(`clean: ${text}`, () => expect(expectNoProposal(text)).toBeNull());
});
