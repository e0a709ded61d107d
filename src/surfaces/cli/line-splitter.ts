import { StringDecoder } from "node:string_decoder";

/*
 * `scan`'s input lines, split from raw chunks the way `node:readline` (crlfDelay: Infinity) splits them,
 * without readline's per-line events and promises: readline + its async iterator cost about 200 ms of a
 * 9 MB scan (docs: ../shared/research/performance.md §1.4), this about a tenth of that.
 *
 * Same lines as readline, so the same answers and the same error-line numbers:
 *  - a line ends at "\n", "\r\n" or a lone "\r"; a "\r" ending one chunk and a "\n" starting the next are
 *    one ending;
 *  - UTF-8 is decoded by a StringDecoder, so a character split across chunks is whole;
 *  - empty lines are lines (the caller skips them but counts them);
 *  - at the end, an unfinished last line is a line when it is not empty; bytes of an unfinished UTF-8
 *    character at the very end are dropped, as readline drops them (it never ends its decoder).
 * A long line is kept as a list of its pieces until its end arrives: no quadratic concatenation.
 */

/** Readline's line ending, used only for chunks holding a "\r" (the "\n"-only common case uses indexOf). */
const LINE_ENDING = /\r?\n|\r(?!\n)/g;

export class LineSplitter {
  readonly #decoder = new StringDecoder("utf8");
  /** The pieces of the line not ended yet. */
  #pending: string[] = [];
  /** The last chunk ended with "\r": a "\n" at the start of the next one belongs to it. */
  #sawReturn = false;

  /** The lines a chunk ends (in order); what follows the last ending waits for the next chunk. */
  push(chunk: Buffer | string): string[] {
    let s = typeof chunk === "string" ? chunk : this.#decoder.write(chunk);
    if (this.#sawReturn) {
      if (s.charCodeAt(0) === 10) s = s.slice(1);
      this.#sawReturn = false;
    }
    if (s.indexOf("\r") !== -1) return this.#withReturns(s);
    let end = s.indexOf("\n");
    if (end === -1) {
      if (s !== "") this.#pending.push(s);
      return [];
    }
    const lines: string[] = [];
    const head = s.slice(0, end);
    if (this.#pending.length > 0) {
      this.#pending.push(head);
      lines.push(this.#pending.join(""));
      this.#pending = [];
    } else lines.push(head);
    let start = end + 1;
    while ((end = s.indexOf("\n", start)) !== -1) {
      lines.push(s.slice(start, end));
      start = end + 1;
    }
    if (start < s.length) this.#pending.push(s.slice(start));
    return lines;
  }

  /** The unfinished last line, when there is one (call once, after the last chunk). */
  end(): string[] {
    const rest = this.#pending.join("");
    this.#pending = [];
    return rest === "" ? [] : [rest];
  }

  /** readline's own algorithm, for a chunk with a "\r" in it (rare in JSON Lines: JSON escapes it in strings). */
  #withReturns(s: string): string[] {
    LINE_ENDING.lastIndex = 0;
    if (!LINE_ENDING.test(s)) {
      this.#pending.push(s);
      return [];
    }
    const text = this.#pending.join("") + s;
    this.#pending = [];
    this.#sawReturn = text.endsWith("\r");
    const lines: string[] = [];
    let start = 0;
    LINE_ENDING.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LINE_ENDING.exec(text)) !== null) {
      lines.push(text.slice(start, m.index));
      start = LINE_ENDING.lastIndex;
    }
    if (start < text.length) this.#pending.push(text.slice(start));
    return lines;
  }
}
