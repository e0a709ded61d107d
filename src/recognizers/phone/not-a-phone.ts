import type { DigitRun } from "./candidates.js";
import { ID_WORDS } from "./tables.js";

/*
 * Look-alikes of phone numbers that libphonenumber accepts but people never mean as one (issue 17,
 * "What must NOT be flagged"): date and time ranges written the way each locale writes them, month/year
 * ranges in a CV, input masks, and digit groups that belong to a labelled identifier (an IBAN, a
 * tracking number, a tax number). Kept apart from the phone recognizer's own shape filters, which
 * another change owns; it is called once per candidate run, and every test here is a bounded regex
 * on the run or on a short window before it (linear).
 */

const H = "(?:[01]?\\d|2[0-3])";
const M = "[0-5]\\d";
const DAY = "(?:0?[1-9]|[12]\\d|3[01])";
const MONTH = "(?:0?[1-9]|1[0-2])";
const YEAR = "(?:19|20)\\d\\d";
const DASH = "\\s?[-–—]\\s?";

/** "08.00-16.00", "9:30 – 17:30": a time range. */
const TIME_RANGE = new RegExp(`^${H}[.:h]${M}${DASH}${H}[.:h]${M}$`);
/** "05.10-09.10.2026", "01/07 - 31/12/2026": a day range sharing the year of its end. */
const DAY_RANGE = new RegExp(`^${DAY}[./]${MONTH}\\.?${DASH}${DAY}[./]${MONTH}[./](?:${YEAR}|\\d\\d)$`);
/** "(03/2015 – 03/2016)", "2015/03-2016/03": a month/year range, as in a CV. */
const MONTH_YEAR_RANGE = new RegExp(
  `^\\(?(?:${MONTH}[./-]${YEAR}${DASH}${MONTH}[./-]${YEAR}|${YEAR}[./-]${MONTH}${DASH}${YEAR}[./-]${MONTH})\\)?$`,
);
/** An input mask's digits, after a calling code at most: "9999999999", "19999999999". */
const MASK = /^\d{0,3}?(?:9{7,}|0{7,})$/;
/**
 * "2026-004817", "2026/004512": a year, then a serial of five to seven digits, is how order, invoice
 * and case numbers are written; no numbering plan writes a phone number as 4 + 5–7 digits after a year.
 */
const YEAR_SERIAL = /^(?:19[89]\d|20[0-4]\d)[-/]\d{5,7}$/;
/** "06-1742-83": a dashed 2-4-2 part or catalogue number (no numbering plan writes phones so). */
const PART_NUMBER = /^\d{2}-\d{4}-\d{2}$/;

/** A number grouped in thousands with spaces ("13 104 177"), and such a figure earlier in the text. */
const THOUSANDS = /^\d{1,2}(?:[ \u00a0]\d{3}){2}$/;
const FIGURE_BEFORE = /\d{1,3}(?:[ \u00a0]\d{3}){2,}\D/;

/**
 * Labels of identifiers written the same way in many languages, beside each locale's `idWords`
 * (tax and bank numbers are labelled with these abbreviations; a language's own labels, "ИНН",
 * "Bestellnummer", "mã đơn", are in its locale file).
 */
const ID_LABELS: ReadonlySet<string> = new Set([
  "iban", "bic", "swift", "imei", "iccid", "ean", "upc", "sku", "tracking", "vat", "ust-idnr", "siret", "siren",
]);

/** An IBAN: country code, check digits, then groups of four letters or digits. */
const IBAN_BEFORE = /\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){0,7}\s?$/;

/** The word right before a stretch of digits and separators that ends at `at`. */
function labelBefore(text: string, at: number): string {
  let i = at;
  // Bounded: an identifier is at most a few dozen characters of digit groups.
  while (i > 0 && at - i < 48 && /[\d\s.\-/]/.test(text[i - 1]!)) i--;
  const m = /([\p{L}/-]+)\s?(?:[:№#]|no\.?|nr\.?)?\s?$/u.exec(text.slice(Math.max(0, i - 30), i));
  return m ? m[1]!.toLowerCase() : "";
}

/**
 * Whether the digit run at `run` (in the digits view `text`, whose raw slice is `raw`) is something
 * other than a phone number. `cued`: a phone word stands before it, which keeps the context rules off.
 */
export function notAPhone(text: string, run: DigitRun, raw: string, cued: boolean): boolean {
  const compact = raw.trim();
  if (TIME_RANGE.test(compact) || DAY_RANGE.test(compact) || MONTH_YEAR_RANGE.test(compact)) return true;
  // "(999) 999-9999", "(00) 00000-0000": an input mask repeats its mask digit (9 or 0).
  if (MASK.test(run.digits.replace("+", ""))) return true;
  // Before the cue test: "Zamówienie nr 2026/004512" has the cue "nr", which names any number.
  if (YEAR_SERIAL.test(compact)) return true;
  if (cued) return false;
  if (PART_NUMBER.test(compact)) return true;
  // "население 146 150 789 человек, Москвы 13 104 177": a figure grouped in thousands, after another.
  if (THOUSANDS.test(compact) && FIGURE_BEFORE.test(text.slice(Math.max(0, run.start - 60), run.start))) return true;
  // Digit groups inside an IBAN ("DE89 3704 0044 0532 0130 00", "NL91 ABNA 0417 1643 00").
  if (IBAN_BEFORE.test(text.slice(Math.max(0, run.start - 40), run.start).toLowerCase())) return true;
  const label = labelBefore(text, run.start);
  return label !== "" && (ID_LABELS.has(label) || ID_WORDS.has(label));
}
