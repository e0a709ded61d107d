import type { MappedText } from "../normalize/view.js";
import type { Candidate, Recognizer, ScanInput } from "./types.js";

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

/** A stretch of a view that still maps to original offsets (the maps are shared, not copied). */
export function sliceView(view: MappedText, from: number, to: number): MappedText {
  return {
    text: view.text.slice(from, to),
    originalLength: view.originalLength,
    srcStart: view.srcStart ? view.srcStart.subarray(from, to) : identityMap(from, to),
    srcEnd: view.srcEnd ? view.srcEnd.subarray(from, to) : identityMap(from + 1, to + 1),
    ...(view.flags ? { flags: view.flags.subarray(from, to) } : {}),
  };
}

function identityMap(from: number, to: number): Int32Array {
  const a = new Int32Array(to - from);
  for (let i = 0; i < a.length; i++) a[i] = from + i;
  return a;
}

/**
 * Runs a fold-view recognizer only where its hint words occur: on the whole text when it is short,
 * on windows around the hints when it is long, and not at all when there is no hint.
 */
export function windowed(recognizer: Recognizer, hint: RegExp, before: number, after: number, wholeBelow = 2000): Recognizer {
  const test = new RegExp(hint.source, hint.flags.replace("g", ""));
  return {
    ...recognizer,
    find(input: ScanInput): Candidate[] {
      const text = input.fold.text;
      if (!test.test(text)) return [];
      if (text.length < wholeBelow) return recognizer.find(input);
      const out: Candidate[] = [];
      for (const [from, to] of windowsAround(text, hint, before, after)) {
        const fold = sliceView(input.fold, from, to);
        const slice: ScanInput = { original: input.original, fold, digits: input.digits, defaultRegion: input.defaultRegion };
        for (const c of recognizer.find(slice)) {
          // Only fold-view findings can be shifted; the phrase recognizers read nothing else.
          if (c.view === "fold") out.push({ ...c, start: c.start + from, end: c.end + from });
        }
      }
      return out;
    },
  };
}
