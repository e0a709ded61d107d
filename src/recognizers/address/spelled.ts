import { DISGUISE_BIT, ViewBuilder, type MappedText } from "../../normalize/view.js";
import { NUMBER_WORDS, compoundNumberWord } from "../../normalize/tables/number-words.js";
import { prefixShared } from "../../core/regex.js";
import { codePointBefore, isLetterOrMark } from "../../normalize/edges.js";
import { LOCALES } from "../../locale/index.js";
import { CharTrie } from "./char-trie.js";

/*
 * House and flat numbers written in words ("twenty-seven Oak Ridge Drive", "calle Toledo número
 * ochenta y cuatro", "Gneisenaustraße siebenundsechzig", "дом тридцать восемь"). The digits view
 * spells out only runs long enough to be a phone number, so the address recognizer makes its own
 * view, near street words only: each run of number words becomes its value. Two views are built
 * side by side, one mapped to the original text (for capitals) and one to the fold view (for the
 * candidate's offsets). Every word comes from the locales' number words (NUMBER_WORDS).
 */

/** A number word ("seven", "ochenta", "тридцать"; not a connector) or a compound ("siebenundsechzig"). */
const STRONG = [...NUMBER_WORDS.entries()]
  .filter(([w, n]) => n.kind !== "connector" && n.kind !== "sign" && n.kind !== "multiplier" && !n.weak && w.length >= 3)
  .map(([w]) => w)
  .sort((a, b) => b.length - a.length);
// The words share prefixes (a trie): as a plain alternation, each of ~500 words is tried at every position.
const STRONG_SOURCE = `${prefixShared(STRONG)}(?![\\p{L}\\p{M}])`;
const COMPOUND_SOURCE = "und[a-z]{4,9}(?![a-z])";
/**
 * A text worth the work: a strong number word, or a German-style compound ("…und…zig"). The
 * specification of `hasSpelledHint`.
 */
export const SPELLED_HINT = new RegExp(`(?<![\\p{L}\\p{M}])${STRONG_SOURCE}|${COMPOUND_SOURCE}`, "u");
/** SPELLED_HINT with the look-behind over ASCII letters only; `hasSpelledHint` checks the rest. */
const HINT_SCAN = new RegExp(`(?<![A-Za-z])${STRONG_SOURCE}|${COMPOUND_SOURCE}`, "gu");
const COMPOUND_AT = new RegExp(COMPOUND_SOURCE, "uy");

/**
 * Whether SPELLED_HINT matches `text`, found faster: its look-behind's Unicode classes, tried at
 * every position, cost more than the words, so they are checked only where a word matched. A
 * position whose word follows a letter may still start the compound alternative.
 */
export function hasSpelledHint(text: string): boolean {
  let at = 0;
  while (at <= text.length) {
    HINT_SCAN.lastIndex = at;
    const m = HINT_SCAN.exec(text);
    if (m === null) return false;
    if (!isLetterOrMark(codePointBefore(text, m.index))) return true;
    COMPOUND_AT.lastIndex = m.index;
    if (COMPOUND_AT.test(text)) return true;
    at = m.index + 1;
  }
  return false;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** How far from a street word a spelled number may be read. */
const REACH = 80;
const MAX_VALUE = 9999;

interface Part {
  start: number;
  end: number;
  kind: string;
  value: number;
  weak: boolean;
}

type Reading = Omit<Part, "start" | "end">;

/**
 * What each word read so far is (null: not a number word). Texts repeat the same few thousand
 * words, and a word that is no number word still costs a compound test per language.
 */
const KNOWN = new Map<string, Reading | null>();
const MAX_KNOWN = 50_000;

function classify(word: string): Reading | undefined {
  let known = KNOWN.get(word);
  if (known === undefined) {
    known = read(word) ?? null;
    // A text of unique junk words must not grow the memory without bound.
    if (KNOWN.size >= MAX_KNOWN) KNOWN.clear();
    KNOWN.set(word, known);
  }
  return known ?? undefined;
}

function read(word: string): Reading | undefined {
  const n = NUMBER_WORDS.get(word);
  if (n && n.kind !== "sign" && n.kind !== "multiplier") return { kind: n.kind, value: n.value, weak: !!n.weak };
  const c = compoundNumberWord(word);
  return c === undefined ? undefined : { kind: "tens", value: c, weak: false };
}

/*
 * What `read` can accept, as a trie: a number word as a whole word ("exact"), or the start of a
 * compound (`compoundNumberWord`'s two shapes: a unit word and its language's joiner, "siebenund…";
 * a tens prefix, "veinti…"). A word whose walk meets neither is no number word: most words end
 * their walk in a character or two, and are never sliced out of the text nor looked up.
 */
type MayRead = "exact" | "prefix" | "both";
const MAY_READ = new CharTrie<MayRead>();
{
  const mark = (word: string, how: "exact" | "prefix") => {
    let node: number = CharTrie.ROOT;
    for (let k = 0; k < word.length && node !== CharTrie.NONE; k++) node = MAY_READ.step(node, word.charCodeAt(k));
    const had = node === CharTrie.NONE ? undefined : MAY_READ.valueAt(node);
    MAY_READ.add(word, had === undefined || had === how ? how : "both");
  };
  for (const w of NUMBER_WORDS.keys()) mark(w, "exact");
  const units = LOCALES.flatMap((l) => Object.values(l.numbers?.units ?? {}).flat());
  for (const l of LOCALES) {
    const joiner = l.numbers?.unitTensJoiner;
    if (joiner) for (const u of units) mark(u + joiner, "prefix");
    for (const [prefix] of l.numbers?.compoundTensPrefixes ?? []) mark(prefix, "prefix");
  }
}

/** Letters and marks of ASCII: told without a call. */
const ASCII_LETTER = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LETTER[c] = isLetterOrMark(c) ? 1 : 0;
const widthOf = (cp: number) => (cp > 0xffff ? 2 : 1);

/** End of the run of letters and marks (WORD's class) at `i`; `i` when none starts there. */
function letterRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_LETTER[c] === 0) break;
      i++;
    } else {
      const cp = text.codePointAt(i)!;
      if (!isLetterOrMark(cp)) break;
      i += widthOf(cp);
    }
  }
  return i;
}

/** May `read` accept text [start, end) (a run of letters)? A necessary condition, from MAY_READ. */
function mayRead(text: string, start: number, end: number): boolean {
  let node: number = CharTrie.ROOT;
  for (let i = start; i < end; i++) {
    node = MAY_READ.step(node, text.charCodeAt(i));
    if (node === CharTrie.NONE) return false;
    const how = MAY_READ.valueAt(node);
    // A compound needs more after its start ("veinti" alone is no number); a word must end here.
    if ((how === "prefix" || how === "both") && i + 1 < end) return true;
  }
  const how = MAY_READ.valueAt(node);
  return how === "exact" || how === "both";
}

/** The value of a run of number words: "ochenta y cuatro" 84, "sto czterdziesci osiem" 148. */
function valueOf(run: readonly Part[]): number {
  let total = 0;
  let cur = 0;
  for (const p of run) {
    if (p.kind === "connector") continue;
    if (p.kind === "hundred") {
      // "four hundred" multiplies; "сто", "двести" (value ≥ 100 standing alone) add.
      if (p.value === 100 && cur > 0 && cur < 10) cur *= 100;
      else cur += p.value;
    } else cur += p.value;
  }
  total += cur;
  return total;
}

export interface SpelledViews {
  /** Mapped to the original text. */
  view: MappedText;
  /** Where the numbers written in words are, as digits, in `view`: [start, end) pairs in order. */
  numbers: Array<[number, number]>;
  /** The words each of `numbers` stands for, in the fold view: [start, end) pairs. */
  words: Array<[number, number]>;
}

/**
 * Range [start, end) of `views.view` in the fold view: what `toOriginal` gives through maps to the
 * fold view (a number's digits stand for all its words), read off the few replaced ranges instead
 * of a second view with maps over the whole text.
 */
export function toFold(views: SpelledViews, start: number, end: number): { start: number; end: number } {
  const { numbers, words } = views;
  /** The fold offset of view unit `i`, and of the end of that unit. */
  const unit = (i: number): [number, number] => {
    let shift = 0;
    for (let k = 0; k < numbers.length; k++) {
      const [s, e] = numbers[k]!;
      if (i < s) break;
      if (i < e) return words[k]!;
      shift += words[k]![1] - words[k]![0] - (e - s);
    }
    return [i + shift, i + shift + 1];
  };
  if (end <= start) {
    const at = start < views.view.text.length ? unit(start)[0] : views.view.originalLength;
    return { start: at, end: at };
  }
  return { start: unit(start)[0], end: unit(end - 1)[1] };
}

/**
 * The fold view with number words near `anchors` (street-word positions) turned into digits, or
 * null when none was.
 */
export function spelledViews(fold: MappedText, anchors: readonly number[]): SpelledViews | null {
  const text = fold.text;
  const parts: Part[] = [];
  // The windows around the anchors, merged: each word is read once.
  const windows: Array<[number, number]> = [];
  for (const a of anchors) {
    const from = Math.max(0, a - REACH);
    const to = Math.min(text.length, a + REACH);
    const prev = windows[windows.length - 1];
    if (prev && from <= prev[1]) prev[1] = Math.max(prev[1], to);
    else windows.push([from, to]);
  }
  for (const [start, to] of windows) {
    let from = start;
    // Never start inside a word ("twenty" read as "enty").
    while (from > 0 && isLetterOrMark(text.charCodeAt(from - 1))) from--;
    // Nor inside a surrogate pair: a regex scan (as WORD's was) starts at the pair.
    if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from--;
    // The runs of letters (WORD's matches) that start before `to`.
    let i = from;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      const isLetter = c < 128 ? ASCII_LETTER[c] === 1 : isLetterOrMark(text.codePointAt(i)!);
      if (!isLetter) {
        i++;
        continue;
      }
      if (i >= to) break;
      const wordStart = i;
      i = letterRunEnd(text, i);
      if (!mayRead(text, wordStart, i)) continue;
      const r = classify(text.slice(wordStart, i));
      const read = parts[parts.length - 1];
      if (r && (!read || wordStart >= read.end)) parts.push({ start: wordStart, end: i, ...r });
    }
  }
  if (parts.length === 0) return null;
  // Made at the first number only: most texts near a street word hold a lone "one" or "a".
  let b1: ViewBuilder | null = null;
  const numbers: Array<[number, number]> = [];
  const spans: Array<[number, number]> = [];
  /** Length of the views so far (both views hold the same text). */
  let at = 0;
  let last = 0;
  let k = 0;
  while (k < parts.length) {
    let end = k + 1;
    // Joined by white space, a hyphen or nothing else ("twenty-seven", "ochenta y cuatro").
    while (end < parts.length && /^[\s-]{0,2}$/.test(text.slice(parts[end - 1]!.end, parts[end]!.start))) end++;
    const run = parts.slice(k, end);
    k = end;
    while (run.length && run[0]!.kind === "connector") run.shift();
    while (run.length && run[run.length - 1]!.kind === "connector") run.pop();
    const words = run.filter((p) => p.kind !== "connector");
    if (words.length === 0 || (words.length === 1 && words[0]!.weak)) continue;
    const value = valueOf(run);
    if (value <= 0 || value > MAX_VALUE) continue;
    const s = run[0]!.start;
    const e = run[run.length - 1]!.end;
    b1 ??= new ViewBuilder(fold);
    const digits = String(value);
    b1.copy(last, s);
    b1.emit(digits, s, e, DISGUISE_BIT.number_word);
    at += s - last;
    numbers.push([at, at + digits.length]);
    spans.push([s, e]);
    at += digits.length;
    last = e;
  }
  if (!b1 || !b1.changed) return null;
  b1.copy(last, text.length);
  return { view: b1.build(), numbers, words: spans };
}
