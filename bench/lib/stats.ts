/** Small statistics the benches share. */

/** The median (the lower middle for an even count); 0 for none. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
}

/**
 * Whether repeated measurements of one ratio agree: every one within `tolerance` (10%) of their median.
 * `spread` is the largest relative distance from the median. A record whose repeats disagree is noise.
 */
export function agreement(ratios: readonly number[], tolerance = 0.1): { within: boolean; spread: number } {
  const m = median(ratios);
  if (!(m > 0)) return { within: false, spread: Infinity };
  const spread = Math.max(0, ...ratios.map((r) => Math.abs(r - m) / m));
  return { within: spread <= tolerance, spread };
}

/** The q-quantile of ascending values (nearest rank); 0 for none. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
