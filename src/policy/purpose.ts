/**
 * E2 and E3 read the purpose of a message from its words (and E7 the exception given earlier in a
 * conversation; E7's talk about the work itself is found by detection, `off_platform:work_channel`, from
 * each locale's `purpose.workTalk` words). No library does this; the tables are
 * data: the systems POLICY.md E3 names (src/locale/systems.ts: code hosting, ad analytics,
 * bookkeeping, cloud drives, e-signature, web hosts and builders) and each locale's `purpose` words
 * ("give you access", "als Steuerberaterin", "добавьте меня", "把我加到"; "NDA", "licencia de actividad").
 *
 * E2 and E3 are read over word tokens of the folded view (the phrase tokenizer's, so Cyrillic, CJK and
 * Arabic words are words, not ASCII `\b` runs), sentence by sentence: a contact finding takes its
 * purpose from its own sentence and the ones next to it, not from anywhere in a long message.
 */
import { LOCALES } from "../locale/index.js";
import { ACCESS_SYSTEMS, COMMUNICATION_TOOLS } from "../locale/systems.js";
import { fold } from "../normalize/fold.js";
import { toOriginal, type MappedText } from "../normalize/view.js";
import { PLATFORMS } from "../recognizers/platforms/index.js";
import { phraseVariants, wordTokensOf, type Token } from "../recognizers/phrases/tokens.js";

/** Systems someone is given access to (E3): one list with the request recognizer's context words. */
export { ACCESS_SYSTEMS };

/** Words that say the contact detail is for granting access (every locale). */
export const ACCESS_CUES: readonly string[] = [...new Set(LOCALES.flatMap((l) => l.purpose?.accessCues ?? []))];

/** Words that say the contact detail serves a legal purpose (E2, every locale). */
export const LEGAL_CUES: readonly string[] = [...new Set(LOCALES.flatMap((l) => l.purpose?.legal ?? []))];

/**
 * Communication tools are never E3 (POLICY E3, issue 18): "I'll add you to our Slack", "canal de Teams",
 * "Discord-Server". The platform tables' names (messengers, meetings, social networks) and the few
 * workplace chats they do not list.
 */
const TOOL_NAMES: readonly string[] = [...PLATFORMS.flatMap((p) => p.aliases), ...COMMUNICATION_TOOLS];

/** One phrase of a purpose list, as tokens; `stem[k]`: token k matches any word it begins ("добав*"). */
interface Entry {
  readonly words: readonly string[];
  readonly stem: readonly boolean[];
}

/** Shortest stem a list may write: shorter ones would match half the language. */
const MIN_STEM = 3;

/**
 * A purpose word list over word tokens. A word ending in `*` is a stem: it matches every word that
 * begins with it, so the data need not spell out each case and person of a verb ("добав*" for
 * добавьте, добавить, добавлю; "ekle*" for ekleyeceğim, ekler misiniz). Phrases are cut into tokens
 * exactly as the text is (phraseVariants), Han and kana one character a token.
 */
export class PurposeList {
  private readonly exact = new Map<string, Entry[]>();
  /** Entries whose first word is a stem, by the stem's first MIN_STEM characters. */
  private readonly stems = new Map<string, Entry[]>();

  constructor(phrases: Iterable<string>) {
    const seen = new Set<string>();
    for (const phrase of phrases) {
      for (const entry of entriesOf(phrase)) {
        const key = entry.words.map((w, k) => (entry.stem[k] ? `${w}*` : w)).join(" ");
        if (seen.has(key)) continue;
        seen.add(key);
        const first = entry.words[0]!;
        const index = entry.stem[0] ? this.stems : this.exact;
        const at = entry.stem[0] ? first.slice(0, MIN_STEM) : first;
        const list = index.get(at) ?? [];
        list.push(entry);
        index.set(at, list);
      }
    }
  }

  /** The end (exclusive token index) of the longest phrase starting at `i`, or -1. */
  matchAt(tokens: readonly Token[], i: number): number {
    // Asked for every token of every sentence of a text with a contact finding (four lists each): no
    // array of the two lists and no closure per call, which were most of this function's time.
    const first = tokens[i]!.text;
    const best = longestAt(this.exact.get(first), tokens, i, -1);
    return first.length >= MIN_STEM ? longestAt(this.stems.get(first.slice(0, MIN_STEM)), tokens, i, best) : best;
  }

  /** Every phrase in tokens [from, to), longest first at each place, as written in `text`. */
  allIn(text: string, tokens: readonly Token[], from: number, to: number): Mark[] {
    const out: Mark[] = [];
    for (let i = from; i < to; i++) {
      const end = this.matchAt(tokens, i);
      if (end < 0 || end > to) continue;
      out.push({ start: i, end, text: text.slice(tokens[i]!.start, tokens[end - 1]!.end) });
      i = end - 1;
    }
    return out;
  }
}

/** A purpose phrase found in a message: token indexes [start, end) over the whole message. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const wordMatches = (token: string, word: string, stem: boolean) => (stem ? token.startsWith(word) : token === word);

/** The end of the longest entry of `list` matching tokens from `i` when it ends after `best`; else `best`. */
function longestAt(list: readonly Entry[] | undefined, tokens: readonly Token[], i: number, best: number): number {
  if (list === undefined) return best;
  for (let n = 0; n < list.length; n++) {
    const e = list[n]!;
    const words = e.words;
    const end = i + words.length;
    if (end > tokens.length || end <= best) continue;
    let k = 0;
    while (k < words.length && wordMatches(tokens[i + k]!.text, words[k]!, e.stem[k]!)) k++;
    if (k === words.length) best = end;
  }
  return best;
}

/** A phrase's token forms, each word's last token marked as a stem when the word ends in `*`. */
function entriesOf(phrase: string): Entry[] {
  const words = phrase.trim().split(/\s+/);
  const starred = words.map((w) => w.length > 1 && w.endsWith("*"));
  const plain = words.map((w, k) => (starred[k] ? w.slice(0, -1) : w));
  const variants = phraseVariants(plain.join(" "));
  // Where each written word's tokens end in the first variant ("e-mail" is two tokens: e, mail).
  const lastTokenOf: number[] = [];
  let count = 0;
  for (const w of plain) {
    count += Math.max(1, phraseVariants(w)[0]?.length ?? 1);
    lastTokenOf.push(count - 1);
  }
  return variants.map((toks) => {
    const stem = toks.map(() => false);
    if (toks.length === count) starred.forEach((s, k) => s && (stem[lastTokenOf[k]!] = true));
    // A stem too short to mean anything is read as a whole word.
    return { words: toks, stem: stem.map((s, k) => s && toks[k]!.length >= MIN_STEM) };
  });
}

const SYSTEMS = new PurposeList(ACCESS_SYSTEMS);
const CUES = new PurposeList(ACCESS_CUES);
const TOOLS = new PurposeList(TOOL_NAMES);
const LEGAL = new PurposeList(LEGAL_CUES);

export interface AccessPurpose {
  system: string;
  cue: string;
}

/**
 * How far (in tokens; a Han or kana character is one) an access cue may stand from the system it
 * gives access to: "add me as an adviser in your Xero", "WordPressの管理画面に … でユーザー追加". Farther
 * apart, the system is more likely a skill the sender mentions ("invite me to chat, I do Shopify").
 */
const CUE_REACH = 16;

/** What one sentence says its contact details are for. */
interface SentencePurpose {
  /** Original-text range of the sentence. */
  readonly start: number;
  readonly end: number;
  readonly systems: readonly Mark[];
  readonly cues: readonly Mark[];
  /** Communication tools, outside any system name ("Facebook Ads" is a system, "Facebook" a tool). */
  readonly tools: readonly Mark[];
  readonly legal: string | null;
}

/**
 * Sentence ends in the fold view: `.` and `;` when a space, a line break or the end follows (so
 * "m.keller@web.de" and "v1.2" do not end a sentence), `! ?` and their ideographic, full-width and
 * Arabic forms, and line breaks.
 */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n" || c === "!" || c === "?" || c === "。" || c === "！" || c === "？" || c === "؟") ends.push(i + 1);
    else if ((c === "." || c === ";") && (i + 1 === text.length || /\s/.test(text[i + 1]!))) ends.push(i + 1);
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

const inside = (m: Mark, spans: readonly Mark[]) => spans.some((s) => m.start < s.end && s.start < m.end);

/** The purpose words of every sentence of a folded message. */
export function readPurposes(view: MappedText, tokens: readonly Token[] = wordTokensOf(view)): SentencePurpose[] {
  const text = view.text;
  const out: SentencePurpose[] = [];
  let t = 0;
  let start = 0;
  for (const end of sentenceEnds(text)) {
    const from = t;
    while (t < tokens.length && tokens[t]!.start < end) t++;
    const orig = toOriginal(view, start, end);
    const systems = SYSTEMS.allIn(text, tokens, from, t);
    out.push({
      start: orig.start,
      end: orig.end,
      systems,
      cues: CUES.allIn(text, tokens, from, t),
      tools: TOOLS.allIn(text, tokens, from, t).filter((m) => !inside(m, systems)),
      legal: LEGAL.allIn(text, tokens, from, t)[0]?.text ?? null,
    });
    start = end;
  }
  return out;
}

/** The sentences a finding in original range [start, end) stands in, with one on either side. */
function around(sentences: readonly SentencePurpose[], start: number, end: number): SentencePurpose[] {
  // The first sentence ending after `start` (binary search: a long message has many findings and sentences).
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end > start) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1]!.start < end) last++;
  return sentences.slice(Math.max(0, first - 1), last + 2);
}

const gap = (a: Mark, b: Mark) => Math.max(0, a.start - b.end, b.start - a.end);

/**
 * E3 for a finding: a system of the six kinds with an access cue near it, in the finding's sentence or
 * the ones beside it, and no communication tool there ("add you to our Slack" is never E3, even with
 * a repo named beside it).
 */
export function accessPurposeAround(sentences: readonly SentencePurpose[], start: number, end: number): AccessPurpose | null {
  const near = around(sentences, start, end);
  if (near.some((s) => s.tools.length > 0)) return null;
  const systems = near.flatMap((s) => s.systems);
  for (const cue of near.flatMap((s) => s.cues)) {
    const system = systems.find((m) => gap(m, cue) <= CUE_REACH);
    if (system) return { system: system.text, cue: cue.text };
  }
  return null;
}

/** E2 for a finding: a legal purpose (NDA, business licence, background or identity check) in its sentence or the next ones. */
export function legalPurposeAround(sentences: readonly SentencePurpose[], start: number, end: number): string | null {
  return around(sentences, start, end).find((s) => s.legal !== null)?.legal ?? null;
}

/** Whether a whole text, anywhere in it, says an email is wanted to grant access to a named system. */
export function systemAccessPurpose(text: string): AccessPurpose | null {
  const sentences = readPurposes(fold(text));
  return sentences.length === 0 ? null : accessPurposeAround(sentences, 0, Number.MAX_SAFE_INTEGER);
}

/**
 * Whether a text says a contact detail is given for an exception's purpose: access to a system (E3)
 * or a legal one (E2), anywhere in it. E7 reads the conversation with it: an exception given earlier
 * ("which email for the GitHub invite?", "je vous envoie le NDA") is the channel a later message may not
 * take the work to.
 */
export function exceptionPurposeIn(text: string): boolean {
  const sentences = readPurposes(fold(text));
  if (sentences.length === 0) return false;
  return sentences.some((s) => s.legal !== null) || accessPurposeAround(sentences, 0, Number.MAX_SAFE_INTEGER) !== null;
}
