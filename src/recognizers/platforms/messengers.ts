import type { PlatformEntry } from "./types.js";

/*
 * Messaging platforms (C4). Aliases are in fold form (lower case, no accents); the handle
 * recognizer adds separator ("w.h.a.t.s.a.p.p") and leet ("t3l3gram") variants itself.
 * Handle shapes carry no leading "@" and no anchors; repetitions are bounded.
 * Positive and negative examples for every entry: test/recognizers/fixtures/platforms/messengers.json.
 */
export const MESSENGERS: PlatformEntry[] = [
  {
    id: "whatsapp",
    name: "WhatsApp",
    family: "messenger",
    aliases: [
      "whatsapp", "whatsap", "watsapp", "watsap", "wh@tsapp", "whatapp", "whatsaap", "whattsapp", "whatssapp",
      "whatsupp", "wattsapp", "whtsapp", "whtsap", "wassap", "wasap", "wazap", "wsap",
      "wasapp", "whasapp", "whasap", "guasap", "guasapp", "zapzap", "watzap", "ватсап", "вотсап", "вацап", "ватсапп",
      "ватсапе", "вотсапе", "вацапе", "ватсапу", "вацапу", "واتساب", "الواتساب", "واتس", "الواتس", "وتساب",
      // Polish "wacap" and its case forms ("napisz na wacapie"); Turkish "vatsap" with its case endings ("vatsaptan ulaş").
      "wacap", "wacapie", "wacapa", "wacapem", "vatsap", "vatsaptan", "vatsapdan", "vatsapa", "vatsaba", "whatsapptan", "whatsappdan",
    ],
    // "wp" is also WordPress ("wp-admin", "WP plugin"); Dutch "appje" is also a small app.
    ambiguousAliases: ["wa", "w.a.", "zap", "wapp", "wsp", "whatsup", "watsup", "wp", "appje"],
    hosts: ["wa.me", "api.whatsapp.com", "chat.whatsapp.com", "whatsapp.com"],
    schemes: ["whatsapp"],
    phoneIsHandle: true,
    verb: true,
  },
  {
    id: "telegram",
    name: "Telegram",
    family: "messenger",
    aliases: ["telegram", "telegramm", "telegrm", "telgram", "telegarm", "telagram", "telegran", "teleg", "telegr", "телеграм", "телеграмм",
      // Case forms people write after "в"/"на" ("пиши в телеграме", Ukrainian "в телеграмі").
      "телеграме", "телеграмме", "телеграму", "телеграмі", "телеграмчик",
      "تيليجرام", "التيليجرام", "تلجرام", "التلجرام", "تليجرام", "التليجرام", "تلغرام", "التلغرام",
      "텔레그램", "テレグラム",
      // Turkish possessive and case endings written against the name ("telegramım @mehmetdev", "telegramdan yaz").
      "telegramım", "telegramdan", "telegrama"],
    // "телега" is also a cart: its case forms ("в телеге", "телегу", "тележку") need a marker or an "@handle" too.
    // "tele" is also the TV (es/it/fr "la tele") and short for the telephone, Korean "텔레" the start of "텔레비전":
    // they count only with a marker or an "@handle", never with a phone number (tables.ts HANDLE_ONLY_ALIASES).
    ambiguousAliases: ["tg", "телега", "тг", "телегу", "телеге", "телегои", "тележку", "тележке", "tele", "텔레"],
    hosts: ["t.me", "telegram.me", "telegram.dog"],
    schemes: ["tg"],
    handle: /[a-z][a-z0-9_]{4,31}/,
    phoneIsHandle: true,
    verb: true,
  },
  {
    id: "skype",
    name: "Skype",
    family: "messenger",
    aliases: ["skype", "skipe", "skpe", "skyp", "skaip", "skyppe", "скаип"],
    hosts: ["join.skype.com"],
    schemes: ["skype"],
    handle: /live:[a-z0-9._\-]{3,40}|[a-z][a-z0-9._\-]{5,31}/,
    verb: true,
  },
  {
    id: "wechat",
    name: "WeChat",
    family: "messenger",
    aliases: ["wechat", "weixin", "weichat", "wechatt", "wchat", "微信", "威信", "薇信", "вичат"],
    // "加V：kenji88": "V" is WeChat's nickname after "加" (add); alone it is only a letter.
    ambiguousAliases: ["wx", "vx", "加v", "加vx"],
    hosts: ["weixin.qq.com", "u.wechat.com", "wechat.com"],
    schemes: ["weixin"],
    handle: /[a-z][a-z0-9_\-]{5,19}/,
    phoneIsHandle: true,
    verb: true,
  },
  {
    id: "signal",
    name: "Signal",
    family: "messenger",
    aliases: ["signal messenger", "signal app", "signalapp"],
    ambiguousAliases: ["signal", "сигнал"],
    hosts: ["signal.me", "signal.group"],
    schemes: ["sgnl"],
    // Signal usernames carry a numeric suffix: "kenji.88".
    handle: /[a-z][a-z0-9_]{2,31}\.[0-9]{2,9}/,
    phoneIsHandle: true,
  },
  {
    id: "discord",
    name: "Discord",
    family: "messenger",
    aliases: ["discord", "dicord", "discrod", "disord", "discordapp", "дискорд", "дискорде"],
    ambiguousAliases: ["dc"],
    hosts: ["discord.gg", "discord.com", "discordapp.com", "discord.me"],
    schemes: ["discord"],
    // New usernames (2–32 of a-z0-9_.) or the legacy "name#1234".
    handle: /[a-z0-9_.]{2,32}(?:#[0-9]{4})?/,
  },
  {
    id: "slack",
    name: "Slack",
    family: "messenger",
    aliases: ["slack", "slak", "slackk"],
    hosts: ["slack.com"],
    schemes: ["slack"],
    handle: /[a-z0-9][a-z0-9._\-]{1,79}/,
    verb: true,
  },
  {
    id: "viber",
    name: "Viber",
    family: "messenger",
    aliases: ["viber", "vyber", "vibr", "viberr", "ваибер", "вибер", "ваибере", "вибере", "فايبر"],
    hosts: ["viber.com", "invite.viber.com", "viber.click"],
    schemes: ["viber"],
    // Viber usernames ("viber ko: @juan_dc"); the phone number stays the usual account.
    handle: /[a-z][a-z0-9_.]{2,31}/,
    phoneIsHandle: true,
    verb: true,
  },
  {
    id: "line",
    name: "LINE",
    family: "messenger",
    aliases: ["line app", "line messenger", "naver line", "lineapp"],
    // Thai "ไลน์" (fold form "ไลน", the mark dropped) is also a production line ("ไลน์ผลิต"): ambiguous.
    ambiguousAliases: ["line", "ライン", "라인", "ไลน"],
    hosts: ["line.me", "lin.ee"],
    schemes: ["line"],
    handle: /[a-z0-9._\-]{4,20}/,
    phoneIsHandle: true,
  },
  {
    id: "kakaotalk",
    name: "KakaoTalk",
    family: "messenger",
    aliases: ["kakaotalk", "kakao talk", "kakao", "katalk", "kakaotok", "카카오톡", "카톡", "카카오"],
    hosts: ["open.kakao.com", "pf.kakao.com", "qr.kakao.com"],
    schemes: ["kakaotalk", "kakaoplus"],
    handle: /[a-z0-9._\-]{4,20}/,
    phoneIsHandle: true,
  },
  {
    id: "zalo",
    name: "Zalo",
    family: "messenger",
    aliases: ["zalo", "zaloo"],
    // "zl" is Zalo in Vietnamese chat ("add zl em nha") and also a złoty or a zone code.
    ambiguousAliases: ["zl"],
    hosts: ["zalo.me"],
    schemes: ["zalo"],
    phoneIsHandle: true,
    verb: true,
  },
  {
    id: "messenger",
    name: "Facebook Messenger",
    family: "messenger",
    aliases: ["fb messenger", "facebook messenger", "fbmessenger", "messenger app", "fb msg", "fb msngr"],
    ambiguousAliases: ["messenger", "msngr"],
    hosts: ["m.me", "messenger.com"],
    schemes: ["fb-messenger"],
    handle: /[a-z0-9.]{5,50}/,
  },
  {
    id: "imessage",
    name: "iMessage / FaceTime",
    family: "messenger",
    // Reached by phone number or Apple ID e-mail (the e-mail is the e-mail recognizer's).
    aliases: ["imessage", "imsg", "facetime", "face time", "facetiming"],
    schemes: ["imessage"],
    phoneIsHandle: true,
    verb: true,
  },
  {
    id: "threema",
    name: "Threema",
    family: "messenger",
    aliases: ["threema", "threma"],
    hosts: ["threema.id"],
    schemes: ["threema"],
    // Threema IDs: exactly eight of A–Z, 0–9 (gateway IDs start with "*").
    handle: /\*?[a-z0-9]{8}/,
  },
  {
    id: "matrix",
    name: "Matrix / Element",
    family: "messenger",
    aliases: ["element app", "element messenger", "matrix chat"],
    ambiguousAliases: ["matrix", "element"],
    hosts: ["matrix.to"],
    schemes: ["matrix"],
    // "@kenji:matrix.org" (the "@" is stripped before the shape is checked).
    handle: /[a-z0-9._=\-]{1,64}:[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){1,4}/,
  },
  {
    id: "keybase",
    name: "Keybase",
    family: "messenger",
    aliases: ["keybase", "keybase chat"],
    hosts: ["keybase.io"],
    schemes: ["keybase"],
    // Keybase usernames: 2–16 of a–z, 0–9 and "_", not starting with "_".
    handle: /[a-z0-9][a-z0-9_]{1,15}/,
  },
  {
    id: "kik",
    name: "Kik",
    family: "messenger",
    aliases: ["kik messenger", "kikmessenger"],
    ambiguousAliases: ["kik"],
    hosts: ["kik.me"],
    handle: /[a-z][a-z0-9._]{3,19}/,
  },
  {
    id: "qq",
    name: "QQ",
    family: "messenger",
    aliases: ["tencent qq", "qq messenger"],
    ambiguousAliases: ["qq"],
    hosts: ["qm.qq.com", "im.qq.com"],
    schemes: ["mqq", "tencent"],
    handle: /[0-9]{5,11}|[a-z][a-z0-9_]{5,19}/,
    numericHandle: true,
  },
  {
    id: "icq",
    name: "ICQ",
    family: "messenger",
    aliases: ["icq", "аська"],
    hosts: ["icq.im"],
    schemes: ["icq"],
    handle: /[0-9]{5,10}|[a-z][a-z0-9_.]{3,31}/,
    numericHandle: true,
  },
];
