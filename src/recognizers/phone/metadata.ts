import { parsePhoneNumberFromString, type PhoneNumber } from "libphonenumber-js/max";
import type { PhoneInfo, PhoneNumberType } from "../../core/types.js";

/*
 * A phone finding's country and number type (mobile, fixed line, toll free…), from the same `max`
 * metadata that decided the number is one. Worked out only for findings, never for candidates, so a
 * text without a phone number costs nothing more.
 */

/** From a number libphonenumber already parsed (the recognizer's reading): no second parse. */
export function phoneInfoOf(p: PhoneNumber): PhoneInfo {
  let info = infoCache.get(p);
  if (info === undefined) {
    // getType() is undefined off an assigned range ("+1 555 201 3344" is possible, not valid).
    const type = p.getType();
    info = { country: p.country ?? null, numberType: type ? (type.toLowerCase() as PhoneNumberType) : null };
    infoCache.set(p, info);
  }
  return { ...info };
}
/**
 * One answer per reading: a number written many times in one text is one reading (the recognizer's
 * parse cache lives for a text), and getType runs a pattern per number type on every call.
 */
const infoCache = new WeakMap<PhoneNumber, PhoneInfo>();

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
  return p ? phoneInfoOf(p) : { country: null, numberType: null };
}
