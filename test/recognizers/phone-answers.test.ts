import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { getCountries, getCountryCallingCode, getExampleNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max";
import examples from "libphonenumber-js/mobile/examples";
import { clearAnswers, isPossibleReading, isValidReading, nationalFormat, nationalOf, numberType, phoneInfoOf, typeOf } from "../../src/recognizers/phone/metadata.js";

/*
 * The answers about a reading (metadata.ts) are libphonenumber-js's own: numberType is p.getType()
 * with its patterns compiled once, nationalFormat is p.formatNational() likewise, isValidReading is p.isValid() (every plan of the `max` metadata has
 * types), and the per-reading answers give what the PhoneNumber methods give, asked in any order.
 */
const parse = (digits: string, region?: string): PhoneNumber | undefined => {
  try {
    return parsePhoneNumberFromString(digits, region as CountryCode | undefined);
  } catch {
    return undefined;
  }
};
const COUNTRIES = getCountries();
const EXAMPLES = COUNTRIES.flatMap((c) => {
  const n = getExampleNumber(c, examples);
  return n ? [{ national: n.nationalNumber as string, code: getCountryCallingCode(c) as string }] : [];
});
const NATIONAL = EXAMPLES.map((e) => e.national);
const CODES = [...new Set(EXAMPLES.map((e) => e.code)), "800", "808", "870", "878", "881", "882", "883", "888", "979"];
const PREFIXES = ["", "0", "1", "8", "9", "00", "011", "810", "06", "90"];
/** Digit strings near real numbers: examples behind prefixes, with digits changed, cut or added. */
const digits = fc
  .array(fc.oneof(fc.constantFrom(...NATIONAL), fc.constantFrom(...PREFIXES, ...CODES), fc.stringMatching(/^[0-9]{1,4}$/)), { minLength: 1, maxLength: 3 })
  .map((p) => p.join("").slice(0, 17))
  .filter((d) => d.length >= 4);
const reading = fc.oneof(
  fc.tuple(digits, fc.constantFrom(...COUNTRIES)).map(([d, r]) => parse(d, r)),
  fc.tuple(fc.constantFrom(...CODES), digits).map(([c, d]) => parse(`+${c}${d}`.slice(0, 18))),
);

describe("a reading's answers are libphonenumber-js's", () => {
  it("numberType is getType, nationalFormat formatNational and validity isValid, on every country's examples", () => {
    let valid = 0;
    for (const { national, code } of EXAMPLES) {
      for (const d of [`+${code}${national}`, `+${code}${national.slice(1)}`, `+${code}${national}1`, `+${code}${national.slice(0, -2)}`]) {
        const p = parse(d);
        if (!p) continue;
        expect(numberType(p), d).toBe(p.getType());
        expect(nationalFormat(p), d).toBe(p.formatNational());
        clearAnswers();
        expect(isValidReading(p), d).toBe(p.isValid());
        if (p.isValid()) valid++;
      }
    }
    expect(valid).toBeGreaterThan(200);
  });
  it("on random readings, in every order of questions", () => {
    fc.assert(
      fc.property(reading, fc.constantFrom(0, 1, 2), (p, order) => {
        if (!p) return;
        clearAnswers();
        expect(numberType(p)).toBe(p.getType());
        expect(nationalFormat(p)).toBe(p.formatNational());
        const ask = [() => expect(isValidReading(p)).toBe(p.isValid()), () => expect(typeOf(p)).toBe(p.getType()), () => expect(isPossibleReading(p)).toBe(p.isPossible()), () => expect(nationalOf(p)).toBe(p.formatNational())];
        for (let i = 0; i < ask.length; i++) ask[(i + order) % ask.length]!();
        for (const a of ask) a();
        const type = p.getType();
        expect(phoneInfoOf(p)).toEqual({ country: p.country ?? null, numberType: type ? type.toLowerCase() : null });
      }),
      { numRuns: 20000 },
    );
  }, 120_000);
});
