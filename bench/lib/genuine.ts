/**
 * The documented, deliberately simple rule that splits hits on "clean" text (Craigslist listings,
 * SMS ham, masked job ads) into "looks like real contact info" and "false positive".
 *
 * A phone or email hit counts as real contact when
 *   (a) it is an email written with a literal "@" (at most one space either side) and a dotted
 *       domain ("bob@gmail.com", "olowoyey@ usc.edu"); or
 *   (b) a contact cue word (call, text, phone, tel, mobile, cell, sms, whatsapp, contact, reach,
 *       ring, fax, email, mail, number, …) occurs within 40 characters before the hit or within
 *       25 characters after it ("call me at …", "… call or text"); or
 *   (c) it is a phone hit that is visibly disguised on purpose — it mixes digits with look-alike
 *       letters (o/O for 0, l/I for 1) or digit words ("51o 553 0595", "925-639-four-nine-four-five"),
 *       or has four or more single digits separated by spaces ("5 1 0 5 7 6 …") — AND, with the
 *       look-alikes and words turned back into digits, it is a valid number for the region with
 *       at least 10 digits. Nobody writes "(4l5)723-l4l5" by accident: Craigslist hid plain numbers,
 *       so its posters disguise theirs.
 * Everything else is a false positive. The rule is conservative (a real number with no cue and
 * no disguise, like "925/435/25 07", still counts as a false positive) and every hit is printed
 * for a human to check.
 */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

const CUE =
  /(?<![\p{L}\p{N}])(?:call|calls|calling|phone|phones|ph|tel|telephone|mobile|mob|cell|cellphone|text|txt|texting|sms|whatsapp|whats\s?app|contact|reach|ring|fax|e-?mail|mail|number|no\.|hotline|helpline)(?![\p{L}\p{N}])/iu;

const WORD_DIGITS: Record<string, string> = {
  zero: "0", oh: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
};
const DIGIT_WORD = /zero|oh|one|two|three|four|five|six|seven|eight|nine/gi;
const LOOKALIKE_NEXT_TO_DIGIT = /(?<=\d)[oOlI]|[oOlI](?=\d)/;

export interface GenuineVerdict {
  genuine: boolean;
  reason: string;
}

function disguisedValidPhone(hit: string, region: string): boolean {
  const hasWord = /zero|one|two|three|four|five|six|seven|eight|nine/i.test(hit);
  const hasLookalike = LOOKALIKE_NEXT_TO_DIGIT.test(hit);
  const spaced = /\d(?:[ \t]+\d){3,}/.test(hit);
  if (!hasWord && !hasLookalike && !spaced) return false;
  const digits = hit
    .replace(DIGIT_WORD, (w) => WORD_DIGITS[w.toLowerCase()] ?? w)
    .replace(/[oO]/g, "0")
    .replace(/[lI]/g, "1")
    .replace(/\D/g, "");
  if (digits.length < 10) return false;
  try {
    const p = parsePhoneNumberFromString(digits, region as CountryCode) ?? parsePhoneNumberFromString(`+${digits}`);
    return p?.isValid() ?? false;
  } catch {
    return false;
  }
}

export function judgeHit(text: string, cat: string, start: number, end: number, region = "US"): GenuineVerdict {
  const hit = text.slice(start, end);
  if (cat === "email" && /[^\s@] ?@ ?[^\s@]+\.[a-z]{2,}/i.test(hit)) return { genuine: true, reason: "literal email address" };
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 25);
  const m = CUE.exec(before) ?? CUE.exec(after);
  if (m) return { genuine: true, reason: `cue word "${m[0]}"` };
  if (cat === "phone" && disguisedValidPhone(hit, region)) return { genuine: true, reason: "deliberately disguised valid number" };
  return { genuine: false, reason: "no cue word" };
}
