import { escapeRegExp as escape } from "../../core/regex.js";
import { LOCALES } from "../../locale/index.js";
import { OFF_PLATFORM_LEXICONS, REQUEST_LEXICONS } from "./index.js";
import { AMBIGUOUS_PLATFORM_NOUNS, EXTRA_PLATFORM_NOUNS } from "./lexicon.js";

/*
 * The content words of the phrase lexicons — contact nouns, request and reach verbs, channel,
 * payment and place words — as one regex. Every request frame needs one of them, and so does every
 * proposal, so a text (or a stretch of one) without any cannot hold a phrase finding. Function
 * words are left out: alone they start nothing.
 */

/** Fields of the lexicons that only veto or glue a match ("…Tail": words that only follow a cue, "maar", "em", "aku"). */
const NON_CUE_FIELD = /negat|barrier|anchor|block|skill|article|please|lead|prohibit|stop|connector|gap|tail/i;

/** Every locale's function words ("the", "que", "und"): too common to count as content. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(LOCALES.flatMap((l) => l.functionWords ?? []));


function collect(value: unknown, into: Set<string>, key = ""): void {
  if (NON_CUE_FIELD.test(key)) return;
  if (typeof value === "string") {
    for (const w of value.toLowerCase().split(/[^a-z0-9ß]+/)) if (w.length >= 3 && !FUNCTION_WORDS.has(w)) into.add(w);
    // Words in other letters ("dısında", "الموقع", "微信", "카톡"): kept whole, matched as substrings (CJK has no spaces) for the second hint below (two letters count: "тг").
    for (const w of value.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u)) {
      if (w.length >= 2 && /[^a-z0-9ß]/.test(w) && !FUNCTION_WORDS.has(w)) into.add(w);
    }
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, into, key);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      // A key is a phrase only in a phrase → value table ("handy" → "phone"); elsewhere it names a field
      // ("negatingDeterminers"), which no text needs to hold.
      if (typeof v === "string") collect(k, into, key);
      collect(v, into, k);
    }
  }
}

/** CJK and Hangul content words of the lexicons ("微信", "連絡先", "카톡"): matched as substrings, no `\\b`. */

/** The lexicons' content words (fold form). */
export const PHRASE_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  collect(REQUEST_LEXICONS, words);
  collect(OFF_PLATFORM_LEXICONS, words);
  // Short platform words that stand for the platform after "your" ("what's ur snap", "ur ig?"): the only
  // content word of such a request. Whole words only, so two letters are enough.
  for (const w of [...AMBIGUOUS_PLATFORM_NOUNS, ...Object.keys(EXTRA_PLATFORM_NOUNS)]) {
    if (/^[a-z0-9]+$/.test(w) && !FUNCTION_WORDS.has(w)) words.add(w);
  }
  // Two-character contact nouns ("06", "07" in French: a mobile number by its prefix; "qq", "fb").
  for (const lex of REQUEST_LEXICONS) {
    for (const w of Object.keys(lex.nouns)) if (/^[a-z0-9]{2}$/.test(w) && !FUNCTION_WORDS.has(w)) words.add(w);
  }
  return words;
})();

const ASCII_WORD = /^[a-z0-9ß]+$/;
const alternation = [...PHRASE_WORDS].filter((w) => ASCII_WORD.test(w)).sort((a, b) => b.length - a.length).join("|");
const PHRASE_HINT = new RegExp(`\\b(?:${alternation})\\b`);
/** Content words in other letters, matched anywhere (`\b` knows only ASCII); tried only on text with such letters. */
const otherAlternation = [...PHRASE_WORDS].filter((w) => !ASCII_WORD.test(w)).sort((a, b) => b.length - a.length).map(escape).join("|");
const OTHER_HINT = otherAlternation ? new RegExp(otherAlternation) : null;
const NON_ASCII = /[^\u0000-\u007f]/;
/** A lone "@" ("ur @?"): the shared contact noun for a handle. */
const BARE_AT = /(?:^|[^\p{L}\p{M}\p{N}])@(?![\p{L}\p{M}\p{N}])/u;



/**
 * Whether a fold view has any content word of the phrase lexicons. A text without one cannot
 * hold a request or a proposal, so the recognizers skip it without cutting it into sentences: what
 * keeps long runs of punctuation-separated noise ("a.a.a.…") cheap. The test stops at the first hit.
 */
export function mayHoldPhrase(foldText: string): boolean {
  return PHRASE_HINT.test(foldText) || (foldText.includes("@") && BARE_AT.test(foldText)) || (OTHER_HINT !== null && NON_ASCII.test(foldText) && OTHER_HINT.test(foldText));
}
