/**
 * The last words before an offset, read backwards from it. `wordsBeforeByRegex` is the definition (a
 * word is a letter or digit followed by letters, digits and dots, found in the 60 units before the
 * offset; a final dot is dropped); `wordsBefore` gives the same words without matching a Unicode regex
 * over the whole window and slicing every word in it: phone's `consider` asks for them on every digit run,
 * and on a text of 2,000 numbers that was a quarter of its time. A test holds the two together.
 */

const WINDOW = 60;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.]*/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The definition: what `wordsBefore` must return. */
export function wordsBeforeByRegex(text: string, at: number, count: number): string[] {
  const window = text.slice(Math.max(0, at - WINDOW), at);
  const words = window.match(WORD) ?? [];
  return words.slice(-count).map((w) => w.replace(/\.$/, ""));
}

/** ASCII letters and digits by table; other code points by the Unicode classes. */
function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/**
 * Where the code point ending at `i` starts: a surrogate pair counts as one, except a pair cut by the
 * window's start `from`, which is a lone unit (no letter), as in the regex over the window.
 */
function pointStart(text: string, i: number, from: number): number {
  const s = i - 1;
  const c = text.charCodeAt(s);
  if (c >= 0xdc00 && c <= 0xdfff && s - 1 >= from) {
    const hi = text.charCodeAt(s - 1);
    if (hi >= 0xd800 && hi <= 0xdbff) return s - 1;
  }
  return s;
}

/** The code point in text[start, end) as `pointStart` cut it (a lone surrogate stays a lone unit). */
const pointIn = (text: string, start: number, end: number): number => (end - start === 2 ? text.codePointAt(start)! : text.charCodeAt(start));

export function wordsBefore(text: string, at: number, count: number): string[] {
  const from = Math.max(0, at - WINDOW);
  const out: string[] = [];
  let i = at; // exclusive end of the part not yet read
  while (i > from && out.length < count) {
    // A run of letters, digits and dots ending at i: where it starts, and its first letter or digit.
    let runStart = i;
    let firstWordChar = -1; // the lowest offset of a letter or digit in the run
    for (let k = i; k > from; ) {
      const s = pointStart(text, k, from);
      const c = pointIn(text, s, k);
      if (c === 46) runStart = s;
      else if (isLetterOrDigit(c)) {
        runStart = s;
        firstWordChar = s;
      } else break;
      k = s;
    }
    if (runStart === i) {
      // No run ends here: step over the one code point before i.
      i = pointStart(text, i, from);
      continue;
    }
    if (firstWordChar >= 0) {
      const word = text.slice(firstWordChar, i);
      out.push(word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word);
    }
    i = runStart;
  }
  return out.reverse();
}
