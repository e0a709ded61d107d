/**
 * The baseline a developer would reach for today: libphonenumber-js (`findPhoneNumbersInText`,
 * full metadata, default leniency "valid") for phone numbers, plus linkify-it (fuzzy links and
 * fuzzy emails) for emails and URLs. No disguise handling, no context, no extra filters.
 * Shared by bench/eval and bench/detect so both measure the same thing.
 */
import { findPhoneNumbersInText, isSupportedCountry, type CountryCode } from "libphonenumber-js/max";
import { LinkifyIt } from "linkify-it";

export type BaselineType = "phone" | "email" | "url";

export interface BaselineFinding {
  type: BaselineType;
  /** UTF-16 offsets into the input, end exclusive. */
  start: number;
  end: number;
  /** E.164 for phones, lower-case address for emails, normalized URL for links. */
  value: string;
}

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true });

/**
 * Baseline detection. `defaultCountry` (default "US") is used for numbers without a country code;
 * an unknown code (e.g. "ZZ") means "no default country".
 */
export function baselineDetect(text: string, defaultCountry: string = "US"): BaselineFinding[] {
  const out: BaselineFinding[] = [];
  if (text.length === 0) return out;
  const country = defaultCountry.toUpperCase();
  try {
    const found = isSupportedCountry(country)
      ? findPhoneNumbersInText(text, { defaultCountry: country as CountryCode })
      : findPhoneNumbersInText(text);
    for (const m of found) out.push({ type: "phone", start: m.startsAt, end: m.endsAt, value: m.number.number });
  } catch {
    // A library error on odd input counts as "nothing found".
  }
  try {
    for (const m of linkify.match(text) ?? []) {
      if (m.schema === "mailto:") {
        out.push({ type: "email", start: m.index, end: m.lastIndex, value: m.url.replace(/^mailto:/i, "").toLowerCase() });
      } else {
        out.push({ type: "url", start: m.index, end: m.lastIndex, value: m.url });
      }
    }
  } catch {
    // idem
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
