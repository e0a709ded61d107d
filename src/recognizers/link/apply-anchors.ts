/*
 * Where an application phrase (./words.ts APPLY_PHRASES) can start, found without the phrase regex.
 * The alternation of every locale's phrases, run over every text, cost 400 ms of the 9 MB corpus's
 * 10 s; it finds something in a handful of texts. Each phrase starts with a literal ("submit", "apply",
 * "candidati", "投递") or a group of them, so the phrase regex is tried only where one of those literals
 * starts a word: one char-code pass with a table look-up per word start, then a sticky match there.
 *
 * The literals are read from the compiled regex source itself, so the table cannot fall behind the
 * locales. A source this reader does not understand switches the anchors off (every text then goes to
 * the whole regex, as before); a test holds that it is on.
 */

import { groupEnd, topLevel } from "../../core/regex.js";

const QUANTIFIER = /^[?*{]/;
const SPECIAL = "\\[]().|?*+{}^$";

/**
 * The literals one of which every match of `source` starts with: its leading literal characters, or
 * those of each alternative of a leading group (and of what follows it when it is optional). Null when
 * some match may start otherwise (a class, an escape, a repeated group).
 */
function leadingLiterals(source: string): string[] | null {
  if (source.startsWith("\\b")) return leadingLiterals(source.slice(2));
  if (source.startsWith("(?:")) {
    const end = groupEnd(source, 0);
    if (end < 0) return null;
    const out: string[] = [];
    for (const alternative of topLevel(source.slice(3, end))) {
      const literals = leadingLiterals(alternative);
      if (!literals) return null;
      out.push(...literals);
    }
    const after = source.slice(end + 1);
    // An optional leading group ("(?:silakan )?(?:melamar|…)"): a match starts with it or with what follows.
    if (after.startsWith("?") && !after.startsWith("??")) {
      const rest = leadingLiterals(after.slice(1));
      return rest ? [...out, ...rest] : null;
    }
    return QUANTIFIER.test(after) ? null : out;
  }
  let k = 0;
  while (k < source.length && !SPECIAL.includes(source[k]!)) k++;
  // A character made optional by the quantifier after it is not part of every match.
  if (k < source.length && QUANTIFIER.test(source.slice(k))) k--;
  return k > 0 ? [source.slice(0, k)] : null;
}

/**
 * Literals (at least two characters) in buckets by their first two UTF-16 units: a dense array read by
 * a small hash of the pair (a Map keyed by the pair cost more than the pass). Units that share a bucket
 * only cost a `startsWith` more: each literal is compared whole.
 */
type Table = ReadonlyArray<readonly string[] | undefined>;

const BUCKETS = 4096;
const bucketOf = (a: number, b: number) => (Math.imul(a, 31) + b) & (BUCKETS - 1);

/** Anchors of one phrase regex: where its sticky twin is worth trying. */
export interface Anchors {
  /** The phrase regex with the sticky flag, tried at each anchor. */
  readonly sticky: RegExp;
  /** The literals that every match starts with, by their first two units. */
  readonly table: Table;
}

/** The anchors of `re`, or null when its source has a start this reader does not understand. */
export function anchorsOf(re: RegExp): Anchors | null {
  const literals = leadingLiterals(`(?:${re.source})`);
  if (!literals || literals.some((l) => l.length < 2)) return null;
  const table: Array<string[] | undefined> = new Array<string[] | undefined>(BUCKETS).fill(undefined);
  for (const l of new Set(literals)) (table[bucketOf(l.charCodeAt(0), l.charCodeAt(1))] ??= []).push(l);
  return { sticky: new RegExp(re.source, re.flags.replace("g", "") + "y"), table };
}

/**
 * Per UTF-16 unit: 1 for an ASCII letter, digit or `_` (a unit inside a word), 2 for a non-ASCII unit
 * (always asked: Han and kana phrases start anywhere), 0 for the rest. A table read instead of range
 * tests: the pass reads every unit of every text, and the tests cost twice the look-up.
 */
const UNIT = (() => {
  const t = new Uint8Array(65536).fill(2);
  for (let c = 0; c < 0x80; c++) t[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 ? 1 : 0;
  return t;
})();

/**
 * Whether one of the literals starts at `i`. Every phrase match starts at a word edge (./words.ts
 * atWordEdges), or at a Han or kana character, which is not ASCII: so only positions after an ASCII
 * non-word unit, after a non-ASCII unit, or on a non-ASCII unit are asked (a superset of the starts).
 */
export function anchorAt(a: Anchors, text: string, i: number): boolean {
  // At the last unit the second reads NaN, which the hash turns into 0: the bucket's literals, all of two
  // units or more, then fail `startsWith`.
  const list = a.table[bucketOf(text.charCodeAt(i), text.charCodeAt(i + 1))];
  if (list === undefined) return false;
  for (let k = 0; k < list.length; k++) if (text.startsWith(list[k]!, i)) return true;
  return false;
}

/**
 * The next position at or after `from` where a phrase may start, or -1: a literal at a word start
 * (after a unit that is not an ASCII word unit) or at a non-ASCII unit.
 */
export function nextAnchor(a: Anchors, text: string, from: number): number {
  const n = text.length;
  let prev = from > 0 ? UNIT[text.charCodeAt(from - 1)]! : 0;
  for (let i = from; i < n; i++) {
    const u = UNIT[text.charCodeAt(i)]!;
    // A word start (after anything but an ASCII word unit), or any non-ASCII unit.
    if ((u === 2 || (u === 1 && prev !== 1)) && anchorAt(a, text, i)) return i;
    prev = u;
  }
  return -1;
}
