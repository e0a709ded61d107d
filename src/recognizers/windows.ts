/**
 * Stretches of a long text worth a closer look: around each match of a cheap hint regex, widened to
 * white space and merged. Recognizers with many patterns run them on these stretches only, so a
 * 100 KB job ad costs the hint scan plus a few short windows instead of every pattern on every byte.
 */
export function windowsAround(text: string, hint: RegExp, before: number, after: number): Array<[number, number]> {
  if (!hint.global) throw new Error("windowsAround needs a global regex");
  const windows: Array<[number, number]> = [];
  hint.lastIndex = 0;
  for (const m of text.matchAll(hint)) {
    let start = Math.max(0, m.index - before);
    while (start > 0 && m.index - start < before + 40 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = Math.min(text.length, m.index + m[0].length + after);
    while (end < text.length && end - m.index < after + 40 && !isSpace(text.charCodeAt(end))) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

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
