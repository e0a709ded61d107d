import { Metadata } from "libphonenumber-js/max";
import { whole } from "./metadata.js";

/*
 * A test, from the metadata, that national digits cannot be a valid number in a region, made before
 * libphonenumber-js parses them there. A cued number no region of the text accepts is parsed in every
 * locale's main country in turn (LAST_RESORT_REGIONS): 8,068 of the 14,176 parses a pass over the
 * 9.1 MB corpus made, at ≈ 16 µs a parse and validity check, almost all invalid.
 *
 * Why it never rejects a number the parse finds valid (test/recognizers/phone-may-be-valid.test.ts
 * holds it to the parse): for digits D and a region r, libphonenumber-js 1.x either
 *   1. strips r's international dialling prefix I (D starts with it, and the rest R starts with a digit
 *      other than "0"), reads a calling code C off R (the first of its 1–3 digit prefixes that is one; none:
 *      not valid) and N as the rest of R, with or without C's national prefix for parsing cut off or
 *      transformed, tested as in 2 for C's countries (C's plan is its main country's); or
 *   2. keeps r's calling code and reads the national number N as D, or as X = D without r's calling
 *      code written in front (only when D starts with it), each with or without the match of r's
 *      "national prefix for parsing" cut off the front, or, in a region with a national prefix
 *      transform rule, with that match replaced by the rule (extractNationalNumberFromPossiblyIncompleteNumber
 *      applies the rule with the same anchored pattern: "9$1" in AR, "$2" in BR, "$1" in JP).
 * N is valid only if, for the exact country c of r's calling code the parse settles on (r or another
 * country sharing the code), it matches c's national number pattern whole and the pattern of one of c's
 * number types whole, with a length among that type's possible lengths (isValid → getNumberType; a
 * country without types: the national pattern alone). So if none of those (at most four) readings
 * passes that test for some country of r's calling code, the parse in r is not valid.
 */

/** The parts of libphonenumber-js's Metadata class read here (its type declarations leave them out). */
interface MetadataApi {
  hasCountry(country: string): boolean;
  selectNumberingPlan(country: string): void;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  hasCallingCode(callingCode: string): boolean;
  numberingPlan: {
    hasTypes(): boolean;
    type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
    IDDPrefix(): string;
    callingCode(): string;
    nationalNumberPattern(): string;
    nationalPrefixTransformRule(): string | undefined;
    nationalPrefixForParsing(): string | undefined;
  };
}
const metadata = (): MetadataApi => new Metadata() as unknown as MetadataApi;

interface RegionTest {
  /** r's international dialling prefix, as stripIddPrefix reads it (a match at 0 means "parse"). */
  idd: RegExp;
  /** r's calling code. */
  callingCode: string;
  /** r's national prefix for parsing, anchored as extractNationalNumberFromPossiblyIncompleteNumber reads it. */
  nationalPrefix: RegExp | null;
  /** r's national prefix transform rule, applied to a match of `nationalPrefix` (String.replace). */
  transform: string | null;
  /** The national number patterns of r's calling code, whole: the cheap test, made first. */
  national: RegExp;
  /** What each country of r's calling code can find valid (see validTestOf). */
  valid: CountryValid[];
  /** Every length a country's test can accept (its types' possible lengths), by length: no regex for another length. */
  lengths: boolean[];
}

/**
 * What isValid accepts as one country's national number: its national number pattern, whole, and one
 * of its types' patterns, whole (an empty pattern never matches, as isNumberTypeEqualTo reads it), at one
 * of that type's possible lengths. Without types: the national pattern alone (`types` null). One regex
 * per pattern, as libphonenumber-js has them: joined into one, a country's (CN's) outgrew what V8 compiles
 * and ran 50× slower.
 */
interface CountryValid {
  national: RegExp;
  types: Array<{ lengths: boolean[] | null; re: RegExp }> | null;
}

/** Longer than any national number (libphonenumber-js reads at most 17 digits). */
const MAX_LENGTH = 20;
/** getNumberType's types, FIXED_LINE first then NON_FIXED_LINE_PHONE_TYPES (the order does not decide validity). */
const NUMBER_TYPES = ["FIXED_LINE", "MOBILE", "PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL"];

/** One country's CountryValid; every length it can accept is set in `lengths`. */
function validTestOf(plan: MetadataApi["numberingPlan"], lengths: boolean[]): CountryValid {
  const national = whole(plan.nationalNumberPattern());
  if (!plan.hasTypes()) {
    lengths.fill(true);
    return { national, types: null };
  }
  const types: Array<{ lengths: boolean[] | null; re: RegExp }> = [];
  for (const name of NUMBER_TYPES) {
    const type = plan.type(name);
    if (!type || !type.pattern()) continue;
    const possible = type.possibleLengths();
    let own: boolean[] | null = null;
    if (possible) {
      own = new Array<boolean>(MAX_LENGTH + 1).fill(false);
      for (const n of possible) if (n <= MAX_LENGTH) own[n] = lengths[n] = true;
    } else lengths.fill(true);
    types.push({ lengths: own, re: whole(type.pattern()) });
  }
  return { national, types };
}

/** Whether `number` (digits) passes one country's CountryValid. */
function countryMayFindValid(c: CountryValid, number: string): boolean {
  if (!c.national.test(number)) return false;
  if (c.types === null) return true;
  const n = number.length;
  for (const t of c.types) if ((t.lengths === null || n > MAX_LENGTH || t.lengths[n] === true) && t.re.test(number)) return true;
  return false;
}

const tests = new Map<string, RegionTest | null>();

function regionTest(region: string): RegionTest | null {
  let t = tests.get(region);
  if (t !== undefined) return t;
  t = null;
  try {
    const m = metadata();
    if (m.hasCountry(region)) {
      m.selectNumberingPlan(region);
      const plan = m.numberingPlan;
      const idd = plan.IDDPrefix();
      if (idd) {
        const patterns: string[] = [];
        const valid: CountryValid[] = [];
        const lengths = new Array<boolean>(MAX_LENGTH + 1).fill(false);
        for (const c of m.getCountryCodesForCallingCode(plan.callingCode()) ?? [region]) {
          const other = metadata();
          other.selectNumberingPlan(c);
          patterns.push(`(?:${other.numberingPlan.nationalNumberPattern()})`);
          valid.push(validTestOf(other.numberingPlan, lengths));
        }
        const prefix = plan.nationalPrefixForParsing();
        t = {
          idd: new RegExp(idd),
          callingCode: plan.callingCode(),
          nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : null,
          transform: plan.nationalPrefixTransformRule() || null,
          national: new RegExp(`^(?:${patterns.join("|")})$`),
          valid,
          lengths,
        };
      }
    }
  } catch {
    t = null;
  }
  tests.set(region, t);
  return t;
}

/**
 * Whether `number`, or `number` with the national prefix cut off (or transformed by the region's rule),
 * can be a valid national number of the calling code.
 */
function readsAsNational(t: RegionTest, number: string): boolean {
  if (validNational(t, number)) return true;
  const prefix = t.nationalPrefix;
  if (prefix === null) return false;
  const m = prefix.exec(number);
  if (m === null) return false;
  if (m[0].length > 0 && validNational(t, number.slice(m[0].length))) return true;
  return t.transform !== null && validNational(t, number.replace(prefix, t.transform));
}
/** `t.valid`, tested after the lengths and the calling code's national patterns, which reject most numbers at less cost. */
function validNational(t: RegionTest, number: string): boolean {
  if ((number.length <= MAX_LENGTH && t.lengths[number.length] !== true) || !t.national.test(number)) return false;
  for (const c of t.valid) if (countryMayFindValid(c, number)) return true;
  return false;
}

/** The test of a calling code's countries (its main country's), or null: not known here, so parsed. */
const callingCodeTests = new Map<string, RegionTest | null>();
function callingCodeTest(code: string): RegionTest | null {
  let t = callingCodeTests.get(code);
  if (t === undefined) {
    const main = metadata().getCountryCodesForCallingCode(code)?.[0];
    t = main === undefined ? null : regionTest(main);
    callingCodeTests.set(code, t);
  }
  return t;
}
/** Calling codes, and digit strings known not to be one: hasCallingCode asked once for each. */
const isCallingCode = new Map<string, boolean>();

/** Whether digits R written after an international dialling prefix may read as a valid number (step 1 above). */
function internationalMayBeValid(rest: string): boolean {
  for (let i = 1; i <= 3 && i <= rest.length; i++) {
    const code = rest.slice(0, i);
    let known = isCallingCode.get(code);
    if (known === undefined) {
      known = metadata().hasCallingCode(code);
      isCallingCode.set(code, known);
    }
    if (!known) continue;
    const t = callingCodeTest(code);
    return t === null || readsAsNational(t, rest.slice(i));
  }
  return false;
}

/**
 * `false` only when `parsePhoneNumberFromString(digits, region)` cannot give a valid number: none of
 * the national numbers the parse could read off the digits is one of the region's calling code.
 */
export function mayBeValidIn(digits: string, region: string): boolean {
  if (digits.charCodeAt(0) === 43 /* + */) return true;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c < 48 || c > 57) return true;
  }
  const t = regionTest(region);
  if (t === null) return true;
  if (digits.search(t.idd) === 0) {
    const rest = digits.slice(t.idd.exec(digits)![0].length);
    // stripIddPrefix keeps the number national when nothing or a "0" follows the prefix.
    if (rest.length > 0 && rest.charCodeAt(0) !== 48) return internationalMayBeValid(rest);
  }
  return readsAsNational(t, digits) || (digits.startsWith(t.callingCode) && readsAsNational(t, digits.slice(t.callingCode.length)));
}
