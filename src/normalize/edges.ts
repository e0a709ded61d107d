/*
 * Word edges checked in code. A regex look-behind over a Unicode property class
 * (`(?<![\p{L}\p{M}])word`) is evaluated at every position the engine tries, and with hundreds
 * of words that cost more than the words themselves. Scans instead look behind for ASCII word
 * characters only (a one-range class) and confirm the few matches that follow a non-ASCII
 * character here.
 */

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const WORD_CHARACTER = /[\p{L}\p{M}\p{Nd}]/u;

/** The code point that ends right before `i` (what a look-behind at `i` reads), or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/*
 * What each BMP character is, learnt on first sight: a property-class test per character costs a
 * string and a regex call, and scans meet the same few hundred characters again and again.
 */
const LEARNT = new Uint8Array(0x10000);
const KNOWN = 1;
const LETTER_MARK_BIT = 2;
const WORD_BIT = 4;

function classOf(cp: number): number {
  let k = LEARNT[cp]!;
  if (k === 0) {
    const ch = String.fromCharCode(cp);
    k = KNOWN | (LETTER_OR_MARK.test(ch) ? LETTER_MARK_BIT : 0) | (WORD_CHARACTER.test(ch) ? WORD_BIT : 0);
    LEARNT[cp] = k;
  }
  return k;
}

/** `\p{L}` or `\p{M}`. */
export function isLetterOrMark(cp: number): boolean {
  if (cp < 0x80) return isAsciiLetter(cp);
  if (cp < 0x10000) return (classOf(cp) & LETTER_MARK_BIT) !== 0;
  return LETTER_OR_MARK.test(String.fromCodePoint(cp));
}

/** `\p{L}`, `\p{M}` or `\p{Nd}`: a character that continues a word or a number. */
export function isWordCharacter(cp: number): boolean {
  if (cp < 0x80) return isAsciiLetter(cp) || isAsciiDigit(cp);
  if (cp < 0x10000) return (classOf(cp) & WORD_BIT) !== 0;
  return WORD_CHARACTER.test(String.fromCodePoint(cp));
}
