import type { Recognizer } from "./types.js";
import { phoneRecognizer } from "./phone/index.js";
import { emailRecognizer } from "./email/index.js";
import { linkRecognizer } from "./link/index.js";
import { applyElsewhereRecognizer } from "./link/apply.js";
import { addressRecognizer } from "./address/index.js";
import { handleRecognizers } from "./handle/index.js";
import { phraseRecognizer } from "./phrases/recognizer.js";

/**
 * Every recognizer the default `detect` runs, in no particular order (overlaps are resolved after),
 * and what `mayContainContact` (../detect/prefilter.ts) is derived from: a recognizer added here
 * brings its own `pretest` and `cueWords`, so the prefilter cannot fall behind it.
 *
 * The phrase recognizers read the whole of any text with a lexicon word: its sentences are cut once
 * and shared, and frames are skipped per sentence by the words they need (./phrases/frames.ts), which
 * costs less than cutting windows around hint words that occur in almost every text.
 */
export const RECOGNIZERS: readonly Recognizer[] = [
  phoneRecognizer,
  emailRecognizer,
  linkRecognizer,
  applyElsewhereRecognizer,
  addressRecognizer,
  ...handleRecognizers,
  phraseRecognizer,
];
