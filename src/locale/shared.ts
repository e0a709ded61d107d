/*
 * Words every language uses as they are: unit symbols, currency codes and messenger names. They are
 * not part of any locale, so a new language does not have to repeat them (and the parity test does
 * not count them).
 */

/** Unit symbols and currency codes right after a number: a measurement, size or amount (C1). */
export const UNIT_SYMBOLS = [
  "mm", "cm", "m", "km", "kg", "g", "mg", "lb", "lbs", "oz", "ft", "in", "yd", "mi", "ml", "l", "kb", "mb", "gb", "tb",
  "px", "pt", "dpi", "ppi", "hz", "khz", "mhz", "ghz", "kw", "w", "v", "mah", "k", "h", "usd", "eur", "gbp", "inr", "aud",
  "cad", "brl", "mxn", "x",
] as const;

/** Messenger names (and their common misspellings) that, before a number, say it is a phone number (C1). */
export const MESSENGER_PHONE_CUES = ["whatsapp", "whatsap", "watsapp", "viber", "signal", "telegram", "wechat"] as const;

/** Messenger names written against a number ("whatsapp+44…"). */
export const MESSENGER_GLUED_CUES = ["whatsapp"] as const;
