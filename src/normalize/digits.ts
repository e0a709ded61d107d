import { DISGUISE_BIT as BIT, ViewBuilder, type MappedText } from "./view.js";
import { windowsAroundHits } from "./windows.js";
import { NUMBER_WORDS, NUMBER_WORD_LANGUAGES, PARTICLES, compoundNumberWord, type NumberWord } from "./tables/number-words.js";
import { allMatches } from "../core/matches.js";

/*
 * The "digits" view, read by the phone recognizer: the fold view with digits spelled as words
 * or leet letters turned back into digits. Both transformers only touch runs that already look
 * like a long number (six or more digits in all), so prose and product codes stay as written.
 */

const MIN_RUN_DIGITS = 6;
/** The next ASCII digit from `lastIndex` (the passes below jump between digits with it). */
const NEXT_DIGIT = /[0-9]/g;

/** CJK scripts (the digit names of zh/ja/ko are read apart from the Latin number words). */
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;
const HANGUL_SYLLABLE = (c: number) => c >= 0xac00 && c <= 0xd7a3;
function isCjkWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 0x3000 && (HAN.test(w[0]!) || KANA.test(w[0]!) || HANGUL_SYLLABLE(c));
}

// ---------------------------------------------------------------------------------------------
// Leet letters inside digit runs: "555-O1S9" → "555-0159". Only whole tokens made of digits and
// leet letters, with at least as many digits as letters, in a run of six or more digits.
// Cyrillic о/з/ч and Greek ο (folded to lower case) are the look-alikes of 0, 3 and 4 on those keyboards.
export const LEET: Readonly<Record<string, string>> = {
  l: "1", i: "1", "|": "1", o: "0", s: "5", b: "8", e: "3", "\u043e": "0", "\u0437": "3", "\u0447": "4", "\u03bf": "0",
};
const LEET_RUN = /[0-9lio|sbe\u043e\u0437\u0447\u03bf]+(?:[ .\-()/]{1,2}[0-9lio|sbe\u043e\u0437\u0447\u03bf]+)*/g;
const LEET_LETTER = /[lio|sbe\u043e\u0437\u0447\u03bf]/;
/** Six digits with at most three other characters between neighbours: the only place leet matters. */
const SIX_DIGITS_NEARBY = /\d(?:[^\d]{0,3}\d){5}/;
/**
 * A look-alike letter against a digit. A run is undone only for a token of digits and look-alikes
 * holding both (three units or more, half digits or more), so one stands against the other somewhere:
 * without this, the tokens of a text with six digits (two in three texts with digits) are not read.
 */
const LEET_BY_DIGIT = /\d[lio|sbe\u043e\u0437\u0447\u03bf]|[lio|sbe\u043e\u0437\u0447\u03bf]\d/;

/** Characters a LEET_RUN match is made of: its digits and look-alike letters, and its separators. */
function isLeetRunChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || c === 108 || c === 105 || c === 111 || c === 124 || c === 115 || c === 98 || c === 101 ||
    c === 32 || c === 46 || c === 45 || c === 40 || c === 41 || c === 47 || c === 0x43e || c === 0x437 || c === 0x447 || c === 0x3bf
  );
}

/**
 * The LEET_RUN matches that can hold six digits. A match never crosses a character outside its
 * class, so each maximal stretch of such characters is scanned on its own, and only when it has six
 * digits: the same matches as a scan of the whole text, without running the regex over prose.
 */
function leetRunsWithDigits(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let i = 0;
  while (i < text.length) {
    // Only stretches with a digit matter: jump to the next digit (the engine's scan, not a step per
    // unit) and back to the start of its stretch, which never reaches behind `i` (the end of the last one).
    NEXT_DIGIT.lastIndex = i;
    if (NEXT_DIGIT.exec(text) === null) break;
    let start = NEXT_DIGIT.lastIndex - 1;
    while (start > i && isLeetRunChar(text.charCodeAt(start - 1))) start--;
    i = start;
    let digits = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isLeetRunChar(c)) break;
      if (c >= 48 && c <= 57) digits++;
    }
    if (digits < MIN_RUN_DIGITS) continue;
    LEET_RUN.lastIndex = start;
    for (let m = LEET_RUN.exec(text); m !== null && m.index < i; m = LEET_RUN.exec(text)) out.push(m);
  }
  LEET_RUN.lastIndex = 0;
  return out;
}

/** The separators between LEET_RUN's tokens: " . - ( ) /". */
const isLeetGapCode = (c: number) => c === 32 || c === 46 || c === 45 || c === 40 || c === 41 || c === 47;
/** LEET's digit for a unit, or undefined. */
function leetDigit(c: number): string | undefined {
  switch (c) {
    case 108: case 105: case 124: return "1"; // l i |
    case 111: case 0x43e: case 0x3bf: return "0"; // o, Cyrillic о, Greek ο
    case 115: return "5"; // s
    case 98: return "8"; // b
    case 101: case 0x437: return "3"; // e, Cyrillic з
    case 0x447: return "4"; // Cyrillic ч
    default: return undefined;
  }
}
/** leetDigit as a unit code, -1 for none (what ViewBuilder.copyReplacingUnits asks). */
export function leetDigitCode(c: number): number {
  const d = leetDigit(c);
  return d === undefined ? -1 : d.charCodeAt(0);
}
/** The tokens of the run being read: start and end (offsets in the run) and digit count. */
let TOK_FROM = new Int32Array(64);
let TOK_TO = new Int32Array(64);
let TOK_DIGITS = new Int32Array(64);
function growTokens(): void {
  const grow = (a: Int32Array) => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  TOK_FROM = grow(TOK_FROM);
  TOK_TO = grow(TOK_TO);
  TOK_DIGITS = grow(TOK_DIGITS);
}
/**
 * Token t is half digits or more, and not led by b, s or e unless all digits ("b4…", "s5…", "e3…": a
 * token led by one is an abbreviation or a code, "CALL 0905… b4 050703").
 */
function goodToken(text: string, base: number, t: number): boolean {
  const len = TOK_TO[t]! - TOK_FROM[t]!;
  const d = TOK_DIGITS[t]!;
  if (d < len - d) return false;
  if (d >= len) return true;
  const c = text.charCodeAt(base + TOK_FROM[t]!);
  return !(c === 98 || c === 115 || c === 101);
}
/** Token t is three units or fewer after "(" or, first in the run, after "+". */
function areaCodeToken(text: string, base: number, t: number): boolean {
  const from = TOK_FROM[t]!;
  return TOK_TO[t]! - from <= 3 && (text.charCodeAt(base + from - 1) === 40 || (from === 0 && text.charCodeAt(base - 1) === 43));
}
const isLetterCode = (text: string, at: number) => at >= 0 && at < text.length && /\p{L}/u.test(text[at]!);
export const LEET_TOKEN = /[^ .\-()/]+/g;

export function undoLeetInDigitRuns(input: MappedText): MappedText {
  const text = input.text;
  if (!SIX_DIGITS_NEARBY.test(text) || !LEET_BY_DIGIT.test(text)) return input;
  // Made at the first leet run that is undone: most texts with six digits have none.
  let b: ViewBuilder | undefined;
  let last = 0;
  for (const m of leetRunsWithDigits(text)) {
    const run = m[0];
    if (!LEET_LETTER.test(run)) continue;
    // The run's tokens; words at its edges ("is" in "is O7956 2B3") are not part of the number,
    // except a short all-look-alike area code in parentheses or after "+" ("(ll) 9B426", "+l 2l2").
    // Tokens are LEET_TOKEN's matches ([^ .\-()/]+), read by char code into flat arrays (offsets in `run`).
    const base = m.index;
    const runEnd = base + run.length;
    let count = 0;
    for (let p = base; p < runEnd; ) {
      if (isLeetGapCode(text.charCodeAt(p))) {
        p++;
        continue;
      }
      let q = p + 1;
      while (q < runEnd && !isLeetGapCode(text.charCodeAt(q))) q++;
      // A "|" at a token's edge is a separator a table or a signature put there ("… web [dot] de |08123…"
      // once the spaced digits are joined), not a 1 written as a bar: only a bar between digits counts.
      let from = p;
      let to = q;
      p = q;
      while (from < to && text.charCodeAt(from) === 124) from++;
      while (to > from && text.charCodeAt(to - 1) === 124) to--;
      if (from === to) continue;
      let d = 0;
      for (let k = from; k < to; k++) {
        const c = text.charCodeAt(k);
        if (c >= 48 && c <= 57) d++;
      }
      if (count === TOK_FROM.length) growTokens();
      TOK_FROM[count] = from - base;
      TOK_TO[count] = to - base;
      TOK_DIGITS[count] = d;
      count++;
    }
    let first = 0;
    let lastTok = count - 1;
    while (first <= lastTok && !goodToken(text, base, first) && !areaCodeToken(text, base, first)) first++;
    while (lastTok >= first && !goodToken(text, base, lastTok)) lastTok--;
    if (first > lastTok) continue;
    let ok = true;
    let digits = 0;
    // At least one look-alike inside a token of three or more that is half digits or more ("2B3",
    // "91Ч", "O1S9"): "b4" alone is a word.
    let inDigits = false;
    for (let t = first; t <= lastTok; t++) {
      const len = TOK_TO[t]! - TOK_FROM[t]!;
      const d = TOK_DIGITS[t]!;
      if (!goodToken(text, base, t) && !(t === first && areaCodeToken(text, base, t))) ok = false;
      const letters = len - d;
      if (letters > 0 && d >= letters && len >= 3) inDigits = true;
      digits += d;
    }
    // One short token with one letter inside ("99L99999", a tax reference) is a code, not a disguise;
    // a whole number written as one token ("7O76891898") is not.
    const onlyLen = TOK_TO[first]! - TOK_FROM[first]!;
    if (first === lastTok && onlyLen - TOK_DIGITS[first]! < 2 && onlyLen < 10) continue;
    if (!inDigits) continue;
    const from = base + TOK_FROM[first]! - (text.charCodeAt(base + TOK_FROM[first]! - 1) === 40 ? 1 : 0);
    const to = base + TOK_TO[lastTok]!;
    // Token must be bounded by non-letters so "bee5" inside a word is not touched.
    if (isLetterCode(text, from - 1) || isLetterCode(text, to)) continue;
    if (!ok || digits < MIN_RUN_DIGITS) continue;
    b ??= new ViewBuilder(input);
    b.copy(last, from);
    // Each look-alike becomes its digit, the rest is copied, in one pass (was a copy and an emit per look-alike).
    b.copyReplacingUnits(from, to, leetDigitCode, BIT.leet);
    last = to;
  }
  if (!b?.changed) return input;
  b.copy(last, text.length);
  return b.build();
}

// ---------------------------------------------------------------------------------------------
// Number words: "eight zero zero, two two two" → "800, 222"; "double five" → "55";
// "trente-quatre" → "34"; "eight hundred" → "800"; digits and words mixed ("9 one 7").

/** One token of a number-word window; one shape for every token (property reads stay monomorphic). */
class Token {
  constructor(
    readonly start: number,
    readonly end: number,
    /** A run of ASCII digits. */
    readonly digits: string | undefined,
    readonly word: NumberWord | undefined,
  ) {}
}

/**
 * Letters of the fold view that number words are written in: Latin (with the dotless "ı" of Turkish
 * and the "đ" of Vietnamese, which fold keeps) and Arabic letters (U+0621–U+064A, U+0671–U+06D3;
 * Arabic-Indic digits are not letters). The Arabic comma "،" separates groups like ",". Cyrillic words
 * keep an inner apostrophe (Ukrainian "п'ять", "дев’ять"): one token, read with "'".
 */
const LETTERS = "a-zß\\u0131\\u0111\\u0621-\\u064a\\u0671-\\u06d3";
/** The specification `nextToken` follows (property test). */
export const TOKEN = new RegExp(`[${LETTERS}]+|[а-яёіїєґ]+(?:['’ʼ][а-яёіїєґ]+)*|[0-9]+`, "g");
const APOSTROPHES = /[’ʼ]/g;
/** The specification `isGap` follows (property test). */
export const GAP = /^[\s,.\-_/()+\u060c]{0,4}$/;

/** A unit of TOKEN's first class (LETTERS). */
const isTokenLetter = (c: number) =>
  (c >= 97 && c <= 122) || c === 0xdf || c === 0x131 || c === 0x111 || (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3);
/** A unit of TOKEN's Cyrillic class [а-яёіїєґ]. */
const isTokenCyrillic = (c: number) => (c >= 0x430 && c <= 0x44f) || c === 0x451 || c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491;
const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;

/**
 * The next match of TOKEN at or after `from` as [start, end) in `out` (false when there is none), read
 * unit by unit: the three classes are disjoint, so the first unit of any of them starts the match, and
 * no match array or string is made for the tokens that are not looked up.
 */
export function nextToken(text: string, from: number, out: Int32Array): boolean {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (isTokenLetter(c)) {
      while (j < n && isTokenLetter(text.charCodeAt(j))) j++;
    } else if (c >= 48 && c <= 57) {
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    } else if (isTokenCyrillic(c)) {
      for (;;) {
        while (j < n && isTokenCyrillic(text.charCodeAt(j))) j++;
        if (j + 1 < n && isApostrophe(text.charCodeAt(j)) && isTokenCyrillic(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
    } else continue;
    out[0] = i;
    out[1] = j;
    return true;
  }
  return false;
}
const TOKEN_AT = new Int32Array(2);

/** A unit JavaScript's `\s` matches. */
const isJsSpace = (c: number) =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
  c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** GAP.test(text.slice(from, to)) without the slice: at most four spaces or , . - _ / ( ) + ، */
export function isGap(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(isJsSpace(c) || c === 44 || c === 46 || c === 45 || c === 95 || c === 47 || c === 40 || c === 41 || c === 43 || c === 0x60c)) return false;
  }
  return true;
}

/**
 * NUMBER_WORDS with every entry of one shape (`weak` always there, false when the table leaves it out):
 * words with and without it were two maps, and the compound words a third, which made the optimized
 * spellOutNumberWords bail out ("wrong map") and recompile in a cold process.
 */
const WORD_ENTRY: ReadonlyMap<string, NumberWord> = new Map(
  [...NUMBER_WORDS].map(([k, w]) => [k, { kind: w.kind, value: w.value, weak: w.weak === true }] as [string, NumberWord]),
);
function classify(word: string): NumberWord | undefined {
  const w = WORD_ENTRY.get(word) ?? (word.length > 1 && word.charCodeAt(0) >= 0x400 ? WORD_ENTRY.get(word.replace(APOSTROPHES, "'")) : undefined);
  if (w) return w;
  const compound = compoundNumberWord(word);
  return compound === undefined ? undefined : { kind: "tens", value: compound, weak: false };
}

/**
 * The pieces `spell` wrote, in flat arrays reused from run to run (one object per number word was a
 * quarter of what "one two three …" over 100 KB allocated): piece p is PIECE_TEXT[p], covering tokens
 * [PIECE_FROM[p], PIECE_TO[p]) of the run, PIECE_WORDS[p] 1 where it was spelled out in words.
 */
const PIECE_TEXT: string[] = [];
let PIECE_FROM = new Int32Array(64);
let PIECE_TO = new Int32Array(64);
let PIECE_WORDS = new Uint8Array(64);
let pieceCount = 0;
function pushPiece(text: string, from: number, to: number, fromWords: boolean): void {
  if (pieceCount === PIECE_FROM.length) {
    const size = pieceCount * 2;
    const f = new Int32Array(size);
    f.set(PIECE_FROM);
    PIECE_FROM = f;
    const t = new Int32Array(size);
    t.set(PIECE_TO);
    PIECE_TO = t;
    const w = new Uint8Array(size);
    w.set(PIECE_WORDS);
    PIECE_WORDS = w;
  }
  PIECE_TEXT[pieceCount] = text;
  PIECE_FROM[pieceCount] = from;
  PIECE_TO[pieceCount] = to;
  PIECE_WORDS[pieceCount] = fromWords ? 1 : 0;
  pieceCount++;
}

/** Turns a run of tokens into digit pieces, each covering a contiguous slice of tokens; returns how many (in PIECE_*). */
function spell(run: Token[]): number {
  pieceCount = 0;
  let i = 0;
  const wordAt = (k: number) => run[k]?.word;
  while (i < run.length) {
    const t = run[i]!;
    if (t.digits !== undefined) {
      pushPiece(t.digits, i, i + 1, false);
      i++;
      continue;
    }
    const w = t.word!;
    const next = wordAt(i + 1);
    if (w.kind === "connector") {
      i++;
      continue;
    }
    if (w.kind === "sign") {
      if (pieceCount === 0) pushPiece("+", i, i + 1, true);
      i++;
      continue;
    }
    if (w.kind === "multiplier") {
      const target = run[i + 1];
      const unit = target?.word?.kind === "unit" ? String(target.word.value) : target?.digits?.length === 1 ? target.digits : undefined;
      if (unit !== undefined) {
        pushPiece(unit.repeat(w.value), i, i + 2, true);
        i += 2;
      } else i++;
      continue;
    }
    if (w.kind === "tens" || (w.kind === "teen" && w.value === 10)) {
      // tens + unit ("twenty one", "treinta y cuatro"), tens + teen ("soixante-dix-huit"), dix + unit ("dix-sept").
      let k = i + 1;
      if (wordAt(k)?.kind === "connector") k++;
      const follow = wordAt(k);
      if (w.value % 10 === 0 && follow && follow.kind === "unit" && follow.value > 0 && w.value < 100) {
        pushPiece(String(w.value + follow.value), i, k + 1, true);
        i = k + 1;
        continue;
      }
      // "soixante-dix-huit": 60 + 10 + 8.
      const third = wordAt(k + 1);
      if (w.kind === "tens" && follow?.kind === "teen" && follow.value === 10 && third?.kind === "unit" && third.value >= 7) {
        pushPiece(String(w.value + 10 + third.value), i, k + 2, true);
        i = k + 2;
        continue;
      }
      if (w.kind === "tens" && follow && follow.kind === "teen" && (w.value === 60 || w.value === 80)) {
        pushPiece(String(w.value + follow.value), i, k + 1, true);
        i = k + 1;
        continue;
      }
      pushPiece(String(w.value), i, i + 1, true);
      i++;
      continue;
    }
    if (w.kind === "hundreds") {
      // "девятьсот восемьдесят пять" 985, "девятьсот три" 903, "триста" 300.
      const after = wordAt(i + 1);
      const fill = after && (after.kind === "tens" || after.kind === "teen") ? "" : after?.kind === "unit" ? "0" : "00";
      pushPiece(String(Math.floor(w.value / 100)) + fill, i, i + 1, true);
      i++;
      continue;
    }
    if (w.kind === "teen") {
      pushPiece(String(w.value), i, i + 1, true);
      i++;
      continue;
    }
    if (w.kind === "unit" && next?.kind === "hundred") {
      const after = wordAt(i + 2);
      const fill = after && (after.kind === "tens" || after.kind === "teen") ? "" : "00";
      pushPiece(String(w.value) + fill, i, i + 2, true);
      i += 2;
      continue;
    }
    if (w.kind === "hundred") {
      i++;
      continue;
    }
    pushPiece(String(w.value), i, i + 1, true);
    i++;
  }
  return pieceCount;
}

const CYRILLIC = /[а-яёіїєґ]/;
/**
 * Two number words (or a number word and a digit) next to each other: where a number may be spelled
 * out. Latin and Arabic letters only: CJK digit names are read by spellOutCjkDigits below, and Cyrillic
 * words have their own pair test (CYRILLIC_NUMBER_WORD_PAIR_ALL), gated on Cyrillic text — listed here
 * too they were looked for twice on every text, with edges (LETTERS) that do not know Cyrillic.
 * Word edges are in the letters above (`\\b` knows only ASCII: "altı", "خمسة").
 */
const PAIR_PARTS = (() => {
  const words = [...NUMBER_WORDS.entries()]
    .filter(([k, w]) => w.kind !== "connector" && w.kind !== "sign" && !isCjkWord(k) && !CYRILLIC.test(k))
    .map(([k]) => k);
  words.sort((a, b) => b.length - a.length);
  const word = `(?:${words.join("|")})(?![${LETTERS}0-9_])`;
  const gap = "[\\s,.\\-_/()+\\u060c]{0,4}";
  return { word, gap, edge: `[${LETTERS}0-9_]` };
})();
/** The specification numberWordPairs follows (property test): every match of this, with the "g" flag. */
export const NUMBER_WORD_PAIR = new RegExp(
  `(?<!${PAIR_PARTS.edge})${PAIR_PARTS.word}${PAIR_PARTS.gap}(?:${PAIR_PARTS.word}|\\d)|\\d${PAIR_PARTS.gap}${PAIR_PARTS.word}`,
);
/**
 * The same pairs with the edge before the first word read as a character, not a lookbehind: V8 tried
 * the lookbehind and then the whole alternation at every position; consuming the edge is a third
 * faster over the bench corpora. A pair at the very start of the text has no character before it.
 */
const PAIR_AFTER_EDGE = new RegExp(
  `[^${LETTERS}0-9_]${PAIR_PARTS.word}${PAIR_PARTS.gap}(?:${PAIR_PARTS.word}|\\d)|\\d${PAIR_PARTS.gap}${PAIR_PARTS.word}`,
  "g",
);
const PAIR_AT_START = new RegExp(`${PAIR_PARTS.word}${PAIR_PARTS.gap}(?:${PAIR_PARTS.word}|\\d)`, "y");

/**
 * [start, end) of every match of NUMBER_WORD_PAIR (global) in `text`. A match of PAIR_AFTER_EDGE that
 * starts with its edge character is shifted past it. No pair can start right where the last one ended
 * with a word first (a letter or a digit stands before it), so nothing a lookbehind would see is lost.
 */
export function numberWordPairs(text: string): Array<[number, number]> {
  const hits: Array<[number, number]> = [];
  let at = 0;
  PAIR_AT_START.lastIndex = 0;
  const first = PAIR_AT_START.exec(text);
  if (first !== null) {
    hits.push([0, first[0].length]);
    at = first[0].length;
  }
  for (;;) {
    PAIR_AFTER_EDGE.lastIndex = at;
    const m = PAIR_AFTER_EDGE.exec(text);
    if (m === null) break;
    const c = text.charCodeAt(m.index);
    const start = c >= 48 && c <= 57 ? m.index : m.index + 1;
    at = m.index + m[0].length;
    hits.push([start, at]);
  }
  PAIR_AFTER_EDGE.lastIndex = 0;
  return hits;
}
/**
 * The same pair test for Cyrillic number words, whose edges `\\b` cannot see: run only on text with
 * Cyrillic in it, so Latin text pays nothing.
 */
const CYRILLIC_NUMBER_WORD_PAIR_ALL = (() => {
  const words = [...NUMBER_WORDS.entries()].filter(([k, w]) => w.kind !== "connector" && w.kind !== "sign" && CYRILLIC.test(k)).map(([k]) => k);
  if (words.length === 0) return undefined;
  words.sort((a, b) => b.length - a.length);
  const alt = words.join("|").replace(/'/g, "['’ʼ]");
  const edgeBefore = "(?<![а-яёіїєґa-z0-9_'’ʼ])";
  const edgeAfter = "(?![а-яёіїєґa-z0-9_'’ʼ])";
  return new RegExp(`${edgeBefore}(?:${alt})${edgeAfter}[\\s,.\\-_/()+]{0,4}(?:${edgeBefore}(?:${alt})${edgeAfter}|\\d)|\\d[\\s,.\\-_/()+]{0,4}(?:${alt})${edgeAfter}`, "g");
})();
/** The Romance reading of a compound number word ("veintitrés", "trentadue"). */
const ROMANCE_COMPOUND = /\b(?:veinti|vent|trent|quarant|cinquant|sessant|settant|ottant|novant)[a-z]{2,7}\b/g;
/** ROMANCE_COMPOUND's prefixes, each with where its (one) "nt" stands in it (after an "a", "e" or "i"). */
const ROMANCE_PREFIXES: ReadonlyArray<readonly [string, number]> = /\(\?:([^)]*)\)/
  .exec(ROMANCE_COMPOUND.source)![1]!
  .split("|")
  .map((prefix) => {
    if (prefix.indexOf("nt") < 0 || prefix.indexOf("nt") !== prefix.lastIndexOf("nt")) throw new Error(`compound prefix "${prefix}" must hold one "nt"`);
    if (!/^[aei]$/.test(prefix[prefix.indexOf("nt") - 1] ?? "")) throw new Error(`compound prefix "${prefix}" must have a, e or i before its "nt"`);
    return [prefix, prefix.indexOf("nt")] as const;
  });
/** Both readings as one regex: the specification `compoundCandidates` follows (property test). */
export const COMPOUND = new RegExp(`${ROMANCE_COMPOUND.source}|\\b[a-z]{3,6}und[a-z]{6,9}\\b`, "g");

/**
 * Classes of every UTF-16 unit, read by one table load: 1 a word character for `\b` (ASCII letters,
 * digits, `_`), 2 an ASCII lower-case letter. The chains of comparisons they replace ran their later
 * comparisons so rarely that the optimized compoundCandidates bailed out on them ("insufficient type
 * feedback") and was compiled five times in a cold process.
 */
const ASCII_CLASS = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 48; c <= 57; c++) t[c] = 1;
  for (let c = 65; c <= 90; c++) t[c] = 1;
  for (let c = 97; c <= 122; c++) t[c] = 3;
  t[95] = 1;
  return t;
})();
/** A word character for `\b` (ASCII letters, digits, `_`); `c` is a unit (0…0xffff). */
const isRegexWordCode = (c: number) => (ASCII_CLASS[c]! & 1) !== 0;
const isLowerCode = (c: number) => (ASCII_CLASS[c]! & 2) !== 0;

/**
 * The words COMPOUND matches, as [start, end) ranges. Both of its readings match whole words, so
 * they are found apart: the German one ("dreiundzwanzig": 3–6 letters, "und", 6–9 letters) from
 * each "und" by a native search, instead of a regex that tried `[a-z]{3,6}und` at every word start.
 */
export function compoundCandidates(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  // The Romance reading from each "nt" (every prefix holds one) by a native search, back to where its
  // prefix would start: the regex tried its alternation at every word edge (25 → 16 ms a pass over the 9.1 MB corpus).
  for (let at = text.indexOf("nt"); at >= 0; at = text.indexOf("nt", at + 1)) {
    // Every prefix has "a", "e" or "i" before its "nt" ("want", "front", "hunt" have none of the prefixes).
    const lead = at > 0 ? text.charCodeAt(at - 1) : 0;
    if (lead !== 97 && lead !== 101 && lead !== 105) continue;
    for (const [prefix, nt] of ROMANCE_PREFIXES) {
      const start = at - nt;
      if (start < 0 || (start > 0 && isRegexWordCode(text.charCodeAt(start - 1))) || !text.startsWith(prefix, start)) continue;
      // `[a-z]{2,7}\b`: the whole run of word characters after the prefix, 2 to 7 lower-case letters.
      let end = start + prefix.length;
      while (end < n && end - start - prefix.length <= 7 && isLowerCode(text.charCodeAt(end))) end++;
      const tail = end - start - prefix.length;
      if (tail >= 2 && tail <= 7 && !(end < n && isRegexWordCode(text.charCodeAt(end)))) out.push([start, end]);
    }
  }
  for (let at = text.indexOf("und"); at >= 0; at = text.indexOf("und", at + 1)) {
    // The word around this "und", read at most one character past the longest allowed (linear).
    let start = at;
    while (start > 0 && at - start <= 6 && isRegexWordCode(text.charCodeAt(start - 1))) start--;
    const head = at - start;
    if (head < 3 || head > 6) continue;
    let end = at + 3;
    while (end < n && end - at - 3 <= 9 && isRegexWordCode(text.charCodeAt(end))) end++;
    const tail = end - at - 3;
    if (tail < 6 || tail > 9) continue;
    let lower = true;
    for (let k = start; k < end && lower; k++) lower = isLowerCode(text.charCodeAt(k));
    if (lower) out.push([start, end]);
  }
  out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return out.filter((r, k) => k === 0 || r[0] !== out[k - 1]![0] || r[1] !== out[k - 1]![1]);
}

/** How far around a number-word pair a spelled-out number may reach. */
const WINDOW_BEFORE = 120;
const WINDOW_AFTER = 600;

/**
 * The stretches of text worth tokenizing: around each pair of number words or compound. The rest of
 * a long text is never tokenized, which keeps this pass cheap on prose that says "one or two".
 */
function numberWordWindows(text: string): Array<[number, number]> {
  const hits = numberWordPairs(text);
  if (CYRILLIC_NUMBER_WORD_PAIR_ALL && CYRILLIC.test(text)) {
    for (const m of allMatches(CYRILLIC_NUMBER_WORD_PAIR_ALL, text)) hits.push([m.index, m.index + m[0].length]);
    hits.sort((x, y) => x[0] - y[0]);
  }
  for (const [start, end] of compoundCandidates(text)) if (compoundNumberWord(text.slice(start, end)) !== undefined) hits.push([start, end]);
  return windowsAroundHits(text, hits, WINDOW_BEFORE, WINDOW_AFTER);
}

const YEAR_GROUP = /^(?:19|20)\d\d$/;
/** Weak words in a row, with nothing but separators between, that are a number read out on their own. */
const MIN_WEAK_CHAIN = 7;

/**
 * A phone number read out in words that are all weak ("saat do saat, do saat do…": Hindi "seven" is
 * also "hour", "two" also "do") has no strong word to lean on: a chain of MIN_WEAK_CHAIN weak words of
 * one language with only separators between, at least two of them different ("do do do…" is a song), counts.
 */
function weakChainsAreNumbers(text: string, tokens: readonly Token[], usable: Uint8Array): void {
  const weakAt = (k: number) => tokens[k]?.word?.weak === true && tokens[k]!.word!.kind !== "connector";
  const languagesAt = (k: number) => NUMBER_WORD_LANGUAGES.get(text.slice(tokens[k]!.start, tokens[k]!.end)) ?? 0;
  let k = 0;
  while (k < tokens.length) {
    if (!weakAt(k)) {
      k++;
      continue;
    }
    let end = k + 1;
    let languages = languagesAt(k);
    while (end < tokens.length && weakAt(end) && isGap(text, tokens[end - 1]!.end, tokens[end]!.start) && (languages & languagesAt(end)) !== 0) {
      languages &= languagesAt(end);
      end++;
    }
    if (end - k >= MIN_WEAK_CHAIN) {
      const first = text.slice(tokens[k]!.start, tokens[k]!.end);
      let mixed = false;
      for (let j = k + 1; j < end && !mixed; j++) mixed = text.slice(tokens[j]!.start, tokens[j]!.end) !== first;
      if (mixed) for (let j = k; j < end; j++) usable[j] = 1;
    }
    k = end;
  }
}

export function spellOutNumberWords(input: MappedText): MappedText {
  const text = input.text;
  const windows = numberWordWindows(text);
  if (windows.length === 0) return input;
  const tokens: Token[] = [];
  let anyWord = false;
  const at = TOKEN_AT;
  for (const [from, to] of windows) {
    // TOKEN's matches from `from` that start before `to` (the last may run past it).
    for (let ok = nextToken(text, from, at); ok && at[0]! < to; ok = nextToken(text, at[1]!, at)) {
      const start = at[0]!;
      const end = at[1]!;
      const c = text.charCodeAt(start);
      if (c >= 48 && c <= 57) tokens.push(new Token(start, end, text.slice(start, end), undefined));
      else {
        const word = classify(text.slice(start, end));
        tokens.push(new Token(start, end, undefined, word));
        if (word) anyWord = true;
      }
    }
  }
  if (!anyWord) return input;

  // Weak words ("one", "un", "o") count only beside another number word.
  const isNumeric = (k: number): boolean => {
    const t = tokens[k];
    if (!t) return false;
    if (t.digits !== undefined) return true;
    if (!t.word) return false;
    if (t.word.kind === "connector") return false;
    return true;
  };
  // 1 where a token counts. A typed array: `map`'s result was packed or holey by its length, and the
  // optimized code bailed out on the other kind ("wrong map").
  const usable = new Uint8Array(tokens.length);
  const usableAt = (t: Token, k: number): boolean => {
    if (t.digits !== undefined) return true;
    if (!t.word) return false;
    if (t.word.kind === "connector") return isNumeric(k - 1) && isNumeric(k + 1);
    if (t.word.kind === "sign") return isNumeric(k + 1) && !isNumeric(k - 1);
    return !t.word.weak;
  };
  for (let k = 0; k < tokens.length; k++) usable[k] = usableAt(tokens[k]!, k) ? 1 : 0;
  // Weak words join through a chain of number words: "triple eight, oh one" → both weak words count.
  const isWordAt = (j: number) => j >= 0 && j < tokens.length && usable[j] === 1 && !!tokens[j]!.word && tokens[j]!.word!.kind !== "connector";
  for (const order of [1, -1]) {
    for (let s = 0; s < tokens.length; s++) {
      const k = order === 1 ? s : tokens.length - 1 - s;
      const t = tokens[k]!;
      // Only an unused weak word can change (most tokens are neither): the rest is asked of those alone.
      if (usable[k] || !t.word?.weak) continue;
      if (isWordAt(k - 1) || isWordAt(k + 1)) usable[k] = 1;
      else {
        // Between digit groups, unless the group before is a year: "12.04.2026 saat 23" (Turkish "hour") is a date.
        const prior = tokens[k - 1]?.digits;
        if (prior !== undefined && !YEAR_GROUP.test(prior) && tokens[k + 1]?.digits !== undefined) usable[k] = 1;
      }
    }
  }
  // After the joining above, which would reach past a chain's edge ("hai" before Hindi "saat do…").
  weakChainsAreNumbers(text, tokens, usable);

  // Made at the first run that is spelled out ("one or two" and lone weak words change nothing).
  let b: ViewBuilder | undefined;
  let last = 0;
  let k = 0;
  while (k < tokens.length) {
    if (!usable[k]) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < tokens.length && usable[end] && isGap(text, tokens[end - 1]!.end, tokens[end]!.start)) end++;
    const run = tokens.slice(k, end);
    // Strip connectors at the edges.
    while (run.length && run[run.length - 1]!.word?.kind === "connector") run.pop();
    const hasWord = run.some((t) => t.word && t.word.kind !== "connector");
    const count = hasWord ? spell(run) : 0;
    // Digits in the pieces, a "+" left out (what `p.text.replace("+", "").length` counted, without the copies).
    let digitCount = 0;
    let anyFromWords = false;
    for (let p = 0; p < count; p++) {
      const t = PIECE_TEXT[p]!;
      digitCount += t.length - (t.indexOf("+") >= 0 ? 1 : 0);
      if (PIECE_WORDS[p] === 1) anyFromWords = true;
    }
    if (hasWord && digitCount >= MIN_RUN_DIGITS && anyFromWords) {
      b ??= new ViewBuilder(input);
      b.copy(last, run[0]!.start);
      for (let p = 0; p < count; p++) {
        const fromWords = PIECE_WORDS[p] === 1;
        const from = run[PIECE_FROM[p]!]!.start;
        const to = run[PIECE_TO[p]! - 1]!.end;
        if (fromWords) b.emit(PIECE_TEXT[p]!, from, to, BIT.number_word);
        else b.copy(from, to);
        if (p + 1 < count) {
          const gapEnd = run[PIECE_FROM[p + 1]!]!.start;
          // Separators between two written digit groups are kept; around words they go.
          if (!fromWords && PIECE_WORDS[p + 1] !== 1) b.copy(to, gapEnd);
          else b.drop(to, gapEnd, BIT.number_word);
        }
      }
      last = run[run.length - 1]!.end;
    }
    k = end;
  }
  if (!b?.changed) return input;
  b.copy(last, text.length);
  return b.build();
}

// ---------------------------------------------------------------------------------------------
// Digit groups split by characters no phone format uses: "347|555|0126", "0151_4827_3619",
// "0917 🔥 482 🔥 3065", "010ㅡ7351ㅡ2846", one group per line. In a chain of three or more groups
// of one to five digits (7 to 15 digits in all) with at least one such separator, every gap becomes
// one space, so the phone scanner sees an ordinary grouped number. Dates ("/", "."), versions and
// IPs have no odd separator and are left as written; a chain glued to a letter, a digit or another
// separator (a table row "|12|34|", a file name "img_2023_0512") is left too.

/** Characters that separate digit groups only when someone hides a number: the odd separators. */
const ODD_SEPARATOR_CODES: ReadonlySet<number> = new Set(
  [..."~|*_\\\n\r\u2212\u30fc\u3161\u1173\u25aa\u25ab\u25a0\u25cf\u2022\u00b7\u2219\u22c5\u2605\u2606\u2666\u2665"].map((c) => c.charCodeAt(0)),
);
/** Ordinary separators that may stand next to an odd one inside a gap ("503 / 555 \\ 0121"). */
const isPlainGapCode = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 46 || c === 45 || c === 47 || (c >= 0x2010 && c <= 0x2015);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
/**
 * The unit at `i`, or -1 outside the text (where charCodeAt gives NaN: no comparison or set below tells
 * them apart). An index out of bounds made the optimized joinOddSeparators bail out in a cold process.
 */
const codeAt = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);
const EMOJI = /^\p{Extended_Pictographic}$/u;
/** Width of an emoji (or emoji with VS16) at `i`, 0 when there is none. */
function emojiWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x2000) return 0;
  const cp = text.codePointAt(i)!;
  const w = cp > 0xffff ? 2 : 1;
  if (!EMOJI.test(String.fromCodePoint(cp))) return 0;
  return codeAt(text, i + w) === 0xfe0f ? w + 1 : w;
}
/** Cheap pre-test: a digit, at most two spaces, then an odd separator or an emoji's lead surrogate. */
const ODD_GAP_NEARBY = /\d[ \t]{0,2}(?:[~|*_\\\n\u2212\u30fc\u3161\u1173\u25aa\u25ab\u25a0\u25cf\u2022\u00b7\u2219\u22c5\u2605\u2606\u2666\u2665]|[\ud83c-\ud83e])/;
const MAX_GAP = 8;
/** What a gap is made of, spaces left out, emoji as one kind, "/" and "\\" as one. */
function gapKind(text: string, from: number, to: number): string {
  let kind = "";
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0 || c === 0xfe0f || c === 13) continue;
    if (c >= 0xd800 && c <= 0xdfff) {
      if (!kind.endsWith("E")) kind += "E";
      continue;
    }
    const k = c === 92 ? "/" : text[i]!;
    if (!kind.endsWith(k)) kind += k;
  }
  return kind;
}
const MIN_ODD_DIGITS = 7;
const MAX_ODD_DIGITS = 15;
const isLetterOrDigitAt = (text: string, i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!);

export function joinOddSeparators(input: MappedText): MappedText {
  const text = input.text;
  if (!ODD_GAP_NEARBY.test(text)) return input;
  const n = text.length;
  let b: ViewBuilder | undefined;
  let last = 0;
  let i = 0;
  while (i < n) {
    // The next digit, found by the engine's scan rather than a step per unit (most units are prose).
    NEXT_DIGIT.lastIndex = i;
    if (NEXT_DIGIT.exec(text) === null) break;
    i = NEXT_DIGIT.lastIndex - 1;
    // A chain: digit groups [start, end) and the gaps between them.
    const groups: Array<[number, number]> = [];
    let odd = 0;
    let dotted = false;
    let mixed = false;
    let kinds: string | undefined;
    let k = i;
    for (;;) {
      const gs = k;
      while (k < n && isAsciiDigit(text.charCodeAt(k))) k++;
      groups.push([gs, k]);
      // Read the gap after this group: plain and odd separators, emoji, at most one line break.
      let j = k;
      let gapOdd = false;
      let breaks = 0;
      while (j < n && j - k <= MAX_GAP) {
        const c = text.charCodeAt(j);
        if (c === 10) breaks++;
        if (ODD_SEPARATOR_CODES.has(c)) {
          gapOdd = true;
          j++;
        } else if (isPlainGapCode(c) || c === 0xfe0f) j++;
        else {
          const w = emojiWidth(text, j);
          if (w === 0) break;
          gapOdd = true;
          j += w;
        }
      }
      if (j === k || j - k > MAX_GAP || breaks > 1 || j >= n || !isAsciiDigit(text.charCodeAt(j))) break;
      // Every gap of a chain is written the same way ("|", "🔥", a line break); "9 / 165 | 33" is a table.
      const kind = gapKind(text, k, j);
      if (kinds === undefined) kinds = kind;
      else if (kinds !== kind) mixed = true;
      if (gapOdd) odd++;
      // A plain gap with a dot ("1.0.4", "10.2") belongs to a version, decimal or IP: not joined.
      else if (text.slice(k, j).includes(".")) dotted = true;
      k = j;
    }
    const chainStart = groups[0]![0];
    const chainEnd = groups[groups.length - 1]![1];
    let digits = 0;
    let groupsOk = true;
    for (const [s, e] of groups) {
      digits += e - s;
      if (e - s > 5) groupsOk = false;
      // One group per line holds two digits or more: lines of single figures are a listing's
      // facts ("3⏎2⏎2⏎1981⏎2⏎1700": beds, baths, year built, square feet), not a split number.
      if (e - s < 2 && kinds === "\n") groupsOk = false;
    }
    // The neighbours, past up to two spaces: "| 120 | 450 |" is a table row, not a hidden number.
    let bi = chainStart - 1;
    while (bi >= chainStart - 2 && (codeAt(text, bi) === 32 || codeAt(text, bi) === 9)) bi--;
    let ai = chainEnd;
    while (ai < chainEnd + 2 && (codeAt(text, ai) === 32 || codeAt(text, ai) === 9)) ai++;
    const before = codeAt(text, chainStart - 1);
    const after = codeAt(text, chainEnd);
    const sepBefore = codeAt(text, bi);
    const sepAfter = codeAt(text, ai);
    const gluedBefore =
      isLetterOrDigitAt(text, chainStart - 1) || (ODD_SEPARATOR_CODES.has(sepBefore) && sepBefore !== 10 && sepBefore !== 13) ||
      ((before === 46 || before === 45) && isLetterOrDigitAt(text, chainStart - 2));
    const gluedAfter =
      isLetterOrDigitAt(text, chainEnd) || (ODD_SEPARATOR_CODES.has(sepAfter) && sepAfter !== 10 && sepAfter !== 13) ||
      ((after === 46 || after === 45) && isLetterOrDigitAt(text, chainEnd + 1));
    if (odd > 0 && !dotted && !mixed && groups.length >= 3 && groupsOk && digits >= MIN_ODD_DIGITS && digits <= MAX_ODD_DIGITS && !gluedBefore && !gluedAfter) {
      b ??= new ViewBuilder(input);
      b.copy(last, chainStart);
      for (let g = 0; g < groups.length; g++) {
        const [s, e] = groups[g]!;
        b.copy(s, e);
        const next = groups[g + 1];
        if (next) b.emit(" ", e, next[0], BIT.spacing);
      }
      last = chainEnd;
    }
    i = Math.max(chainEnd, i + 1);
  }
  if (!b?.changed) return input;
  b.copy(last, n);
  return b.build();
}

// CJK digit names: "幺三九 幺七四二 八三六五", "〇八〇・三九二七", "ゼロキューゼロ、ヨンイチハチニ",
// "공일공 칠삼오일 이팔사육" → digits. The units of the zh/ja/ko locales (NUMBER_WORDS) written in Han,
// kana or Hangul are read one digit at a time (these languages read phone numbers digit by digit).
// Han numerals count one character each wherever they stand (Chinese has no spaces); a kana or
// Hangul stretch counts only when ALL of it spells digits ("に" the particle, "이" the word stay
// words). A run must hold MIN_CJK_DIGITS digits, so dates ("二〇二六年") and counts stay as written.

const MIN_CJK_DIGITS = 8;
/** 15 digits of at most 4 characters each ("キュウ", "ゴー"). */
const MAX_STRETCH = 60;
/** The CJK digit names of every locale: value by spelling. */
const CJK_DIGITS: ReadonlyMap<string, number> = new Map(
  [...NUMBER_WORDS].filter(([k, w]) => w.kind === "unit" && isCjkWord(k)).map(([k, w]) => [k, w.value] as [string, number]),
);
const CJK_HAN_DIGITS = new Set([...CJK_DIGITS.keys()].filter((k) => k.length === 1 && HAN.test(k)));
const CJK_LONGEST = Math.max(1, ...[...CJK_DIGITS.keys()].map((k) => k.length));
/** Separators a run of CJK digit groups may have between groups: spaces, commas, dots, dashes, ー ㅡ ・ 、. */
const isCjkGap = (c: number) =>
  c === 32 || c === 9 || c === 44 || c === 46 || c === 45 || c === 47 || c === 40 || c === 41 || c === 0x3001 || c === 0x30fb ||
  c === 0x30fc || c === 0x3161 || c === 0x1173 || c === 0x2010 || c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0xff0d || c === 0x3000;
/** Characters that mark a text as CJK at all: the cheap pre-test. */
const CJK_DIGIT_CHAR = (() => {
  const chars = new Set<string>();
  for (const k of CJK_DIGITS.keys()) chars.add(k[0]!);
  // CJK dashes between ASCII digit groups ("090 ー 4182", "010ㅡ7351").
  for (const c of ["ー", "ㅡ", "\u1173", "・"]) chars.add(c);
  return chars;
})();

/**
 * The pre-test as one character class (those of CJK_DIGIT_CHAR at U+1100 or above: the ones the
 * test ever looked for): the engine scans for it far faster than a loop over every unit of the text.
 */
const CJK_DIGIT_CHAR_ANY = new RegExp(
  `[${[...CJK_DIGIT_CHAR].filter((c) => c.charCodeAt(0) >= 0x1100).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`,
);

/** Particles that are no digit name ("の", "에", "です"; not "に" 2 or "이" 2): a stretch of one alone separates groups. */
const SEPARATING_PARTICLES: ReadonlySet<string> = new Set(PARTICLES.filter((p) => !CJK_DIGITS.has(p)));

/**
 * Spells a kana or Hangul stretch as digits: all of it, or all but a particle written against its last
 * digit name ("오육칠팔이에요", "ゴーロクナナハチです"); `length` is how much of the stretch the digits cover.
 */
function spellStretch(word: string): { digits: string; length: number } | undefined {
  const best = spellPrefixes(word);
  const n = word.length;
  if (best === undefined) return undefined;
  if (best[n] !== undefined) return { digits: best[n]!, length: n };
  // The longest particle whose stem spells digits (the prefixes are all worked out already).
  for (const p of PARTICLES) {
    if (p.length < n && best[n - p.length] !== undefined && word.endsWith(p)) return { digits: best[n - p.length]!, length: n - p.length };
  }
  return undefined;
}

/** For each prefix length of `word`, its spelling as digit names (shortest parse by DP), or undefined. */
function spellPrefixes(word: string): Array<string | undefined> | undefined {
  const n = word.length;
  // No phone number is read in more than MAX_STRETCH characters: longer stretches are prose (and cost nothing).
  if (n > MAX_STRETCH) return undefined;
  const best: Array<string | undefined> = new Array(n + 1).fill(undefined);
  best[0] = "";
  for (let i = 0; i < n; i++) {
    const sofar = best[i];
    if (sofar === undefined) continue;
    for (let len = 1; len <= CJK_LONGEST && i + len <= n; len++) {
      const v = CJK_DIGITS.get(word.slice(i, i + len));
      if (v !== undefined && (best[i + len] === undefined || best[i + len]!.length > sofar.length + 1)) best[i + len] = sofar + v;
    }
  }
  return best;
}

interface CjkToken {
  start: number;
  end: number;
  digits: string;
  /** Written in ASCII digits (copied as they are). */
  ascii: boolean;
}

/**
 * The class of a stretch-forming character: 1 hiragana, 3 katakana (digits read in katakana end where a
 * hiragana particle starts: "番号はゼロキューゼロ"), 2 Hangul syllable, 0 other. The long-vowel bar "ー"
 * is 4: it continues a stretch of either kana.
 */
const stretchClass = (text: string, i: number, c: number) =>
  HANGUL_SYLLABLE(c) ? 2 : c === 0x30fc ? 4 : c >= 0x3040 && KANA.test(text[i]!) ? (c < 0x30a0 ? 1 : 3) : 0;
const isKanaClass = (cls: number) => cls === 1 || cls === 3;

/** Whether the nearest non-space character in direction `dir` from `i` is a Han digit. */
function hanDigitNear(text: string, i: number, dir: 1 | -1): boolean {
  let k = i + dir;
  while (k >= 0 && k < text.length && text.charCodeAt(k) === 32) k += dir;
  return k >= 0 && k < text.length && CJK_HAN_DIGITS.has(text[k]!);
}

export function spellOutCjkDigits(input: MappedText): MappedText {
  const text = input.text;
  const n = text.length;
  if (!CJK_DIGIT_CHAR_ANY.test(text)) return input;
  // Tokens: ASCII digit runs, Han numerals (one character each), kana/Hangul stretches that spell digits.
  const tokens: Array<CjkToken | null> = [];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const start = i;
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      tokens.push({ start, end: i, digits: text.slice(start, i), ascii: true });
      continue;
    }
    // "(925)一 322 一6019": a lone 一 between written digits is a dash, not a one.
    if (c === 0x4e00 && !hanDigitNear(text, i, -1) && !hanDigitNear(text, i, 1)) {
      i++;
      continue;
    }
    if (c >= 0x3000 && CJK_HAN_DIGITS.has(text[i]!)) {
      tokens.push({ start: i, end: i + 1, digits: String(CJK_DIGITS.get(text[i]!)), ascii: false });
      i++;
      continue;
    }
    const cls = c >= 0x3000 ? stretchClass(text, i, c) : 0;
    // "ー" alone (not after kana) is a dash.
    if (cls !== 0 && cls !== 4) {
      const start = i;
      i++;
      for (let next = stretchClass(text, i, text.charCodeAt(i)); i < n && (next === cls || (next === 4 && isKanaClass(cls))); ) {
        i++;
        next = stretchClass(text, i, text.charCodeAt(i));
      }
      const stretch = text.slice(start, i);
      // "공일공 에 구팔칠육", "ぜろはちぜろ の いちにさんよん": a particle alone between groups reads the dash.
      if (SEPARATING_PARTICLES.has(stretch)) continue;
      const spelled = spellStretch(stretch);
      // One syllable ("이", "に", "ご") is a word far more often than a digit: stretches count from two digits.
      tokens.push(spelled === undefined || spelled.digits.length < 2 ? null : { start, end: start + spelled.length, digits: spelled.digits, ascii: false });
      continue;
    }
    if (isCjkGap(c)) {
      i++;
      continue;
    }
    tokens.push(null);
    i++;
  }
  let b: ViewBuilder | undefined;
  let last = 0;
  let k = 0;
  while (k < tokens.length) {
    if (!tokens[k]) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < tokens.length && tokens[end]) end++;
    const run = tokens.slice(k, end) as CjkToken[];
    k = end;
    const digitCount = run.reduce((m, t) => m + t.digits.length, 0);
    // Something CJK about it: a spelled digit, or a CJK separator between ASCII groups ("090 ー 4182").
    let cjk = run.some((t) => !t.ascii);
    if (!cjk) {
      for (let p = 1; p < run.length && !cjk; p++) {
        for (let q = run[p - 1]!.end; q < run[p]!.start && !cjk; q++) if (text.charCodeAt(q) >= 0x1100) cjk = true;
      }
    }
    if (!cjk || digitCount < MIN_CJK_DIGITS || digitCount > 15) continue;
    b ??= new ViewBuilder(input);
    b.copy(last, run[0]!.start);
    for (let p = 0; p < run.length; p++) {
      const t = run[p]!;
      if (t.ascii) b.copy(t.start, t.end);
      else b.emit(t.digits, t.start, t.end, BIT.number_word);
      const next = run[p + 1];
      if (!next) continue;
      let plain = true;
      for (let q = t.end; q < next.start && plain; q++) plain = text.charCodeAt(q) === 32 || text.charCodeAt(q) === 45;
      if (t.end === next.start || plain) b.copy(t.end, next.start);
      else b.emit(" ", t.end, next.start, BIT.number_word);
    }
    last = run[run.length - 1]!.end;
  }
  if (!b?.changed) return input;
  b.copy(last, n);
  return b.build();
}

export function digitsView(folded: MappedText): MappedText {
  return spellOutCjkDigits(spellOutNumberWords(undoLeetInDigitRuns(joinOddSeparators(folded))));
}
