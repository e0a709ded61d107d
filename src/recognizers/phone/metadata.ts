import { Metadata, parsePhoneNumberFromString, type NumberType, type PhoneNumber } from "libphonenumber-js/max";
import type { PhoneInfo, PhoneNumberType } from "../../core/types.js";

/*
 * What the phone recognizer asks of a libphonenumber-js reading (valid? possible? its national format,
 * its number type), answered once per reading, and a phone finding's country and number type, from the
 * same `max` metadata that decided the number is one.
 */

/** A number type as PhoneNumber.getType() gives it; `undefined` off every assigned range. */
export type ReadingType = NumberType;

/**
 * The answers about one reading, each worked out on first use. One object per reading serves the
 * recognizer's validity, possibility and national-format questions and the finding's type: a number
 * written 2,000 times in one text is one reading (the parse cache lives for a text).
 * `typed`: whether `type` (and so validity) has been worked out.
 */
class Answers {
  typed = false;
  type: ReadingType = undefined;
  possible = 0; // 0 not asked, 1 yes, 2 no
  national: string | null = null;
  info: PhoneInfo | null = null;
}

/** Answers of the readings of the text being read; cleared by `clearAnswers` at each text. */
const answers = new Map<PhoneNumber, Answers>();

export function clearAnswers(): void {
  // Most texts parsed nothing: clearing an empty Map still allocates a new table.
  if (answers.size > 0) answers.clear();
}

function answersOf(p: PhoneNumber): Answers {
  let a = answers.get(p);
  if (a === undefined) {
    a = new Answers();
    answers.set(p, a);
  }
  return a;
}

/** p.getType(), once per reading. */
export function typeOf(p: PhoneNumber): ReadingType {
  const a = answersOf(p);
  if (!a.typed) {
    a.type = numberType(p);
    a.typed = true;
  }
  return a.type;
}

/**
 * p.isValid(): every country and non-geographic calling code of the `max` metadata has number types,
 * and then isValid is getNumberType(…) !== undefined (test/recognizers/phone-metadata.test.ts holds the two together).
 */
export const isValidReading = (p: PhoneNumber): boolean => typeOf(p) !== undefined;

/** p.isPossible(), once per reading. */
export function isPossibleReading(p: PhoneNumber): boolean {
  const a = answersOf(p);
  if (a.possible === 0) a.possible = p.isPossible() ? 1 : 2;
  return a.possible === 1;
}

/** p.formatNational(), once per reading. */
export function nationalOf(p: PhoneNumber): string {
  const a = answersOf(p);
  return (a.national ??= nationalFormat(p));
}

/*
 * formatNational (libphonenumber-js/es6/format.js, formatNationalNumber and chooseFormatForNumber, and
 * helpers/formatNationalNumberUsingFormat.js) with each format's patterns compiled once per numbering
 * plan: the library builds a RegExp from each leading-digits and format pattern on every call. The first
 * format whose last leading-digits pattern matches at the start and whose pattern matches whole is
 * applied, with the national prefix formatting rule put in for "$1" (formatNational never drops it).
 */
interface FormatTest {
  /** The last leading-digits pattern, as String.search reads it; null when the format has none. */
  lead: RegExp | null;
  whole: RegExp;
  /** The pattern, unanchored, as the library's replace reads it. */
  re: RegExp;
  replacement: string;
}
interface FormatApi {
  pattern(): string;
  format(): string;
  leadingDigitsPatterns(): string[];
  nationalPrefixFormattingRule(): string | undefined;
}
/** The same pattern as libphonenumber-js's FIRST_GROUP_PATTERN. */
const FIRST_GROUP = /(\$\d)/;
const formatTests = new Map<string, FormatTest[]>();

function formatTestsOf(key: string): FormatTest[] {
  let t = formatTests.get(key);
  if (t !== undefined) return t;
  const m = new Metadata() as unknown as { selectNumberingPlan(key: string): void; numberingPlan: { formats(): FormatApi[] } };
  m.selectNumberingPlan(key);
  t = m.numberingPlan.formats().map((f) => {
    const leading = f.leadingDigitsPatterns();
    const rule = f.nationalPrefixFormattingRule();
    return {
      lead: leading.length > 0 ? new RegExp(leading[leading.length - 1]!) : null,
      whole: whole(f.pattern()),
      re: new RegExp(f.pattern()),
      replacement: rule ? f.format().replace(FIRST_GROUP, rule) : f.format(),
    };
  });
  formatTests.set(key, t);
  return t;
}

/** What p.formatNational() returns, without the RegExps built per call (an extension or no plan: the library's own). */
export function nationalFormat(p: PhoneNumber): string {
  const country: string | undefined = p.country;
  const key = country && country !== "001" ? country : p.countryCallingCode;
  if (!key || p.ext) return p.formatNational();
  const n = p.nationalNumber;
  if (!n) return "";
  for (const f of formatTestsOf(key)) {
    if (f.lead !== null && n.search(f.lead) !== 0) continue;
    if (f.whole.test(n)) return n.replace(f.re, f.replacement);
  }
  return n;
}

/*
 * getNumberType (libphonenumber-js/es6/helpers/getNumberType.js) with its patterns compiled once per
 * numbering plan: the library builds a RegExp from the pattern's text on every test (matchesEntirely),
 * which was the largest part of a validity check. Same order and rules: the national number pattern,
 * then FIXED_LINE (with MOBILE deciding FIXED_LINE_OR_MOBILE), then the other types in turn; a type
 * counts only with a pattern, and with possible lengths, only at one of them.
 */
interface TypeTest {
  name: NonNullable<NumberType>;
  lengths: readonly number[] | undefined;
  re: RegExp;
}
interface PlanTest {
  national: RegExp;
  fixedLine: TypeTest | null;
  /** MOBILE with a pattern; null when absent or empty (then a fixed-line match is FIXED_LINE_OR_MOBILE). */
  mobile: TypeTest | null;
  /** NON_FIXED_LINE_PHONE_TYPES, in order, those with a pattern. */
  others: TypeTest[];
}
interface PlanApi {
  nationalNumberPattern(): string;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}
const NON_FIXED_LINE_TYPES: ReadonlyArray<NonNullable<NumberType>> = [
  "MOBILE", "PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL",
];
/** A metadata pattern matched against a whole string, as libphonenumber-js's matchesEntirely reads it. */
export const whole = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);
const planTests = new Map<string, PlanTest>();

function planTest(key: string): PlanTest {
  let t = planTests.get(key);
  if (t !== undefined) return t;
  const m = new Metadata() as unknown as { selectNumberingPlan(key: string): void; numberingPlan: PlanApi };
  m.selectNumberingPlan(key);
  const plan = m.numberingPlan;
  const typeTest = (name: NonNullable<NumberType>): TypeTest | null => {
    const def = plan.type(name);
    if (!def || !def.pattern()) return null;
    return { name, lengths: def.possibleLengths(), re: whole(def.pattern()) };
  };
  const others: TypeTest[] = [];
  for (const name of NON_FIXED_LINE_TYPES) {
    const tt = typeTest(name);
    if (tt) others.push(tt);
  }
  t = { national: whole(plan.nationalNumberPattern()), fixedLine: typeTest("FIXED_LINE"), mobile: typeTest("MOBILE"), others };
  planTests.set(key, t);
  return t;
}

const isType = (tt: TypeTest | null, n: string): boolean => tt !== null && (tt.lengths === undefined || tt.lengths.includes(n.length)) && tt.re.test(n);

/** What p.getType() returns, without the RegExp built per test. */
export function numberType(p: PhoneNumber): ReadingType {
  const key = p.country || p.countryCallingCode;
  if (!key) return undefined;
  const t = planTest(key);
  const n = p.nationalNumber || "";
  if (!t.national.test(n)) return undefined;
  if (isType(t.fixedLine, n)) return t.mobile === null || isType(t.mobile, n) ? "FIXED_LINE_OR_MOBILE" : "FIXED_LINE";
  for (const tt of t.others) if (isType(tt, n)) return tt.name;
  return undefined;
}

/** From a number libphonenumber already parsed (the recognizer's reading): no second parse. */
export function phoneInfoOf(p: PhoneNumber): PhoneInfo {
  const a = answersOf(p);
  // A number written 2,000 times in one text is one reading: its info is made once, and copied.
  a.info ??= infoOf(p, typeOf(p));
  return { country: a.info.country, numberType: a.info.numberType };
}
/** The type is undefined off an assigned range ("+1 555 201 3344" is possible, not valid). */
const infoOf = (p: PhoneNumber, type: ReadingType): PhoneInfo => ({ country: p.country ?? null, numberType: type ? (type.toLowerCase() as PhoneNumberType) : null });

/**
 * From a finding's value, for phone findings no PhoneNumber came with (a `tel:` link, a vCard TEL):
 * an E.164 value is parsed once; a local number written without a country code ("555-0199") has
 * neither country nor type.
 */
export function phoneInfoOfValue(value: string): PhoneInfo {
  if (!value.startsWith("+")) return { country: null, numberType: null };
  let p: PhoneNumber | undefined;
  try {
    p = parsePhoneNumberFromString(value);
  } catch {
    p = undefined;
  }
  return p ? infoOf(p, numberType(p)) : { country: null, numberType: null };
}
