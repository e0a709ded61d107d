/**
 * Which street words can start a reading, told from the characters around them before the window
 * is tokenized. Job ads say "drive", "way", "place", "court" all the time, and every such word sent
 * the whole window through the tokenizer and the street shapes (about a third of the recognizer's
 * time on the throughput corpus) although almost none stands next to a house number.
 *
 * The test is a necessary condition, read off the street shapes in `index.ts` (a property test holds
 * it to them):
 * - a street with the number before it (`suffixStreet`, `prefixNumberBefore`) needs an ASCII digit
 *   among the few words before the type word (a house number, "45, 2nd Cross"), or a unit word
 *   written just before the name ("Flat A, MG Road", "of a Park Drive": `unitBefore`);
 * - a street with the number after it (`prefixNumberAfter`, `numberAfterStreet`) needs an ASCII digit
 *   among the few words after it, or a "s/n".
 * The walks are wider than the shapes' (more words, more punctuation passed over), never narrower.
 */

import { isWordCharacter, isLetterOrMark } from "../../normalize/edges.js";
import { CharTrie } from "./char-trie.js";
import { FLOOR_ORDINALS, FLOOR_WORDS, UNIT_AT, UNIT_PATTERN_LIST, UNIT_WORD_LIST, type StreetEntry } from "./lexicon.js";
import { NO_NUMBER_MARKS } from "./tables.js";

/** Words the back walk passes: the name (five words in `suffixStreet`), then the house number's token. */
const BACK_RUNS = 6;
/** Words the forward walk passes: `prefixNumberAfter` takes eight steps of a word and its dot or a mark. */
const FORWARD_RUNS = 12;
/** How far before a name `unitBefore` reads. */
const UNIT_REACH = 40;

const SPACE_CP = /\s/u;
const isSpaceCode = (c: number) => (c < 0x80 ? c === 32 || (c >= 9 && c <= 13) : SPACE_CP.test(String.fromCharCode(c)));
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** `'`, `’`, `-`: join words into one token ("o'connell"). */
const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d;
const isCommaCode = (c: number) => c === 0x2c || c === 0x60c;
/** A UTF-16 unit of a word character (both halves of an astral letter count). */
const isWordUnit = (c: number) => (c >= 0xd800 && c <= 0xdfff) || isWordCharacter(c);

/*
 * The words a unit can start with (UNIT_CORE's alternatives): the unit words' leading runs ("h" of
 * "h no") and the floor ordinals ("first floor"), whole; and the leading letters of a unit pattern
 * ("primer" of "(?:primer[oa]?|…)"), as a prefix. Units that start with a digit or "#" are tried
 * where one is.
 */
type Lead = "word" | "prefix";
const UNIT_LEADS = new CharTrie<Lead>();

function leadingLetters(src: string): string {
  const m = /^[a-z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff]+/.exec(src);
  return m ? m[0] : "";
}

/** The top-level alternatives of a group that opens `src` ("(?:a|b)…" → ["a", "b"]), or null. */
function leadingAlternatives(src: string): string[] | null {
  if (!src.startsWith("(?:")) return null;
  const alts: string[] = [];
  let depth = 0;
  let from = 3;
  for (let i = 3; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) {
        alts.push(src.slice(from, i));
        return alts;
      }
      depth--;
    } else if (c === "|" && depth === 0) {
      alts.push(src.slice(from, i));
      from = i + 1;
    }
  }
  return null;
}

for (const w of [...UNIT_WORD_LIST, ...FLOOR_WORDS, ...FLOOR_ORDINALS]) {
  let end = 0;
  while (end < w.length && isWordCharacter(w.charCodeAt(end))) end++;
  if (end === 0) throw new Error(`unit word must start with a letter or digit: ${w}`);
  if (UNIT_LEADS.valueAt(walk(w.slice(0, end))) !== "prefix") UNIT_LEADS.add(w.slice(0, end), "word");
}
for (const p of UNIT_PATTERN_LIST) {
  if (p.startsWith("\\d")) continue;
  const alts = leadingAlternatives(p) ?? [p];
  for (const a of alts) {
    const lead = leadingLetters(a);
    if (lead === "") throw new Error(`unit pattern must start with a digit or letters: ${p}`);
    UNIT_LEADS.add(lead, "prefix");
  }
}

function walk(word: string): number {
  let node: number = CharTrie.ROOT;
  for (let k = 0; k < word.length && (k === 0 || node !== CharTrie.NONE); k++) node = UNIT_LEADS.step(node, word.charCodeAt(k));
  return node;
}

/** Does a unit word (UNIT_LEADS) start at `i`? */
function unitLeadAt(text: string, i: number): boolean {
  let node: number = CharTrie.ROOT;
  for (let k = i; k < text.length; k++) {
    node = UNIT_LEADS.step(node, text.charCodeAt(k));
    if (node === CharTrie.NONE) return false;
    const lead = UNIT_LEADS.valueAt(node);
    if (lead === "prefix") return true;
    if (lead === "word" && (k + 1 >= text.length || !isLetterOrMark(text.charCodeAt(k + 1)))) return true;
  }
  return false;
}

/**
 * May a unit end right before a name word or comma in [from, to)? Then a unit (UNIT_AT) starts in
 * the UNIT_REACH characters before one of them, at a word's start (with a unit word, a floor
 * ordinal, a unit pattern's letters or a digit) or at a "#". (`unitBefore` reads a slice, whose
 * start may cut a word; but a unit must end within six characters of the slice's end, and the
 * longest one, "departamento no. a1234-abcd", is 29 characters: it never starts at the cut.)
 */
function mayHoldUnit(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from - UNIT_REACH); i < to; i++) {
    const c = text.charCodeAt(i);
    let may: boolean;
    if (c === 0x23) may = true;
    else if (!isWordUnit(c) || (i > 0 && isWordUnit(text.charCodeAt(i - 1)))) continue;
    else may = isDigitCode(c) || unitLeadAt(text, i);
    if (may) {
      UNIT_AT.lastIndex = i;
      if (UNIT_AT.test(text)) return true;
    }
  }
  return false;
}

/** A house number before the street word at `start`, or a unit that stands in for it. */
function mayReadBefore(text: string, start: number): boolean {
  let i = start;
  let runs = 0;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isDigitCode(c)) return true;
    if (isWordUnit(c) || isJoiner(c)) {
      if (runs === BACK_RUNS) break;
      runs++;
      while (i > 0) {
        const d = text.charCodeAt(i - 1);
        if (isDigitCode(d)) return true;
        if (!(isWordUnit(d) || isJoiner(d))) break;
        i--;
      }
      continue;
    }
    if (!(isSpaceCode(c) || c === 0x2e || isCommaCode(c))) break;
    i--;
  }
  return mayHoldUnit(text, i, start);
}

/** A house number (or "s/n") after the street word ending at `end`. */
function mayReadAfter(text: string, end: number): boolean {
  let i = end;
  let runs = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) return true;
    if (isWordUnit(c) || isJoiner(c)) {
      if (runs === FORWARD_RUNS) break;
      runs++;
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (isDigitCode(d)) return true;
        if (!(isWordUnit(d) || isJoiner(d))) break;
        i++;
      }
      continue;
    }
    if (!(isSpaceCode(c) || c === 0x2e || c === 0x3a || c === 0x23 || c === 0x2f || isCommaCode(c))) break;
    i++;
  }
  const passed = text.slice(end, i + 1);
  return NO_NUMBER_MARKS.some((m) => passed.includes(m));
}

/** May the street word `m` (a match of STREET_ANCHOR, with its `entries`) start a reading? */
export function mayReadStreet(text: string, m: RegExpExecArray, entries: readonly StreetEntry[] | undefined): boolean {
  if (!entries) return false;
  let before = false;
  let after = false;
  for (const e of entries) {
    if (e.placement === "compound") after = true;
    else {
      if (e.number !== "after") before = true;
      if (e.placement === "prefix" && e.number !== "before") after = true;
    }
  }
  return (before && mayReadBefore(text, m.index)) || (after && mayReadAfter(text, m.index + m[0].length));
}

/**
 * May a glued street word ("Musterstraße", "Keizersgracht"; `streets`' walk over the tokens) make a
 * reading? `ends`: where the runs of word characters that end with one end (`streetHints`). The walk
 * reads a house number after the word (`numberAfterStreet`: after a dot, a comma, a number mark), as
 * a street word with the number after it does, so it needs what `mayReadAfter` looks for. Job ads
 * end words in "ring" ("hiring", "engineering") all the time: without this, every window with one
 * was tokenized and walked.
 */
export function mayReadGlued(text: string, ends: readonly number[]): boolean {
  for (const e of ends) if (mayReadAfter(text, e)) return true;
  return false;
}
