import { defineLocale } from "./types.js";

/* Dutch: so far only "nul" among the number words. */

export default defineLocale({
  code: "nl",
  name: "Dutch",
  numbers: {
    units: { 0: ["nul"] },
  },
});
