import { defineLocale } from "./types.js";

/* Vietnamese: registered, words still to come (the parity test lists what it lacks). */

export default defineLocale({
  code: "vi",
  name: "Vietnamese",
});
