import { defineLocale } from "./types.js";

/* Chinese (simplified and traditional): so far only what the handle recognizer reads around a platform name. */

export default defineLocale({
  code: "zh",
  name: "Chinese",
  handle: {
    // "加我微信" ("add me on WeChat"), "联系我", "私聊" ("private chat").
    invitePhrases: ["加我", "加", "联系我", "聯繫我", "私聊"],
    labelWords: ["号", "号码", "號", "號碼", "账号", "帳號", "帐号", "id号"],
    // "微信是 kenji88", "微信：kenji88" (the full-width colon).
    fillers: ["是", "："],
  },
});
