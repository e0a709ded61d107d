/**
 * "Is there an "@" (or a clause break) within the next n characters?", asked once per platform word. A scan
 * of the window per word cost a quarter of the recognizer on hostile text ("whatsapp " × 11,000, no "@"
 * anywhere); the answer is the next such character at or after a position, which holds for every later
 * question up to it. Questions come in text order, so the searches cover the text about once: each search
 * starts past the last answer. A question before an earlier one (a group of words parsed ahead) reads its
 * window alone, bounded, so nothing is ever quadratic.
 */
export class NextChar {
  /** The last search started here and found `at` (-1: none up to the end). */
  private from = -1;
  private at = -1;

  constructor(
    private readonly text: string,
    /** The characters, as a global regex of one character class. */
    private readonly re: RegExp,
  ) {}

  /** Whether one of the characters stands in `text[from, to)`. */
  within(from: number, to: number): boolean {
    if (from >= to) return false;
    if (this.from >= 0 && from < this.from) {
      const end = Math.min(to, this.text.length);
      for (let i = from; i < end; i++) {
        this.re.lastIndex = 0;
        if (this.re.test(this.text[i]!)) return true;
      }
      return false;
    }
    if (this.from < 0 || (this.at >= 0 && from > this.at)) {
      this.re.lastIndex = from;
      const m = this.re.exec(this.text);
      this.from = from;
      this.at = m ? m.index : -1;
    }
    return this.at >= 0 && this.at < to;
  }
}
