/** Which table a platform lives in (messengers.ts, meetings.ts, social.ts, marketplaces.ts). */
export type PlatformFamily = "messenger" | "meeting" | "social" | "marketplace";

/** The finding type of each family. Meeting tools are `messenger` (C4: "Zoom meeting links and IDs"). */
export const FINDING_TYPE_OF_FAMILY = {
  messenger: "messenger",
  meeting: "messenger",
  social: "social",
  // A profile on another marketplace with messaging is C5, like a social profile.
  marketplace: "social",
} as const satisfies Record<PlatformFamily, "messenger" | "social">;

/**
 * A messaging, meeting or social platform, declared as data (one row of messengers.ts, meetings.ts
 * or social.ts). Recognizers read these tables; adding a platform never means adding code: its
 * aliases reach the handle recognizer and the phrase lexicons, its hosts and schemes the link
 * recognizer, and all of them the prefilter.
 */
export interface PlatformEntry {
  /** Canonical id used in finding values: `whatsapp:+14155550199`, `instagram:kenji`. */
  id: string;
  /** Human name for messages. */
  name: string;
  family: PlatformFamily;
  /**
   * Words that name the platform on their own, in fold form (lower case, accents removed).
   * Misspellings and leet forms belong here ("whatsap", "wh@tsapp", "watsapp", "weixin", "微信").
   * The handle recognizer also accepts them with one `.`, `-`, `_` or space between letters
   * ("w.h.a.t.s.a.p.p", "whats app") and, for aliases of four letters or more, common leet
   * substitutions (a↔@/4, e↔3, i↔1/l/!, o↔0, s↔5/$), so those need not be listed.
   */
  aliases: string[];
  /**
   * Aliases that are also ordinary words or abbreviations ("x", "line", "signal", "teams", "ig",
   * "tg", "wa"): they count only with an explicit handle marker (`x: @kenji`, `ig @kenji`,
   * `line id kenji88`) or, for an invitation, after a phrase like "find me on".
   */
  ambiguousAliases?: string[];
  /** Host names (registrable domain or full host) whose links belong to the platform. */
  hosts?: string[];
  /**
   * URL schemes that open the platform, without the colon (`skype`, `tg`, `whatsapp`). The link
   * recognizer registers every one with linkify-it: `skype:kenji88`, `tg://resolve?domain=kenji`.
   */
  schemes?: string[];
  /**
   * Path prefixes that mark a link as a contact/meeting link when the host is shared with
   * other products (e.g. `teams.microsoft.com` + `/l/meetup-join`). Empty means any path.
   */
  linkPaths?: string[];
  /**
   * Paths people write without the host, that name an account only when the platform is named in
   * the same sentence: LinkedIn "in/tomas-lindqvist", Reddit "u/kenji". Lower case, ending in "/".
   */
  shortPaths?: string[];
  /**
   * Shape of a valid handle or ID, checked on the candidate after the platform word (no anchors,
   * no leading `@`: the recognizer anchors it and strips the `@`). Bounded repetitions only.
   */
  handle?: RegExp;
  /**
   * The handle shape is distinctive enough (a Zoom meeting number, a Meet code) to count without
   * a marker, even after an ambiguous alias ("meet abc-defg-hij").
   */
  strictHandle?: boolean;
  /** Handles may be all digits (QQ, ICQ, meeting numbers); otherwise a handle needs a letter. */
  numericHandle?: boolean;
  /** Whether a phone number next to the platform word is the account (WhatsApp, Viber, Signal…). */
  phoneIsHandle?: boolean;
  /** The name is used as a verb for contacting someone: "WhatsApp me", "Skype me". */
  verb?: boolean;
}

/** A platform as the recognizers read it: its table row, and the finding type its family gives. */
export interface Platform extends PlatformEntry {
  readonly type: (typeof FINDING_TYPE_OF_FAMILY)[PlatformFamily];
}
