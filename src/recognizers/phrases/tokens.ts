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
  /** The word's number in the phrase vocabulary (below), NO_WORD for a word no phrase holds. */
  readonly id: number;
}

/**
 * A token of sentencesOf: its text is cut from the view when first read. Most words of a text are in
 * no phrase and are never read again (phrases match by `id`), so most are never cut: the strings were
 * most of what the phrase pass allocated.
 */
class CutToken implements Token {
  private cut: string | undefined = undefined;
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly id: number,
  ) {}
  get text(): string {
    return (this.cut ??= this.source.slice(this.start, this.end));
  }
}

/** A stretch between sentence marks (`. ! ? ;`, `¿ ¡` and line breaks). */
export interface Sentence {
  readonly tokens: readonly Token[];
  /** The sentence ends with a question mark. */
  readonly question: boolean;
  /**
   * The text's tokens, three numbers each: `cut[3 * (from + k)]` is `tokens[k].id`, then its start and
   * end (so frames read the numbers without making the tokens). One array per text: a typed array
   * each for numbers, starts and ends cost more to make than the rest of the cut.
   */
  readonly cut: Int32Array;
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
}

/**
 * A sentence of sentencesOf: its tokens are made when first read. Frames are tried by vocabulary
 * number (./frames.ts reads `ids`), and most sentences start no frame, so most are never made: a token
 * object per word of every text was most of what the cut cost.
 */
class CutSentence implements Sentence {
  private made: Token[] | undefined = undefined;
  constructor(
    private readonly source: string,
    readonly cut: Int32Array,
    readonly from: number,
    readonly to: number,
    public question: boolean,
  ) {}
  get tokens(): readonly Token[] {
    if (this.made === undefined) {
      const { source, cut, from } = this;
      const made = new Array<Token>(this.to - from);
      for (let k = 0, at = 3 * from; k < made.length; k++, at += 3) made[k] = new CutToken(source, cut[at + 1]!, cut[at + 2]!, cut[at]!);
      this.made = made;
    }
    return this.made;
  }
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

/** What an ASCII unit is to sentencesOf: see UNIT_KIND. */
const OTHER_UNIT = 0;
const WORD_UNIT = 1;
const MARK_UNIT = 2;
const QUESTION_UNIT = 3;
const AT_UNIT = 4;
/**
 * ASCII units by what they are to the cut: word units (asciiClass 1), sentence marks (isMarkUnit),
 * the question mark, "@", and the rest. One table read per unit instead of a chain of comparisons.
 */
const UNIT_KIND: Uint8Array = (() => {
  const kinds = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    kinds[c] = asciiClass(c) === 1 ? WORD_UNIT : isQuestionUnit(c) ? QUESTION_UNIT : isMarkUnit(c) ? MARK_UNIT : c === AT ? AT_UNIT : OTHER_UNIT;
  }
  return kinds;
})();

/**
 * Cuts the fold view into sentences of word tokens (the combined phrase entry cuts once for both
 * recognizers: ../index.ts). With `owned` false the sentences share one scratch array with every later
 * cut: they must be read, tokens included, before sentencesOf runs again.
 * A char-code loop rather than a Unicode-property regex: the fold view is almost all ASCII, and
 * this runs over every byte of every text. The same cut as sentencesOfReference (held to it by a test).
 */
export function sentencesOf(view: MappedText, owned = true): Sentence[] {
  return cutText(view.text, owned);
}

/** sentencesOf over the view's text (views of several shapes reach sentencesOf: its loop sees only a string). */
function cutText(text: string, owned: boolean): Sentence[] {
  vocabularyInUse = true;
  const n = text.length;
  // Token numbers, starts and ends in a scratch array, copied out at the end (unless `owned` is false):
  // one array per text instead of an object per token.
  let cut = CUT;
  let count = 0;
  /** Sentences as [first token, end token, question] triples, made into objects at the end. */
  const marks: number[] = [];
  let sentenceFrom = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let start: number;
    let id: number;
    if (c < 0x80) {
      const kind = UNIT_KIND[c]!;
      if (kind === WORD_UNIT) {
        // The common case: an ASCII word, read (and hashed) without leaving this loop.
        start = i;
        let h = c;
        let ascii = true;
        i++;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 0x80) {
            if (UNIT_KIND[d] !== WORD_UNIT) break;
            h = (Math.imul(h, 31) + d) | 0;
            i++;
          } else {
            if (unitClass(text, i, d) !== 1) break;
            ascii = false;
            i += widthOf(d);
          }
        }
        id = ascii ? VOCABULARY.idOfHashed(text, start, i, spread(h)) : VOCABULARY.idOfRange(text, start, i);
      } else {
        i++;
        if (kind === OTHER_UNIT) continue;
        if (kind === AT_UNIT) {
          if (!isBareAt(text, i - 1, 0, n)) continue;
          start = i - 1;
          id = VOCABULARY.idOfRange(text, start, i);
        } else {
          if (count > sentenceFrom) {
            marks.push(sentenceFrom, count, kind === QUESTION_UNIT ? 1 : 0);
            sentenceFrom = count;
          } else if (kind === QUESTION_UNIT && marks.length > 0) {
            // "your number ??" or "número ?!": a later question mark still closes the previous sentence.
            marks[marks.length - 1] = 1;
          }
          continue;
        }
      }
    } else {
      const cls = unitClass(text, i, c);
      if (cls === 0) {
        i += widthOf(c);
        if (!isMarkUnit(c)) continue;
        if (count > sentenceFrom) {
          marks.push(sentenceFrom, count, isQuestionUnit(c) ? 1 : 0);
          sentenceFrom = count;
        } else if (isQuestionUnit(c) && marks.length > 0) {
          marks[marks.length - 1] = 1;
        }
        continue;
      }
      start = i;
      i = otherWordEnd(text, i, c, cls, n);
      id = VOCABULARY.idOfRange(text, start, i);
    }
    const at = 3 * count;
    if (at === cut.length) cut = grow(cut);
    cut[at] = id;
    cut[at + 1] = start;
    cut[at + 2] = i;
    count++;
  }
  if (count > sentenceFrom) marks.push(sentenceFrom, count, 0);
  CUT = cut;
  const out: Sentence[] = [];
  if (marks.length === 0) return out;
  // A typed array made per text cost a fifth of the cut: a reader done with the sentences before the next
  // text is cut (the phrase recognizer) reads the scratch itself.
  const own = owned ? cut.slice(0, 3 * count) : cut;
  for (let k = 0; k < marks.length; k += 3) out.push(new CutSentence(text, own, marks[k]!, marks[k + 1]!, marks[k + 2] === 1));
  return out;
}

/**
 * sentencesOf as it was before its units were read through UNIT_KIND: the definition the tests hold
 * sentencesOf to (test/recognizers/phrases-gates.test.ts). Not used by the recognizers.
 */
export function sentencesOfReference(view: MappedText): Sentence[] {
  vocabularyInUse = true;
  const text = view.text;
  const n = text.length;
  // Token numbers, starts and ends in a scratch array, copied out at the end: one array per text
  // instead of an object per token.
  let cut = CUT;
  let count = 0;
  /** Sentences as [first token, end token, question] triples, made into objects at the end. */
  const marks: number[] = [];
  let sentenceFrom = 0;
  // wordRanges' cut, written out here without its callbacks: this loop reads every unit of every text
  // with a lexicon word, and a call per token and per other unit cost more than the cutting itself.
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 0x80 ? asciiClass(c) : unitClass(text, i, c);
    let start = -1;
    /** Whether the word is all ASCII, and hashRange's steps over its units (a word with other units is hashed again). */
    let ascii = c < 0x80;
    let h = c;
    if (cls !== 0) {
      start = i;
      i += widthOf(c);
      if (cls === 1) {
        // The common case: an ASCII word, read (and hashed) without leaving this loop.
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 0x80) {
            if (asciiClass(d) === 0) break;
            h = (Math.imul(h, 31) + d) | 0;
            i++;
          } else {
            if (unitClass(text, i, d) !== 1) break;
            ascii = false;
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
    } else if (c === AT && isBareAt(text, i, 0, n)) start = i;
    if (start >= 0) {
      const end = cls !== 0 ? i : i + 1;
      const at = 3 * count;
      if (at === cut.length) cut = grow(cut);
      cut[at] = ascii ? VOCABULARY.idOfHashed(text, start, end, spread(h)) : VOCABULARY.idOfRange(text, start, end);
      cut[at + 1] = start;
      cut[at + 2] = end;
      count++;
      if (cls !== 0) continue;
    }
    i += widthOf(c);
    if (!isMarkUnit(c)) continue;
    if (count > sentenceFrom) {
      marks.push(sentenceFrom, count, isQuestionUnit(c) ? 1 : 0);
      sentenceFrom = count;
    } else if (isQuestionUnit(c) && marks.length > 0) {
      // "your number ??" or "número ?!": a later question mark still closes the previous sentence.
      marks[marks.length - 1] = 1;
    }
  }
  if (count > sentenceFrom) marks.push(sentenceFrom, count, 0);
  CUT = cut;
  const out: Sentence[] = [];
  if (marks.length === 0) return out;
  const own = cut.slice(0, 3 * count);
  for (let k = 0; k < marks.length; k += 3) out.push(new CutSentence(text, own, marks[k]!, marks[k + 1]!, marks[k + 2] === 1));
  return out;
}

/**
 * The end of the word of class `cls` (unitClass) that starts at unit i with c, not ASCII: apart from
 * cutText's loop, which then compiles without these rare units' branches.
 */
function otherWordEnd(text: string, i: number, c: number, cls: number, n: number): number {
  i += widthOf(c);
  if (cls === 2) return i;
  while (i < n) {
    const d = text.charCodeAt(i);
    if ((d < 0x80 ? asciiClass(d) : unitClass(text, i, d)) !== cls) break;
    i += widthOf(d);
  }
  return i;
}

/** Scratch for sentencesOf, kept between texts (grown, never shrunk). */
let CUT: Int32Array = new Int32Array(3 * 1024);

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Every word token of the view, sentences ignored (readers that look for phrases anywhere in a message). */
export function wordTokensOf(view: MappedText): Token[] {
  return sentencesOf(view).flatMap((s) => s.tokens);
}

/**
 * A cheap hash of a word's UTF-16 units. Looking a freshly cut string up in a Map makes the engine
 * hash it in a runtime call, which cost more than the rest of the cut; this one is a few integer
 * steps per unit over units the cut has just read. The last step spreads the bits: words of one or two
 * letters would otherwise crowd a few neighbouring slots of the table below.
 */
function hashRange(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return spread(h);
}

/** The last step of hashRange (sentencesOf steps the units of an ASCII word itself, as it reads them). */
const spread = (h: number) => Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ (h >>> 12);

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

/**
 * Words numbered 0, 1, 2… in the order they are added, found again from a stretch of text by its
 * hash: an open-addressing table of hashes and numbers, so numbering a token neither hashes nor
 * cuts a string (a Map keyed by strings did both for every word of every text). A slot holds id + 1
 * (0 is empty); equal hashes of different words sit in later slots, told apart by the word itself.
 */
class WordTable {
  private readonly words: string[] = [];
  /** Slot k is slots[2k] (a hash) and slots[2k + 1] (id + 1, 0 for empty): one cache line per probe. */
  private slots = new Int32Array(2 << 12);
  /**
   * One bit per value of a hash's top 16 bits, set for every word's hash: half the words of a text are
   * no word of the table, and this 8 KB stays in the first-level cache, where a probe of the table (a
   * random slot each) missed it. A clear bit ends the look-up.
   */
  private readonly filter = new Int32Array(1 << 11);
  /**
   * The words' UTF-16 units, end to end: word n is codes[starts[n] .. starts[n + 1]). A found hash is
   * confirmed by comparing units in this loop; `startsWith` on the text was a builtin call per word.
   */
  private codes = new Uint16Array(1 << 14);
  private starts = new Int32Array(1 << 12);
  /** The longest word: a longer stretch of text is no word of the table, and is not hashed into it. */
  private longest = 0;

  get size(): number {
    return this.words.length;
  }

  all(): readonly string[] {
    return this.words;
  }

  /** The number of `word`, added if new. */
  add(word: string): number {
    const known = this.idOfRange(word, 0, word.length);
    if (known >= 0) return known;
    const id = this.words.length;
    this.words.push(word);
    this.longest = Math.max(this.longest, word.length);
    if (id + 2 > this.starts.length) this.starts = grownCopy(this.starts, this.starts.length * 2);
    const at = this.starts[id]!;
    if (at + word.length > this.codes.length) this.codes = grownCopy(this.codes, Math.max(this.codes.length * 2, at + word.length));
    for (let k = 0; k < word.length; k++) this.codes[at + k] = word.charCodeAt(k);
    this.starts[id + 1] = at + word.length;
    // At most half full, so a probe ends within a step or two.
    if (this.words.length * 4 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      this.words.forEach((w, k) => this.place(hashRange(w, 0, w.length), k));
    } else this.place(hashRange(word, 0, word.length), id);
    return id;
  }

  private place(hash: number, id: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let k = hash & mask;
    while (slots[2 * k + 1] !== 0) k = (k + 1) & mask;
    slots[2 * k] = hash;
    slots[2 * k + 1] = id + 1;
    this.filter[hash >>> 21] = this.filter[hash >>> 21]! | (1 << ((hash >>> 16) & 31));
  }

  /** The number of the word text[from, to), NO_WORD when the table does not hold it. */
  idOfRange(text: string, from: number, to: number): number {
    return this.idOfHashed(text, from, to, hashRange(text, from, to));
  }

  /** idOfRange with the stretch's hashRange already known. */
  idOfHashed(text: string, from: number, to: number, hash: number): number {
    const length = to - from;
    if (length > this.longest || (this.filter[hash >>> 21]! & (1 << ((hash >>> 16) & 31))) === 0) return NO_WORD;
    const { slots, codes, starts } = this;
    const mask = (slots.length >> 1) - 1;
    for (let k = hash & mask; ; k = (k + 1) & mask) {
      const slot = slots[2 * k + 1]!;
      if (slot === 0) return NO_WORD;
      if (slots[2 * k] === hash) {
        const at = starts[slot - 1]!;
        if (starts[slot]! - at === length) {
          let j = 0;
          while (j < length && text.charCodeAt(from + j) === codes[at + j]) j++;
          if (j === length) return slot - 1;
        }
      }
    }
  }
}

function grownCopy<A extends Int32Array | Uint16Array>(a: A, length: number): A {
  const b = new (a.constructor as new (n: number) => A)(length);
  b.set(a);
  return b;
}

export const NO_WORD = -1;

/**
 * Every word of every phrase set, numbered: sentencesOf numbers each token as it cuts it, and phrases
 * then match by comparing numbers. The sets are built when their modules load, before any text is
 * cut; a word added after that would be missing from tokens already numbered, so it is refused.
 */
const VOCABULARY = new WordTable();
let vocabularyInUse = false;

/** The vocabulary number of a phrase word, added if new (only while no text has been cut). */
export function wordId(word: string): number {
  const known = VOCABULARY.idOfRange(word, 0, word.length);
  if (known >= 0) return known;
  if (vocabularyInUse) throw new Error(`phrase vocabulary is fixed once text is cut; new word: ${word}`);
  return VOCABULARY.add(word);
}

/** Every word of the phrase vocabulary (for tests that build texts from the lexicons' own words). */
export function vocabularyWords(): readonly string[] {
  return VOCABULARY.all();
}

/** A phrase of a PhraseSet: its words, their vocabulary numbers, and the words joined by spaces. */
export interface Phrase {
  readonly ids: Int32Array;
  readonly key: string;
}

const NONE: never[] = [];

/**
 * A set of phrases (token sequences) indexed by first token. `at` lists the ends of every phrase
 * that starts at a position, longest first, so callers can prefer "phone number" over "phone".
 * Tokens are compared by vocabulary number: matching reads no string.
 */
export class PhraseSet {
  /** Phrases by the number of their first word, longest first. */
  private readonly byFirst = new Map<number, Phrase[]>();
  /** The first words, in the order first seen. */
  private readonly firsts: string[] = [];
  readonly size: number;
  /** The most words a phrase of the set has (0 for an empty set). */
  readonly longestPhrase: number;

  constructor(phrases: Iterable<string>) {
    const seen = new Set<string>();
    for (const p of phrases) {
      for (const toks of phraseVariants(p)) {
        const key = toks.join(" ");
        if (seen.has(key)) continue;
        seen.add(key);
        const phrase: Phrase = { ids: Int32Array.from(toks, wordId), key };
        const list = this.byFirst.get(phrase.ids[0]!);
        if (list) list.push(phrase);
        else {
          this.byFirst.set(phrase.ids[0]!, [phrase]);
          this.firsts.push(toks[0]!);
        }
      }
    }
    let longest = 0;
    for (const list of this.byFirst.values()) {
      list.sort((a, b) => b.ids.length - a.ids.length);
      longest = Math.max(longest, list[0]!.ids.length);
    }
    this.size = seen.size;
    this.longestPhrase = longest;
  }

  /** Whether every word of `p` after the first stands in `tokens` from `i + 1` on. */
  private static restAt(p: Phrase, tokens: readonly Token[], i: number): boolean {
    const ids = p.ids;
    if (i + ids.length > tokens.length) return false;
    for (let k = 1; k < ids.length; k++) if (tokens[i + k]!.id !== ids[k]) return false;
    return true;
  }

  private startingWith(token: Token | undefined): Phrase[] | undefined {
    return token === undefined || token.id === NO_WORD ? undefined : this.byFirst.get(token.id);
  }

  /** Ends (exclusive token indexes) of the phrases starting at `i`, longest first. */
  at(tokens: readonly Token[], i: number): readonly number[] {
    const list = this.startingWith(tokens[i]);
    if (!list) return NONE;
    // Allocated on the first hit only: most calls find nothing.
    let ends: number[] | undefined;
    for (const p of list) {
      if (!PhraseSet.restAt(p, tokens, i)) continue;
      const end = i + p.ids.length;
      if (!ends) ends = [end];
      else if (!ends.includes(end)) ends.push(end);
    }
    return ends ?? NONE;
  }

  /** The phrases starting at `i`, longest first (one per end: two phrases of one length there are one phrase). */
  phrasesAt(tokens: readonly Token[], i: number): readonly Phrase[] {
    const list = this.startingWith(tokens[i]);
    if (!list) return NONE;
    let found: Phrase[] | undefined;
    for (const p of list) {
      if (!PhraseSet.restAt(p, tokens, i)) continue;
      if (!found) found = [p];
      else if (!found.some((q) => q.ids.length === p.ids.length)) found.push(p);
    }
    return found ?? NONE;
  }

  /** The longest phrase starting at `i`, or -1. */
  longest(tokens: readonly Token[], i: number): number {
    const list = this.startingWith(tokens[i]);
    if (list) for (const p of list) if (PhraseSet.restAt(p, tokens, i)) return i + p.ids.length;
    return -1;
  }

  /** Whether the set holds the one-word phrase `token`. */
  has(token: Token): boolean {
    const list = this.startingWith(token);
    return list !== undefined && list.some((p) => p.ids.length === 1);
  }

  /** First tokens of the phrases (for indexing frames by the word they start with). */
  firstTokens(): Iterable<string> {
    return this.firsts;
  }
}
