import type { Platform } from "./types.js";

/** Messaging and meeting platforms (C4). Starter entries; see test/fixtures/platforms/. */
export const MESSENGERS: Platform[] = [
  {
    id: "whatsapp",
    name: "WhatsApp",
    type: "messenger",
    aliases: ["whatsapp", "whatsap", "watsapp", "watsap", "wh@tsapp", "whats app", "wassap", "wasap", "zap", "zapzap"],
    ambiguousAliases: ["wa", "w.a."],
    hosts: ["wa.me", "api.whatsapp.com", "chat.whatsapp.com", "whatsapp.com"],
    schemes: ["whatsapp"],
    phoneIsHandle: true,
  },
  {
    id: "telegram",
    name: "Telegram",
    type: "messenger",
    aliases: ["telegram", "telegramm", "telegrm"],
    ambiguousAliases: ["tg"],
    hosts: ["t.me", "telegram.me", "telegram.dog"],
    schemes: ["tg"],
    handle: /@?[a-z][a-z0-9_]{4,31}/,
    phoneIsHandle: true,
  },
  {
    id: "skype",
    name: "Skype",
    type: "messenger",
    aliases: ["skype", "skipe", "skpe", "sky pe"],
    hosts: ["join.skype.com"],
    schemes: ["skype"],
    handle: /(?:live:)?[a-z][a-z0-9._,\-]{5,31}/,
  },
];
