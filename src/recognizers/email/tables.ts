/** Data for the email recognizer, in fold form (lower case, accents removed). */

/** Words and bracketed forms that stand for "@" (EN, ES, PT, FR, DE, IT). */
export const AT_WORDS = ["at", "arroba", "arobase", "chiocciola", "klammeraffe", "at sign", "at symbol"] as const;
/** Words and bracketed forms that stand for "." */
export const DOT_WORDS = ["dot", "punto", "ponto", "point", "punkt", "period", "dt"] as const;

/** Webmail providers: a mailbox named with one of these and no "@" is still an address. */
export const MAIL_PROVIDERS: Readonly<Record<string, string>> = {
  gmail: "gmail.com",
  googlemail: "googlemail.com",
  yahoo: "yahoo.com",
  ymail: "ymail.com",
  hotmail: "hotmail.com",
  outlook: "outlook.com",
  live: "live.com",
  msn: "msn.com",
  icloud: "icloud.com",
  aol: "aol.com",
  proton: "proton.me",
  protonmail: "protonmail.com",
  gmx: "gmx.net",
  yandex: "yandex.ru",
  "mail.ru": "mail.ru",
  zoho: "zoho.com",
  qq: "qq.com",
  "web.de": "web.de",
  tutanota: "tutanota.com",
  fastmail: "fastmail.com",
  hey: "hey.com",
  uol: "uol.com.br",
  bol: "bol.com.br",
  libero: "libero.it",
  orange: "orange.fr",
  wanadoo: "wanadoo.fr",
  "t-online": "t-online.de",
};

/**
 * Words that are never a mailbox before a spelled-out " at ": "we work at example dot com",
 * "look at google.com", "available at 5pm". Bracketed forms ("[at]") are deliberate and skip this.
 */
export const NOT_A_MAILBOX: ReadonlySet<string> = new Set([
  "a", "i", "me", "us", "him", "her", "them", "it", "this", "that", "here", "there", "we", "you", "they", "is", "are",
  "was", "be", "am", "work", "works", "worked", "working", "look", "looking", "looked", "available", "based", "located",
  "live", "lives", "living", "stay", "staying", "arrive", "arriving", "meet", "see", "find", "found", "good", "great",
  "best", "better", "expert", "job", "home", "start", "starts", "end", "ends", "begin", "hosted",
  "host", "deployed", "running", "runs", "shop", "shopping", "buy", "sell", "sold", "listed", "published", "posted",
  "studied", "study", "intern", "engineer", "developer", "designer", "manager", "lead", "senior", "junior",
  "or", "and", "but", "not", "only", "just", "also", "still", "even", "both", "all", "anything", "something",
  "nothing", "everything", "one", "two", "three", "site", "website", "page", "online", "offline", "priced", "price",
  "rate", "rates", "charged", "valued", "estimated", "aimed", "targeted", "good", "bad", "nice", "hired", "employed",
  "teach", "teaching", "taught", "role", "position", "them.", "time", "least", "most", "once",
  "first", "last", "night", "noon", "midnight", "dawn", "hand", "risk", "scale", "speed", "par", "peace", "ease",
  "heart", "times", "sea", "school", "university", "college", "company", "startup", "agency", "firm", "store",
  "email", "mail", "reach", "ping", "write", "message", "dm",
]);
