/**
 * The baseline a developer would reach for today: libphonenumber-js (`findPhoneNumbersInText`,
 * full metadata, default leniency "valid") for phone numbers, plus linkify-it (fuzzy links and
 * fuzzy emails) for emails and URLs. No disguise handling, no context, no extra filters.
 *
 * Plain JavaScript on purpose: the in-process benches (bench/detect, bench/eval, through baseline.ts)
 * and the whole-process peer script (bench/scan/peer.mjs, launched with plain `node` as a user's script
 * would be) run this same function, so the two records measure the same baseline.
 * Its construction is pinned by test/bench/baseline.test.ts (fuzzy links on: `wa.me/…` without a
 * scheme is part of the job).
 */
import { findPhoneNumbersInText, isSupportedCountry } from "libphonenumber-js/max";
import { LinkifyIt } from "linkify-it";

/** The linkify-it options of the baseline, exported so the test can pin them. */
export const BASELINE_LINKIFY_OPTIONS = Object.freeze({ fuzzyLink: true, fuzzyEmail: true });

const linkify = new LinkifyIt({ ...BASELINE_LINKIFY_OPTIONS });

/**
 * Baseline detection. `defaultCountry` (default "US") is used for numbers without a country code;
 * an unknown code (e.g. "ZZ") means "no default country".
 * @param {string} text
 * @param {string} [defaultCountry]
 * @returns {Array<{ type: "phone" | "email" | "url"; start: number; end: number; value: string }>}
 */
export function baselineDetect(text, defaultCountry = "US") {
  const out = [];
  if (text.length === 0) return out;
  const country = defaultCountry.toUpperCase();
  try {
    const found = isSupportedCountry(country) ? findPhoneNumbersInText(text, { defaultCountry: country }) : findPhoneNumbersInText(text);
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
