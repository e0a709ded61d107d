/**
 * A trie over UTF-16 code units, built once from table words and walked over a text in place:
 * asking whether the characters at a position spell a listed word costs a few array reads, with
 * no substring made and no regex run. Nodes are numbers (the root is 0, and 0 as a step's answer
 * means "no word goes on so"); ASCII steps read a flat table, other characters a map.
 */
export class CharTrie<T> {
  static readonly ROOT = 0;
  static readonly NONE = 0;
  private ascii = new Int32Array(128);
  private readonly other = new Map<number, number>();
  private readonly values: Array<T | undefined> = [undefined];

  /** Adds `word` (read backwards when `reversed`: for walking from a word's end towards its start). */
  add(word: string, value: T, reversed = false): void {
    let node = CharTrie.ROOT;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(reversed ? word.length - 1 - k : k);
      let child = this.step(node, c);
      if (child === CharTrie.NONE) {
        child = this.values.length;
        this.values.push(undefined);
        if (this.ascii.length < this.values.length * 128) {
          const grown = new Int32Array(this.ascii.length * 2);
          grown.set(this.ascii);
          this.ascii = grown;
        }
        if (c < 128) this.ascii[node * 128 + c] = child;
        else this.other.set(node * 0x10000 + c, child);
      }
      node = child;
    }
    this.values[node] = value;
  }

  /** The node after code unit `c` from `node`, or NONE. */
  step(node: number, c: number): number {
    return c < 128 ? this.ascii[node * 128 + c]! : (this.other.get(node * 0x10000 + c) ?? CharTrie.NONE);
  }

  /**
   * The ASCII steps as one flat table (the node after ASCII code `c` from `node` is at
   * `node * 128 + c`), for scans that step every character and cannot afford a call: read it
   * after the last `add`.
   */
  asciiSteps(): Int32Array {
    return this.ascii;
  }

  /** What the word ending at `node` stands for (undefined: no word ends there). */
  valueAt(node: number): T | undefined {
    return this.values[node];
  }
}
