/**
 * A messaging or social platform, declared as data. Recognizers read these tables; adding a
 * platform never means adding code.
 */
export interface Platform {
  /** Canonical id used in finding values: `whatsapp:+14155550199`, `instagram:kenji`. */
  id: string;
  /** Human name for messages. */
  name: string;
  type: "messenger" | "social";
  /**
   * Words that name the platform on their own, in fold form (lower case, accents removed).
   * Misspellings and leet forms belong here ("whatsap", "wh@tsapp", "watsapp", "weixin", "微信").
   */
  aliases: string[];
  /**
   * Aliases that are also ordinary words or abbreviations ("x", "line", "signal", "teams", "ig",
   * "tg", "wa"): they count only with an explicit handle marker (`x: @kenji`, `ig @kenji`).
   */
  ambiguousAliases?: string[];
  /** Host names (registrable domain or full host) whose links belong to the platform. */
  hosts?: string[];
  /** URL schemes that open the platform (`skype:`, `tg:`, `whatsapp:`). */
  schemes?: string[];
  /**
   * Path prefixes that mark a link as a contact/meeting link when the host is shared with
   * other products (e.g. `teams.microsoft.com` + `/l/meetup-join`). Empty means any path.
   */
  linkPaths?: string[];
  /** Shape of a valid handle, checked on the candidate ID (no anchors; the recognizer anchors it). */
  handle?: RegExp;
  /** Whether a phone number next to the platform word is the account (WhatsApp, Viber, Signal…). */
  phoneIsHandle?: boolean;
}
