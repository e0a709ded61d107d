import { DISGUISES, type Disguise } from "../../../src/core/types.js";

/**
 * A normalized rendering of the original text that remembers, for every UTF-16 unit it holds,
 * which range of the ORIGINAL text produced it. Transformers read one view and write the next;
 * because each writes original offsets directly, any number of them compose without drift.
 */
export interface MappedText {
  readonly text: string;
  /** Original start offset per unit; `undefined` when the view is the original (identity map). */
  readonly srcStart?: Int32Array;
  /** Original end offset (exclusive) per unit. */
  readonly srcEnd?: Int32Array;
  /** Disguise bitmask per unit (bit i ↔ DISGUISES[i]). */
  readonly flags?: Uint16Array;
  readonly originalLength: number;
}

export const DISGUISE_BIT: Readonly<Record<Disguise, number>> = Object.fromEntries(
  DISGUISES.map((d, i) => [d, 1 << i]),
) as Record<Disguise, number>;

export function identityView(text: string, originalLength = text.length): MappedText {
  return { text, originalLength };
}

/** Maps a half-open range of the view back to the original text. */
export function toOriginal(view: MappedText, start: number, end: number): { start: number; end: number } {
  if (!view.srcStart || !view.srcEnd) return { start, end };
  if (end <= start) {
    const at = start < view.text.length ? view.srcStart[start]! : view.originalLength;
    return { start: at, end: at };
  }
  return { start: view.srcStart[start]!, end: view.srcEnd[end - 1]! };
}

/** Disguises that were undone anywhere inside a range of the view. */
export function disguisesIn(view: MappedText, start: number, end: number): Disguise[] {
  if (!view.flags) return [];
  let mask = 0;
  for (let i = start; i < end && i < view.flags.length; i++) mask |= view.flags[i]!;
  if (mask === 0) return [];
  let names = DISGUISES_OF_MASK.get(mask);
  if (!names) {
    names = DISGUISES.filter((d) => (mask & DISGUISE_BIT[d]) !== 0);
    DISGUISES_OF_MASK.set(mask, names);
  }
  return names.slice();
}

/**
 * The disguise names of each mask seen, in DISGUISES order: asked per digit run and per finding (2,127
 * times on a 100 KB text with a zero-width space in every number), where filtering the list each time
 * was a tenth of the phone recognizer's time. At most 2^DISGUISES.length masks; callers get a copy.
 */
const DISGUISES_OF_MASK = new Map<number, Disguise[]>();

/**
 * Writes a new view from an input view. `copy` passes input units through; `emit` replaces
 * input units [from, to) with new text that inherits their original range and flags.
 */
/**
 * Up to this many units are copied one by one: a subarray is an object, and text with a disguise
 * between every character ("4\u200b1\u200b5…", "1 1 1 …") copied one unit at a time made two or three
 * per unit, most of the fold's garbage there.
 */
const SHORT_COPY = 16;

export class ViewBuilder {
  private chunks: string[] = [];
  private length = 0;
  private starts: Int32Array;
  private ends: Int32Array;
  private flagArr: Uint16Array;
  private pendingFlags = 0;
  changed = false;

  constructor(private readonly input: MappedText) {
    const capacity = Math.max(16, input.text.length + 16);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flagArr = new Uint16Array(capacity);
  }

  private ensure(extra: number): void {
    const need = this.length + extra;
    if (need <= this.starts.length) return;
    const size = Math.max(need, this.starts.length * 2);
    const grow = <T extends Int32Array | Uint16Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.starts = grow(this.starts, (n) => new Int32Array(n));
    this.ends = grow(this.ends, (n) => new Int32Array(n));
    this.flagArr = grow(this.flagArr, (n) => new Uint16Array(n));
  }

  private inFlags(from: number, to: number): number {
    const f = this.input.flags;
    if (!f) return 0;
    let m = 0;
    for (let i = from; i < to; i++) m |= f[i]!;
    return m;
  }

  /** Passes input units [from, to) through unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.push(this.input.text.slice(from, to), from, to);
  }

  /** Passes input units [from, to) through lower-cased (ASCII only: same length, same map). */
  copyLower(from: number, to: number): void {
    if (to <= from) return;
    const slice = this.input.text.slice(from, to);
    const lower = slice.toLowerCase();
    if (lower !== slice) this.changed = true;
    this.push(lower, from, to);
  }

  private push(text: string, from: number, to: number): void {
    const n = to - from;
    this.ensure(n);
    const { srcStart, srcEnd, flags } = this.input;
    const base = this.length;
    // Runs of input units are copied as blocks (the typed-array copy is native).
    if (srcStart && srcEnd && n > SHORT_COPY) {
      this.starts.set(srcStart.subarray(from, to), base);
      this.ends.set(srcEnd.subarray(from, to), base);
    } else if (srcStart && srcEnd) {
      for (let k = 0; k < n; k++) {
        this.starts[base + k] = srcStart[from + k]!;
        this.ends[base + k] = srcEnd[from + k]!;
      }
    } else {
      for (let k = 0; k < n; k++) {
        this.starts[base + k] = from + k;
        this.ends[base + k] = from + k + 1;
      }
    }
    // Units past `length` are still zero (arrays only grow), so flagless input needs no writes.
    if (flags && n > SHORT_COPY) this.flagArr.set(flags.subarray(from, to), base);
    else if (flags) for (let k = 0; k < n; k++) this.flagArr[base + k] = flags[from + k]!;
    if (this.pendingFlags) {
      this.flagArr[base] = this.flagArr[base]! | this.pendingFlags;
      this.pendingFlags = 0;
    }
    this.chunks.push(text);
    this.length += n;
  }

  /** Replaces input units [from, to) by `text`; every new unit maps to the whole input range. */
  emit(text: string, from: number, to: number, flag = 0): void {
    this.changed = true;
    const { srcStart, srcEnd } = this.input;
    const s = srcStart ? (from < srcStart.length ? srcStart[from]! : this.input.originalLength) : from;
    const e = to > from ? (srcEnd ? srcEnd[to - 1]! : to) : s;
    const f = this.inFlags(from, to) | flag | this.pendingFlags;
    this.pendingFlags = 0;
    const n = text.length;
    this.ensure(n);
    for (let k = 0; k < n; k++) {
      this.starts[this.length + k] = s;
      this.ends[this.length + k] = e;
      this.flagArr[this.length + k] = f;
    }
    this.chunks.push(text);
    this.length += n;
  }

  /** Drops input units [from, to); their disguise flag is carried to the next unit written. */
  drop(from: number, to: number, flag = 0): void {
    this.changed = true;
    this.pendingFlags |= flag | this.inFlags(from, to);
  }

  build(): MappedText {
    if (!this.changed) return this.input;
    const n = this.length;
    return {
      text: this.chunks.join(""),
      // Views, not copies: the builder is done with its arrays and nothing writes a view's maps, and each
      // stage that rebuilt a 100 KB text copied 1 MB more (a third of a stage's time on a long ad).
      srcStart: this.starts.subarray(0, n),
      srcEnd: this.ends.subarray(0, n),
      flags: this.flagArr.subarray(0, n),
      originalLength: this.input.originalLength,
    };
  }
}
