import { LOCALES } from "../../locale/index.js";
import { MESSENGER_GLUED_CUES, MESSENGER_PHONE_CUES, UNIT_SYMBOLS } from "../../locale/shared.js";
import type { PhoneWords } from "../../locale/types.js";
import { MESSENGERS } from "../platforms/index.js";

/**
 * Data for the phone recognizer: which words make a digit run a phone number, and which make it
 * something else. All in fold form (lower case, accents removed); the words come from src/locale/*.ts.
 */

/** One kind of phone word from every locale, in LOCALES order. */
const wordsOf = (pick: (p: PhoneWords) => readonly string[] | undefined): string[] =>
  LOCALES.flatMap((l) => pick(l.phone ?? {}) ?? []);

/** Words that, shortly before a number, say it is a phone number (every locale, and messenger names). */
export const STRONG_PHONE_WORDS: ReadonlySet<string> = new Set([
  ...wordsOf((p) => p.cues),
  ...MESSENGER_PHONE_CUES,
  // A messenger whose account is a phone number, by any of its unambiguous names ("guasap", "ватсап").
  ...MESSENGERS.filter((m) => m.phoneIsHandle).flatMap((m) => m.aliases.filter((a) => /^[\p{L}]+$/u.test(a))),
]);

/** Words right before a number that make it an identifier, not a phone number. */
export const ID_WORDS: ReadonlySet<string> = new Set(wordsOf((p) => p.idWords));

const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const longestFirst = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length);
/**
 * Cue and ID words of the scripts written without spaces, longest first: in "我手机号138…" or
 * "電話番号は090…" they end the run of letters before the number instead of standing apart.
 */
export const CJK_CUES: readonly string[] = longestFirst([...STRONG_PHONE_WORDS, ...wordsOf((p) => p.gluedCues)].filter((w) => CJK_START.test(w)));
export const CJK_ID_WORDS: readonly string[] = longestFirst([...ID_WORDS].filter((w) => CJK_START.test(w)));

/** Unit words and symbols right after a number that make it a measurement, amount or count. */
export const UNIT_WORDS: ReadonlySet<string> = new Set([...UNIT_SYMBOLS, ...wordsOf((p) => p.unitWords)]);

const gluedWords = [...new Set([...wordsOf((p) => p.gluedCues), ...MESSENGER_GLUED_CUES])];
const gluedLetters = [...new Set(wordsOf((p) => p.gluedCueLetters))].join("");
/**
 * A cue word written against the number ("tel+…", "p:(650)…", "call0333…", "mob:0412…"): group 1 is
 * the word, group 2 a one-letter abbreviation, which needs its ":" or ".".
 */
export const GLUED_CUE = new RegExp(`(?:^|[^\\p{L}])(?:(${gluedWords.join("|")})[:.]?|([${gluedLetters}])[:.])\\s?$`, "u");

/** Currency signs: a number right after one is an amount. */
export const CURRENCY_SIGNS = "$€£¥₹₩₽₺₫฿₴₦₱";

/** Words that join the groups of a number given piece by piece ("then", "terus", "потом"), every locale. */
export const GROUP_JOINERS: ReadonlySet<string> = new Set(wordsOf((p) => p.groupJoiners));

/** Phrases saying a digit run is written backwards, every locale. */
export const REVERSE_CUES: readonly string[] = [...new Set(wordsOf((p) => p.reverseCues))];

/** "add one to each digit": the operation words and the each-digit phrases, every locale. */
export const DIGIT_SHIFT = {
  add: [...new Set(wordsOf((p) => p.shiftAdd))],
  subtract: [...new Set(wordsOf((p) => p.shiftSubtract))],
  eachDigit: [...new Set(wordsOf((p) => p.eachDigit))],
} as const;

/** Regions tried, in order, for a number with context words that is not valid in the default region. */
export const FALLBACK_REGIONS = ["US", "GB", "IN", "DE", "FR", "ES", "IT", "BR", "MX", "AU", "CA", "NL", "IE", "PH", "NG", "PK", "ZA", "UA", "PL", "RU", "TR", "JP", "CN", "AR", "CO"] as const;
