import { fold } from "../../normalize/fold.js";
import { PLATFORMS, type Platform } from "../platforms/index.js";

/*
 * All platform words of all tables, compiled once into one regex. The regex is a trie (common
 * prefixes shared), so a position that starts no alias fails after one character test. Between
 * letters it accepts one optional separator ("w.h.a.t.s.a.p.p", "what-s-app", "whats app"), and
 * in aliases of four letters or more each letter also accepts its leet forms ("t3l3gram",
 * "wh@tsapp", "linkedln"). Every quantifier is a single optional character class, so matching
 * is linear: at each start the engine walks at most one trie path (plus single-step backtracks).
 */

export interface AliasEntry {
  platform: Platform;
  /** The alias as written in the table, folded. */
  alias: string;
  ambiguous: boolean;
}

/** Separator characters accepted between the letters of an alias. */
export const ALIAS_SEPARATORS = /[.\-_ ]/g;
const SEP = "[.\\-_ ]?";

/** Leet forms per letter (letters of the canonical key). `l` and `i` share "1" and "|". */
const LEET_CLASS: Readonly<Record<string, string>> = {
  a: "a@4",
  e: "e3",
  i: "il1!|",
  o: "o0",
  s: "s5$",
};
/** Canonical letter of any character a leet class accepts. */
const CANON: Readonly<Record<string, string>> = {
  "@": "a",
  "4": "a",
  "3": "e",
  "1": "i",
  l: "i",
  "!": "i",
  "|": "i",
  "0": "o",
  "5": "s",
  $: "s",
};
const LEET_MIN_LENGTH = 4;

/** Scripts written without spaces between words: no word-boundary test around their aliases. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A character that continues a word of a spaced script (Latin, Cyrillic, Greek, Arabic) or a number. */
// Explicit ranges rather than \p{Script=…}: the alias regex runs over every text, and script
// property classes at every position cost more than the rest of the recognizer.
const WORD_CHAR = "[0-9a-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u0600-\\u06ff\\u1e00-\\u1eff\\u0660-\\u0669]";

/** Key under which an alias (or a matched text) is looked up: separators out, leet folded. */
export function aliasKey(s: string): string {
  let out = "";
  for (const ch of s.replace(ALIAS_SEPARATORS, "")) out += CANON[ch] ?? ch;
  return out;
}

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|\/]/.test(ch) ? `\\${ch}` : ch;
}
function escapeClass(chars: string): string {
  let out = "";
  for (const ch of chars) out += /[\\\]\[^\-]/.test(ch) ? `\\${ch}` : ch;
  return out;
}

/** One letter position of an alias: its regex fragment and the characters it accepts. */
interface Unit {
  re: string;
  chars: string;
}

interface TrieNode {
  /** Keyed by the unit's regex fragment, in insertion order (the regex's alternation order). */
  children: Map<string, TrieNode>;
  /** Per code point, the children whose unit accepts it, in `children` order: what `findAliases` walks. */
  next: Map<number, TrieNode[]>;
  /** `next` for ASCII code points, as an array: the walker's look-up for almost every character. */
  ascii: Array<TrieNode[] | undefined>;
  end: boolean;
}
const newNode = (): TrieNode => ({ children: new Map(), next: new Map(), ascii: new Array<TrieNode[] | undefined>(128).fill(undefined), end: false });

function insert(root: TrieNode, units: Unit[]): void {
  let node = root;
  for (const u of units) {
    let next = node.children.get(u.re);
    if (!next) {
      next = newNode();
      node.children.set(u.re, next);
      // Children are created in `children` order, so appending keeps each list in that order.
      for (const ch of new Set(u.chars)) {
        const cp = ch.codePointAt(0)!;
        const list = node.next.get(cp) ?? [];
        list.push(next);
        node.next.set(cp, list);
        if (cp < 0x80) node.ascii[cp] = list;
      }
    }
    node = next;
  }
  node.end = true;
}

function compileNode(node: TrieNode, end: string): string {
  const alts = [...node.children].map(([unit, child]) => unit + compileTail(child, end));
  return alts.length === 1 ? alts[0]! : `(?:${alts.join("|")})`;
}
function compileTail(node: TrieNode, end: string): string {
  const parts: string[] = [];
  if (node.children.size > 0) parts.push(SEP + compileNode(node, end));
  if (node.end) parts.push(end);
  if (parts.length === 1) return parts[0] === "" ? "" : `(?:${parts[0]})`;
  return `(?:${parts.join("|")})`;
}

/** Units of one alias, given its folded form. */
function unitsOf(folded: string): Unit[] {
  const key = aliasKey(folded);
  const leet = [...key].length >= LEET_MIN_LENGTH && !UNSPACED.test(key);
  const units: Unit[] = [];
  if (leet) {
    for (const ch of key) {
      const cls = LEET_CLASS[ch];
      units.push(cls ? { re: `[${escapeClass(cls)}]`, chars: cls } : { re: escapeChar(ch), chars: ch });
    }
  } else {
    for (const ch of folded.replace(ALIAS_SEPARATORS, "")) {
      const canon = CANON[ch] ?? ch;
      // Short aliases take no leet, but their letters still match their canonical spelling.
      units.push(canon === ch ? { re: escapeChar(ch), chars: ch } : { re: `[${escapeClass(ch + canon)}]`, chars: ch + canon });
    }
  }
  return units;
}

function buildTable(): { byKey: Map<string, AliasEntry>; conflicts: string[]; regex: RegExp; spaced: TrieNode; unspaced: TrieNode } {
  const byKey = new Map<string, AliasEntry>();
  const conflicts: string[] = [];
  const spaced = newNode();
  const unspaced = newNode();
  for (const platform of PLATFORMS) {
    const all: Array<[string, boolean]> = [
      ...platform.aliases.map((a): [string, boolean] => [a, false]),
      ...(platform.ambiguousAliases ?? []).map((a): [string, boolean] => [a, true]),
    ];
    for (const [raw, ambiguous] of all) {
      const folded = fold(raw).text;
      const key = aliasKey(folded);
      if (key.length === 0) continue;
      const seen = byKey.get(key);
      if (seen) {
        if (seen.platform !== platform) conflicts.push(`${raw} (${platform.id}) vs ${seen.alias} (${seen.platform.id})`);
        // An unambiguous spelling wins over an ambiguous one with the same key.
        else if (seen.ambiguous && !ambiguous) byKey.set(key, { platform, alias: folded, ambiguous });
        continue;
      }
      byKey.set(key, { platform, alias: folded, ambiguous });
      insert(UNSPACED.test(key) ? unspaced : spaced, unitsOf(folded));
    }
  }
  const parts: string[] = [];
  if (spaced.children.size) parts.push(`(?<!${WORD_CHAR})${compileNode(spaced, `(?!${WORD_CHAR})`)}`);
  if (unspaced.children.size) parts.push(compileNode(unspaced, ""));
  return { byKey, conflicts, regex: new RegExp(parts.join("|"), "gu"), spaced, unspaced };
}

const TABLE = buildTable();

/**
 * One regex matching every platform word of every table (global, unicode). The recognizers use
 * `findAliases`, which walks the same trie by character codes and returns the same matches; the
 * regex is kept as its specification (a property test holds the two together).
 */
export const ALIAS_REGEX: RegExp = TABLE.regex;

// ---- the trie walked directly -------------------------------------------------------------------
// Irregexp cannot skip ahead on a pattern that opens with a look-behind, so the regex above tests
// every position of every text (≈ 15 MB/s). Walking the trie ourselves, only word starts whose
// first character begins an alias go further: the same matches, several times faster.

const WORD_CHAR_RE = new RegExp(WORD_CHAR);
const isWordCharAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return WORD_CHAR_RE.test(text[i]!);
};
/** `isWordCharAt` for ASCII, as a table. */
const WORD_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_ASCII[c] = isWordCharAt(String.fromCharCode(c), 0) ? 1 : 0;
const isSeparator = (c: number) => c === 46 || c === 45 || c === 95 || c === 32;

/** First code points of the spaced and unspaced tries: a position starting with none is skipped at once. */
const FIRST_SPACED: ReadonlySet<number> = new Set(TABLE.spaced.next.keys());
const FIRST_UNSPACED: ReadonlySet<number> = new Set(TABLE.unspaced.next.keys());

/** After a unit: the rest of the alias (optional separator, then a child), else its end. -1: no match. */
function walkTail(text: string, node: TrieNode, pos: number, spacedEnd: boolean): number {
  if (node.children.size > 0) {
    if (pos < text.length && isSeparator(text.charCodeAt(pos))) {
      const r = walkChildren(text, node, pos + 1, spacedEnd);
      if (r >= 0) return r;
    }
    const r = walkChildren(text, node, pos, spacedEnd);
    if (r >= 0) return r;
  }
  if (node.end && (!spacedEnd || pos >= text.length || !isWordCharAt(text, pos))) return pos;
  return -1;
}

function walkChildren(text: string, node: TrieNode, pos: number, spacedEnd: boolean): number {
  if (pos >= text.length) return -1;
  const c = text.charCodeAt(pos);
  const cp = c < 0x80 ? c : text.codePointAt(pos)!;
  const children = c < 0x80 ? node.ascii[c] : node.next.get(cp);
  if (!children) return -1;
  const width = cp > 0xffff ? 2 : 1;
  for (let k = 0; k < children.length; k++) {
    const r = walkTail(text, children[k]!, pos + width, spacedEnd);
    if (r >= 0) return r;
  }
  return -1;
}

/** ASCII characters that start a spaced alias; ASCII never starts an unspaced one (checked below). */
const FIRST_SPACED_ASCII = new Uint8Array(128);
for (const cp of FIRST_SPACED) if (cp < 0x80) FIRST_SPACED_ASCII[cp] = 1;
if ([...FIRST_UNSPACED].some((cp) => cp < 0x80)) throw new Error("an unspaced alias starts with an ASCII character");

/**
 * Whether a spaced alias can start with ASCII characters c1 c2 (c1 * 128 + c2): the walk from the
 * root can get past its first step only when c2 is a separator, continues some child of c1, or ends
 * a one-character alias. Most word starts ("the", "and", "we") fail here without a walk.
 */
const SPACED_PAIR = new Uint8Array(128 * 128);
for (let c1 = 0; c1 < 128; c1++) {
  for (const child of TABLE.spaced.ascii[c1] ?? []) {
    for (let c2 = 0; c2 < 128; c2++) {
      const continues = child.children.size > 0 && (isSeparator(c2) || child.ascii[c2] !== undefined);
      const ends = child.end && WORD_ASCII[c2] === 0;
      if (continues || ends) SPACED_PAIR[c1 * 128 + c2] = 1;
    }
  }
}

/**
 * The pair test one character further, for the pairs it lets through ("th", "in", "re" start a third of
 * all words and few aliases): per pair, the ASCII third characters with which the walk from the root
 * (walkChildren/walkTail) can get past its first three characters. A matching walk always can, so this only
 * skips walks that fail. Each pair's row is made the first time a text asks for it: building all of them at
 * import cost about 10 ms of CPU at start-up (a quarter of this module's), for rows most texts never ask for.
 */
const SPACED_TRIPLE: Array<Uint8Array | undefined> = new Array<Uint8Array | undefined>(128 * 128).fill(undefined);

/** The SPACED_TRIPLE row of a pair that SPACED_PAIR lets through. */
function spacedThirds(pair: number): Uint8Array {
  const c1 = pair >> 7;
  const c2 = pair & 127;
  const thirds = new Uint8Array(128);
  for (const first of TABLE.spaced.ascii[c1] ?? []) {
    for (let c3 = 0; c3 < 128; c3++) {
      // The alias ends after one unit (c2 ends the word), or a separator follows it and a second unit is c3.
      if (first.end && WORD_ASCII[c2] === 0) thirds[c3] = 1;
      if (first.children.size > 0 && isSeparator(c2) && first.ascii[c3] !== undefined) thirds[c3] = 1;
    }
    if (first.children.size === 0) continue;
    for (const second of first.ascii[c2] ?? []) {
      for (let c3 = 0; c3 < 128; c3++) {
        // After the second unit: a separator or a third unit, or the alias ends there.
        const continues = second.children.size > 0 && (isSeparator(c3) || second.ascii[c3] !== undefined);
        if (continues || (second.end && WORD_ASCII[c3] === 0)) thirds[c3] = 1;
      }
    }
  }
  return thirds;
}

/** The spaced walk from a word start at `i` whose first unit is ASCII `c`, behind the pair and triple tests. */
function spacedAt(text: string, i: number, c: number): number {
  if (i + 1 < text.length) {
    const c2 = text.charCodeAt(i + 1);
    if (c2 < 0x80) {
      const pair = c * 128 + c2;
      if (SPACED_PAIR[pair] === 0) return -1;
      if (i + 2 < text.length) {
        const c3 = text.charCodeAt(i + 2);
        if (c3 < 0x80 && (SPACED_TRIPLE[pair] ??= spacedThirds(pair))[c3] === 0) return -1;
      }
    }
  }
  return walkChildren(text, TABLE.spaced, i, true);
}

/** Every platform word in `text` as [start, end) pairs: exactly the matches of `ALIAS_REGEX`, in order. */
export function findAliases(text: string, firstOnly = false): Array<[number, number]> {
  const flat = scanAliases(text, firstOnly);
  const out: Array<[number, number]> = [];
  for (let k = 0; k < flat.length; k += 2) out.push([flat[k]!, flat[k + 1]!]);
  return out;
}

/** findAliases flat: start, end, start, end, … (no pair array per platform word; hostile text has 11,000). */
export function aliasBounds(text: string): number[] {
  return scanAliases(text, false);
}

function scanAliases(text: string, firstOnly: boolean): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  // Whether the unit before `i` continues a word (kept as the loop goes, not tested again per start).
  let afterWord = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end = -1;
    let width = 1;
    if (c < 0x80) {
      if (!afterWord && FIRST_SPACED_ASCII[c] === 1) end = spacedAt(text, i, c);
    } else {
      const cp = text.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      if (!afterWord && FIRST_SPACED.has(cp)) end = walkChildren(text, TABLE.spaced, i, true);
      if (end < 0 && FIRST_UNSPACED.has(cp)) end = walkChildren(text, TABLE.unspaced, i, false);
    }
    if (end > i) {
      out.push(i, end);
      if (firstOnly) return out;
      i = end;
      afterWord = isWordCharAt(text, i - 1);
    } else {
      i += width;
      afterWord = c < 0x80 ? WORD_ASCII[c] === 1 : isWordCharAt(text, i - 1);
    }
  }
  return out;
}

/** Aliases of different platforms that fold to the same key (a table error; tested to be empty). */
export const ALIAS_CONFLICTS: readonly string[] = TABLE.conflicts;

/** The table entry for a text matched by `findAliases` (or ALIAS_REGEX). */
export function aliasEntry(matched: string): AliasEntry | undefined {
  // The same words come again and again (one text names "WhatsApp" many times; hostile text thousands of
  // times), and aliasKey builds a string per call: a bounded memo of the answers.
  // The same word as the last call's (a text naming one platform over and over): equal strings, no hash.
  if (matched === lastMatched) return lastEntry;
  const entry = memoEntry(matched);
  lastMatched = matched;
  lastEntry = entry;
  return entry;
}
let lastMatched = "\u0000";
let lastEntry: AliasEntry | undefined;

function memoEntry(matched: string): AliasEntry | undefined {
  const known = ENTRY_MEMO.get(matched);
  if (known !== undefined || ENTRY_MEMO.has(matched)) return known;
  if (ENTRY_MEMO.size >= ENTRY_MEMO_MAX) ENTRY_MEMO.clear();
  const entry = TABLE.byKey.get(aliasKey(matched));
  ENTRY_MEMO.set(matched, entry);
  return entry;
}
const ENTRY_MEMO = new Map<string, AliasEntry | undefined>();
const ENTRY_MEMO_MAX = 4096;

/** Every alias with its platform, folded (for tests and tools). */
export function allAliases(): AliasEntry[] {
  return [...TABLE.byKey.values()];
}

/** True when the text names any platform (cheap pre-test). */
export function mentionsPlatform(text: string): boolean {
  return scanAliases(text, true).length > 0;
}
