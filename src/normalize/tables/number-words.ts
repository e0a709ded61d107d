import { LOCALES } from "../../locale/index.js";
import type { NumberWords, WordsByValue } from "../../locale/types.js";

/**
 * Number words of every locale (src/locale/*.ts), as one table. Keys are in the fold view's
 * form (lower case, accents removed: "três" → "tres", "fünf" → "funf", "zwölf" → "zwolf").
 * `weak` words double as articles or conjunctions ("un", "one", "o"), so they count only next to
 * another number word.
 */
export type NumberWordKind = "unit" | "teen" | "tens" | "hundred" | "hundreds" | "multiplier" | "connector" | "sign";
export interface NumberWord {
  kind: NumberWordKind;
  value: number;
  weak?: boolean;
}


/** One kind of number word, from every locale: [value, words] in value order, each locale's words in LOCALES order. */
function byValue(pick: (n: NumberWords) => WordsByValue | undefined): Array<[number, string[]]> {
  const table = new Map<number, string[]>();
  for (const locale of LOCALES) {
    for (const [value, words] of Object.entries(pick(locale.numbers ?? {}) ?? {})) {
      const list = table.get(Number(value)) ?? [];
      for (const w of words) if (!list.includes(w)) list.push(w);
      table.set(Number(value), list);
    }
  }
  return [...table].sort(([a], [b]) => a - b);
}
const wordsOf = (pick: (n: NumberWords) => readonly string[] | undefined): string[] => [
  ...new Set(LOCALES.flatMap((l) => pick(l.numbers ?? {}) ?? [])),
];

const UNIT_WORDS = byValue((n) => n.units);
const TEEN_WORDS = byValue((n) => n.teens);
const TENS_WORDS = byValue((n) => n.tens);
const HUNDREDS_WORDS = byValue((n) => n.hundreds);

const WEAK = new Set(wordsOf((n) => n.weak));

export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = (() => {
  const map = new Map<string, NumberWord>();
  const add = (kind: NumberWordKind, value: number, words: string[]) => {
    for (const w of words) map.set(w, { kind, value, ...(WEAK.has(w) ? { weak: true } : {}) });
  };
  for (const [v, ws] of UNIT_WORDS) add("unit", v, ws);
  for (const [v, ws] of TEEN_WORDS) add("teen", v, ws);
  for (const [v, ws] of TENS_WORDS) add("tens", v, ws);
  for (const [v, ws] of HUNDREDS_WORDS) add("hundreds", v, ws);
  add("hundred", 100, wordsOf((n) => n.hundred));
  add("multiplier", 2, wordsOf((n) => n.double));
  add("multiplier", 3, wordsOf((n) => n.triple));
  for (const c of wordsOf((n) => n.connectors)) map.set(c, { kind: "connector", value: 0 });
  // "plus four four…": the international prefix, spoken.
  for (const c of wordsOf((n) => n.plus)) map.set(c, { kind: "sign", value: 0 });
  return map;
})();

/**
 * The languages each number word belongs to, one bit per locale (LOCALES order): a number read out is
 * in one language, so words of no common language ("hai", Vietnamese 2 and Hindi "is", before Hindi
 * "saat do…") are not one number.
 */
export const NUMBER_WORD_LANGUAGES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  LOCALES.forEach((locale, i) => {
    const n = locale.numbers ?? {};
    const tables = [n.units, n.teens, n.tens, n.hundreds];
    for (const table of tables) for (const words of Object.values(table ?? {})) for (const w of words) map.set(w, (map.get(w) ?? 0) | (1 << i));
  });
  return map;
})();

/** Particles written against the word before (Locale.particles) of every locale, longest first. */
export const PARTICLES: readonly string[] = [...new Set(LOCALES.flatMap((l) => l.particles ?? []))].sort((a, b) => b.length - a.length);

/** Single-word compounds: "veintitres", "ventitre", "trentadue", "einundzwanzig". */
const UNIT_BY_WORD = new Map<string, number>(UNIT_WORDS.flatMap(([v, ws]) => ws.map((w) => [w, v] as [string, number])));
const TENS_PREFIXES = LOCALES.flatMap((l) => l.numbers?.compoundTensPrefixes ?? []);
/** Unit-first compounds ("dreiundzwanzig"): the joiner and the tens words of each language that writes them. */
const UNIT_FIRST = LOCALES.flatMap((l) => {
  const joiner = l.numbers?.unitTensJoiner;
  if (!joiner) return [];
  const tens = new Map<string, number>(Object.entries(l.numbers?.tens ?? {}).flatMap(([v, ws]) => ws.map((w) => [w, Number(v)] as [string, number])));
  // The last characters its tens words end with: most words of a text end otherwise and are no compound
  // (every word near a number word is asked, and "en" is in half of Dutch and English words).
  const lastChars = new Set([...tens.keys()].map((w) => w.charCodeAt(w.length - 1)));
  return [{ joiner, tens, lastChars, anyEnding: tens.has("") }];
});
/** First characters of the tens prefixes: a word starting otherwise has none of them. */
const TENS_PREFIX_FIRSTS = new Set(TENS_PREFIXES.map(([prefix]) => prefix.charCodeAt(0)));

export function compoundNumberWord(word: string): number | undefined {
  const last = word.charCodeAt(word.length - 1);
  for (const { joiner, tens: tensWords, lastChars, anyEnding } of UNIT_FIRST) {
    if (!anyEnding && !lastChars.has(last)) continue;
    // Every place the joiner occurs: the unit may hold it too (Dutch "zev-en-en-dertig", "neg-en-en-twintig").
    for (let at = word.indexOf(joiner, 1); at > 0; at = word.indexOf(joiner, at + 1)) {
      const unit = UNIT_BY_WORD.get(word.slice(0, at));
      const tens = tensWords.get(word.slice(at + joiner.length));
      if (unit !== undefined && unit > 0 && tens !== undefined) return tens + unit;
    }
  }
  if (!TENS_PREFIX_FIRSTS.has(word.charCodeAt(0))) return undefined;
  for (const [prefix, tens] of TENS_PREFIXES) {
    if (word.length > prefix.length && word.startsWith(prefix)) {
      const unit = UNIT_BY_WORD.get(word.slice(prefix.length));
      if (unit !== undefined && unit > 0) return tens + unit;
    }
  }
  return undefined;
}
