import { defineLocale } from "./types.js";

/* Hinglish (Hindi in Latin script): registered, words still to come (the parity test lists what it lacks). */

export default defineLocale({
  code: "hi-Latn",
  name: "Hinglish (Hindi in Latin script)",
});
