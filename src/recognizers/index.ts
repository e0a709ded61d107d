import type { Recognizer } from "./types.js";
import { phoneRecognizer } from "./phone/index.js";
import { emailRecognizer } from "./email/index.js";
import { linkRecognizer } from "./link/index.js";
import { addressRecognizer } from "./address/index.js";
import { handleRecognizers } from "./handle/index.js";
import { contactRequestRecognizer, offPlatformRecognizer } from "./phrases/index.js";
import { PHRASE_HINT } from "./phrases/hint.js";
import { windowed } from "./windows.js";

/** Every recognizer the default `detect` runs, in no particular order (overlaps are resolved after). */
export const RECOGNIZERS: readonly Recognizer[] = [phoneRecognizer, emailRecognizer, linkRecognizer, addressRecognizer, ...handleRecognizers, windowed(contactRequestRecognizer, PHRASE_HINT, 300, 300), windowed(offPlatformRecognizer, PHRASE_HINT, 300, 300)];
