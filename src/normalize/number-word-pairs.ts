/*
 * The pairs of number words (or a number word and a digit) that NUMBER_WORD_PAIR (digits.ts) matches,
 * found by one pass over char codes and a hashed word table instead of the regex. The regex, an
 * alternation of ~400 words tried after every edge character, cost ≈ 100 ms a pass over the 9.1 MB
 * throughput corpus (a tenth of phone detection); this pass walks each unit once and looks a word up
 * only where one starts. The property test in test/normalize holds it to the regex.
 *
 * Why a word can be looked up whole: each number word is made only of LETTERS and must be followed by
 * no [LETTERS0-9_] unit (the regex's look-ahead), so a word at `q` matches only as the whole run of
 * [LETTERS0-9_] units starting at `q`. The gap ([\s,.\-_/()+،]{0,4}) never holds a letter or a digit,
 * so only its longest reading can be followed by a word or a digit: no backtracking to mirror.
 */

/** LETTERS of digits.ts: a-z, ß, ı, đ, and the Arabic letters U+0621–U+064A, U+0671–U+06D3. */
const isLetterCode = (c: number) =>
  (c >= 97 && c <= 122) || c === 0xdf || c === 0x131 || c === 0x111 || (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3);
/** `[LETTERS0-9_]`: what may not stand before a first word or after any word. */
export const isEdgeCode = (c: number) => isLetterCode(c) || (c >= 48 && c <= 57) || c === 95;
/** JavaScript's `\s` (without the `u` flag, over UTF-16 units). */
const isRegexSpaceCode = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
  c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** The gap class `[\s,.\-_/()+\u060c]`. */
export const isGapCode = (c: number) =>
  c === 44 || c === 46 || c === 45 || c === 95 || c === 47 || c === 40 || c === 41 || c === 43 || c === 0x60c || isRegexSpaceCode(c);
const MAX_GAP = 4;

/** Whether every unit of `word` is one of LETTERS: what the whole-run lookup above relies on. */
export const isLetterWord = (word: string) => {
  for (let k = 0; k < word.length; k++) if (!isLetterCode(word.charCodeAt(k))) return false;
  return word.length > 0;
};

const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;

/** The pair words by the hash of their units (collisions kept in a list). */
export class PairWords {
  private readonly byHash = new Map<number, string | string[]>();
  private readonly minLength: number;
  private readonly maxLength: number;

  constructor(words: readonly string[]) {
    let min = Infinity;
    let max = 0;
    for (const w of words) {
      if (!isLetterWord(w)) throw new Error(`number-word-pairs: "${w}" is not made of LETTERS`);
      let h = 0;
      for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
      const had = this.byHash.get(h);
      if (had === undefined) this.byHash.set(h, w);
      else if (typeof had === "string") {
        if (had !== w) this.byHash.set(h, [had, w]);
      } else if (!had.includes(w)) had.push(w);
      min = Math.min(min, w.length);
      max = Math.max(max, w.length);
    }
    this.minLength = min;
    this.maxLength = max;
  }

  /** End of the word at `q` (the whole [LETTERS0-9_] run there is a pair word), or -1. */
  wordEnd(text: string, q: number): number {
    const n = text.length;
    let h = 0;
    let j = q;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (!isEdgeCode(c)) break;
      // Longer than any word: not one (and the run need not be read further).
      if (j - q >= this.maxLength) return -1;
      h = hashStep(h, c);
    }
    const length = j - q;
    if (length < this.minLength) return -1;
    const found = this.byHash.get(h);
    if (found === undefined) return -1;
    if (typeof found === "string") return found.length === length && text.startsWith(found, q) ? j : -1;
    for (const w of found) if (w.length === length && text.startsWith(w, q)) return j;
    return -1;
  }

  /** After a word or digit ending at `e`: the end of the gap and the word or digit that completes a pair, or -1. */
  private pairEnd(text: string, e: number, wordOnly: boolean): number {
    const n = text.length;
    let q = e;
    while (q < n && q - e <= MAX_GAP && isGapCode(text.charCodeAt(q))) q++;
    if (q - e > MAX_GAP || q >= n) return -1;
    const c = text.charCodeAt(q);
    if (c >= 48 && c <= 57) return wordOnly ? -1 : q + 1;
    return this.wordEnd(text, q);
  }

  /**
   * [start, end) of every match of NUMBER_WORD_PAIR (global): `(?<!edge)WORD gap (WORD|\d)` or
   * `\d gap WORD`, leftmost first, each search resuming where the last match ended.
   */
  pairs(text: string): Array<[number, number]> {
    const hits: Array<[number, number]> = [];
    const n = text.length;
    for (let p = 0; p < n; p++) {
      const c = text.charCodeAt(p);
      if (c >= 48 && c <= 57) {
        const end = this.pairEnd(text, p + 1, true);
        if (end >= 0) {
          hits.push([p, end]);
          p = end - 1;
        }
        continue;
      }
      // A first word starts at p when nothing of the edge class stands before it (the text's start counts).
      let start = -1;
      if (p === 0 && isLetterCode(c)) start = 0;
      else if (!isEdgeCode(c) && p + 1 < n && isLetterCode(text.charCodeAt(p + 1))) start = p + 1;
      if (start < 0) continue;
      const first = this.wordEnd(text, start);
      if (first < 0) continue;
      const end = this.pairEnd(text, first, false);
      if (end >= 0) {
        hits.push([start, end]);
        p = end - 1;
      }
    }
    return hits;
  }
}
