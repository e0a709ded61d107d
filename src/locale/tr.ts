import { defineLocale } from "./types.js";

/* Turkish: registered, words still to come (the parity test lists what it lacks). */

export default defineLocale({
  code: "tr",
  name: "Turkish",
});
