import { DISGUISES, type Disguise } from "../core/types.js";

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
  return mappedText(text, undefined, undefined, undefined, originalLength);
}

/**
 * A view object, always of one shape (every field there, `undefined` when absent): views of two or three
 * shapes (identity, built, folded in place) made the functions reading them bail out of optimized code
 * ("wrong map") and recompile in a cold process.
 */
export function mappedText(
  text: string,
  srcStart: Int32Array | undefined,
  srcEnd: Int32Array | undefined,
  flags: Uint16Array | undefined,
  originalLength: number,
): MappedText {
  return { text, srcStart, srcEnd, flags, originalLength };
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

/**
 * Text written in pieces of up to this many units is gathered unit by unit in a buffer and turned into
 * a string once per buffer-full: text with a disguise between every character ("4\u200b1\u200b5…",
 * "4l5 O0l …", "one two three …") wrote one or two pieces per unit, and joining 100,000 one-unit
 * strings cost more than the whole stage around it. Longer pieces are slices of the input (no copy).
 */
const SHORT_TEXT = 24;
const UNIT_BUFFER = 2048;

export class ViewBuilder {
  private chunks: string[] = [];
  private length = 0;
  private starts: Int32Array;
  private ends: Int32Array;
  private flagArr: Uint16Array;
  private pendingFlags = 0;
  /** Units of short pieces not yet in `chunks` (made at the first short piece). */
  private units: Uint16Array | null = null;
  private unitCount = 0;
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
    const starts = new Int32Array(size);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
    const flagArr = new Uint16Array(size);
    flagArr.set(this.flagArr);
    this.flagArr = flagArr;
  }

  private inFlags(from: number, to: number): number {
    const f = this.input.flags;
    if (!f) return 0;
    let m = 0;
    for (let i = from; i < to; i++) m |= f[i]!;
    return m;
  }

  /** Room for `n` (≤ SHORT_TEXT) more buffered units. */
  private unitRoom(n: number): Uint16Array {
    let u = this.units;
    if (u === null) u = this.units = new Uint16Array(UNIT_BUFFER);
    else if (this.unitCount + n > UNIT_BUFFER) this.flushUnits();
    return u;
  }

  /** Moves the buffered units into `chunks` as one string (fromCharCode keeps lone surrogates as they are). */
  private flushUnits(): void {
    const n = this.unitCount;
    if (n === 0) return;
    this.chunks.push(String.fromCharCode.apply(null, this.units!.subarray(0, n) as unknown as number[]));
    this.unitCount = 0;
  }

  /** Appends `text` to the view's text. */
  private write(text: string): void {
    const n = text.length;
    if (n > SHORT_TEXT) {
      this.flushUnits();
      this.chunks.push(text);
      return;
    }
    const u = this.unitRoom(n);
    let at = this.unitCount;
    for (let k = 0; k < n; k++) u[at++] = text.charCodeAt(k);
    this.unitCount = at;
  }

  /** Passes input units [from, to) through unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    const n = to - from;
    if (n > SHORT_TEXT) {
      this.flushUnits();
      this.chunks.push(this.input.text.slice(from, to));
    } else {
      const text = this.input.text;
      const u = this.unitRoom(n);
      let at = this.unitCount;
      for (let k = from; k < to; k++) u[at++] = text.charCodeAt(k);
      this.unitCount = at;
    }
    this.pushMaps(from, to);
  }

  /** Passes input units [from, to) through lower-cased (ASCII only: same length, same map). */
  copyLower(from: number, to: number): void {
    if (to <= from) return;
    const n = to - from;
    const text = this.input.text;
    let ascii = n <= SHORT_TEXT;
    for (let k = from; k < to && ascii; k++) ascii = text.charCodeAt(k) < 0x80;
    if (ascii) {
      const u = this.unitRoom(n);
      let at = this.unitCount;
      for (let k = from; k < to; k++) {
        const c = text.charCodeAt(k);
        if (c >= 65 && c <= 90) {
          u[at++] = c + 32;
          this.changed = true;
        } else u[at++] = c;
      }
      this.unitCount = at;
    } else {
      const slice = text.slice(from, to);
      const lower = slice.toLowerCase();
      if (lower !== slice) this.changed = true;
      this.flushUnits();
      this.chunks.push(lower);
    }
    this.pushMaps(from, to);
  }

  /** The maps and flags of input units [from, to), passed through. */
  private pushMaps(from: number, to: number): void {
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
    this.write(text);
    this.length += n;
  }

  /**
   * Input units [from, to), each either passed through or, where `unitFor` gives a unit code (≥ 0), replaced
   * by that one unit with `flag` added: what `copy` of each kept unit and `emit` of each replaced one
   * write (same text, maps and flags), in one loop. A run of look-alike
   * digits ("4l5 O0l …" over 100 KB) made two calls per unit.
   */
  copyReplacingUnits(from: number, to: number, unitFor: (c: number) => number, flag: number): void {
    if (to <= from) return;
    const n = to - from;
    this.ensure(n);
    const text = this.input.text;
    const { srcStart, srcEnd, flags } = this.input;
    const starts = this.starts;
    const ends = this.ends;
    const flagArr = this.flagArr;
    let at = this.length;
    let pending = this.pendingFlags;
    let changed = false;
    for (let k = from; k < to; ) {
      // Units go through the buffer in pieces of at most UNIT_BUFFER.
      const stop = Math.min(to, k + UNIT_BUFFER);
      const u = this.unitRoom(stop - k);
      let w = this.unitCount;
      for (; k < stop; k++) {
        const c = text.charCodeAt(k);
        const r = unitFor(c);
        starts[at] = srcStart ? srcStart[k]! : k;
        ends[at] = srcEnd ? srcEnd[k]! : k + 1;
        let f = (flags ? flags[k]! : 0) | pending;
        pending = 0;
        if (r >= 0) {
          f |= flag;
          changed = true;
          u[w++] = r;
        } else u[w++] = c;
        flagArr[at] = f;
        at++;
      }
      this.unitCount = w;
    }
    this.pendingFlags = pending;
    this.length = at;
    if (changed) this.changed = true;
  }

  /** Drops input units [from, to); their disguise flag is carried to the next unit written. */
  drop(from: number, to: number, flag = 0): void {
    this.changed = true;
    this.pendingFlags |= flag | this.inFlags(from, to);
  }

  build(): MappedText {
    if (!this.changed) return this.input;
    this.flushUnits();
    const n = this.length;
    // Views, not copies: the builder is done with its arrays and nothing writes a view's maps, and each
    // stage that rebuilt a 100 KB text copied 1 MB more (a third of a stage's time on a long ad).
    return mappedText(
      this.chunks.length === 1 ? this.chunks[0]! : this.chunks.join(""),
      this.starts.subarray(0, n),
      this.ends.subarray(0, n),
      this.flagArr.subarray(0, n),
      this.input.originalLength,
    );
  }
}
