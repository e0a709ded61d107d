import { LOCALES } from "../../locale/index.js";
import type { Locale } from "../../locale/types.js";
import { FALLBACK_REGIONS } from "./tables.js";

/*
 * Candidate regions for a number written without a region (issue 17, "Phone numbers without a
 * region"): the countries of the languages the text is written in. The script decides for the
 * languages that have their own (Hangul, kana, Han, Cyrillic, Arabic, Vietnamese letters); Latin
 * text is attributed by its words (each locale's function words and phone words). Computed once
 * per text and only when a digit run needs it, so texts without a hard number pay nothing.
 */

const byCode = (code: string): Locale | undefined => LOCALES.find((l) => l.code === code);

/** Scripts that name one language (or a short list, most likely first) on their own. */
const SCRIPT_LANGUAGES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/[\uac00-\ud7a3\u3131-\u318e]/, ["ko"]],
  [/[\u3040-\u30ff]/, ["ja"]],
  [/\p{Script=Han}/u, ["zh", "ja"]],
  [/[іїєґІЇЄҐ]/, ["uk", "ru"]],
  [/[а-яё]/i, ["ru", "uk"]],
  [/[\u0600-\u06ff]/, ["ar"]],
  // Vietnamese: horn and breve letters, and tone marks stacked on vowels (Latin Extended Additional).
  [/[ơưăđƠƯĂĐ\u1ea0-\u1ef9]/, ["vi"]],
  [/[\u0900-\u097f]/, ["hi-Latn"]],
];

/**
 * Latin-script words (and two-word phrases) that point at a language: its function words and its
 * phone words, with the weight of the hint. Two-letter words are shared by too many languages
 * ("de", "la", "to") to count as much as a longer one.
 */
const WORD_LANGUAGES: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>> = (() => {
  const map = new Map<string, Array<[string, number]>>();
  for (const l of LOCALES) {
    const words = [...(l.functionWords ?? []), ...(l.phone?.cues ?? []), ...(l.phone?.groupJoiners ?? [])];
    for (const w of words) {
      const parts = w.split(" ");
      if (parts.length > 2 || w.length < 2 || !parts.every((p) => /^[a-z\u00df-\u024f]+$/.test(p))) continue;
      const langs = map.get(w) ?? [];
      if (!langs.some(([code]) => code === l.code)) langs.push([l.code, w.length < 3 ? 0.5 : 1]);
      map.set(w, langs);
    }
  }
  return map;
})();

/** First words of the two-word phrases above: a word pair is looked up only after one of these. */
const PAIR_FIRST_WORDS: ReadonlySet<string> = new Set([...WORD_LANGUAGES.keys()].filter((w) => w.includes(" ")).map((w) => w.split(" ")[0]!));

/** A letter of a Latin word: what `[a-z\u00df-\u024f]` matches. */
const isLatinWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f);
/** How much of a text is read for its language: the words near the number say as much as the rest. */
const SAMPLE = 2000;

const REGIONS_PER_LANGUAGE = 8;
/** At most this many languages lend their countries: a text is written in one or two. */
const MAX_LANGUAGES = 3;

/** Languages of the text, most likely first. */
export function languagesOf(original: string, folded: string): string[] {
  const head = original.slice(0, SAMPLE);
  // A Set (insertion order kept) rather than an array searched with includes: the array's map changed
  // from empty to holding strings, and each change deoptimised the function.
  const found = new Set<string>();
  for (const [script, langs] of SCRIPT_LANGUAGES) {
    if (script.test(head)) for (const l of langs) found.add(l);
  }
  const votes = new Map<string, number>();
  const vote = (word: string) => {
    // No `?? []`: an empty literal's array map beside the table's made the loop polymorphic (a deopt per process).
    const langs = WORD_LANGUAGES.get(word);
    if (langs === undefined) return;
    for (const [l, weight] of langs) votes.set(l, (votes.get(l) ?? 0) + weight);
  };
  let previous = "";
  // LATIN_WORD's matches read by hand (no match array per word), and a pair string only after a pair's first word.
  const end = Math.min(folded.length, SAMPLE);
  for (let i = 0; i < end; ) {
    if (!isLatinWordCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < end && isLatinWordCode(folded.charCodeAt(i))) i++;
    const word = folded.slice(start, i);
    vote(word);
    if (previous && PAIR_FIRST_WORDS.has(previous)) vote(`${previous} ${word}`);
    previous = word;
  }
  // A language counts on a full word of its own (not only two-letter ones) and on at least half the
  // leading language's weight: "to" and "na" make no English text Polish.
  const top = Math.max(0, ...votes.values());
  const ranked = [...votes]
    .filter(([, v]) => v >= 1 && v >= top / 2)
    .sort((a, b) => b[1] - a[1])
    .map(([l]) => l);
  for (const l of ranked) found.add(l);
  return [...found];
}

/**
 * The countries of the text's languages, most likely first, `exclude` (the given region) left out;
 * `leading`: those of its most likely language alone.
 */
export function regionsOfText(original: string, folded: string, exclude: string): { all: string[]; leading: ReadonlySet<string> } {
  const out: string[] = [];
  const languages = languagesOf(original, folded).slice(0, MAX_LANGUAGES);
  const leading = new Set((byCode(languages[0] ?? "")?.regions ?? []).slice(0, REGIONS_PER_LANGUAGE));
  for (const code of languages) {
    // A language's most populous countries: the long tail costs a parse each and rarely decides.
    for (const r of (byCode(code)?.regions ?? []).slice(0, REGIONS_PER_LANGUAGE)) if (r !== exclude && !out.includes(r)) out.push(r);
  }
  return { all: out, leading };
}

/**
 * Regions tried for a cued number valid nowhere the text points to: the fixed list, then the main
 * country of every locale (so a Korean or Japanese number is tried as one even in English text).
 */
export const LAST_RESORT_REGIONS: readonly string[] = [
  ...new Set([...FALLBACK_REGIONS, ...LOCALES.flatMap((l) => (l.regions ?? []).slice(0, 1))]),
];
