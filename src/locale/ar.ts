import { defineLocale } from "./types.js";

/* Arabic: registered, words still to come (the parity test lists what it lacks). */

export default defineLocale({
  code: "ar",
  name: "Arabic",
});
