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
  return DISGUISES.filter((d) => (mask & DISGUISE_BIT[d]) !== 0);
}

/**
 * Writes a new view from an input view. `copy` passes input units through; `emit` replaces
 * input units [from, to) with new text that inherits their original range and flags.
 */
export class ViewBuilder {
  private out: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private flagList: number[] = [];
  private pendingFlags = 0;
  changed = false;

  constructor(private readonly input: MappedText) {}

  private origStart(i: number): number {
    return this.input.srcStart ? this.input.srcStart[i]! : i;
  }
  private origEnd(i: number): number {
    return this.input.srcEnd ? this.input.srcEnd[i]! : i + 1;
  }
  private inFlags(from: number, to: number): number {
    if (!this.input.flags) return 0;
    let m = 0;
    for (let i = from; i < to; i++) m |= this.input.flags[i]!;
    return m;
  }

  copy(from: number, to: number): void {
    const src = this.input.text;
    for (let i = from; i < to; i++) {
      this.out.push(src[i]!);
      this.starts.push(this.origStart(i));
      this.ends.push(this.origEnd(i));
      this.flagList.push(this.inFlags(i, i + 1) | this.pendingFlags);
      this.pendingFlags = 0;
    }
  }

  /** Replaces input units [from, to) by `text`; every new unit maps to the whole input range. */
  emit(text: string, from: number, to: number, flag = 0): void {
    this.changed = true;
    const s = this.origStart(from);
    const e = to > from ? this.origEnd(to - 1) : s;
    const f = this.inFlags(from, to) | flag | this.pendingFlags;
    this.pendingFlags = 0;
    for (let k = 0; k < text.length; k++) {
      this.out.push(text[k]!);
      this.starts.push(s);
      this.ends.push(e);
      this.flagList.push(f);
    }
  }

  /** Drops input units [from, to); their disguise flag is carried to the next unit written. */
  drop(from: number, to: number, flag = 0): void {
    this.changed = true;
    this.pendingFlags |= flag | this.inFlags(from, to);
  }

  build(): MappedText {
    if (!this.changed) return this.input;
    const n = this.out.length;
    const srcStart = new Int32Array(n);
    const srcEnd = new Int32Array(n);
    const flags = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      srcStart[i] = this.starts[i]!;
      srcEnd[i] = this.ends[i]!;
      flags[i] = this.flagList[i]!;
    }
    return { text: this.out.join(""), srcStart, srcEnd, flags, originalLength: this.input.originalLength };
  }
}
