import { defineLocale } from "./types.js";

/* Indonesian: registered, words still to come (the parity test lists what it lacks). */

export default defineLocale({
  code: "id",
  name: "Indonesian",
});
