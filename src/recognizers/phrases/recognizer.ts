import type { Candidate, Recognizer } from "../types.js";
import { contactRequestRecognizer, findOffPlatform, findRequests, offPlatformRecognizer } from "./index.js";
import { mayHoldPhrase, PHRASE_WORDS } from "./hint.js";
import { sentencesOf } from "./tokens.js";

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
    const sentences = sentencesOf(input.fold);
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
    // The gate is asked last, and only of a text with a finding: 86 % of texts hold a lexicon word, so
    // asking it first (one regex over every text) skipped little and cost 170 ms of the corpus's 10 s.
    // What it turns away is the same either way.
    return found.length > 0 && !mayHoldPhrase(input.fold.text) ? [] : found;
  },
};
