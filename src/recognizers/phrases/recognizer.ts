import type { Candidate, Recognizer } from "../types.js";
import { contactRequestRecognizer, findOffPlatform, findRequests, offPlatformRecognizer } from "./index.js";
import { mayHoldPhrase, PHRASE_WORDS } from "./hint.js";
import { sentencesOf } from "./tokens.js";

/** Texts longer than this (units of the fold view) are asked the hint before they are cut. */
const LONG_TEXT = 2000;

/**
 * C8 and C9 read the same sentences and share one gate: a text without a lexicon word holds neither
 * (what they find there is dropped). One entry, so the gate runs and the sentences are cut once
 * per text; each candidate still names its own recognizer.
 */
export const phraseRecognizer: Recognizer = {
  id: "phrase",
  types: [...contactRequestRecognizer.types, ...offPlatformRecognizer.types],
  // Every request frame and every proposal needs a content word of the lexicons (./hint.ts).
  cueWords: PHRASE_WORDS,
  // …or a lone "@" ("ur @?"), the shared contact noun for a handle (./lexicon.ts SHARED_NOUNS).
  pretest: /(?:^|[^A-Za-z0-9_])@(?![A-Za-z0-9_])/,
  find: (input) => {
    // A long text is asked first: the test stops at its first content word, early in a real post, and
    // turns away long runs of noise ("a.a.a.…", "the the …") before they are cut into thousands of sentences.
    const long = input.fold.text.length > LONG_TEXT;
    if (long && !mayHoldPhrase(input.fold.text)) return [];
    // Read before this entry returns, so the scratch cut will do (./tokens.ts).
    const sentences = sentencesOf(input.fold, false);
    // Each part fails on its own, as separate recognizers would (detectWith's guard, one level down).
    let found: Candidate[] = [];
    try {
      found = findRequests(input.fold, sentences);
    } catch {
      // as if C8 had found nothing
    }
    try {
      const proposals = findOffPlatform(input.fold, sentences);
      found = found.length === 0 ? proposals : found.concat(proposals);
    } catch {
      // as if C9 had found nothing
    }
    // A short text is asked last, and only when it has a finding: 86 % of texts hold a lexicon word, so
    // asking every text first (one regex each) skipped little and cost 170 ms of the corpus's 10 s.
    // What the gate turns away is the same either way.
    return found.length > 0 && !long && !mayHoldPhrase(input.fold.text) ? [] : found;
  },
};
