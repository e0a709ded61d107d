import { sliceView, windowsAround } from "../normalize/windows.js";
import type { Candidate, Recognizer, ScanInput } from "./types.js";

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

export { scanWindows, sliceView, windowsAround } from "../normalize/windows.js";
