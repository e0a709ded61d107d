import type { MappedText } from "../../normalize/view.js";
import { fold } from "../../normalize/fold.js";

/*
 * Token-level view of the fold text for the phrase recognizers. Requests and proposals are
 * grammar over words, so matching happens on word tokens (one pass to cut them, then table
 * look-ups), never on characters: no backtracking regex ever sees the raw text.
 */

/** A word of the fold view: letters, marks and digits; `'`, `-`, `.` and the like separate words. */
export interface Token {
  readonly text: string;
  /** Offsets into the fold view. */
  readonly start: number;
  readonly end: number;
  /** wordHash of `text`, computed while cutting (./frames.ts looks words up by it without hashing a fresh string). */
  readonly hash?: number;
}

/**
 * A token of sentencesOf: its text is cut from the view when first read. Most words of a text are in
 * no vocabulary (./frames.ts numbers them by `hash`) and are never read again, so most are never cut:
 * the strings were most of what the phrase pass allocated.
 */
class CutToken implements Token {
  private cut: string | undefined = undefined;
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly hash: number,
  ) {}
  get text(): string {
    return (this.cut ??= this.source.slice(this.start, this.end));
  }
}

/** A stretch between sentence marks (`. ! ? ; ¿ ¡` and line breaks). */
export interface Sentence {
  readonly tokens: readonly Token[];
  /** The sentence ends with a question mark. */
  readonly question: boolean;
  /** The tokens' vocabulary numbers, filled by the first frame index that reads the sentence (./frames.ts). */
  wordIds?: { readonly vocabulary: number; readonly ids: readonly number[] };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/**
 * Scripts written without spaces between words (Han, kana): each character is a token of its own,
 * and the lexicon writes its phrases the same way ("微信" → 微 信), so a phrase matches wherever its
 * characters stand in a row. "ー" and "々" belong to the word before them, as kana and Han do.
 */
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]/u;
/** Hangul is spaced, but its particles stick to Latin words ("ID를", "LINE으로"): a token never crosses between the two. */
const HANGUL_CHAR = /\p{Script=Hangul}/u;

/** unitClass of an ASCII unit: letters and digits are word units (1), the rest are not (0). */
const asciiClass = (c: number) => ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0);

/** 0 not a word unit, 1 a word unit, 2 a one-character token (Han, kana), 3 Hangul. */
function unitClass(text: string, i: number, c: number): number {
  if (c < 0x80) return asciiClass(c);
  if (c === 0x30fc) return 2;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  if (!WORD_CHAR.test(ch)) return 0;
  if (c >= 0x1100 && c < 0xfb00) {
    if (UNSPACED_CHAR.test(ch)) return 2;
    if (HANGUL_CHAR.test(ch)) return 3;
  } else if (c >= 0x20000 && UNSPACED_CHAR.test(ch)) return 2;
  return 1;
}

/** Cuts a text into word tokens: [start, end) pairs, as sentencesOf and the lexicon both read them. */
function wordRanges(text: string, from: number, to: number, visit: (start: number, end: number) => void, onOther?: (c: number) => void): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = unitClass(text, i, c);
    if (cls !== 0) {
      const start = i;
      i += widthOf(c);
      if (cls !== 2) {
        while (i < to) {
          const d = text.charCodeAt(i);
          if (unitClass(text, i, d) !== cls) break;
          i += widthOf(d);
        }
      }
      visit(start, i);
      continue;
    }
    if (c === AT && isBareAt(text, i, from, to)) visit(i, i + 1);
    i += widthOf(c);
    if (onOther) onOther(c);
  }
}

const AT = 64;
/** "ur @?", "drop your @": an "@" standing alone is a word (the handle it asks for); "@kenji" and "a@b" are not. */
const isBareAt = (text: string, i: number, from: number, to: number) =>
  (i === from || unitClass(text, i - 1, text.charCodeAt(i - 1)) === 0) && (i + 1 >= to || unitClass(text, i + 1, text.charCodeAt(i + 1)) === 0);

/** UTF-16 units of the code point a unit starts (2 for a high surrogate). */
const widthOf = (c: number) => (c >= 0xd800 && c <= 0xdbff ? 2 : 1);

/** Sentence marks: `. ! ? ;`, line breaks, `¿ ¡`, the Arabic question mark and semicolon `؟ ؛`, and the ideographic full stop `。`. */
const isMarkUnit = (c: number) =>
  c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 0xbf || c === 0xa1 || c === 0x61f || c === 0x61b || c === 0x3002;
/** `?` and the Arabic `؟`. */
const isQuestionUnit = (c: number) => c === 63 || c === 0x61f;

/**
 * Cuts the fold view into sentences of word tokens (the combined phrase entry cuts once for both
 * recognizers: ../index.ts).
 * A char-code loop rather than a Unicode-property regex: the fold view is almost all ASCII, and
 * this runs over every byte of every text.
 */
export function sentencesOf(view: MappedText): Sentence[] {
  const text = view.text;
  const n = text.length;
  const out: Sentence[] = [];
  let tokens: Token[] = [];
  // wordRanges' cut, written out here without its callbacks: this loop reads every unit of every text
  // with a lexicon word, and a call per token and per other unit cost more than the cutting itself.
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 0x80 ? asciiClass(c) : unitClass(text, i, c);
    if (cls !== 0) {
      const start = i;
      i += widthOf(c);
      if (cls === 1) {
        // The common case: an ASCII word, read without leaving this loop.
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 0x80) {
            if (asciiClass(d) === 0) break;
            i++;
          } else {
            if (unitClass(text, i, d) !== 1) break;
            i += widthOf(d);
          }
        }
      } else if (cls !== 2) {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (unitClass(text, i, d) !== cls) break;
          i += widthOf(d);
        }
      }
      tokens.push(new CutToken(text, start, i, hashRange(text, start, i)));
      continue;
    }
    if (c === AT && isBareAt(text, i, 0, n)) tokens.push(new CutToken(text, i, i + 1, hashRange(text, i, i + 1)));
    i += widthOf(c);
    if (!isMarkUnit(c)) continue;
    if (tokens.length > 0) {
      out.push({ tokens, question: isQuestionUnit(c), wordIds: undefined });
      tokens = [];
    } else if (isQuestionUnit(c) && out.length > 0) {
      // "your number ??" or "número ?!": a later question mark still closes the previous sentence.
      const last = out[out.length - 1]!;
      if (!last.question) out[out.length - 1] = { tokens: last.tokens, question: true, wordIds: undefined };
    }
  }
  if (tokens.length > 0) out.push({ tokens, question: false, wordIds: undefined });
  return out;
}

/**
 * A cheap hash of a word's UTF-16 units. Looking a freshly cut string up in a Map makes the engine
 * hash it in a runtime call, which cost more than the rest of the cut; this one is a few integer
 * steps per unit over units the cut has just read.
 */
function hashRange(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

export const wordHash = (word: string): number => hashRange(word, 0, word.length);

/** The words of a (folded) phrase, cut as sentencesOf cuts the text. */
function splitWords(text: string): string[] {
  const out: string[] = [];
  wordRanges(text, 0, text.length, (start, end) => out.push(text.slice(start, end)));
  return out;
}

const WORDS = /[\p{L}\p{M}\p{N}]+|(?<![\p{L}\p{M}\p{N}])@(?![\p{L}\p{M}\p{N}])/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** Splits a lexicon phrase into tokens exactly as the text is split ("what's" → what, s), through the same fold. */
export function phraseTokens(phrase: string): string[] {
  return phraseVariants(phrase)[0] ?? [];
}

/**
 * The token forms a phrase can take in a folded text. Fold reads look-alike Cyrillic as Latin
 * only inside mostly-Latin text ("send me your ватсап" → "batcan"), so a non-Latin phrase has
 * two forms: as written, and as it reads inside a Latin sentence.
 */
export function phraseVariants(phrase: string): string[][] {
  // Plain ASCII folds to its lower case (no lexicon phrase has five one-letter words to collapse).
  if (!NON_ASCII.test(phrase)) {
    const own = phrase.toLowerCase().match(WORDS);
    return own ? [own] : [];
  }
  const own = splitWords(fold(phrase).text);
  const out: string[][] = own.length > 0 ? [own] : [];
  const inLatin = splitWords(fold(`latinlatinlatin ${phrase}`).text).slice(1);
  if (inLatin.length > 0 && inLatin.join(" ") !== own.join(" ")) out.push(inLatin);
  return out;
}

const NONE: number[] = [];

/**
 * A set of phrases (token sequences) indexed by first token. `at` lists the ends of every phrase
 * that starts at a position, longest first, so callers can prefer "phone number" over "phone".
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  readonly size: number;

  constructor(phrases: Iterable<string>) {
    const seen = new Set<string>();
    for (const p of phrases) {
      for (const toks of phraseVariants(p)) {
        const key = toks.join(" ");
        if (seen.has(key)) continue;
        seen.add(key);
        const first = toks[0]!;
        const list = this.byFirst.get(first) ?? [];
        list.push(toks);
        this.byFirst.set(first, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.size = seen.size;
  }

  /** Ends (exclusive token indexes) of the phrases starting at `i`, longest first. */
  at(tokens: readonly Token[], i: number): readonly number[] {
    const first = tokens[i];
    if (!first) return NONE;
    const list = this.byFirst.get(first.text);
    if (!list) return NONE;
    const ends: number[] = [];
    for (const toks of list) {
      if (i + toks.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < toks.length; k++) {
        if (tokens[i + k]!.text !== toks[k]) {
          ok = false;
          break;
        }
      }
      if (ok && !ends.includes(i + toks.length)) ends.push(i + toks.length);
    }
    return ends;
  }

  /** The longest phrase starting at `i`, or -1. */
  longest(tokens: readonly Token[], i: number): number {
    return this.at(tokens, i)[0] ?? -1;
  }

  has(token: string): boolean {
    const list = this.byFirst.get(token);
    return list !== undefined && list.some((t) => t.length === 1);
  }

  /** First tokens of the phrases (for indexing frames by the word they start with). */
  firstTokens(): IterableIterator<string> {
    return this.byFirst.keys();
  }
}
