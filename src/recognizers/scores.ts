/*
 * The confidence levels the recognizers report, by name, so that a level is read and tuned in one
 * place instead of being a number inside a branch. The values are calibrated against the eval
 * corpora (bench/eval); `detect` drops anything under its `minConfidence` (0.5 by default), and the
 * policy treats higher levels as surer. Changing a value changes findings: run the equivalence
 * snapshot (bench/equivalence) and the eval before and after.
 */

/** C1 phone numbers (./phone/index.ts `judge`). */
export const PHONE_SCORES = {
  /** Valid for the region and written as a phone is written: "+", "(212)", "212 555 0199". */
  validFormatted: 0.95,
  /** Valid, and a cue word ("call", "tel") or a deliberate disguise says it is a number to call. */
  validCued: 0.9,
  /** Valid, written with an international prefix. */
  validInternational: 0.9,
  /** Valid, but a bare digit run with nothing around it: an order number reads the same. */
  validBare: 0.62,
  /** International, possible but unassigned ("+1 555 201 3344"), formatted or cued. */
  possibleInternational: 0.75,
  /** A North American shape on a fictional/unassigned range (555), with a cue. */
  nanpShapeCued: 0.85,
  /** A North American shape on a fictional/unassigned range (555). */
  nanpShape: 0.75,
  /** Valid only in another region whose national format groups it as written, with a cue. */
  otherRegionCued: 0.8,
  /**
   * Valid in a country of the text's language, grouped the way that country writes it ("55 4182 6937"
   * in Spanish), without a cue.
   */
  textRegionGrouped: 0.8,
  /** Valid only in another region, formatted with a trunk "0" but without a cue. */
  otherRegionTrunk: 0.6,
  /** A formatted local number that no region validates, after a strong cue ("call me at 555-0199"). */
  localCued: 0.7,
} as const;

/** C4/C5 accounts next to a platform word (./handle/index.ts). */
export const HANDLE_SCORES = {
  /** A phone number after an unambiguous platform word with a marker, "is" or "me": "WhatsApp me on +91…". */
  phoneMarked: 0.9,
  /** A phone number right after an unambiguous platform word. */
  phone: 0.85,
  /** A phone number after an ambiguous word ("wa", "line") with a marker: "wa number: +91…". */
  phoneAmbiguousMarked: 0.85,
  /** A "+" phone number after an ambiguous word without a marker. */
  phoneAmbiguous: 0.8,
  /** A distinctive ID shape (meeting number or code) with an explicit marker. */
  strictMarked: 0.9,
  /** A distinctive ID shape (meeting number or code) without a marker. */
  strict: 0.85,
  /** "@handle" after a word that counts only with "@" ("x @kenji", "threads @kenji"). */
  atOnly: 0.85,
  /** "@handle" after an unambiguous platform word. */
  at: 0.9,
  /** "@handle" after an ambiguous platform word. */
  atAmbiguous: 0.85,
  /** After an ambiguous word with an explicit marker, and an explicit word or a handle-like shape. */
  ambiguousExplicit: 0.85,
  /** After an ambiguous word, "my line is kenji_88": possessive, "is", and a handle-like shape. */
  ambiguousPossessive: 0.8,
  /** After an unambiguous word with an explicit marker: "skype: kenji.sato", "telegram id kenji". */
  explicit: 0.9,
  /** "my skype is kenji". */
  possessive: 0.85,
  /** "skype me kenji", or after an invitation ("find me on skype kenji"). */
  invited: 0.8,
  /** A handle-like shape (digits, "_", an inner dot) right after the platform word. */
  shaped: 0.75,
  /** An "@handle" a few words after the platform word: "instagram, follow @kenji.art". */
  atAhead: 0.75,
  /** An invitation to the channel without the account: "find me on telegram". */
  invite: 0.7,
  /** A weak invitation: "I'm on telegram", "available on skype". */
  inviteWeak: 0.6,
  /** The platform used as a verb: "WhatsApp me". */
  verb: 0.65,
  /** An account path without its host, in a sentence naming the platform: "in/tomas-lindqvist (LinkedIn)". */
  shortPath: 0.85,
} as const;

/** C2 email addresses (./email/index.ts). */
export const EMAIL_SCORES = {
  /** "kenji@sato-studio.jp" as written. */
  address: 0.97,
  /** At or dot written as a word, bracketed or spaced: "kenji (at) sato-studio (dot) jp". */
  disguised: 0.9,
  /** A name whose domain is left to the reader: "gmail: lena.kraus91", "kasia.wrobel on gmail", "… hinten: posteo.de". */
  impliedDomain: 0.8,
} as const;

/** C4–C7 and S1/S2 links (./link/index.ts `classifyUrl`). */
export const LINK_SCORES = {
  /** A platform's URL scheme: "skype:kenji.sato", "tg://resolve?domain=kenji". */
  platformScheme: 0.95,
  /** "tel:", "sms:", "callto:", "facetime:". */
  phoneScheme: 0.9,
  /** A host and path in ./link/hosts.ts LINK_RULES (job boards, forms, portfolios). */
  rule: 0.95,
  /** A platform host with a contact path: "wa.me/1415…", "zoom.us/j/…". */
  platformPath: 0.95,
  /** A platform host without a contact path: "instagram.com". */
  platformHost: 0.8,
  /** A contact page on any site: "acme.com/contact-us". */
  contactPage: 0.85,
  /** A careers page on any site: "acme.com/careers". */
  careersPage: 0.75,
  /** Any other link. */
  link: 0.9,
  /** Applying on the company's own site, without a link: "fill in the application form on our website". */
  applyElsewhere: 0.75,
  /** A link the URL parser rejects. */
  unparsed: 0.6,
  /** The most a link without a scheme ("site.com") is trusted. */
  fuzzyCap: 0.9,
} as const;
