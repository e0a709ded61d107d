import type { Recognizer } from "../types.js";
import { contactRequestRecognizer, findOffPlatform, findRequests, offPlatformRecognizer } from "./index.js";
import { mayHoldPhrase, PHRASE_WORDS } from "./hint.js";
import { sentencesOf } from "./tokens.js";

/**
 * C8 and C9 read the same sentences and share one gate: a text without a lexicon word holds neither,
 * and is not cut into sentences at all. One entry, so the gate runs and the sentences are cut once
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
    if (!mayHoldPhrase(input.fold.text)) return [];
    const sentences = sentencesOf(input.fold);
    // Each part fails on its own, as separate recognizers would (detectWith's guard, one level down).
    return [findRequests, findOffPlatform].flatMap((find) => {
      try {
        return find(input.fold, sentences);
      } catch {
        return [];
      }
    });
  },
};
