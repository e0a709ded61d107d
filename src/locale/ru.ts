import { defineLocale } from "./types.js";

/* Russian: so far only the labels before a handle ("телеграм ник"). */

export default defineLocale({
  code: "ru",
  name: "Russian",
  handle: {
    labelWords: ["ник", "номер", "логин", "айди"],
  },
});
