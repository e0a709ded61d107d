import { defineLocale } from "./types.js";

/* Korean: so far only the labels before a handle ("카톡 아이디"). */

export default defineLocale({
  code: "ko",
  name: "Korean",
  handle: {
    labelWords: ["아이디", "번호"],
  },
});
