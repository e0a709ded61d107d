import { bareDigitCount, MAX_DIGITS, type DigitRun } from "./candidates.js";
import { NUMBER_WORDS } from "../../normalize/tables/number-words.js";
import { prefixShared, escapeRegExp as escape } from "../../core/regex.js";
import { DIGIT_SHIFT, GROUP_JOINERS, REVERSE_CUES } from "./tables.js";

/*
 * Numbers handed over in pieces or backwards (issue 17, evasions): "0813, terus 9742, terakhir 6158",
 * "2 then 1 then 2 again, then 555", "потом", "然后"; "read this backwards: 4610 555 212", "задом
 * наперёд", "de trás pra frente". Both are read on the digits view, where the digit runs already are
 * (findDigitRuns), and each pass starts only when the text holds one of its words: one regex test.
 */

/** Words with letters of a spaced script need word edges; CJK words have none to look for. */
const hasEdges = (w: string) => /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic} ']+$/u.test(w);
/** One alternation of `words`, edged where the script has edges; spaces in a phrase match 1–3 blanks. */
function wordsPattern(words: readonly string[]): string {
  const edged = words.filter(hasEdges).map((w) => escape(w).replace(/ /g, "\\s{1,3}"));
  const bare = words.filter((w) => !hasEdges(w)).map(escape);
  const parts = [];
  if (edged.length) parts.push(`(?<![\\p{L}])(?:${edged.join("|")})(?![\\p{L}])`);
  if (bare.length) parts.push(bare.join("|"));
  return parts.join("|");
}

/**
 * The cues of `words` for cuesNearRuns: what RegExp(wordsPattern(words), "gu") matches, with the
 * word edge before an edged word checked in code (cueMatches) instead of by a lookbehind that V8
 * tried at every position of every window, and the edged words sharing their leading characters.
 * `edged` (group 1) is the edged words, `bare` (sticky) the others, tried where an edged word lost its edge.
 */
interface CueWords {
  any: RegExp;
  bare: RegExp | undefined;
}
function cueWords(words: readonly string[]): CueWords {
  const edged = words.filter(hasEdges).map((w) => escape(w).replace(/ /g, "\\s{1,3}"));
  const bare = words.filter((w) => !hasEdges(w)).map(escape);
  const parts = [];
  if (edged.length) parts.push(`(${prefixShared(edged)})(?![\\p{L}])`);
  if (bare.length) parts.push(bare.join("|"));
  return {
    any: new RegExp(parts.join("|") || "(?!)", "gu"),
    bare: bare.length ? new RegExp(bare.join("|"), "uy") : undefined,
  };
}
const REVERSE_NEARBY = cueWords(REVERSE_CUES);
/** A letter right before a position: the edge `(?<![\p{L}])` forbids. */
const LETTER_BEFORE = /\p{L}$/u;

/**
 * The matches of `cue` in `window`, as `matchAll(new RegExp(wordsPattern(words), "gu"))` gives them:
 * an edged word with a letter before it does not match there, and the search goes on with the bare
 * words at the same position, then from the next character.
 */
function cueMatches(cue: CueWords, window: string, from: number, out: Array<{ index: number; length: number }>): void {
  const re = cue.any;
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const at = m.index;
    let length = m[0].length;
    if (m[1] !== undefined && at > 0 && LETTER_BEFORE.test(window.slice(Math.max(0, at - 2), at))) {
      const bare = cue.bare;
      let b: RegExpExecArray | null = null;
      if (bare) {
        bare.lastIndex = at;
        b = bare.exec(window);
      }
      if (!b) {
        re.lastIndex = at + 1;
        continue;
      }
      length = b[0].length;
      re.lastIndex = at + length;
    }
    out.push({ index: from + at, length });
  }
  re.lastIndex = 0;
}

/** How far before and after a digit run an instruction about it is looked for. */
const CUE_BEFORE = 80;
const CUE_AFTER = 60;
const MIN_CUED_RUN_DIGITS = 4;

/**
 * Matches of `re` (global) near digit runs of some length only: the text is read in merged windows
 * around them, each character once at most, so a text without such a run costs nothing.
 */
function cuesNearRuns(cue: CueWords, text: string, runs: readonly DigitRun[]): Array<{ index: number; length: number }> {
  const out: Array<{ index: number; length: number }> = [];
  let scannedTo = 0;
  for (const r of runs) {
    if (bareDigitCount(r) < MIN_CUED_RUN_DIGITS) continue;
    const from = Math.max(scannedTo, r.start - CUE_BEFORE);
    const to = Math.min(text.length, r.end + CUE_AFTER);
    if (to <= from) continue;
    cueMatches(cue, text.slice(from, to), from, out);
    scannedTo = to;
    if (out.length >= MAX_READINGS) break;
  }
  return out;
}

/** At most this many pieced, reversed or shifted readings per text: each costs a parse, and a real message has one or two. */
export const MAX_READINGS = 16;

/** Index of the first run starting at or after `at` (runs are in text order): binary search. */
function firstRunFrom(runs: readonly DigitRun[], at: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first run of at least `minDigits` starting within `reach` characters after `at`. */
function runAfter(runs: readonly DigitRun[], at: number, reach: number, minDigits: number): DigitRun | undefined {
  for (let i = firstRunFrom(runs, at); i < runs.length && runs[i]!.start - at <= reach; i++) {
    if (bareDigitCount(runs[i]!) >= minDigits) return runs[i];
  }
  return undefined;
}

/** The run ending last at or before `at`, when it ends within `reach` characters of it. */
function runBefore(runs: readonly DigitRun[], at: number, reach: number): DigitRun | undefined {
  const i = firstRunFrom(runs, at) - 1;
  const r = runs[i];
  return r && r.end <= at && at - r.end <= reach ? r : undefined;
}

/** Punctuation that may stand between pieces besides the joiner words. */
const GAP_PUNCTUATION = /[\s,;:.\-–—/()，、。；：]+/gu;
/** A gap between pieces is at most this long: a few joiner words. */
const MAX_GAP = 40;
const MIN_PIECE_DIGITS = 7;

/** GAP_PUNCTUATION's characters (`\s` as the `u` flag reads it), by code. */
const isGapPunctuation = (c: number) =>
  c === 32 || c === 44 || c === 46 || c === 45 || c === 47 || c === 40 || c === 41 || c === 59 || c === 58 || (c >= 9 && c <= 13) ||
  c === 0xa0 || c === 0x2013 || c === 0x2014 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
  c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0xff0c || c === 0x3001 || c === 0x3002 || c === 0xff1b || c === 0xff1a;
/** The first word of every joiner: a gap's words can be joiners only when its first word is one of these. */
const JOINER_FIRST_WORDS: ReadonlySet<string> = new Set([...GROUP_JOINERS].map((w) => w.split(" ")[0]!));

/**
 * The words of the gap text[from, to) between two digit runs, when every one of them is a joiner;
 * else undefined. Most gaps are punctuation or prose: those are told apart without a string made.
 */
function joinerWords(text: string, from: number, to: number): string[] | undefined {
  if (to - from > MAX_GAP) return undefined;
  let first = from;
  while (first < to && isGapPunctuation(text.charCodeAt(first))) first++;
  if (first === to) return [];
  let firstEnd = first + 1;
  while (firstEnd < to && !isGapPunctuation(text.charCodeAt(firstEnd))) firstEnd++;
  if (!JOINER_FIRST_WORDS.has(text.slice(first, firstEnd))) return undefined;
  const words = text.slice(from, to).replace(GAP_PUNCTUATION, " ").trim();
  if (words === "") return [];
  if (GROUP_JOINERS.has(words)) return [words];
  const parts = words.split(" ");
  return parts.length <= 3 && parts.every((w) => GROUP_JOINERS.has(w)) ? parts : undefined;
}

/** Runs merged into one: start of the first, end of the last, digits and groups in order. */
function merge(runs: readonly DigitRun[]): DigitRun {
  return {
    start: runs[0]!.start,
    end: runs[runs.length - 1]!.end,
    digits: runs.map((r) => r.digits.replace("+", "")).join(""),
    groups: runs.flatMap((r) => r.groups),
    separators: runs.flatMap((r, i) => (i === 0 ? r.separators : [" ", ...r.separators])),
  };
}

/**
 * Digit runs joined by joiner words ("0813, terus 9742, terakhir 6158"): every chain of two or more
 * runs in which at least one gap holds a joiner word, with 7 to MAX_DIGITS digits in all.
 */
export function piecesJoinedByWords(text: string, runs: readonly DigitRun[]): DigitRun[] {
  const out: DigitRun[] = [];
  let i = 0;
  while (i < runs.length) {
    let j = i;
    let joined = false;
    let digits = runs[i]!.digits.length;
    while (j + 1 < runs.length) {
      if (runs[j + 1]!.start - runs[j]!.end > MAX_GAP) break;
      const words = joinerWords(text, runs[j]!.end, runs[j + 1]!.start);
      if (!words || digits + runs[j + 1]!.digits.length > MAX_DIGITS) break;
      if (words.length > 0) joined = true;
      digits += runs[j + 1]!.digits.length;
      j++;
    }
    if (joined && j > i && digits >= MIN_PIECE_DIGITS) out.push(merge(runs.slice(i, j + 1)));
    if (out.length >= MAX_READINGS) break;
    i = j + 1;
  }
  return out;
}

/** How far after a reverse cue the reversed run may start, and how far before it a leading piece may stand. */
const REVERSED_AFTER = 40;
const LEADING_BEFORE = 40;

/** A run read backwards: digits and groups reversed. */
function reversed(run: DigitRun): DigitRun {
  return { ...run, digits: [...run.digits.replace("+", "")].reverse().join(""), groups: [...run.groups].reverse(), separators: [...run.separators].reverse() };
}

/**
 * Runs a reverse cue points at, read backwards: the first run after the cue (or, with nothing after
 * it, the last run before it). With a short run before the cue ("DDD 21 e o resto de trás pra frente
 * 135462789"), that leading piece followed by the reversed run is offered too.
 */
export function reversedRuns(text: string, runs: readonly DigitRun[]): DigitRun[] {
  const out: DigitRun[] = [];
  for (const m of cuesNearRuns(REVERSE_NEARBY, text, runs)) {
    const cueStart = m.index;
    const cueEnd = m.index + m.length;
    if (out.length >= MAX_READINGS) break;
    const after = runAfter(runs, cueEnd, REVERSED_AFTER, MIN_PIECE_DIGITS - 3);
    const before = runBefore(runs, cueStart, LEADING_BEFORE);
    if (after) {
      const back = reversed(after);
      out.push(back);
      if (before && before.digits.length <= 4) out.push(merge([before, back]));
    } else if (before && before.digits.length >= MIN_PIECE_DIGITS) out.push(reversed(before));
  }
  return out;
}

const EACH_DIGIT = cueWords(DIGIT_SHIFT.eachDigit);
const ADD = new RegExp(wordsPattern(DIGIT_SHIFT.add), "gu");
const SUBTRACT = new RegExp(wordsPattern(DIGIT_SHIFT.subtract), "gu");
/** How far before an each-digit phrase its operation and amount stand ("súmale uno a | cada cifra"). */
const OPERATION_BEFORE = 40;
const AMOUNT = /\d|[\p{L}]+/gu;

/** The end of the last match of `re` in `window`, or -1. */
function lastMatchEnd(re: RegExp, window: string): number {
  let end = -1;
  re.lastIndex = 0;
  for (const m of window.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/** The first one-digit amount after the operation word: a digit or a number word worth 1–9. */
function amountIn(words: string): number | undefined {
  for (const m of words.matchAll(AMOUNT)) {
    const w = m[0];
    if (/^\d$/.test(w)) return Number(w);
    const n = NUMBER_WORDS.get(w);
    if (n && n.kind === "unit" && n.value >= 1 && n.value <= 9) return n.value;
  }
  return undefined;
}

/**
 * Runs to be read with every digit shifted, as "add one to each digit: 523 70 16 84" says: the
 * operation and its amount before the each-digit phrase, the run after it (or, with none after,
 * before the operation).
 */
export function shiftedRuns(text: string, runs: readonly DigitRun[]): DigitRun[] {
  if (DIGIT_SHIFT.eachDigit.length === 0) return [];
  const out: DigitRun[] = [];
  for (const m of cuesNearRuns(EACH_DIGIT, text, runs)) {
    const from = Math.max(0, m.index - OPERATION_BEFORE);
    const window = text.slice(from, m.index);
    const addEnd = lastMatchEnd(ADD, window);
    const subEnd = lastMatchEnd(SUBTRACT, window);
    const opEnd = Math.max(addEnd, subEnd);
    if (opEnd < 0) continue;
    const amount = amountIn(window.slice(opEnd));
    if (amount === undefined) continue;
    const sign = addEnd > subEnd ? 1 : -1;
    const cueEnd = m.index + m.length;
    if (out.length >= MAX_READINGS) break;
    const earlier = runBefore(runs, from + opEnd, LEADING_BEFORE);
    const run = runAfter(runs, cueEnd, REVERSED_AFTER, MIN_PIECE_DIGITS) ?? (earlier && earlier.digits.length >= MIN_PIECE_DIGITS ? earlier : undefined);
    if (!run) continue;
    const digits = [...run.digits.replace("+", "")].map((d) => String((Number(d) + sign * amount + 10) % 10)).join("");
    out.push({ ...run, digits });
  }
  return out;
}
