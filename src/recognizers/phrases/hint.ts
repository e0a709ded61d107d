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

/** Scripts written without spaces (or, for Hangul, with particles glued on): their words are found as substrings. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

function collect(value: unknown, into: Set<string>, key = "", unspaced?: Set<string>): void {
  if (NON_CUE_FIELD.test(key)) return;
  if (typeof value === "string") {
    for (const w of value.toLowerCase().split(/[^a-z0-9ß]+/)) if (w.length >= 3 && !FUNCTION_WORDS.has(w)) into.add(w);
    for (const w of value.match(UNSPACED) ?? []) if (w.length >= 2) unspaced?.add(w);
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, into, key, unspaced);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      collect(k, into, key, unspaced);
      collect(v, into, k, unspaced);
    }
  }
}

/** CJK and Hangul content words of the lexicons ("微信", "連絡先", "카톡"): matched as substrings, no `\\b`. */
const UNSPACED_WORDS = new Set<string>();

/** The lexicons' content words (fold form). */
export const PHRASE_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  collect(REQUEST_LEXICONS, words, "", UNSPACED_WORDS);
  collect(OFF_PLATFORM_LEXICONS, words, "", UNSPACED_WORDS);
  return words;
})();

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = [...PHRASE_WORDS].sort((a, b) => b.length - a.length).join("|");
const unspacedAlternation = [...UNSPACED_WORDS].map(escape).join("|");
const PHRASE_HINT = new RegExp(`\\b(?:${alternation})\\b`);
/** Tried only on texts with a CJK or Hangul character, so Latin text never pays for it. */
const UNSPACED_HINT = unspacedAlternation ? new RegExp(unspacedAlternation, "u") : null;
const CJK_CHAR = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * Whether a fold view has any content word of the phrase lexicons. A text without one cannot
 * hold a request or a proposal, so the recognizers skip it without cutting it into sentences: what
 * keeps long runs of punctuation-separated noise ("a.a.a.…") cheap. The test stops at the first hit.
 */
export function mayHoldPhrase(foldText: string): boolean {
  return PHRASE_HINT.test(foldText) || (UNSPACED_HINT !== null && CJK_CHAR.test(foldText) && UNSPACED_HINT.test(foldText));
}
