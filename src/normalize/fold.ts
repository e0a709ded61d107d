import { escapeRegExp } from "../core/regex.js";
import { decodeHTML } from "entities";
import { DISGUISE_BIT as BIT, ViewBuilder, identityView, mappedText, type MappedText } from "./view.js";
import { CONFUSABLES, OTHER_SCRIPT_LETTER } from "./tables/confusables.js";
import { INVISIBLE } from "./tables/invisible.js";
import { ENCLOSED_DIGITS, KEYCAP, isEnclosedRange } from "./tables/enclosed-digits.js";
import { allMatches } from "../core/matches.js";
import { isSpace } from "./windows.js";
import { EMAIL_WORD_SETS } from "../locale/index.js";

/*
 * The "fold" view: one lower-case, ASCII-leaning rendering of the text on which the recognizers
 * run. No library undoes these disguises while keeping offsets, hence our own transformers.
 * Each stage is linear in its input and returns its input unchanged when it has nothing to do.
 */

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** Stage 1: HTML character references (`&#64;`, `&commat;`, `&period;`). */
export function decodeEntities(input: MappedText): MappedText {
  const text = input.text;
  if (!text.includes("&")) return input;
  let b: ViewBuilder | undefined;
  let last = 0;
  for (const m of allMatches(ENTITY, text)) {
    const decoded = decodeHTML(m[0]);
    if (decoded === m[0]) continue;
    // Built on the first real entity: "R&D" and "Q&A" cost no copy of the text.
    b ??= new ViewBuilder(input);
    b.copy(last, m.index);
    b.emit(decoded, m.index, m.index + m[0].length, BIT.html_entity);
    last = m.index + m[0].length;
  }
  if (!b) return input;
  b.copy(last, text.length);
  return b.build();
}

const NON_ASCII = /[^\x00-\x7F]/;
/** One UTF-16 unit outside ASCII, searched for from `lastIndex` (no `u` flag: units, not code points). */
const NEXT_NON_ASCII = new RegExp(NON_ASCII.source, "g");
const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;
const LATIN = /[A-Za-z]/;
const MARKS = /\p{M}/gu;
const DECIMAL_DIGIT = /\p{Nd}/u;

/** Which positions hold look-alike letters that should be read as Latin. */
function confusablePositions(text: string): Uint8Array | null {
  if (!OTHER_SCRIPT_LETTER.test(text)) return null;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x370 && c <= 0x52f) other++;
  }
  const mostlyLatin = latin > other;
  const marks = new Uint8Array(text.length);
  // Whole words of look-alike letters ("в", "тг", "сор") are latinised only in a text that has no
  // genuine Cyrillic or Greek word: "пиши в тг: @kostya_motion" is Russian even though its handle
  // makes it mostly Latin, while "call me оn тg" disguises English.
  let nativeWord = false;
  const lookAlikeWords: Array<[number, number]> = [];
  for (const m of allMatches(WORD, text)) {
    const word = m[0];
    if (!OTHER_SCRIPT_LETTER.test(word)) continue;
    const mixed = LATIN.test(word);
    let allLookAlike = true;
    for (const ch of word) {
      if (!LATIN.test(ch) && CONFUSABLES[ch] === undefined && !/\p{Nd}/u.test(ch)) {
        allLookAlike = false;
        break;
      }
    }
    if (!allLookAlike) {
      if (!mixed) nativeWord = true;
      continue;
    }
    if (mixed) marks.fill(1, m.index, m.index + word.length);
    else if (mostlyLatin) lookAlikeWords.push([m.index, m.index + word.length]);
  }
  if (!nativeWord) for (const [s, e] of lookAlikeWords) marks.fill(1, s, e);
  return marks;
}

const digitValueCache = new Map<number, string>();
/** Value of any Unicode decimal digit: digits come in contiguous runs of ten starting at zero. */
function decimalDigitValue(cp: number): string {
  const cached = digitValueCache.get(cp);
  if (cached !== undefined) return cached;
  let first = cp;
  while (first > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(first - 1))) first--;
  const value = String((cp - first) % 10);
  digitValueCache.set(cp, value);
  return value;
}

/** Folds one non-ASCII code point; returns the replacement and the disguise it undid. */
function foldCodePoint(ch: string, cp: number): [string, number] {
  const enclosed = ENCLOSED_DIGITS.get(ch);
  if (enclosed !== undefined) return [enclosed, BIT.enclosed_digit];
  if (DECIMAL_DIGIT.test(ch)) {
    const isFullWidth = cp >= 0xff10 && cp <= 0xff19;
    const isMath = cp >= 0x1d7ce && cp <= 0x1d7ff;
    return [decimalDigitValue(cp), isFullWidth || isMath ? BIT.compatibility : BIT.digit_script];
  }
  let out: string;
  // Alphabetic scripts: drop accents too ("whatsàpp"). Hangul and CJK: NFKC only, so syllables survive
  // (decided on the code point itself: a Hangul syllable decomposes into jamo below U+2000).
  if (cp < 0x1100 || (cp >= 0x1e00 && cp < 0x2000) || (cp >= 0xff00 && cp <= 0xff9f)) out = ch.normalize("NFKD").replace(MARKS, "");
  else out = ch.normalize("NFKC");
  if (out.length === 0) return ["", 0];
  out = out.toLowerCase();
  if (out === ch.toLowerCase()) return [out, 0];
  return [out, isEnclosedRange(cp) ? BIT.enclosed_digit : BIT.compatibility];
}

/**
 * How the loop in `foldCharacters` treats a non-ASCII code point when the answer does not depend on
 * its neighbours: copied as it is (`"kept"`: "’", "–", "é"), or replaced by one unit with a disguise
 * flag (a no-break space becomes a space). `null`: anything else (invisible characters, look-alikes,
 * keycaps, expansions), which only the loop handles.
 */
type SimpleFold = "kept" | { unit: string; flag: number } | null;

const SIMPLE_CACHE_LIMIT = 65_536;
const simpleCache = new Map<number, SimpleFold>();
function simpleFold(ch: string, cp: number): SimpleFold {
  const cached = simpleCache.get(cp);
  if (cached !== undefined) return cached;
  let r: SimpleFold = null;
  if (cp <= 0xffff && cp !== 0x20e3 && !INVISIBLE.test(ch) && CONFUSABLES[ch] === undefined) {
    const [out, flag] = foldCodePoint(ch, cp);
    if (out === ch && flag === 0 && ch.toLowerCase() === ch) r = "kept";
    else if (out.length === 1) r = { unit: out, flag };
  }
  if (simpleCache.size < SIMPLE_CACHE_LIMIT) simpleCache.set(cp, r);
  return r;
}

/**
 * The common case in one pass: ASCII, plus non-ASCII characters that each fold on their own to one
 * unit. Every unit stays in place, so the maps are the input's; only flags are added. `null` when
 * some character needs the full loop.
 */
function foldInPlace(input: MappedText): MappedText | null {
  const text = input.text;
  const parts: string[] = [];
  let flags: Uint16Array | undefined;
  let last = 0;
  // The next non-ASCII unit is found by a native scan (`test` leaves `lastIndex` just past it):
  // texts are mostly ASCII, and a loop over every unit cost more than the folding itself.
  NEXT_NON_ASCII.lastIndex = 0;
  while (NEXT_NON_ASCII.test(text)) {
    const i = NEXT_NON_ASCII.lastIndex - 1;
    const cp = text.codePointAt(i)!;
    // The string is made only when the code point was never seen (most are: "’", "é", a no-break space).
    const cached = simpleCache.get(cp);
    const r = cached !== undefined ? cached : simpleFold(String.fromCodePoint(cp), cp);
    if (r === null) {
      NEXT_NON_ASCII.lastIndex = 0;
      return null;
    }
    if (r === "kept") continue;
    parts.push(text.slice(last, i).toLowerCase(), r.unit);
    last = i + 1;
    if (r.flag) {
      flags ??= input.flags ? input.flags.slice() : new Uint16Array(text.length);
      flags[i] = flags[i]! | r.flag;
    }
  }
  parts.push(text.slice(last).toLowerCase());
  const folded = parts.length === 1 ? parts[0]! : parts.join("");
  if (folded.length !== text.length) return null;
  return mappedText(folded, input.srcStart, input.srcEnd, flags ?? input.flags, input.originalLength);
}

/** Stage 2: invisible characters, compatibility forms, look-alikes, digit scripts, case. */
export function foldCharacters(input: MappedText): MappedText {
  const text = input.text;
  // ASCII lower-casing keeps every unit in place, so the map is unchanged.
  if (!NON_ASCII.test(text)) return mappedText(text.toLowerCase(), input.srcStart, input.srcEnd, input.flags, input.originalLength);
  return foldInPlace(input) ?? foldEachCharacter(input);
}

/**
 * INVISIBLE as a table of UTF-16 units, read off its class's "\uXXXX" and "\uXXXX-\uXXXX" items (testing
 * every unit against the regex cost 4 ms at start-up). A test holds the table to the regex on every unit.
 */
export const INVISIBLE_UNIT = new Uint8Array(0x10000);
for (const m of INVISIBLE.source.matchAll(/\\u([0-9a-f]{4})(?:-\\u([0-9a-f]{4}))?/gi)) {
  const from = parseInt(m[1]!, 16);
  INVISIBLE_UNIT.fill(1, from, parseInt(m[2] ?? m[1]!, 16) + 1);
}

/** The unit at `i`, -1 past the end (charCodeAt's NaN there made the optimized loop bail out: "out of bounds"). */
const unitAt = (text: string, i: number) => (i < text.length ? text.charCodeAt(i) : -1);

/** Stage 2 the long way, one code point at a time (exported so tests hold the fast path to it). */
export function foldEachCharacter(input: MappedText): MappedText {
  const text = input.text;
  const confusable = confusablePositions(text);
  const b = new ViewBuilder(input);
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 0x80) {
      if (cp >= 48 && cp <= 57 && (unitAt(text, i + 1) === 0x20e3 || unitAt(text, i + 1) === 0xfe0f) && KEYCAP.test(text.slice(i, i + 3))) {
        const len = unitAt(text, i + 1) === 0xfe0f ? 3 : 2;
        b.emit(text[i]!, i, i + len, BIT.enclosed_digit);
        i += len;
        continue;
      }
      // A run of plain ASCII is lower-cased in one piece (same length, same map).
      let j = i + 1;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (c >= 0x80 || ((c >= 48 && c <= 57) && (unitAt(text, j + 1) === 0x20e3 || unitAt(text, j + 1) === 0xfe0f))) break;
        j++;
      }
      b.copyLower(i, j);
      i = j;
      continue;
    }
    // An invisible character is told by one table read, before its string is made: a text with one
    // between every two characters ("4\u200b1\u200b5…", a worst case) spent a slice and a regex test on each.
    if (width === 1 && INVISIBLE_UNIT[cp] === 1) {
      b.drop(i, i + 1, BIT.invisible);
      i += 1;
      continue;
    }
    const ch = text.slice(i, i + width);
    if (INVISIBLE.test(ch)) {
      b.drop(i, i + width, BIT.invisible);
    } else if (confusable && confusable[i] === 1 && CONFUSABLES[ch] !== undefined) {
      b.emit(CONFUSABLES[ch]!, i, i + width, BIT.confusable);
    } else {
      const [out, flag] = foldCodePoint(ch, cp);
      if (out === ch) b.copy(i, i + width);
      else if (out.length === 0) b.drop(i, i + width);
      else b.emit(out, i, i + width, flag);
    }
    i += width;
  }
  return b.build();
}


/**
 * `minRun` single units (non-space characters standing alone, white space as `isSpace` has it) with one to
 * three spaces between each: what every run `collapseSpacedCharacters` joins holds, so a text
 * without a match has nothing to join. Disjoint classes and bounded gaps: linear time.
 */
const SPACE_CLASS = "[ \\t\\n\\r\\xa0]";
const UNIT_CLASS = "[^ \\t\\n\\r\\xa0]";
const spacedRunTests = new Map<number, RegExp>();
function spacedRunTest(minRun: number): RegExp {
  let re = spacedRunTests.get(minRun);
  if (!re) {
    // The unit before the run is consumed ("^" or a space), not looked behind: the same yes or no (only
    // `test` is asked), and V8 no longer tries a lookbehind at every position (twice as fast on the corpora).
    re = new RegExp(`(?:^|${SPACE_CLASS})${UNIT_CLASS}(?:${SPACE_CLASS}{1,3}${UNIT_CLASS}){${Math.max(0, minRun - 1)}}(?!${UNIT_CLASS})`);
    spacedRunTests.set(minRun, re);
  }
  return re;
}

/**
 * Stage 3: letters or digits written one at a time with spaces or line breaks between them
 * ("k e n j i @ g m a i l . c o m"). Runs of five or more single characters are joined;
 * a wider gap inside the run is kept as one space, since it usually separates words.
 */
export function collapseSpacedCharacters(input: MappedText, minRun = 5): MappedText {
  // Most texts hold no such run: one native scan says so before the loop walks every unit.
  const text = input.text;
  return spacedRunTest(minRun).test(text) || (MARKER_TOKEN.test(text) && SHORT_RUN_BY_MARKER.test(text)) ? joinSpacedRuns(input, minRun) : input;
}

/**
 * A bracketed "at" or "dot" ("(at)", "[dot]", "{.}", "<@>") in every locale's words: a shorter run of
 * single characters next to one is joined too ("k e n j i (at) sato-studio (dot) j p" ends "(dot) jp").
 */
const MARKER_WORDS = new Set([
  "at", "dot", ".", "@",
  ...EMAIL_WORD_SETS.flatMap((e) => [...(e.atWords ?? []), ...(e.dotWords ?? [])]).filter((w) => !w.includes(" ")).map((w) => w.toLowerCase()),
]);
function isMarker(token: string): boolean {
  if (token.length < 3) return false;
  const open = token.charCodeAt(0);
  const close = token.charCodeAt(token.length - 1);
  const pair = (open === 40 && close === 41) || (open === 91 && close === 93) || (open === 123 && close === 125) || (open === 60 && close === 62);
  return pair && MARKER_WORDS.has(token.slice(1, -1));
}
/**
 * A bracketed marker written anywhere ("(at)", "[dot]"): without one no shorter run is joined, so the
 * pre-test below (a look-behind tried at every position) is skipped; brackets lead, which the engine finds fast.
 */
const MARKER_TOKEN = new RegExp(`[\\[({<](?:${[...MARKER_WORDS].map((w) => escapeRegExp(w)).join("|")})[\\])}>]`);
/** Two single units right after a closing bracket, or right before an opening one: what a marker run needs. */
const SHORT_RUN_BY_MARKER = new RegExp(
  `[\\])}>]${SPACE_CLASS}{1,3}${UNIT_CLASS}${SPACE_CLASS}{1,3}${UNIT_CLASS}(?!${UNIT_CLASS})|(?<!${UNIT_CLASS})${UNIT_CLASS}${SPACE_CLASS}{1,3}${UNIT_CLASS}${SPACE_CLASS}{1,3}[\\[({<]`,
);

/** Stage 3's loop, without the pre-test (exported so tests hold the pre-test to it). */
export function joinSpacedRuns(input: MappedText, minRun = 5): MappedText {
  const text = input.text;
  const n = text.length;
  // Token boundaries: [start, end) of non-space runs. The builder is made at the first run to join.
  let b: ViewBuilder | undefined;
  let written = 0;
  let i = 0;
  let runTokens: number[] = [];
  // The word before the current run (its text and end), for the marker rule.
  let prevWord = "";
  let prevWordEnd = -10;
  const byMarker = (nextWord: string, nextStart: number) => {
    if (runTokens.length < 2) return false;
    const first = runTokens[0]!;
    const last = runTokens[runTokens.length - 1]!;
    return (isMarker(prevWord) && first - prevWordEnd <= 3) || (isMarker(nextWord) && nextStart - (last + 1) <= 3);
  };
  const flush = (nextWord = "", nextStart = -10) => {
    if (runTokens.length >= minRun || byMarker(nextWord, nextStart)) {
      b ??= new ViewBuilder(input);
      b.copy(written, runTokens[0]!);
      for (let k = 0; k < runTokens.length; k++) {
        const t = runTokens[k]!;
        b.copy(t, t + 1);
        const next = runTokens[k + 1];
        if (next === undefined) continue;
        const gap = next - (t + 1);
        if (gap === 1) b.drop(t + 1, next, BIT.spacing);
        else b.emit(" ", t + 1, next, BIT.spacing);
      }
      written = runTokens[runTokens.length - 1]! + 1;
    }
    runTokens = [];
  };
  while (i < n) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && !isSpace(text.charCodeAt(j))) j++;
    const single = j - i === 1;
    if (single) {
      const prev = runTokens[runTokens.length - 1];
      // Gaps wider than three spaces or with two line breaks end the run.
      if (prev !== undefined) {
        // Counted in place: a slice and a split per single character cost two allocations each on
        // "1 1 1 …" (50,000 tokens in 100 KB), a third of the fold's time there.
        let lineBreaks = 0;
        for (let k = prev + 1; k < i; k++) if (text.charCodeAt(k) === 10) lineBreaks++;
        if (i - prev - 1 > 3 || lineBreaks > 1) {
          flush();
          prevWord = "";
        }
      }
      runTokens.push(i);
    } else {
      const word = text.slice(i, j);
      flush(word, i);
      prevWord = word;
      prevWordEnd = j;
    }
    i = j;
  }
  flush();
  if (!b?.changed) return input;
  b.copy(written, n);
  return b.build();
}

/** The whole fold pipeline. */
export function fold(text: string): MappedText {
  let view = identityView(text);
  view = decodeEntities(view);
  view = foldCharacters(view);
  view = collapseSpacedCharacters(view);
  return view;
}
