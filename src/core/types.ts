/**
 * The fixed vocabulary of the detection engine. Every surface (library, CLI, HTTP, UI, stream)
 * speaks these types, so they change only with the POLICY.md clauses they map to.
 */

/** Finding types that are contact information or a request/proposal to exchange it (C1–C9). */
export const CONTACT_TYPES = [
  "phone", // C1
  "email", // C2
  "address", // C3
  "messenger", // C4
  "social", // C5
  "contact_link", // C6
  "external_application", // C7
  "contact_request", // C8
  "off_platform", // C9
] as const;

/** Links reported with their class so the policy can allow them (S1, S2). */
export const LINK_TYPES = ["url", "portfolio_link"] as const;

export type ContactType = (typeof CONTACT_TYPES)[number];
export type LinkType = (typeof LINK_TYPES)[number];
export type FindingType = ContactType | LinkType;
/** Every finding type, contact types first. */
export const FINDING_TYPES = [...CONTACT_TYPES, ...LINK_TYPES] as const satisfies readonly FindingType[];

const contactTypeSet: ReadonlySet<string> = new Set(CONTACT_TYPES);
export function isContactType(type: string): type is ContactType {
  return contactTypeSet.has(type);
}

/** Disguises the normalizer can undo; reported per finding as evidence. */
export const DISGUISES = [
  "html_entity",
  "invisible", // zero-width and bidi controls
  "compatibility", // NFKC: full-width, ligatures, super/subscripts
  "confusable", // look-alike letters from Cyrillic/Greek
  "digit_script", // Arabic-Indic, Devanagari, … digits
  "enclosed_digit", // keycap emoji, circled digits
  "number_word", // "eight zero zero", "ocho", "double five"
  "leet", // l/I→1, O→0, S→5, B→8, E→3 inside digit runs
  "spacing", // letters or digits separated by spaces, dots, dashes, line breaks
  "spelled_at_dot", // [at], (dot), arroba, punto, Punkt
  "provider_mailbox", // "kasia.wrobel on gmail"
] as const;
export type Disguise = (typeof DISGUISES)[number];

/** One line per disguise family, for people reading findings (GET /v1/detect/types). */
export const DISGUISE_DESCRIPTION: Readonly<Record<Disguise, string>> = {
  html_entity: "HTML entities such as &#64; or &commat; for @",
  invisible: "zero-width and bidirectional control characters between letters or digits",
  compatibility: "full-width letters and digits, ligatures, super- and subscripts (Unicode compatibility forms)",
  confusable: "look-alike letters from Cyrillic or Greek in place of Latin ones",
  digit_script: "digits of other scripts: Arabic-Indic, Devanagari, …",
  enclosed_digit: "keycap emoji and circled or parenthesised digits",
  number_word: "digits written as words (\"eight zero zero\", \"ocho\", \"double five\")",
  leet: "letters standing for digits inside a number (l or I for 1, O for 0, S for 5)",
  spacing: "letters or digits separated by spaces, dots, dashes or line breaks",
  spelled_at_dot: "[at], (dot), arroba, punto, Punkt in place of @ and .",
  provider_mailbox: "a mailbox named with its provider (\"kasia.wrobel on gmail\")",
};

export interface Evidence {
  /** Which disguises were undone inside the finding's span. */
  disguises: Disguise[];
  /** Context words that raised (or were required for) the finding, as they appear in the text. */
  contextWords: string[];
}

/**
 * A phone number's kind, as libphonenumber-js's metadata (the `max` set) classes its range, in lower
 * case: `fixed_line_or_mobile` where a country's fixed and mobile ranges overlap (the US, Canada).
 */
export const PHONE_NUMBER_TYPES = [
  "mobile",
  "fixed_line",
  "fixed_line_or_mobile",
  "toll_free",
  "premium_rate",
  "shared_cost",
  "voip",
  "personal_number",
  "pager",
  "uan",
  "voicemail",
] as const;
export type PhoneNumberType = (typeof PHONE_NUMBER_TYPES)[number];

/** What the numbering plan says about a phone finding (phone findings only). */
export interface PhoneInfo {
  /** ISO 3166-1 alpha-2 country of the number; null for a non-geographic (+800) or a local number without one. */
  country: string | null;
  /** The range the number is in; null when the number is well-formed but not on an assigned range (a 555 number). */
  numberType: PhoneNumberType | null;
}

export interface Finding {
  type: FindingType;
  /** UTF-16 index into the ORIGINAL text (inclusive). */
  start: number;
  /** UTF-16 index into the ORIGINAL text (exclusive). */
  end: number;
  /** The original slice, `text.slice(start, end)`. */
  text: string;
  /** Normalized value: E.164 phone, lower-case email, canonical link, `platform:handle`. */
  value: string;
  /** 0–1. */
  confidence: number;
  /** The recognizer that produced it (e.g. `phone.libphonenumber`). */
  recognizer: string;
  /** For messenger/social findings and platform links. */
  platform?: string;
  /**
   * For allowed content, the POLICY.md clause that allows it when its type alone does not say: a form
   * link that is a questionnaire about the project is S3 (a plain link is S2 by its type), and a site's
   * own contact page that is the work itself is marked S2 so the policy can add its reminder.
   */
  clause?: string;
  /** For phone findings: the number's country and type from libphonenumber-js's metadata. */
  phone?: PhoneInfo;
  evidence: Evidence;
}

export interface DetectOptions {
  /**
   * ISO 3166-1 alpha-2 region of the sender, for numbers written without a country code: a number valid
   * there is always read as that region's. Leave it out when the platform does not know the sender's
   * country: the text's languages then choose (see `fallbackRegion`).
   */
  defaultRegion?: string;
  /** The region tried for such numbers when `defaultRegion` is not given and the text points nowhere else. Default `US`. */
  fallbackRegion?: string;
  /** Only report these types (default: all). */
  types?: readonly FindingType[];
  /** Drop findings below this confidence (default 0.5). */
  minConfidence?: number;
}
