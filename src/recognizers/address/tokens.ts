import { allMatches } from "../../core/matches.js";

/**
 * A linear tokenizer for the address recognizer: words (with inner apostrophes and hyphens),
 * numbers and single punctuation marks, each with the kind of gap that precedes it.
 */

export type TokenKind =
  | "word" // letters only: "baker", "o'connell", "stoke-on-trent"
  | "num" // digits only: "350", "10115"
  | "ord" // "5th", "42nd"
  | "numa" // digits and a letter or two: "221b", "5a"
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

const TOKEN = /[\p{L}\p{M}\p{Nd}]+(?:['’\-][\p{L}\p{M}\p{Nd}]+){0,8}|[^\s\p{L}\p{M}\p{Nd}]/gu;

function hasDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function kindOf(t: string): TokenKind {
  // Most tokens are words: decide those without a regex.
  if (!hasDigit(t)) {
    const c = t.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return "word";
    return /^[\p{L}\p{M}]/u.test(t) ? "word" : "p";
  }
  if (/^\d+$/.test(t)) return "num";
  if (/^\d{1,4}(?:st|nd|rd|th)$/.test(t)) return "ord";
  if (/^\d{1,5}[a-z]{1,2}$/.test(t)) return "numa";
  if (/^\d{1,6}(?:-\d{1,6}){1,3}[a-z]?$/.test(t)) return "range";
  return "alnum";
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of allMatches(TOKEN, text)) {
    let gap: 0 | 1 | 2 = 0;
    let blank = false;
    if (m.index > prevEnd) {
      gap = 1;
      let breaks = 0;
      for (let i = prevEnd; i < m.index; i++) if (text.charCodeAt(i) === 10) breaks++;
      if (breaks > 0) gap = 2;
      blank = breaks > 1;
    }
    out.push({ s: m.index, e: m.index + m[0].length, t: m[0], k: kindOf(m[0]), gap, blank });
    prevEnd = m.index + m[0].length;
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
