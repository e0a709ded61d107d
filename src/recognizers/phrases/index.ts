import type { Candidate, Recognizer } from "../types.js";
import type { MappedText } from "../../normalize/view.js";
import { PLATFORMS, platformById } from "../platforms/index.js";
import type { Platform } from "../platforms/types.js";
import { PhraseSet, phraseTokens, phraseVariants, sentencesOf, type Sentence, type Token } from "./tokens.js";
import { FrameIndex, compileFrame, type CompiledFrame, type FrameMatch, type Part, type Special, type SpecialMatch, type Vocabulary } from "./frames.js";
import {
  AMBIGUOUS_CHANNEL_NOUNS,
  AMBIGUOUS_PLATFORM_NOUNS,
  MESSAGE_NICKNAMES,
  EXTRA_PLATFORM_NOUNS,
  GENERIC_ID_NOUNS,
  NOUN_BLOCKERS_ALL,
  PURPOSE_WORDS,
  REQUEST_FRAMES,
  REQUEST_LEXICONS,
  SHARED_NOUNS,
  type Lang,
  type RequestFrame,
  type RequestLexicon,
} from "./lexicon.js";
import {
  CHANNEL_WORDS,
  KIND_PRIORITY,
  OFF_PLATFORM_LEXICONS,
  SHARED_CLASSES,
  type OffPlatformFrame,
  type OffPlatformKind,
  type OffPlatformLexicon,
} from "./off-platform-lexicon.js";

/*
 * C8 (asking for contact information) and C9 (proposing to leave the platform). Both read the
 * fold view as word tokens (./tokens.ts) and run grammar frames written as data (./lexicon.ts,
 * ./off-platform-lexicon.ts) through a small bounded matcher (./frames.ts): linear in the text,
 * whatever it holds. Guards declared as data (negations, prohibitions, on-platform anchors)
 * turn warnings ("don't share your number", "working outside Upwork is not allowed") away.
 */

export { REQUEST_LEXICONS, REQUEST_FRAMES } from "./lexicon.js";
export { OFF_PLATFORM_LEXICONS, SHARED_CLASSES, CHANNEL_WORDS } from "./off-platform-lexicon.js";

const norm = (phrase: string) => phraseTokens(phrase).join(" ");

const NO_VALUES: ReadonlyArray<readonly [number, string, string]> = [];

/** A phrase → value table that matches on tokens (longest first). */
class ValueSet {
  readonly set: PhraseSet;
  private readonly values = new Map<string, string>();
  constructor(entries: Iterable<readonly [string, string]>) {
    const phrases: string[] = [];
    for (const [phrase, value] of entries) {
      let added = false;
      for (const toks of phraseVariants(phrase)) {
        const k = toks.join(" ");
        if (this.values.has(k)) continue;
        this.values.set(k, value);
        added = true;
      }
      if (added) phrases.push(phrase);
    }
    this.set = new PhraseSet(phrases);
  }
  /** [end, value, phrase] triples starting at i, longest first (the phrase's words joined by spaces). */
  at(tokens: readonly Token[], i: number): ReadonlyArray<readonly [number, string, string]> {
    const found = this.set.phrasesAt(tokens, i);
    if (found.length === 0) return NO_VALUES;
    return found.map((p) => [i + p.ids.length, this.values.get(p.key)!, p.key]);
  }
  keys(): IterableIterator<string> {
    return this.values.keys();
  }
}

// ---------------------------------------------------------------------------------------------
// Platform words, from the shared platform tables.

const usable = (alias: string) => {
  const toks = phraseTokens(alias);
  // One-letter Latin tokens are too ambiguous; a Han or kana character is a token of its own (./tokens.ts).
  return toks.length > 0 && toks.every((t) => t.length >= 2 || t.charCodeAt(0) >= 0x3000);
};

function platformEntries(
  filter: (p: Platform) => boolean,
  withAmbiguous: "all" | "allowed" | "none",
  allowed: ReadonlySet<string> = new Set(AMBIGUOUS_PLATFORM_NOUNS),
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const p of PLATFORMS) {
    if (!filter(p)) continue;
    for (const a of p.aliases) if (usable(a)) out.push([a, p.id]);
    if (withAmbiguous === "none") continue;
    for (const a of p.ambiguousAliases ?? []) {
      if (usable(a) && (withAmbiguous === "all" || allowed.has(a))) out.push([a, p.id]);
    }
  }
  for (const [a, id] of Object.entries(EXTRA_PLATFORM_NOUNS)) {
    const p = platformById(id);
    if (p && filter(p)) out.push([a, id]);
  }
  return out;
}

const anyPlatform = () => true;
/** Platform names that can stand for the platform on their own ("your whatsapp", "tu wsp"). */
const PLATFORM_NOUNS = new ValueSet(platformEntries(anyPlatform, "allowed"));
/** Every alias, ambiguous ones included: qualifiers before an identifier noun ("line id", "teams account"). */
const PLATFORM_QUALIFIERS = new ValueSet(platformEntries(anyPlatform, "all"));
const GENERIC_IDS = new PhraseSet(GENERIC_ID_NOUNS);
const NUMBER_LIKE = new PhraseSet([
  "number", "numero", "nummer", "no", "num", "nr", "contact", "contacto", "contato", "id", "usuario", "perfil", "profil",
  "cuenta", "conta", "compte", "konto", "account",
]);

// ---------------------------------------------------------------------------------------------
// Contact nouns (the @noun slot of a request).

const NO_MATCHES: readonly SpecialMatch[] = [];

/** A contact noun read at a position, and whether a blocker right after it turns it away. */
type Reading = SpecialMatch & { blocked: boolean };

class ContactNouns implements Special {
  private readonly nouns: ValueSet;
  private readonly ambiguous: Set<string>;
  private readonly modifiers: Set<string>;
  private readonly coordinators: Set<string>;
  private readonly blockers: PhraseSet;
  private readonly linkers: PhraseSet;

  constructor(
    nouns: Record<string, string>,
    lex: RequestLexicon,
    private readonly withPlatforms: boolean,
  ) {
    this.nouns = new ValueSet(Object.entries(nouns));
    this.ambiguous = new Set(lex.ambiguousNouns.map(norm));
    this.modifiers = new Set(lex.modifiers.flatMap(phraseTokens));
    for (const k of PLATFORM_QUALIFIERS.keys()) for (const t of k.split(" ")) this.modifiers.add(t);
    this.coordinators = new Set(lex.coordinators.flatMap(phraseTokens));
    this.blockers = new PhraseSet([...NOUN_BLOCKERS_ALL, ...lex.nounBlockers]);
    this.linkers = new PhraseSet(lex.linkers);
  }

  private blockedAt(tokens: readonly Token[], end: number, ambiguous: boolean): boolean {
    if (end >= tokens.length) return false;
    if (this.blockers.at(tokens, end).length > 0) return true;
    return ambiguous && this.linkers.at(tokens, end).length > 0;
  }

  /** Words between the possessive and an ambiguous noun must all be contact modifiers (or a list). */
  private modifiersOk(tokens: readonly Token[], from: number, to: number): boolean {
    let ok = true;
    for (let k = from; k < to; k++) {
      const t = tokens[k]!.text;
      if (this.coordinators.has(t)) return true;
      if (!this.modifiers.has(t)) ok = false;
    }
    return ok;
  }

  /** `all` with one more reading (the list is made on the first: most positions hold no contact noun). */
  private addReading(all: Reading[] | undefined, tokens: readonly Token[], end: number, value: string, ambiguous: boolean): Reading[] {
    const reading = { end, value, blocked: this.blockedAt(tokens, end, ambiguous) };
    if (!all) return [reading];
    all.push(reading);
    return all;
  }

  /**
   * Every reading of a contact noun at `i`, longest first. When the longest reading is blocked
   * ("email address VALIDATION"), the shorter ones inside it are not contact nouns either.
   */
  match(tokens: readonly Token[], i: number, prevEnd: number): readonly SpecialMatch[] {
    // A method, not a local arrow, adds each reading: tsx (esbuild keepNames) renames a named closure
    // every time it is made, and that cost more than the rest of this method.
    let all: Reading[] | undefined;
    if (this.withPlatforms) {
      // "skype id", "whatsapp number", "line id", "insta handle"
      for (const [end, id] of PLATFORM_QUALIFIERS.at(tokens, i)) {
        const g = GENERIC_IDS.longest(tokens, end);
        if (g > 0) all = this.addReading(all, tokens, g, id, false);
      }
      // "número de whatsapp", "numéro whatsapp", "nummer von telegram"
      const n = NUMBER_LIKE.longest(tokens, i);
      if (n > 0) {
        const l = this.linkers.longest(tokens, n);
        for (const [end, id] of PLATFORM_QUALIFIERS.at(tokens, l > 0 ? l : n)) all = this.addReading(all, tokens, end, id, false);
      }
    }
    for (const [end, value, phrase] of this.nouns.at(tokens, i)) {
      const amb = this.ambiguous.has(phrase);
      if (amb && !this.modifiersOk(tokens, prevEnd, i)) continue;
      all = this.addReading(all, tokens, end, value, amb);
    }
    if (this.withPlatforms) for (const [end, id] of PLATFORM_NOUNS.at(tokens, i)) all = this.addReading(all, tokens, end, id, false);
    if (!all) return NO_MATCHES;
    all.sort((a, b) => b.end - a.end);
    if (all[0]!.blocked) return NO_MATCHES;
    return all.filter((m) => !m.blocked).map(({ end, value }) => ({ end, value }));
  }

  /** The longest reading: a qualifier and an identifier noun, a number word, a linker and a qualifier, a noun, or a platform. */
  maxWords(): number {
    const noun = this.nouns.set.longestPhrase;
    if (!this.withPlatforms) return noun;
    return Math.max(
      PLATFORM_QUALIFIERS.set.longestPhrase + GENERIC_IDS.longestPhrase,
      NUMBER_LIKE.longestPhrase + this.linkers.longestPhrase + PLATFORM_QUALIFIERS.set.longestPhrase,
      noun,
      PLATFORM_NOUNS.set.longestPhrase,
    );
  }

  firstTokens(): Iterable<string> {
    const keys = new Set<string>(this.nouns.set.firstTokens());
    if (this.withPlatforms) {
      for (const k of PLATFORM_QUALIFIERS.set.firstTokens()) keys.add(k);
      for (const k of NUMBER_LIKE.firstTokens()) keys.add(k);
    }
    return keys;
  }
}

/**
 * The @owned slot: a contact noun that is the addressee's own because the possessive follows it
 * ("email MO", "email CUA BAN") or is written into it ("رقمك", or an entry like "email kamu").
 */
class OwnedNouns implements Special {
  constructor(
    private readonly nouns: ContactNouns,
    private readonly after: PhraseSet,
    private readonly suffixes: readonly string[],
  ) {}

  /** Whether the noun entry tokens[i, end) ends with a possessive word or ending of its own. */
  private ownedEntry(tokens: readonly Token[], i: number, end: number): boolean {
    for (let k = i + 1; k < end; k++) if (this.after.at(tokens, k).includes(end)) return true;
    const last = tokens[end - 1]!.text;
    return this.suffixes.some((x) => last.length > x.length && last.endsWith(x));
  }

  match(tokens: readonly Token[], i: number, prevEnd: number): readonly SpecialMatch[] {
    const out: SpecialMatch[] = [];
    for (const m of this.nouns.match(tokens, i, prevEnd)) {
      const a = this.after.longest(tokens, m.end);
      if (a > 0) out.push({ end: a, value: m.value });
      else if (this.ownedEntry(tokens, i, m.end)) out.push(m);
    }
    return out;
  }

  /** A noun reading, then the possessive after it. */
  maxWords(): number {
    return this.nouns.maxWords() + this.after.longestPhrase;
  }

  firstTokens(): Iterable<string> {
    return this.nouns.firstTokens();
  }
}

/** Platform names alone (the @platform slot: "are you on telegram"). */
const PLATFORM_BLOCKERS = new PhraseSet(NOUN_BLOCKERS_ALL);
const platformSpecial: Special = {
  match(tokens, i) {
    return PLATFORM_NOUNS.at(tokens, i)
      .filter(([end]) => PLATFORM_BLOCKERS.at(tokens, end).length === 0)
      .map(([end, value]) => ({ end, value }));
  },
  firstTokens: () => PLATFORM_NOUNS.set.firstTokens(),
  maxWords: () => PLATFORM_NOUNS.set.longestPhrase,
};

// ---------------------------------------------------------------------------------------------
// Guards shared by both recognizers.

interface Guards {
  negations: PhraseSet;
  /** Negating determiners ("no", "aucun", "никаких"): right before the cue or its first noun. */
  determiners: PhraseSet;
  /** The nouns such a determiner may govern between it and the cue. */
  negatedNouns: PhraseSet;
  prohibitions: PhraseSet;
  onPlatform: PhraseSet;
  /** How many words before a match a negation may stand. */
  negationWindow: number;
  /** …and after it. */
  negationAfter: number;
  /** Phrases that open with a negation word but negate nothing ("nahi to": otherwise). */
  notNegations: PhraseSet;
  /**
   * Whether a negation before the cue stops at a clause break: "notification nahi aata, kisi aur jagah pe
   * connect ho jaate hain" proposes, unless the cue's clause opens with a coordinator ("don't pay outside,
   * or move to WhatsApp").
   */
  clauseBound?: boolean;
}

/** Coordinators of every language ("or", "ya", "ou", "oder"): a clause opening with one continues the one before. */
const CLAUSE_COORDINATORS = new PhraseSet(REQUEST_LEXICONS.flatMap((l) => l.coordinators));
/** Clause marks between two words ("," ":" and dashes); sentence marks already cut the sentence. */
const CLAUSE_MARK = /[,:\u2013\u2014\uff0c\u3001\u060c]/;

/** The first token of the clause that holds token `at`, not before `from` (`text`: the fold view's text). */
function clauseStart(text: string, tokens: readonly Token[], from: number, at: number): number {
  for (let k = at; k > from && k > 0; k--) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (CLAUSE_MARK.test(gap)) return CLAUSE_COORDINATORS.longest(tokens, k) > 0 ? from : k;
  }
  return from;
}

/** The veto words of one language's lexicon, compiled; `negationWindow` words before a cue count. */
function guardsOf(
  lex: { negations: string[]; prohibitions: string[]; onPlatform: string[]; negationAfter?: number; negationExceptions?: string[]; negatingDeterminers?: string[]; negatedNouns?: string[] },
  negationWindow: number,
): Guards {
  return {
    negations: new PhraseSet(lex.negations),
    determiners: new PhraseSet(lex.negatingDeterminers ?? []),
    negatedNouns: new PhraseSet(lex.negatedNouns ?? []),
    prohibitions: new PhraseSet(lex.prohibitions),
    onPlatform: new PhraseSet(lex.onPlatform),
    negationWindow,
    negationAfter: lex.negationAfter ?? 0,
    notNegations: new PhraseSet(lex.negationExceptions ?? []),
  };
}

/**
 * Whether a phrase of `set` starts in [from, to). A phrase lying wholly inside one matched part
 * is the cue itself ("no pagar", "sin comisión"), not a guard, so `parts` exempts it.
 */
function anyPhraseIn(set: PhraseSet, tokens: readonly Token[], from: number, to: number, parts: readonly Part[] = [], except?: PhraseSet): boolean {
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++) {
    if (except && except.size > 0 && except.longest(tokens, k) > 0) continue;
    for (const e of set.at(tokens, k)) {
      if (!parts.some((p) => p.start <= k && e <= p.end)) return true;
    }
  }
  return false;
}

/** How far (in words) before a cue a negating determiner may start: its own words and one noun. */
const DETERMINER_REACH = 4;
/** What may separate a determiner, its noun and the cue: spaces, and the marks inside a word ("d'", "-"). */
const SAME_PHRASE = /^[\s'’-]*$/;

/**
 * The guards of one language over one sentence. Sentence-wide facts (a prohibition anywhere, where
 * the on-platform anchors are) are computed once, on first use, so a sentence with thousands of
 * cues still costs linear time.
 */
class SentenceGuards {
  private prohibited: boolean | undefined;
  /** Anchor phrases as [start, end) token ranges, by start. */
  private anchors: Array<[number, number]> | undefined;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly g: Guards,
    private readonly text = "",
  ) {}

  passes<T>(m: FrameMatch<T>, anchorGuard: boolean): boolean {
    const { tokens, g } = this;
    // "don't send me your number", "I can't work outside", "je ne peux pas payer directement".
    const from = g.clauseBound ? clauseStart(this.text, tokens, Math.max(0, m.start - g.negationWindow), m.start) : m.start - g.negationWindow;
    if (anyPhraseIn(g.negations, tokens, from, m.end + g.negationAfter, m.parts, g.notNegations)) return false;
    // "No payments outside the platform", "Nada de pagamentos fora da plataforma".
    if (g.determiners.size > 0 && this.determinerBefore(m.start)) return false;
    // "… is against the rules", "está prohibido".
    this.prohibited ??= anyPhraseIn(g.prohibitions, tokens, 0, tokens.length);
    if (this.prohibited) return false;
    // "how can I reach you here", "let's talk directly on Upwork".
    return !(anchorGuard && this.anchorFrom(m.start, m.parts));
  }

  /**
   * Whether a negating determiner ends right before `start`, or before one of the nouns it may
   * govern ("никаких ОПЛАТ вне платформы"), with only spaces between: "No problem, let's move to
   * WhatsApp" has a comma, and is a proposal.
   */
  private determinerBefore(start: number): boolean {
    const { tokens, text } = this;
    for (let k = Math.max(0, start - DETERMINER_REACH); k < start; k++) {
      for (const e of this.g.determiners.at(tokens, k)) {
        if (e > start || (e < start && (start - e > 1 || !this.g.negatedNouns.has(tokens[e]!)))) continue;
        let plain = true;
        for (let j = e; j <= start && plain; j++) plain = SAME_PHRASE.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
        if (plain) return true;
      }
    }
    return false;
  }

  /** Whether an anchor starts at or after `from` (anchors inside the cue itself do not count). */
  private anchorFrom(from: number, parts: readonly Part[]): boolean {
    if (!this.anchors) {
      this.anchors = [];
      for (let k = 0; k < this.tokens.length; k++) {
        const end = this.g.onPlatform.longest(this.tokens, k);
        if (end > 0) this.anchors.push([k, end]);
      }
    }
    const list = this.anchors;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]![0] < from) lo = mid + 1;
      else hi = mid;
    }
    // Parts are short and lie before the anchors that matter: this loop ends within a few steps.
    for (let k = lo; k < list.length; k++) {
      const [s, e] = list[k]!;
      if (!parts.some((p) => p.start <= s && e <= p.end)) return true;
    }
    return false;
  }
}

/** At most this many context words per finding (a 100 KB run of cues is one finding, not 50,000 words). */
const MAX_CONTEXT_WORDS = 16;

/** Classes too plain to explain a finding ("the", "me", "via"): left out of the context words. */
const PLAIN_PARTS = new Set(["the", "art", "of", "feeDet", "me", "you", "article", "lead", "via", "payvia", "tomy", "payobj", "lit"]);

function contextOf(fold: MappedText, tokens: readonly Token[], parts: readonly Part[]): string[] {
  const words: string[] = [];
  for (const p of parts) {
    if (PLAIN_PARTS.has(p.name)) continue;
    const w = sliceOf(fold, tokens, p.start, p.end);
    if (!words.includes(w)) words.push(w);
  }
  return words;
}

const sliceOf = (fold: MappedText, tokens: readonly Token[], from: number, to: number) =>
  fold.text.slice(tokens[from]!.start, tokens[to - 1]!.end);

/** The request and the proposal frame indexes (for the tests that hold their pruning to the unpruned run). */
export const FRAME_INDEXES: Array<FrameIndex<unknown>> = [];

/**
 * One frame index over every language's frames, so a word costs one table look-up whatever the
 * number of languages. Matches come back grouped by language, in the languages' order, each
 * group in the order a per-language index would give (by start word, then frame order).
 */
function languageMatcher<L extends { frames: readonly CompiledFrame<T>[] }, T>(languages: readonly L[]) {
  const langOf = new Map<CompiledFrame<T>, number>();
  languages.forEach((l, k) => {
    for (const f of l.frames) langOf.set(f, k);
  });
  const index = new FrameIndex<T>(langOf.keys());
  FRAME_INDEXES.push(index as FrameIndex<unknown>);
  return (sentence: Sentence): Array<[L, FrameMatch<T>[]]> => {
    const matches = index.matchSentence(sentence);
    if (matches.length === 0) return [];
    const groups: Array<FrameMatch<T>[] | undefined> = [];
    for (const m of matches) (groups[langOf.get(m.frame)!] ??= []).push(m);
    const out: Array<[L, FrameMatch<T>[]]> = [];
    groups.forEach((g, k) => {
      if (g) out.push([languages[k]!, g]);
    });
    return out;
  };
}

// ---------------------------------------------------------------------------------------------
// C8: contact requests.

interface RequestLanguage {
  lang: Lang;
  frames: CompiledFrame<RequestFrame>[];
  guards: Guards;
  nouns: ContactNouns;
  coordinators: PhraseSet;
}

/** The nouns with each particle written against them ("번호" → "번호를"; "카톡 id" → "카톡 id를", cut as "id", "를"). */
function withParticles(nouns: Record<string, string>, particles: readonly string[]): Record<string, string> {
  const out: Record<string, string> = { ...nouns };
  for (const [noun, value] of Object.entries(nouns)) for (const p of particles) out[noun + p] ??= value;
  return out;
}

const REQUEST_LANGUAGES: RequestLanguage[] = REQUEST_LEXICONS.map((written) => {
  const particles = written.nounParticles ?? [];
  const nouns = withParticles({ ...SHARED_NOUNS, ...written.nouns }, particles);
  // An ambiguous noun stays ambiguous with its particle ("주소가" is "주소").
  const lex: RequestLexicon = {
    ...written,
    ambiguousNouns: [...written.ambiguousNouns, ...written.ambiguousNouns.flatMap((n) => particles.map((p) => n + p))],
  };
  const classes: Record<string, PhraseSet> = {
    ask: new PhraseSet(lex.requestVerbs),
    askbare: new PhraseSet(lex.bareRequestVerbs ?? []),
    askapp: new PhraseSet([...(lex.bareRequestVerbs ?? []), ...(lex.applicationVerbs ?? [])]),
    q: new PhraseSet(lex.questionWords),
    have: new PhraseSet(lex.haveCues),
    haveq: new PhraseSet(lex.haveQuestionCues),
    on: new PhraseSet(lex.onPlatformCues),
    article: new PhraseSet(lex.articles),
    lead: new PhraseSet(lex.leads),
    please: new PhraseSet(lex.please),
    how: new PhraseSet(lex.reachQuestions),
    reach: new PhraseSet(lex.reachVerbs),
    away: new PhraseSet(lex.away),
    exchange: new PhraseSet(lex.exchangeVerbs),
    exchangeafter: new PhraseSet(lex.exchangeAfter ?? []),
    askafter: new PhraseSet(lex.requestAfter ?? []),
    best: new PhraseSet(lex.bestWords ?? []),
    which: new PhraseSet(lex.whichWords ?? []),
    shouldi: new PhraseSet(lex.shouldI ?? []),
    poss: new PhraseSet(lex.possessives),
    application: new PhraseSet(lex.applications ?? []),
  };
  const nounSpecial = new ContactNouns(nouns, lex, true);
  const ownsAfterNoun = (lex.possessivesAfter?.length ?? 0) > 0 || (lex.possessiveSuffixes?.length ?? 0) > 0;
  const vocab: Vocabulary = {
    classes,
    specials: {
      noun: nounSpecial,
      plural: new ContactNouns(lex.pluralNouns, { ...lex, ambiguousNouns: [] }, false),
      // A noun that opens a request with nothing before it ("numaranızı alabilir miyim"): never an
      // ambiguous one ("order NUMBER kya hai" is an order number).
      plainnoun: new ContactNouns(
        Object.fromEntries(Object.entries(nouns).filter(([k]) => !lex.ambiguousNouns.includes(k))),
        { ...lex, ambiguousNouns: [] },
        true,
      ),
      platform: platformSpecial,
      // Only where the language puts the possessive after the noun: elsewhere the @owned frames do not compile.
      ...(ownsAfterNoun
        ? { owned: new OwnedNouns(nounSpecial, new PhraseSet(lex.possessivesAfter ?? []), (lex.possessiveSuffixes ?? []).map(norm)) }
        : {}),
    },
    barriers: new PhraseSet(lex.barriers),
  };
  const frames = REQUEST_FRAMES.map((f) => compileFrame(f.pattern, f, vocab)).filter((f) => f !== null);
  return {
    lang: lex.lang,
    frames,
    guards: guardsOf(lex, 3),
    nouns: nounSpecial,
    coordinators: new PhraseSet(lex.coordinators),
  };
});

const REQUEST_MATCHER = languageMatcher<RequestLanguage, RequestFrame>(REQUEST_LANGUAGES);

/** "your phone number OR EMAIL", "tu teléfono Y CORREO": a request runs on through a list of nouns. */
function extendList(lang: RequestLanguage, tokens: readonly Token[], m: FrameMatch<RequestFrame>, fold: MappedText, words: string[]): number {
  let end = m.end;
  if (m.parts[m.parts.length - 1]?.name !== "noun") return end;
  for (let steps = 0; steps < 8; steps++) {
    const c = lang.coordinators.longest(tokens, end);
    if (c < 0) break;
    const next = lang.nouns.match(tokens, c, c)[0];
    if (!next) break;
    words.push(sliceOf(fold, tokens, c, next.end));
    end = next.end;
  }
  return end;
}

const PURPOSE = new PhraseSet(PURPOSE_WORDS);

/** Purpose words (E2/E3) in the sentence and its neighbours, as written in the fold view. */
function purposeWords(fold: MappedText, sentences: readonly Sentence[], s: number): string[] {
  const out: string[] = [];
  for (let k = Math.max(0, s - 1); k <= s + 1 && k < sentences.length; k++) {
    const tokens = sentences[k]!.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const end = PURPOSE.longest(tokens, i);
      if (end < 0) continue;
      const w = sliceOf(fold, tokens, i, end);
      if (!out.includes(w) && out.length < MAX_CONTEXT_WORDS) out.push(w);
      i = end - 1;
    }
  }
  return out;
}

interface Hit {
  start: number; // token index
  end: number;
  confidence: number;
  value: string;
  words: string[];
  weak?: boolean;
  kind?: OffPlatformKind;
}

/** C8 over sentences already cut from the fold view (the combined phrase entry cuts them once for C8 and C9). */
export function findRequests(fold: MappedText, sentences: readonly Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const matched = REQUEST_MATCHER(sentence);
    if (matched.length === 0) continue;
    // Read only here: a sentence's tokens are made when first read (./tokens.ts), and most match nothing.
    const tokens = sentence.tokens;
    const hits: Hit[] = [];
    for (const [lang, matches] of matched) {
      const guards = new SentenceGuards(tokens, lang.guards);
      for (const m of matches) {
        if (!guards.passes(m, m.frame.meta.anchorGuard === true)) continue;
        const valued = m.parts.find((p) => p.value !== undefined);
        if (valued?.value !== undefined && m.frame.meta.notValues?.includes(valued.value)) continue;
        const words = contextOf(fold, tokens, m.parts);
        hits.push({
          start: m.start,
          end: extendList(lang, tokens, m, fold, words),
          confidence: m.frame.meta.confidence,
          value: valued?.value ?? "contact",
          words,
        });
      }
    }
    if (hits.length === 0) continue;
    const purpose = purposeWords(fold, sentences, s);
    for (const h of mergeOverlapping(hits)) {
      out.push({
        type: "contact_request",
        view: "fold",
        start: tokens[h.start]!.start,
        end: tokens[h.end - 1]!.end,
        value: `request:${h.value}`,
        confidence: h.confidence,
        recognizer: "phrase.contact_request",
        contextWords: [...h.words, ...purpose.filter((w) => !h.words.includes(w))],
      });
    }
  }
  return out;
}

/** Overlapping hits become one: the union span, the value of the most confident (then earliest) hit. */
function mergeOverlapping(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.confidence > last.confidence) {
        last.confidence = h.confidence;
        last.value = h.value;
      }
      last.end = Math.max(last.end, h.end);
      for (const w of h.words) if (last.words.length < MAX_CONTEXT_WORDS && !last.words.includes(w)) last.words.push(w);
      continue;
    }
    out.push({ ...h, words: [...h.words] });
  }
  return out;
}

export const contactRequestRecognizer: Recognizer = {
  id: "phrase.contact_request",
  types: ["contact_request"],
  find: (input) => findRequests(input.fold, sentencesOf(input.fold)),
};

// ---------------------------------------------------------------------------------------------
// C9: proposals to move off the platform.

interface OffPlatformLanguage {
  lang: Lang;
  frames: CompiledFrame<OffPlatformFrame>[];
  guards: Guards;
}

const familyIs = (...families: string[]) => (p: Platform) => families.includes(p.family);
const SHARED_OFF_CLASSES: Record<string, PhraseSet> = {
  ...Object.fromEntries(Object.entries(SHARED_CLASSES).map(([k, v]) => [k, new PhraseSet(v)])),
  channel: new PhraseSet([...platformEntries(familyIs("messenger"), "allowed", new Set(AMBIGUOUS_CHANNEL_NOUNS)).map(([a]) => a), ...CHANNEL_WORDS]),
  /** A message on a messenger or social app, after "send me a": "un wasap", "een appje", "un snap". */
  chatmessage: new PhraseSet(platformEntries(familyIs("messenger", "social"), "allowed", new Set(MESSAGE_NICKNAMES)).map(([a]) => a)),
  social: new PhraseSet(platformEntries(familyIs("social"), "allowed").map(([a]) => a)),
  meetingtool: new PhraseSet(platformEntries(familyIs("meeting"), "none").map(([a]) => a)),
  platformverb: new PhraseSet(PLATFORMS.filter((p) => p.verb).flatMap((p) => p.aliases.filter(usable))),
};
const SKILL_BEFORE = new PhraseSet(SHARED_CLASSES.skillBefore ?? []);

const OFF_PLATFORM_LANGUAGES: OffPlatformLanguage[] = OFF_PLATFORM_LEXICONS.map((lex: OffPlatformLexicon) => {
  const classes: Record<string, PhraseSet> = { ...SHARED_OFF_CLASSES };
  for (const [name, words] of Object.entries(lex.classes)) classes[name] = new PhraseSet(words);
  const vocab: Vocabulary = { classes, specials: {}, barriers: new PhraseSet(lex.barriers) };
  const frames = lex.frames.map((f) => compileFrame(f.pattern, f, vocab)).filter((f) => f !== null);
  return {
    lang: lex.lang,
    frames,
    guards: { ...guardsOf(lex, 5), clauseBound: true },
  };
});

const OFF_PLATFORM_MATCHER = languageMatcher<OffPlatformLanguage, OffPlatformFrame>(OFF_PLATFORM_LANGUAGES);

const SKILL_AFTER = SHARED_OFF_CLASSES.skill!;

/**
 * "integrated PayPal", "payment via PayPal on our website checkout": a payment app or meeting
 * tool named as a skill or a product feature, with the skill word a little before or after it.
 */
function namedAsSkill(tokens: readonly Token[], m: FrameMatch<OffPlatformFrame>): boolean {
  const app = m.parts.find((p) => p.name === "payapp" || p.name === "payappAlone" || p.name === "meetingtool");
  if (!app) return false;
  if (anyPhraseIn(SKILL_BEFORE, tokens, app.start - 3, app.start)) return true;
  return app.name !== "meetingtool" && anyPhraseIn(SKILL_AFTER, tokens, app.end, app.end + 4);
}

/** Cues this close (in words) belong to one proposal. */
const CLUSTER_GAP = 8;

/** C9 over sentences already cut from the fold view. */
export function findOffPlatform(fold: MappedText, sentences: readonly Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    const matched = OFF_PLATFORM_MATCHER(sentence);
    if (matched.length === 0) continue;
    const tokens = sentence.tokens;
    const hits: Hit[] = [];
    for (const [lang, matches] of matched) {
      const guards = new SentenceGuards(tokens, lang.guards, fold.text);
      for (const m of matches) {
        const f = m.frame.meta;
        if (!guards.passes(m, f.anchorGuard === true)) continue;
        if (namedAsSkill(tokens, m)) continue;
        hits.push({
          start: m.start,
          end: m.end,
          confidence: f.confidence,
          value: f.kind,
          kind: f.kind,
          weak: f.weak === true,
          words: contextOf(fold, tokens, m.parts),
        });
      }
    }
    if (hits.length === 0) continue;
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    let cluster: Hit[] = [];
    const flush = () => {
      const c = candidateOf(cluster, tokens);
      if (c) out.push(c);
      cluster = [];
    };
    let clusterEnd = -1;
    for (const h of hits) {
      if (cluster.length > 0 && h.start > clusterEnd + CLUSTER_GAP) flush();
      cluster.push(h);
      clusterEnd = Math.max(clusterEnd, h.end);
    }
    flush();
  }
  return out;
}

function candidateOf(cluster: Hit[], tokens: readonly Token[]): Candidate | null {
  if (cluster.length === 0) return null;
  let strongMax = -1;
  let weakMax = 0;
  let start = Infinity;
  let end = -1;
  const strongKinds = new Set<OffPlatformKind>();
  const allKinds = new Set<OffPlatformKind>();
  const words: string[] = [];
  for (const h of cluster) {
    if (h.weak) weakMax = Math.max(weakMax, h.confidence);
    else {
      strongMax = Math.max(strongMax, h.confidence);
      strongKinds.add(h.kind!);
    }
    allKinds.add(h.kind!);
    start = Math.min(start, h.start);
    end = Math.max(end, h.end);
    for (const w of h.words) if (words.length < MAX_CONTEXT_WORDS && !words.includes(w)) words.push(w);
  }
  let confidence: number;
  let kinds: Set<OffPlatformKind>;
  if (strongMax >= 0) {
    confidence = Math.min(0.95, strongMax + (cluster.length > 1 ? 0.05 : 0));
    kinds = strongKinds;
  } else {
    // Weak cues only: two different ones ("Venmo, no fees") make a proposal; one alone is a hint.
    confidence = allKinds.size >= 2 ? 0.75 : weakMax;
    kinds = allKinds;
  }
  const kind = KIND_PRIORITY.find((k) => kinds.has(k)) ?? "channel";
  return {
    type: "off_platform",
    view: "fold",
    start: tokens[start]!.start,
    end: tokens[end - 1]!.end,
    value: `off_platform:${kind}`,
    confidence,
    recognizer: "phrase.off_platform",
    contextWords: words,
  };
}

export const offPlatformRecognizer: Recognizer = {
  id: "phrase.off_platform",
  types: ["off_platform"],
  find: (input) => findOffPlatform(input.fold, sentencesOf(input.fold)),
};
