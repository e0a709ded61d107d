import type { Recognizer } from "./types.js";
import { phoneRecognizer } from "./phone/index.js";
import { emailRecognizer } from "./email/index.js";
import { linkRecognizer } from "./link/index.js";
import { addressRecognizer } from "./address/index.js";
import { handleRecognizers } from "./handle/index.js";
import { contactRequestRecognizer, findOffPlatform, findRequests, offPlatformRecognizer } from "./phrases/index.js";
import { mayHoldPhrase } from "./phrases/hint.js";
import { sentencesOf } from "./phrases/tokens.js";

/**
 * C8 and C9 read the same sentences and share one gate: a text without a lexicon word holds neither,
 * and is not cut into sentences at all. One entry, so the gate runs and the sentences are cut once
 * per text; each candidate still names its own recognizer.
 */
const phraseRecognizer: Recognizer = {
  name: "phrase",
  types: [...contactRequestRecognizer.types, ...offPlatformRecognizer.types],
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

/**
 * Every recognizer the default `detect` runs, in no particular order (overlaps are resolved after).
 * The phrase recognizers read the whole of any text with a lexicon word: its sentences are cut once
 * and shared, and frames are skipped per sentence by the words they need (./phrases/frames.ts), which
 * costs less than cutting windows around hint words that occur in almost every text.
 */
export const RECOGNIZERS: readonly Recognizer[] = [
  phoneRecognizer,
  emailRecognizer,
  linkRecognizer,
  addressRecognizer,
  ...handleRecognizers,
  phraseRecognizer,
];
