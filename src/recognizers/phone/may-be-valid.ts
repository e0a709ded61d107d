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
 * N is valid only if it matches, whole, the national number pattern of r or of another country of r's
 * calling code (the exact country the parse settles on). So if none of those (at most four) readings
 * matches one of those patterns, the parse in r is not valid.
 */

/** The parts of libphonenumber-js's Metadata class read here (its type declarations leave them out). */
interface MetadataApi {
  hasCountry(country: string): boolean;
  selectNumberingPlan(country: string): void;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  numberingPlan: {
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
  /** The national number patterns of r's calling code, whole. */
  national: RegExp;
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
        for (const c of m.getCountryCodesForCallingCode(plan.callingCode()) ?? [region]) {
          const other = metadata();
          other.selectNumberingPlan(c);
          patterns.push(`(?:${other.numberingPlan.nationalNumberPattern()})`);
        }
        const prefix = plan.nationalPrefixForParsing();
        t = {
          idd: new RegExp(idd),
          callingCode: plan.callingCode(),
          nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : null,
          national: new RegExp(`^(?:${patterns.join("|")})$`),
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
  if (t.national.test(number)) return true;
  const m = t.nationalPrefix?.exec(number);
  return m !== null && m !== undefined && m[0].length > 0 && t.national.test(number.slice(m[0].length));
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
  if (digits.search(t.idd) === 0) return true;
  return readsAsNational(t, digits) || (digits.startsWith(t.callingCode) && readsAsNational(t, digits.slice(t.callingCode.length)));
}
