import { Metadata } from "libphonenumber-js/max";

/*
 * A test, from the metadata, that national digits cannot be a valid number in a region, made before
 * libphonenumber-js parses them there. A cued number no region of the text accepts is parsed in every
 * locale's main country in turn (LAST_RESORT_REGIONS): 8,068 of the 14,176 parses a pass over the
 * 9.1 MB corpus made, at ≈ 16 µs a parse and validity check, almost all invalid.
 *
 * Why it never rejects a number the parse finds valid (test/recognizers/phone-may-be-valid.test.ts
 * holds it to the parse): for digits D and a region r, libphonenumber-js 1.x either
 *   1. strips r's international dialling prefix (D starts with it: not tested here, always parsed), or
 *   2. keeps r's calling code and reads the national number N as D, or as X = D without r's calling
 *      code written in front (only when D starts with it), each with or without the match of r's
 *      "national prefix for parsing" cut off the front. A region with a national prefix transform rule
 *      is always parsed (N may then hold digits D does not).
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
  /** The national number patterns of r's calling code, whole: the cheap test, made first. */
  national: RegExp;
  /** The national numbers a country of r's calling code can find valid, whole (see validPatternOf). */
  valid: RegExp;
  /** Every length `valid` can match (its types' possible lengths), by length: no regex for another length. */
  lengths: boolean[];
}

/** getNumberType's types, FIXED_LINE first then NON_FIXED_LINE_PHONE_TYPES (the order does not matter here). */
/** Longer than any national number (libphonenumber-js reads at most 17 digits). */
const MAX_LENGTH = 20;
const NUMBER_TYPES = ["FIXED_LINE", "MOBILE", "PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL"];

/**
 * A pattern (to be matched whole, on digits only) of what isValid accepts as one country's national
 * number: its national number pattern, and one of its types' patterns (an empty pattern never matches,
 * as isNumberTypeEqualTo reads it) at one of that type's possible lengths. Without types: the national pattern.
 */
function validPatternOf(plan: MetadataApi["numberingPlan"], lengths: boolean[]): string {
  const national = `(?:${plan.nationalNumberPattern()})`;
  if (!plan.hasTypes()) {
    for (let n = 0; n <= MAX_LENGTH; n++) lengths[n] = true;
    return national;
  }
  const types: string[] = [];
  for (const name of NUMBER_TYPES) {
    const type = plan.type(name);
    if (!type || !type.pattern()) continue;
    const possible = type.possibleLengths();
    if (possible) for (const n of possible) lengths[n] = true;
    else for (let n = 0; n <= MAX_LENGTH; n++) lengths[n] = true;
    const length = possible ? `(?=(?:${possible.map((n) => `\\d{${n}}`).join("|")})$)` : "";
    types.push(`${length}(?:${type.pattern()})`);
  }
  return types.length === 0 ? "(?!)" : `(?=${national}$)(?:${types.join("|")})`;
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
      if (!plan.nationalPrefixTransformRule() && idd) {
        const patterns: string[] = [];
        const valid: string[] = [];
        const lengths = new Array<boolean>(MAX_LENGTH + 1).fill(false);
        for (const c of m.getCountryCodesForCallingCode(plan.callingCode()) ?? [region]) {
          const other = metadata();
          other.selectNumberingPlan(c);
          patterns.push(`(?:${other.numberingPlan.nationalNumberPattern()})`);
          valid.push(validPatternOf(other.numberingPlan, lengths));
        }
        const prefix = plan.nationalPrefixForParsing();
        t = {
          idd: new RegExp(idd),
          callingCode: plan.callingCode(),
          nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : null,
          national: new RegExp(`^(?:${patterns.join("|")})$`),
          valid: new RegExp(`^(?:${valid.join("|")})$`),
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

/** Whether `number`, or `number` with the national prefix cut off, is a national number of the calling code. */
function readsAsNational(t: RegionTest, number: string): boolean {
  if (validNational(t, number)) return true;
  const m = t.nationalPrefix?.exec(number);
  return m !== null && m !== undefined && m[0].length > 0 && validNational(t, number.slice(m[0].length));
}
/** `t.valid`, tested after the length and the plain national patterns, which reject most numbers at less cost. */
const validNational = (t: RegionTest, number: string): boolean =>
  (number.length > MAX_LENGTH || t.lengths[number.length] === true) && t.national.test(number) && t.valid.test(number);

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
  if (digits.search(t.idd) === 0) return true;
  return readsAsNational(t, digits) || (digits.startsWith(t.callingCode) && readsAsNational(t, digits.slice(t.callingCode.length)));
}
