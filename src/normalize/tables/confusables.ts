/**
 * Letters from other scripts that look like Latin letters (a subset of Unicode's confusables.txt
 * restricted to Cyrillic and Greek, the scripts users actually reach for on a phone keyboard).
 * Applied only to words that mix scripts, or to all-look-alike words in mostly-Latin text, so
 * genuine Russian or Greek prose is left alone.
 */
export const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic lower case
  "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "н": "h", "і": "i", "ї": "i",
  "ј": "j", "к": "k", "ӏ": "l", "м": "m", "п": "n", "о": "o", "р": "p", "ԛ": "q", "г": "r", "ѕ": "s",
  "т": "t", "у": "y", "ѵ": "v", "ԝ": "w", "х": "x", "ү": "y", "з": "3", "ь": "b",
  // Cyrillic upper case
  "А": "a", "В": "b", "С": "c", "Е": "e", "Ё": "e", "Н": "h", "І": "i", "Ї": "i", "Ј": "j", "К": "k",
  "М": "m", "О": "o", "Р": "p", "Ѕ": "s", "Т": "t", "У": "y", "Х": "x", "Ү": "y", "Ԛ": "q", "Ԝ": "w",
  // Greek lower case
  "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
  "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ς": "c",
  // Greek upper case
  "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n", "Ο": "o",
  "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
  // Latin look-alikes outside ASCII that NFKC keeps
  "ı": "i", "ȷ": "j", "ɡ": "g", "ɑ": "a", "ʟ": "l", "ᴏ": "o", "ꓲ": "i", "ℓ": "l",
};

/** Code points treated as Cyrillic or Greek letters when deciding whether a word mixes scripts. */
export const OTHER_SCRIPT_LETTER = /[\u0370-\u03FF\u0400-\u052F]/;
