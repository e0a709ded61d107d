import { defineLocale } from "./types.js";

/* Ukrainian: registered, words still to come (the parity test lists what it lacks). */

export default defineLocale({
  code: "uk",
  name: "Ukrainian",
});
