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

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}
const newNode = (): TrieNode => ({ children: new Map(), end: false });

function insert(root: TrieNode, units: string[]): void {
  let node = root;
  for (const u of units) {
    let next = node.children.get(u);
    if (!next) {
      next = newNode();
      node.children.set(u, next);
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

/** Units (regex fragments) of one alias, given its folded form. */
function unitsOf(folded: string): string[] {
  const key = aliasKey(folded);
  const leet = [...key].length >= LEET_MIN_LENGTH && !UNSPACED.test(key);
  const units: string[] = [];
  if (leet) {
    for (const ch of key) units.push(LEET_CLASS[ch] ? `[${escapeClass(LEET_CLASS[ch]!)}]` : escapeChar(ch));
  } else {
    for (const ch of folded.replace(ALIAS_SEPARATORS, "")) {
      const canon = CANON[ch] ?? ch;
      // Short aliases take no leet, but their letters still match their canonical spelling.
      units.push(canon === ch ? escapeChar(ch) : `[${escapeClass(ch + canon)}]`);
    }
  }
  return units;
}

function buildTable(): { byKey: Map<string, AliasEntry>; conflicts: string[]; regex: RegExp } {
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
  return { byKey, conflicts, regex: new RegExp(parts.join("|"), "gu") };
}

const TABLE = buildTable();

/** One regex matching every platform word of every table (global, unicode). */
export const ALIAS_REGEX: RegExp = TABLE.regex;
/** Aliases of different platforms that fold to the same key (a table error; tested to be empty). */
export const ALIAS_CONFLICTS: readonly string[] = TABLE.conflicts;

/** The table entry for a text matched by ALIAS_REGEX. */
export function aliasEntry(matched: string): AliasEntry | undefined {
  return TABLE.byKey.get(aliasKey(matched));
}

/** Every alias with its platform, folded (for tests and tools). */
export function allAliases(): AliasEntry[] {
  return [...TABLE.byKey.values()];
}

/** True when the text names any platform (cheap pre-test). */
export function mentionsPlatform(text: string): boolean {
  ALIAS_REGEX.lastIndex = 0;
  const found = ALIAS_REGEX.test(text);
  ALIAS_REGEX.lastIndex = 0;
  return found;
}
