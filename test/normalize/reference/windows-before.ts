/**
 * Stretches of a long text worth a closer look: around each hit (a digit run, a pair of number
 * words), widened to white space and merged. Recognizers with many patterns run them on these
 * stretches only, so a 100 KB job ad costs one cheap pass plus a few short windows instead of every
 * pattern on every byte. `hits` are [start, end) pairs in any order.
 */
export function windowsAroundHits(text: string, hits: Array<[number, number]>, before: number, after: number): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  // Many hits (every digit of "1-1-1-…"): where the white space is, read once, instead of a walk per hit.
  const spaces = hits.length > 32 ? spaceBounds(text) : null;
  for (const [hitStart, hitEnd] of inOrder(hits)) {
    // Widen to white space, but only a little: a text without spaces must not make this quadratic.
    let start = Math.max(0, hitStart - before);
    let end = Math.min(text.length, hitEnd + after);
    if (spaces) {
      start = Math.max(spaces.runStart[start]!, hitStart - before - 40);
      end = Math.min(spaces.nextSpace[end]!, hitEnd + after + 40);
    } else {
      while (start > 0 && hitStart - start < before + 40 && !isSpace(text.charCodeAt(start - 1))) start--;
      while (end < text.length && end - hitEnd < after + 40 && !isSpace(text.charCodeAt(end))) end++;
    }
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/**
 * `hits` sorted by start. Callers mostly pass them in text order already (every digit run of "1-1-1-…",
 * 50,000 of them): a check is one pass, where copying and sorting them cost a quarter of the address
 * recognizer's time on that text. Sorting is stable, so a list already in order is what it would give.
 */
function inOrder(hits: Array<[number, number]>): Array<[number, number]> {
  for (let i = 1; i < hits.length; i++) if (hits[i]![0] < hits[i - 1]![0]) return [...hits].sort((x, y) => x[0] - y[0]);
  return hits;
}

/**
 * For every offset i (0…length): where the run of non-space characters ending at i starts, and the
 * first white space at or after i (length if none). What the widening loops above would walk to.
 */
function spaceBounds(text: string): { runStart: Int32Array; nextSpace: Int32Array } {
  const n = text.length;
  const runStart = new Int32Array(n + 1);
  const nextSpace = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) runStart[i] = isSpace(text.charCodeAt(i - 1)) ? i : runStart[i - 1]!;
  nextSpace[n] = n;
  for (let i = n - 1; i >= 0; i--) nextSpace[i] = isSpace(text.charCodeAt(i)) ? i : nextSpace[i + 1]!;
  return { runStart, nextSpace };
}

/** White space for the text passes: space, tab, line feed, carriage return and no-break space. */
export const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

/** Runs `fn` on each window's text and shifts what it returns back into the whole text. */
export function scanWindows<T extends { start: number; end: number }>(
  text: string,
  windows: Array<[number, number]>,
  fn: (slice: string, offset: number) => T[],
): T[] {
  if (windows.length === 1 && windows[0]![0] === 0 && windows[0]![1] === text.length) return fn(text, 0);
  const out: T[] = [];
  for (const [from, to] of windows) {
    for (const item of fn(text.slice(from, to), from)) out.push({ ...item, start: item.start + from, end: item.end + from });
  }
  return out;
}
