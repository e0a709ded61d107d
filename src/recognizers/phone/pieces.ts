import { findDigitRuns, MAX_DIGITS, type DigitRun } from "./candidates.js";
import { GROUP_JOINERS, REVERSE_CUES } from "./tables.js";

/*
 * Numbers handed over in pieces or backwards (issue 17, evasions): "0813, terus 9742, terakhir 6158",
 * "2 then 1 then 2 again, then 555", "потом", "然后"; "read this backwards: 4610 555 212", "задом
 * наперёд", "de trás pra frente". Both are read on the digits view, where the digit runs already are
 * (findDigitRuns), and each pass starts only when the text holds one of its words: one regex test.
 */

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A joiner word anywhere (fold form); CJK joiners have no word edges to look for. */
const spaced = [...GROUP_JOINERS].filter((w) => /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic} ']+$/u.test(w));
const unspaced = [...GROUP_JOINERS].filter((w) => !spaced.includes(w));
const JOINER_NEARBY = new RegExp(`(?:^|[^\\p{L}])(?:${spaced.map(escape).join("|")})(?![\\p{L}])|${unspaced.map(escape).join("|")}`, "u");
const REVERSE_NEARBY = new RegExp(`(?:^|[^\\p{L}])(?:${REVERSE_CUES.map((c) => escape(c).replace(/ /g, "\\s{1,3}")).join("|")})(?![\\p{L}])`, "gu");

/** Punctuation that may stand between pieces besides the joiner words. */
const GAP_PUNCTUATION = /[\s,;:.\-–—/()，、。；：]+/gu;
/** A gap between pieces is at most this long: a few joiner words. */
const MAX_GAP = 40;
const MIN_PIECE_DIGITS = 7;

/** The words of a gap between two digit runs, when every one of them is a joiner; else undefined. */
function joinerWords(gap: string): string[] | undefined {
  if (gap.length > MAX_GAP) return undefined;
  const words = gap.replace(GAP_PUNCTUATION, " ").trim();
  if (words === "") return [];
  if (GROUP_JOINERS.has(words)) return [words];
  const parts = words.split(" ");
  return parts.length <= 3 && parts.every((w) => GROUP_JOINERS.has(w)) ? parts : undefined;
}

/** Runs merged into one: start of the first, end of the last, digits and groups in order. */
function merge(runs: readonly DigitRun[]): DigitRun {
  return {
    start: runs[0]!.start,
    end: runs[runs.length - 1]!.end,
    digits: runs.map((r) => r.digits.replace("+", "")).join(""),
    groups: runs.flatMap((r) => r.groups),
    separators: runs.flatMap((r, i) => (i === 0 ? r.separators : [" ", ...r.separators])),
  };
}

/**
 * Digit runs joined by joiner words ("0813, terus 9742, terakhir 6158"): every chain of two or more
 * runs in which at least one gap holds a joiner word, with 7 to MAX_DIGITS digits in all.
 */
export function piecesJoinedByWords(text: string): DigitRun[] {
  if (!JOINER_NEARBY.test(text)) return [];
  const runs = findDigitRuns(text);
  const out: DigitRun[] = [];
  let i = 0;
  while (i < runs.length) {
    let j = i;
    let joined = false;
    let digits = runs[i]!.digits.length;
    while (j + 1 < runs.length) {
      const words = joinerWords(text.slice(runs[j]!.end, runs[j + 1]!.start));
      if (!words || digits + runs[j + 1]!.digits.length > MAX_DIGITS) break;
      if (words.length > 0) joined = true;
      digits += runs[j + 1]!.digits.length;
      j++;
    }
    if (joined && j > i && digits >= MIN_PIECE_DIGITS) out.push(merge(runs.slice(i, j + 1)));
    i = j + 1;
  }
  return out;
}

/** How far after a reverse cue the reversed run may start, and how far before it a leading piece may stand. */
const REVERSED_AFTER = 40;
const LEADING_BEFORE = 40;

/** A run read backwards: digits and groups reversed. */
function reversed(run: DigitRun): DigitRun {
  return { ...run, digits: [...run.digits.replace("+", "")].reverse().join(""), groups: [...run.groups].reverse(), separators: [...run.separators].reverse() };
}

/**
 * Runs a reverse cue points at, read backwards: the first run after the cue (or, with nothing after
 * it, the last run before it). With a short run before the cue ("DDD 21 e o resto de trás pra frente
 * 135462789"), that leading piece followed by the reversed run is offered too.
 */
export function reversedRuns(text: string): DigitRun[] {
  REVERSE_NEARBY.lastIndex = 0;
  if (!REVERSE_NEARBY.test(text)) return [];
  const runs = findDigitRuns(text);
  const out: DigitRun[] = [];
  REVERSE_NEARBY.lastIndex = 0;
  for (const m of text.matchAll(REVERSE_NEARBY)) {
    const cueStart = m.index;
    const cueEnd = m.index + m[0].length;
    const after = runs.find((r) => r.start >= cueEnd && r.start - cueEnd <= REVERSED_AFTER && r.digits.length >= MIN_PIECE_DIGITS - 3);
    const before = [...runs].reverse().find((r) => r.end <= cueStart && cueStart - r.end <= LEADING_BEFORE);
    if (after) {
      const back = reversed(after);
      out.push(back);
      if (before && before.digits.length <= 4) out.push(merge([before, back]));
    } else if (before && before.digits.length >= MIN_PIECE_DIGITS) out.push(reversed(before));
  }
  return out;
}
