import { defineLocale } from "./types.js";

/* Polish: registered, words still to come (the parity test lists what it lacks). */

export default defineLocale({
  code: "pl",
  name: "Polish",
});
