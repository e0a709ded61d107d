import {
  COUNTRIES,
  CUE_WORDS,
  DIRECTIONS,
  JP_BLOCK_ADDRESS,
  SCRIPT_ADDRESSES,
  LISTED_ADDRESSES,
  DE_PREPOSITION_STREET,
  BLOCK_LOT,
  DE_FLOOR,
  SCRIPT_ADDRESS_HINT,
  NO_NUMBER_MARKS,
  PO_BOX_NUMBER,
  type NumberPlacement,
  type StreetPlacement,
} from "./tables.js";
import { prefixShared } from "../../core/regex.js";
import { CharTrie } from "./char-trie.js";
import { codePointBefore, isWordCharacter } from "../../normalize/edges.js";

/*
 * Lookups and regexes derived once from the country tables. Every regex here is a flat alternation
 * of literal words or bounded patterns, applied either sticky at one position or globally with a
 * word-boundary guard, so each costs O(length of the longest alternative) per position.
 */

export interface StreetEntry {
  placement: StreetPlacement;
  number: NumberPlacement;
  weak: boolean;
  numberedName: boolean;
}

export interface CompoundEntry {
  suffix: string;
  /** The abbreviation must be followed by a dot ("Hauptstr."). */
  dot: boolean;
  weak: boolean;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/** Table sources may contain literal spaces between words; allow a few spaces there. */
const spaced = (src: string) => src.replace(/ /g, "\\s{1,3}");
const byLengthDesc = (a: string, b: string) => b.length - a.length;
const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];

const L = "\\p{L}\\p{M}\\p{Nd}";
const NOT_BEFORE = `(?<![${L}'’-])`;
const NOT_AFTER = `(?![${L}])`;

/** Street words by lookup key (written form, whitespace collapsed, optional dot removed). */
export const STREET_WORDS = new Map<string, StreetEntry[]>();
export const COMPOUNDS: CompoundEntry[] = [];

function addStreet(key: string, entry: StreetEntry) {
  const list = STREET_WORDS.get(key) ?? [];
  if (!list.some((e) => e.placement === entry.placement && e.number === entry.number && e.weak === entry.weak)) {
    list.push(entry);
  }
  STREET_WORDS.set(key, list);
}

for (const country of COUNTRIES) {
  for (const group of country.streets) {
    for (const word of group.words) {
      const entry: StreetEntry = {
        placement: group.placement,
        number: group.number,
        weak: group.weak ?? false,
        numberedName: group.numberedName ?? false,
      };
      addStreet(word, entry);
      if (group.placement === "compound") {
        const dot = word.endsWith(".");
        const suffix = dot ? word.slice(0, -1) : word;
        if (!COMPOUNDS.some((c) => c.suffix === suffix)) COMPOUNDS.push({ suffix, dot, weak: entry.weak });
      }
    }
  }
}
COMPOUNDS.sort((a, b) => b.suffix.length - a.suffix.length);

/** A strong street word never counts as the street's own name ("2 street view"). */
export function isStrongStreetWord(word: string): boolean {
  return (STREET_WORDS.get(word) ?? []).some((e) => !e.weak && e.placement !== "compound");
}

/** The entries of a street word as written; "ул." is also "ул" (whose dot is optional). */
export function lookupStreet(written: string): StreetEntry[] | undefined {
  const key = written.replace(/\s+/g, " ");
  const exact = STREET_WORDS.get(key);
  const bare = key.endsWith(".") ? STREET_WORDS.get(key.slice(0, -1)) : undefined;
  return exact && bare ? [...exact, ...bare] : (exact ?? bare);
}

/**
 * A street word as written, then its edge: a word that ends with "." or "/" ("c/", "c. de") ends
 * there; any other may carry a dot ("ave."), or else no letter follows it. An internal dot
 * ("p.za", "c.so", "v.le") is written as is.
 *
 * The edge is written once, after the whole alternation, instead of after each of ~300 words: a
 * backtracking engine tries `(?:a|b)e` exactly as `ae|be` (each word in turn, then its edge), and
 * `(?<=[./])` is the edge of exactly the words that end with "." or "/". Three hundred Unicode
 * classes cost ~90 ms of start-up to compile, one costs nothing.
 */
const STREET_EDGE = `(?:(?<=[./])|\\.|${NOT_AFTER})`;
// Prefixes shared (a trie): a plain alternation of ~300 words is tried word by word at every position.
const STREET_WORDS_SOURCE = `${prefixShared(unique(STREET_WORDS.keys()).sort(byLengthDesc).map((w) => spaced(escapeRe(w))))}${STREET_EDGE}`;
/** Every street-type word as a whole word (global): the specification `streetAnchors` follows. */
export const STREET_ANCHOR = new RegExp(`${NOT_BEFORE}${STREET_WORDS_SOURCE}`, "gu");
/** STREET_WORDS_SOURCE at one position (sticky): tried only where `streetHints` found a street word may start. */
const STREET_AT = new RegExp(STREET_WORDS_SOURCE, "uy");
/** What may precede a street word: not a letter, mark, digit, apostrophe or hyphen (NOT_BEFORE). */
const mayPrecedeStreetWord = (cp: number) => cp < 0 || !(isWordCharacter(cp) || cp === 0x27 || cp === 0x2019 || cp === 0x2d);
const widthOf = (cp: number) => (cp > 0xffff ? 2 : 1);

/** The leading run of word characters of `word` ("county" of "county road", "c" of "c/", "ул" of "ул."). */
function leadingRun(word: string): string {
  let end = 0;
  while (end < word.length) {
    const cp = word.codePointAt(end)!;
    if (!isWordCharacter(cp)) break;
    end += widthOf(cp);
  }
  if (end === 0) throw new Error(`street word must start with a letter or digit: ${word}`);
  return word.slice(0, end);
}

/*
 * A street word starts at the start of a run of word characters, and that run is exactly the
 * word's leading run (what follows it in the word, or after it in the text, is no word character).
 * So only runs listed here can start a match of STREET_WORDS_SOURCE.
 */
const STREET_LEADS = new CharTrie<true>();
for (const key of STREET_WORDS.keys()) STREET_LEADS.add(leadingRun(key), true);

/*
 * A glued street word ends at the end of a run of word characters (its last character is one, and
 * no word character may follow it, or a dot must): the suffixes, reversed, are walked back from there.
 */
const COMPOUND_ENDS = new CharTrie<CompoundEntry>();
for (const c of COMPOUNDS) {
  if (/\s/u.test(c.suffix)) throw new Error(`glued street word must hold no white space: ${c.suffix}`);
  if (!isWordCharacter(c.suffix.codePointAt(c.suffix.length - 1)!)) throw new Error(`glued street word must end with a letter: ${c.suffix}`);
  COMPOUND_ENDS.add(c.suffix, c, true);
}

/** Does a glued street word (COMPOUND_ANY) end at `end`, the end of a run of word characters? */
function compoundEndsAt(text: string, end: number): boolean {
  let node: number = CharTrie.ROOT;
  for (let i = end - 1; i >= 0; i--) {
    node = COMPOUND_ENDS.step(node, text.charCodeAt(i));
    if (node === CharTrie.NONE) return false;
    const c = COMPOUND_ENDS.valueAt(node);
    if (c && (!c.dot || text.charCodeAt(end) === 0x2e)) return true;
  }
  return false;
}

export interface StreetHints {
  /** The matches of STREET_ANCHOR, in order. */
  anchors: RegExpExecArray[];
  /** Whether COMPOUND_ANY matches. */
  compounds: boolean;
  /** The ends of the runs of word characters a glued street word ends (`compoundEndsAt`), in order. */
  compoundEnds: number[];
}

/** ASCII letters and digits: the word characters of most texts, told without a call. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordCharacter(c) ? 1 : 0;

/** STREET_LEADS' and COMPOUND_ENDS' ASCII steps, read inline by `streetHints`. */
const LEAD_STEPS = STREET_LEADS.asciiSteps();
const COMPOUND_STEPS = COMPOUND_ENDS.asciiSteps();

/**
 * STREET_ANCHOR's matches and COMPOUND_ANY's answer (and where glued street words end), from one walk
 * over the runs of word characters.
 * The two regexes, tried at every position, cost more than the whole address grammar: here a run
 * costs a few trie steps, and STREET_AT runs only at a run that is a street word's leading run.
 * The walk reads almost every character of the windows around digits (the recognizer's widest
 * pass), so ASCII characters are stepped through the tries' flat tables without a call, and the
 * character before a run is read only for a run that starts like a street word.
 */
export function streetHints(text: string): StreetHints {
  const compoundEnds: number[] = [];
  const anchors: RegExpExecArray[] = [];
  let compounds = false;
  /** A match may not start inside the last one (STREET_ANCHOR is global). */
  let free = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 ? ASCII_WORD[c] === 0 : !isWordCharacter(text.codePointAt(i)!)) {
      // A non-word astral character is skipped a half at a time: neither half is a word character.
      i++;
      continue;
    }
    const start = i;
    /** The trie node the run has spelled so far; -1: it can start no street word. */
    let lead = start >= free ? CharTrie.ROOT : -1;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_WORD[c] === 0) break;
        if (lead >= 0) {
          lead = LEAD_STEPS[lead * 128 + c]!;
          if (lead === CharTrie.NONE) lead = -1;
        }
        i++;
        continue;
      }
      const cp = text.codePointAt(i)!;
      if (!isWordCharacter(cp)) break;
      const width = widthOf(cp);
      if (lead >= 0) {
        lead = STREET_LEADS.step(lead, c);
        if (width === 2 && lead !== CharTrie.NONE) lead = STREET_LEADS.step(lead, text.charCodeAt(i + 1));
        if (lead === CharTrie.NONE) lead = -1;
      }
      i += width;
    }
    if (lead > 0 && STREET_LEADS.valueAt(lead) && mayPrecedeStreetWord(codePointBefore(text, start))) {
      STREET_AT.lastIndex = start;
      const m = STREET_AT.exec(text);
      if (m) {
        anchors.push(m);
        free = start + m[0].length;
      }
    }
    // Most runs end in a character no glued street word ends with: one table read tells.
    const last = text.charCodeAt(i - 1);
    if ((last >= 128 || COMPOUND_STEPS[last] !== CharTrie.NONE) && compoundEndsAt(text, i)) {
      compounds = true;
      compoundEnds.push(i);
    }
  }
  return { anchors, compounds, compoundEnds };
}

const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

/**
 * `streetHints(text.slice(from, to))`, read off the whole text's hints `all` without a second walk,
 * or undefined when the window's edges could make them differ. A window with white space (or the
 * text's edge) on both sides holds the same runs of word characters as the whole text, each with
 * the same character before and after it, so the same street words start and end in it, unless one
 * of the whole text's street words crosses an edge (a spaced one, "county road"; or one that would
 * keep a match inside the window from starting). A glued street word's suffix holds no white space,
 * so its walk back from a run's end never leaves the window either.
 */
export function streetHintsIn(all: StreetHints, text: string, from: number, to: number): StreetHints | undefined {
  if (from > 0 && !isSpaceCode(text.charCodeAt(from - 1))) return undefined;
  if (to < text.length && !isSpaceCode(text.charCodeAt(to))) return undefined;
  const anchors: RegExpExecArray[] = [];
  // The first street word ending after `from` (the words are in order, and do not overlap): a long
  // text has many windows, and each walks only its own words.
  let lo = 0;
  let hi = all.anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = all.anchors[mid]!;
    if (m.index + m[0].length <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < all.anchors.length; k++) {
    const m = all.anchors[k]!;
    const end = m.index + m[0].length;
    if (end <= from) continue;
    if (m.index >= to) break;
    if (m.index < from || end > to) return undefined;
    const shifted = [m[0]] as unknown as RegExpExecArray;
    shifted.index = m.index - from;
    anchors.push(shifted);
  }
  const compoundEnds: number[] = [];
  const ends = all.compoundEnds;
  lo = 0;
  hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < ends.length && ends[k]! <= to; k++) compoundEnds.push(ends[k]! - from);
  return { anchors, compounds: compoundEnds.length > 0, compoundEnds };
}

/** The matches of STREET_ANCHOR in `text` (`streetHints`' anchors). */
export const streetAnchors = (text: string): RegExpExecArray[] => streetHints(text).anchors;
// The edge once after the alternation, as for STREET_EDGE: a suffix written with its dot ends there.
const COMPOUND_HINT = `${prefixShared(COMPOUNDS.map((c) => escapeRe(c.suffix) + (c.dot ? "\\." : "")))}(?:(?<=\\.)|${NOT_AFTER})`;
/** Cheap test: does the text contain a glued street word ("musterstraße")? */
export const COMPOUND_ANY = new RegExp(COMPOUND_HINT, "u");

/*
 * Where COMPOUND_ALL's matches start, read off the ends `streetHints` recorded. Every match's
 * suffix ends with a letter followed by no word character (or by its dot), so it ends at a recorded
 * run end; and at a run end e the regex, searching from the last match's end `pos`, starts at the
 * leftmost p >= pos from which a suffix reaches e: the longest suffix, walked back. This holds only
 * if no match can hold a run end inside it (a suffix whose part before a non-word character ends
 * with another suffix): checked here once, else COMPOUND_ALL runs.
 */
const GLUED_ENDS_EXACT = COMPOUNDS.every((c) => {
  for (let k = 1; k < c.suffix.length; k++) {
    if (isWordCharacter(c.suffix.codePointAt(k)!)) continue;
    const before = c.suffix.slice(0, k);
    const dotAfter = c.suffix[k] === ".";
    if (COMPOUNDS.some((d) => before.endsWith(d.suffix) && (!d.dot || dotAfter))) return false;
  }
  return true;
});
const COMPOUND_ALL = new RegExp(COMPOUND_HINT, "gu");

/** The start of each match of COMPOUND_ANY (global) in `text`, whose `streetHints` recorded `ends`. */
export function gluedStarts(text: string, ends: readonly number[]): number[] {
  const starts: number[] = [];
  if (!GLUED_ENDS_EXACT) {
    for (const m of text.matchAll(COMPOUND_ALL)) starts.push(m.index);
    return starts;
  }
  let pos = 0;
  for (const e of ends) {
    const dotAfter = text.charCodeAt(e) === 0x2e;
    let node: number = CharTrie.ROOT;
    let best = -1;
    let bestDot = false;
    for (let i = e - 1; i >= pos; i--) {
      node = COMPOUND_ENDS.step(node, text.charCodeAt(i));
      if (node === CharTrie.NONE) break;
      const c = COMPOUND_ENDS.valueAt(node);
      if (c && (!c.dot || dotAfter)) {
        best = i;
        bestDot = c.dot;
      }
    }
    if (best < 0) continue;
    starts.push(best);
    pos = e + (bestDot ? 1 : 0);
  }
  return starts;
}

/** Compound suffix (if any) of a word token: "musterstraße" → straße. The stem needs 3 letters. */
// Suffix lookups by length (longest first): one Map probe per length instead of a scan of the list.
const COMPOUND_BY_SUFFIX = new Map(COMPOUNDS.map((c) => [c.suffix, c] as const));
const COMPOUND_LENGTHS = [...new Set(COMPOUNDS.map((c) => c.suffix.length))].sort((a, b) => b - a);

export function compoundOf(word: string): CompoundEntry | undefined {
  for (const len of COMPOUND_LENGTHS) {
    if (word.length - len < 3) continue;
    const c = COMPOUND_BY_SUFFIX.get(word.slice(-len));
    if (c) return c;
  }
  return undefined;
}

const allOf = (pick: (c: (typeof COUNTRIES)[number]) => readonly string[]) =>
  unique(COUNTRIES.flatMap(pick)).sort(byLengthDesc);

/* Units inside a building: "apt 4b", "suite 464", "#12", "6th floor", "piso 3". */
/** Every unit word as written ("apt", "h no", "кв"). */
export const UNIT_WORD_LIST: readonly string[] = allOf((c) => c.units);
const UNIT_WORDS = UNIT_WORD_LIST.map((u) => spaced(escapeRe(u)));
/** The unit patterns of the tables (regex sources: "3º izq", "tercero B"). */
export const UNIT_PATTERN_LIST: readonly string[] = allOf((c) => c.unitPatterns ?? []);
/** Ordinals a floor is counted with ("first floor"). */
export const FLOOR_ORDINALS: readonly string[] = ["ground", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "top", "1st", "2nd", "3rd"];
const SPELLED_ORDINALS = FLOOR_ORDINALS.join("|");
/** The words a floor is counted in ("6th floor", "piso 3"): every floor unit holds one. */
export const FLOOR_WORDS: readonly string[] = ["floor", "fl", "flr", "level", "lvl", "piso", "andar", "etage", "stock", "og", "piano"];
const UNIT_CORE =
  `(?:(?:${UNIT_WORDS.join("|")})(?![\\p{L}\\p{M}])[.:]?\\s?(?:#\\s?|no\\.?\\s?)?(?:[a-z]?\\d[a-z0-9]{0,4}(?:-[a-z0-9]{1,4})?|[a-z])(?![${L}])` +
  `|#\\s?\\d{1,5}[a-z]?(?![${L}])` +
  UNIT_PATTERN_LIST.map((u) => `|${u}`).join("") +
  `|(?:\\d{1,3}(?:st|nd|rd|th|o|a|er|e|\\.)?|${SPELLED_ORDINALS})\\s(?:${FLOOR_WORDS.join("|")})${NOT_AFTER}\\.?)`;
export const UNIT_AT = new RegExp(UNIT_CORE, "uy");
/** A unit written right before a position (`window` ends at the house number or street). */
export const UNIT_BEFORE = new RegExp(`${NOT_BEFORE}${UNIT_CORE}\\s{0,2},?\\s{0,3}$`, "u");

/* Postcodes, optionally labelled ("zip 10118", "CEP 01304-001", "C.P. 06000"). */
const POSTCODE_LABEL = "(?:(?:zip(?:\\s?code)?|post\\s?code|postal\\s?code|plz|pin(?:\\s?code)?|cep|c\\.?\\s?p\\.?|cap|code\\s?postal)\\s?[:\\-]?\\s?)?";
export interface PostcodeMatcher {
  re: RegExp;
  short: boolean;
}
export const POSTCODES: PostcodeMatcher[] = [];
const POSTCODE_PATTERNS: string[] = [];
{
  const seen = new Set<string>();
  for (const c of COUNTRIES) {
    for (const p of c.postcodes) {
      if (seen.has(p.pattern)) continue;
      seen.add(p.pattern);
      const pattern = `(?:${p.pattern})(?![${L}]|-\\d)`;
      POSTCODE_PATTERNS.push(pattern);
      POSTCODES.push({ re: new RegExp(`${POSTCODE_LABEL}${pattern}`, "uy"), short: p.short ?? false });
    }
  }
}
/**
 * Matches at a position exactly when one of POSTCODES does: one test rejects the many positions
 * where no postcode starts, before the per-format loop looks for the longest.
 */
export const POSTCODE_ANY_AT = new RegExp(`${POSTCODE_LABEL}(?:${POSTCODE_PATTERNS.join("|")})`, "uy");

/* Regions: names as written, and two-letter codes also with dots ("n.y.", "d.c"). */
const regionAlternatives = allOf((c) => c.regions).flatMap((r) => {
  const alts = [spaced(r)];
  if (/^[a-z]{2}$/.test(r)) alts.push(`${r[0]}\\.\\s?${r[1]}\\.?`);
  return alts;
});
export const REGION_AT = new RegExp(`(?:${regionAlternatives.join("|")})(?![${L}])`, "uy");
export const COUNTRY_AT = new RegExp(`(?:${allOf((c) => c.names).map(spaced).join("|")})(?![${L}])`, "uy");
export const DISTRICT_AT = new RegExp(
  `(?:${allOf((c) => c.districts ?? []).map(spaced).join("|")})(?![${L}])\\s?`,
  "uy",
);

/* Directions after a street type: "NW", "N.W.", "S. W.", "North". */
const longDirections = DIRECTIONS.filter((d) => d.length > 2);
export const DIRECTION_AT = new RegExp(
  `(?:(?:${longDirections.join("|")})(?![${L}])|[ns]\\.?\\s?[ew](?![${L}])\\.?|[nsew](?![${L}])\\.?)`,
  "uy",
);

/**
 * A US-style state code and ZIP ("IL 60602", "N.Y. 10118"): the anchor for streets written without
 * a type word ("111 W Washington, Chicago, IL 60602", "1585 Broadway, New York, NY 10036").
 */
const STATE_ZIP_SOURCE = `(?<![${L}])[a-z]\\.?[a-z]\\.?,?\\s{1,3}\\d{5}(?:-\\d{4})?(?!\\d)`;
export const STATE_ZIP = new RegExp(STATE_ZIP_SOURCE, "gu");
const STATE_ZIP_ANY = new RegExp(STATE_ZIP_SOURCE, "u");
/** Five digits after white space: what every STATE_ZIP match holds, found without its leading look-behind. */
const ZIP_AFTER_SPACE = /\s\d{5}(?!\d)/;
/** Cheap test: could the text hold a state and ZIP? */
export function mayHoldStateZip(text: string): boolean {
  return ZIP_AFTER_SPACE.test(text) && STATE_ZIP_ANY.test(text);
}

/** "s/n" written where the house number goes. */
export const NO_NUMBER_AT = new RegExp(`(?:${NO_NUMBER_MARKS.map(escapeRe).join("|")})(?![${L}])`, "uy");

/* Post boxes. */
const boxWordList = (weak: boolean) =>
  unique(COUNTRIES.flatMap((c) => c.poBoxes.filter((b) => (b.weak ?? false) === weak).map((b) => spaced(b.pattern)))).sort(byLengthDesc);
const boxWords = (weak: boolean) => boxWordList(weak).join("|");
const boxRe = (words: string) =>
  new RegExp(`${NOT_BEFORE}(?:${words})\\s?[.:#]?\\s?(?:no\\.?\\s?|n\\.?\\s?)?(${PO_BOX_NUMBER})(?![${L}])`, "gu");
export const PO_BOX = boxRe(boxWords(false));
export const PO_BOX_WEAK = boxRe(boxWords(true));
// Prefixes shared: the plain alternation of ~30 box words, tried word by word at every position, cost 30 ms a pass on the corpus.
export const PO_BOX_HINT = new RegExp(prefixShared([...boxWordList(false), ...boxWordList(true)]), "u");

/* Japanese block addresses. */
export const JP_ADDRESS = new RegExp(`(?<![\\d-])${JP_BLOCK_ADDRESS}`, "g");
export const JP_HINT = /\d-\d{4}(?!\d)/;
/** "Blk 5 Lot 12", "Mz 5 Lt 12" (global), and its hint: a lot word glued or spaced to a number. */
export const BLOCK_LOT_ADDRESS = new RegExp(BLOCK_LOT, "gu");
export const BLOCK_LOT_HINT = /(?:lot|lt|lote)\.?\s?\d/;
/** Addresses in Chinese, Japanese, Korean and Thai script (one alternation, global). */
export const SCRIPT_ADDRESS = new RegExp(SCRIPT_ADDRESSES.map((a) => `(?:${a.pattern})`).join("|"), "gu");
export const SCRIPT_HINT = new RegExp(SCRIPT_ADDRESS_HINT, "u");
const SIX_DIGITS_HINT = "(?<!\\d)\\d{6}(?!\\d)";
/** List-shaped addresses (global), each with the hint a window must hold before its pattern runs. */
export const LISTED = LISTED_ADDRESSES.map((l) => ({
  re: new RegExp(l.pattern, "gu"),
  hint: new RegExp(l.hint, "u"),
  named: l.named,
  /** The hint is a run of exactly six ASCII digits: told from the window's digit runs, without the regex. */
  sixDigits: l.hint === SIX_DIGITS_HINT,
  /** Words one of which every match of the hint holds (`hintLiterals`): looked for first, by a string search. */
  literals: hintLiterals(l.hint),
}));

/**
 * The words of a hint that opens with a group of plain words, after an optional look-behind
 * ("(?<![\\p{L}])(?:quan|huyen|q\\.)\\s?…" → quan, huyen, q.): every match holds one of them. Null
 * for any other hint.
 */
export function hintLiterals(hint: string): string[] | null {
  const m = /^(?:\(\?<![^()]*\))?\(\?:((?:[a-z]|\\\.)+(?:\|(?:[a-z]|\\\.)+)*)\)(?![?*{])/.exec(hint);
  return m ? m[1]!.split("|").map((w) => w.replace(/\\\./g, ".")) : null;
}
/** Does any listed shape's hint occur? (one test for the window) */
export const LISTED_HINT = new RegExp(LISTED_ADDRESSES.map((l) => `(?:${l.hint})`).join("|"), "u");
/** "Am Rosengarten 9, 34131 Kassel" (global), and its hint: a house number, a comma and a postcode. */
export const DE_PREPOSITION = new RegExp(DE_PREPOSITION_STREET, "gu");
export const DE_PREPOSITION_HINT = new RegExp(`\\d(?:,?\\s${DE_FLOOR})?,?\\s(?:d-)?\\d{5}\\s`, "u");

/* Cue words before an address. */
export const CUE = new RegExp(
  `(?<![${L}])(?:${[...CUE_WORDS].sort(byLengthDesc).map((w) => spaced(escapeRe(w))).join("|")})(?![${L}])`,
  "gu",
);
