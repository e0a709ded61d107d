import type { Recognizer } from "./types.js";
import type { MappedText } from "../normalize/view.js";
import { phoneRecognizer } from "./phone/index.js";
import { emailRecognizer } from "./email/index.js";
import { linkRecognizer } from "./link/index.js";
import { addressRecognizer } from "./address/index.js";
import { handleRecognizers } from "./handle/index.js";
import { contactRequestRecognizer, offPlatformRecognizer } from "./phrases/index.js";
import { mayHoldPhrase } from "./phrases/hint.js";

/** A recognizer that runs only on texts passing a cheap necessary condition (read on the fold view). */
function gated(recognizer: Recognizer, mayFind: (fold: MappedText) => boolean): Recognizer {
  return { ...recognizer, find: (input) => (mayFind(input.fold) ? recognizer.find(input) : []) };
}

/**
 * Every recognizer the default `detect` runs, in no particular order (overlaps are resolved after).
 * The phrase recognizers read the whole text of any text with a lexicon word: their sentence tokens are
 * cut once per text and shared, and their frames are skipped per sentence by the words they need
 * (./phrases/frames.ts), which costs less than cutting windows around hint words that occur in almost
 * every text.
 */
export const RECOGNIZERS: readonly Recognizer[] = [
  phoneRecognizer,
  emailRecognizer,
  linkRecognizer,
  addressRecognizer,
  ...handleRecognizers,
  gated(contactRequestRecognizer, mayHoldPhrase),
  gated(offPlatformRecognizer, mayHoldPhrase),
];
