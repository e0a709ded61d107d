/**
 * A linear tokenizer for the address recognizer: words (with inner apostrophes and hyphens),
 * numbers and single punctuation marks, each with the kind of gap that precedes it.
 */

import { isWordCharacter } from "../../normalize/edges.js";

export type TokenKind =
  | "word" // letters only: "baker", "o'connell", "stoke-on-trent"
  | "num" // digits only: "350", "10115"
  | "ord" // "5th", "42nd"
  | "numa" // digits and a letter or two: "221b", "5a", "4-b"
  | "range" // digit groups joined by hyphens: "100-106", "1-2-3", "01304-001"
  | "alnum" // other mixes: "nw1", "m5h", "d01"
  | "p"; // one punctuation mark

export interface Token {
  s: number;
  e: number;
  t: string;
  k: TokenKind;
  /** 0: glued to the previous token; 1: spaces before it; 2: a line break before it. */
  gap: 0 | 1 | 2;
  /** A blank line (two or more line breaks) before it: a new block of text. */
  blank: boolean;
}

/**
 * What a token is, as a regex: the specification `tokenize` follows (a property test holds the two
 * together). `tokenize` walks char codes instead: one `exec` per token, with Unicode property
 * classes at every character, cost more than the address grammar itself.
 */
export const TOKEN = /[\p{L}\p{M}\p{Nd}]+(?:['’\-][\p{L}\p{M}\p{Nd}]+){0,8}|[^\s\p{L}\p{M}\p{Nd}]/gu;
const MAX_JOINED = 8;

const SPACE_CP = /\s/u;
/** A letter, mark or decimal digit (TOKEN's word class). */
const isWordCp = isWordCharacter;
/** White space as `\s` has it. */
function isSpaceCp(cp: number): boolean {
  if (cp < 0x80) return cp === 32 || (cp >= 9 && cp <= 13);
  return SPACE_CP.test(String.fromCodePoint(cp));
}
/** `'`, `’` or `-`: joins two runs of word characters into one token ("o'connell", "stoke-on-trent"). */
const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d;
const widthOf = (cp: number) => (cp > 0xffff ? 2 : 1);

/** ASCII letters and digits: the word characters of most texts, told without a call. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordCp(c) ? 1 : 0;

/** How many ASCII digits the last `wordRunEnd` passed (read by `tokenize`, so `kindOf` need not count them again). */
let runDigits = 0;

/** End of the run of word code points starting at `i` (i itself when there is none). */
function wordRunEnd(text: string, i: number): number {
  const n = text.length;
  let digits = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_WORD[c] === 0) break;
      if (c <= 57) digits++;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (!isWordCp(cp)) break;
    i += widthOf(cp);
  }
  runDigits = digits;
  return i;
}

/** How many of `t`'s code units are ASCII digits. */
function digitCount(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** The kind of token `t`, which holds `digits` ASCII digits (`digitCount(t)`). */
function kindOf(t: string, digits: number): TokenKind {
  // Most tokens are words or plain numbers: decide those without a regex.
  if (digits === 0) {
    const c = t.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return "word";
    return /^[\p{L}\p{M}]/u.test(t) ? "word" : "p";
  }
  if (digits === t.length) return "num";
  if (/^\d{1,4}(?:st|nd|rd|th)$/.test(t)) return "ord";
  if (/^\d{1,5}(?:[a-z]{1,2}|-[a-z])$/.test(t)) return "numa";
  if (/^\d{1,6}(?:-\d{1,6}){1,3}[a-z]?$/.test(t)) return "range";
  return "alnum";
}

/** The kind of token `t` (what `tokenize` gives it, with its digits counted again): for tests. */
export const tokenKind = (t: string): TokenKind => kindOf(t, digitCount(t));

/** The tokens of `text`: exactly the matches of TOKEN, with their kinds and gaps. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    let end: number;
    let digits = 0;
    if (isWordCp(cp)) {
      end = wordRunEnd(text, i);
      digits = runDigits;
      for (let joined = 0; joined < MAX_JOINED && end < n && isJoiner(text.charCodeAt(end)); joined++) {
        const next = wordRunEnd(text, end + 1);
        if (next === end + 1) break;
        end = next;
        digits += runDigits;
      }
    } else if (isSpaceCp(cp)) {
      i += widthOf(cp);
      continue;
    } else end = i + widthOf(cp);
    let gap: 0 | 1 | 2 = 0;
    let blank = false;
    if (i > prevEnd) {
      gap = 1;
      let breaks = 0;
      for (let k = prevEnd; k < i; k++) if (text.charCodeAt(k) === 10) breaks++;
      if (breaks > 0) gap = 2;
      blank = breaks > 1;
    }
    const t = text.slice(i, end);
    out.push({ s: i, e: end, t, k: kindOf(t, digits), gap, blank });
    prevEnd = end;
    i = end;
  }
  return out;
}

/** Index of the first token starting at or after `pos`. */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.s < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
