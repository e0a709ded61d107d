import { LOCALES } from "../../locale/index.js";
import { OFF_PLATFORM_LEXICONS, REQUEST_LEXICONS } from "./index.js";

/*
 * The content words of the phrase lexicons — contact nouns, request and reach verbs, channel,
 * payment and place words — as one regex. Every request frame needs one of them, and so does every
 * proposal, so a text (or a stretch of one) without any cannot hold a phrase finding. Function
 * words are left out: alone they start nothing.
 */

/** Fields of the lexicons that only veto or glue a match. */
const NON_CUE_FIELD = /negation|barrier|anchor|block|skill|article|please|lead|prohibit|stop|connector|gap/i;

/** Every locale's function words ("the", "que", "und"): too common to count as content. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(LOCALES.flatMap((l) => l.functionWords ?? []));

const ASCII = /^[\x00-\x7F]*$/;
/** Content words with a letter outside ASCII, filled by `collect`. */
const NON_ASCII_WORDS = new Set<string>();

function collect(value: unknown, into: Set<string>, key = ""): void {
  if (NON_CUE_FIELD.test(key)) return;
  if (typeof value === "string") {
    for (const w of value.toLowerCase().split(/[^a-z0-9ß]+/)) if (w.length >= 3 && !FUNCTION_WORDS.has(w)) into.add(w);
    // Words in other scripts ("телегу", "площадки"): whole words, tested apart (NON_ASCII_HINT).
    if (!ASCII.test(value)) for (const w of value.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u)) if (w.length >= 2 && !ASCII.test(w) && !FUNCTION_WORDS.has(w)) NON_ASCII_WORDS.add(w);
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, into, key);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      collect(k, into, key);
      collect(v, into, k);
    }
  }
}

/** The lexicons' content words (fold form). */
export const PHRASE_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  collect(REQUEST_LEXICONS, words);
  collect(OFF_PLATFORM_LEXICONS, words);
  return words;
})();

const alternation = [...PHRASE_WORDS].sort((a, b) => b.length - a.length).join("|");
const PHRASE_HINT = new RegExp(`\\b(?:${alternation})\\b`);

const NON_ASCII_ALTERNATION = [...NON_ASCII_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
/** `\b` sees only ASCII word edges: the other scripts' words get Unicode edges, tried only on text outside ASCII. */
const NON_ASCII_HINT = NON_ASCII_ALTERNATION
  ? new RegExp(`(?:${NON_ASCII_ALTERNATION})(?![\\p{L}\\p{M}\\p{N}])(?<![\\p{L}\\p{M}\\p{N}](?:${NON_ASCII_ALTERNATION}))`, "u")
  : null;
const OUTSIDE_ASCII = /[^\x00-\x7F]/;


/**
 * Whether a fold view has any content word of the phrase lexicons. A text without one cannot
 * hold a request or a proposal, so the recognizers skip it without cutting it into sentences: what
 * keeps long runs of punctuation-separated noise ("a.a.a.…") cheap. The test stops at the first hit.
 */
export function mayHoldPhrase(foldText: string): boolean {
  if (PHRASE_HINT.test(foldText)) return true;
  return NON_ASCII_HINT !== null && OUTSIDE_ASCII.test(foldText) && NON_ASCII_HINT.test(foldText);
}
