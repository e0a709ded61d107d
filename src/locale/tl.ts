import { defineLocale } from "./types.js";

/* Tagalog: registered, words still to come (the parity test lists what it lacks). */

export default defineLocale({
  code: "tl",
  name: "Tagalog",
});
