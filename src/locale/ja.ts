import { defineLocale } from "./types.js";

/* Japanese: registered, words still to come (the parity test lists what it lacks). */

export default defineLocale({
  code: "ja",
  name: "Japanese",
});
