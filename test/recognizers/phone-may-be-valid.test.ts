import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { getCountries, getCountryCallingCode, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import examples from "libphonenumber-js/mobile/examples";
import { mayBeValidIn } from "../../src/recognizers/phone/may-be-valid.js";
import { LAST_RESORT_REGIONS } from "../../src/recognizers/phone/regions.js";
import { FALLBACK_REGIONS } from "../../src/recognizers/phone/tables.js";
import { LOCALES } from "../../src/locale/index.js";

/*
 * The metadata pre-test (may-be-valid.ts) never rejects digits that libphonenumber-js parses as a
 * valid number in the region: on every region the recognizer tries and every supported country, with
 * each country's example numbers written nationally, with trunk prefixes, calling codes and dialling
 * prefixes in front, and on random digit strings.
 */
const validIn = (digits: string, region: string): boolean => {
  try {
    return parsePhoneNumberFromString(digits, region as CountryCode)?.isValid() === true;
  } catch {
    return false;
  }
};
/** The regions the recognizer parses in (the lists of regions.ts and tables.ts, every locale's countries). */
const REGIONS = [...new Set([...LAST_RESORT_REGIONS, ...FALLBACK_REGIONS, ...LOCALES.flatMap((l) => l.regions ?? [])])];
/** Every supported country's example number, national, with the calling code written in front of it too. */
const EXAMPLES = getCountries().flatMap((c) => {
  const n = getExampleNumber(c, examples);
  return n ? [{ national: n.nationalNumber as string, code: getCountryCallingCode(c) as string }] : [];
});
const NATIONAL = EXAMPLES.map((e) => e.national);
const PREFIXES = ["", "0", "1", "8", "9", "00", "011", "010", "001", "0011", "810", "015", "06", "90", "0549"];

describe("mayBeValidIn never rejects what the parse accepts", () => {
  it("on every country's example numbers behind common prefixes, in every region", () => {
    let rejected = 0;
    for (const { national, code } of EXAMPLES) {
      for (const prefix of ["", "0", "1", "8", "00", "011", "810", code, `0${code}`, `00${code}`, `011${code}`]) {
        const digits = prefix + national;
        for (const r of REGIONS) {
          if (mayBeValidIn(digits, r)) continue;
          rejected++;
          if (validIn(digits, r)) expect.fail(`${digits} is valid in ${r} but was rejected`);
        }
      }
    }
    // The test has teeth: most pairs are rejected without a parse.
    expect(rejected).toBeGreaterThan(50_000);
  }, 300_000);
  it("on random digit strings built from examples, prefixes and random digits", () => {
    const part = fc.oneof(fc.constantFrom(...NATIONAL), fc.constantFrom(...PREFIXES, ...new Set(EXAMPLES.map((e) => e.code))), fc.stringMatching(/^[0-9]{1,4}$/));
    const digits = fc.array(part, { minLength: 1, maxLength: 3 }).map((p) => p.join("").slice(0, 17)).filter((d) => d.length >= 6);
    fc.assert(
      fc.property(digits, fc.constantFrom(...REGIONS), (d, r) => {
        if (!mayBeValidIn(d, r)) expect(validIn(d, r)).toBe(false);
      }),
      { numRuns: 30000 },
    );
  }, 120_000);
  it("after dialling prefixes and in regions with a national prefix transform rule (BR, AR, JP, MX)", () => {
    const REGIONS_WITH_RULES = ["BR", "AR", "JP", "MX", "RU", "KZ", "US", "CA", "GB", "IT", "SM", "VA", "AU", "CO", "IN", "DE", "CN", "KR"];
    const IDDS = ["", "00", "09", "011", "010", "001", "0011", "810", "8", "0", "90", "015", "021", "0041"];
    const codes = [...new Set(EXAMPLES.map((e) => e.code))];
    // An example number, possibly with one digit changed or cut short, behind a prefix and a calling code.
    const national = fc.tuple(fc.constantFrom(...NATIONAL), fc.nat(20), fc.constantFrom("keep", "change", "cut", "add")).map(([n, i, how]) => {
      const at = i % n.length;
      if (how === "change") return n.slice(0, at) + String((Number(n[at]) + 1) % 10) + n.slice(at + 1);
      if (how === "cut") return n.slice(0, -1);
      if (how === "add") return n + String(i % 10);
      return n;
    });
    let rejected = 0;
    fc.assert(
      fc.property(fc.constantFrom(...REGIONS_WITH_RULES), fc.constantFrom(...IDDS), fc.oneof(fc.constant(""), fc.constantFrom(...codes)), national, (r, idd, code, n) => {
        const d = (idd + code + n).slice(0, 17);
        if (d.length < 4 || mayBeValidIn(d, r)) return;
        rejected++;
        expect(validIn(d, r), `${d} in ${r}`).toBe(false);
      }),
      { numRuns: 40000 },
    );
    expect(rejected).toBeGreaterThan(5000);
  }, 120_000);
  it("leaves international and non-digit input to the parse", () => {
    expect(mayBeValidIn("+442079460958", "US")).toBe(true);
    expect(mayBeValidIn("12-34", "US")).toBe(true);
    expect(mayBeValidIn("12345", "XX")).toBe(true);
  });
});
