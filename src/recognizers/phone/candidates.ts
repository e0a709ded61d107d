/**
 * Finds digit runs that could be phone numbers, by hand rather than by regex: a single pass with
 * bounded separator runs is linear on any input, which a nested-quantifier regex is not.
 */
export interface DigitRun {
  start: number;
  end: number;
  /** The digits, with a leading "+" when the run is written internationally. */
  digits: string;
  /** Separators seen between digit groups, in order (e.g. ["(", ") ", "-"]). */
  groups: number[];
  separators: string[];
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** How many digits a run holds, its "+" left out (counted without the string `replace` would make). */
export const bareDigitCount = (run: DigitRun): number => (run.digits.charCodeAt(0) === 43 ? run.digits.length - 1 : run.digits.length);
// Separators allowed inside a phone number: space, nbsp, . - / ( ) and dashes.
const isSeparator = (c: number) =>
  c === 32 || c === 0xa0 || c === 46 || c === 45 || c === 47 || c === 40 || c === 41 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 9;
const MAX_SEPARATOR_RUN = 3;
export const MAX_DIGITS = 17;

/** A character a run may start with: a digit, "+" or "(". */
const RUN_START = /[0-9+(]/g;

/**
 * Group lengths and separators of the run being read, reused from run to run: each run gets a copy of
 * exactly its length. (A pushed-to `[]` grows a 16-slot store; on a 100 KB text of 2,000 numbers the
 * two arrays per run were a third of the recognizer's allocation.)
 */
const groupsScratch: number[] = [];
const separatorsScratch: string[] = [];

export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Jump to the next character a run may start with: the engine's scan, not a step per unit of prose.
    RUN_START.lastIndex = i;
    // `test`, not `exec`: the same lastIndex, without a match array per run.
    if (!RUN_START.test(text)) break;
    i = RUN_START.lastIndex - 1;
    const c = text.charCodeAt(i);
    // Read in bounds only (-1 past the end, as NaN compared): a read past the end deoptimised the loop.
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    const startsRun = isDigit(c) || ((c === 43 || c === 40) && isDigit(next)) || (c === 40 && next === 43);
    if (!startsRun) {
      i++;
      continue;
    }
    let start = i;
    let digits = c === 43 ? "+" : "";
    if (c === 40 && next === 43) {
      digits = "+";
      i += 2;
    } else if (c === 43 || c === 40) i++;
    let nGroups = 0;
    let nSeparators = 0;
    let hasEmptyGroup = false;
    let group = 0;
    let end = i;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isDigit(d)) {
        // The whole group at once: one slice instead of a string per digit.
        const from = i;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        digits += text.slice(from, i);
        group += i - from;
        end = i;
        continue;
      }
      if (!isSeparator(d)) break;
      let j = i;
      while (j < n && j - i < MAX_SEPARATOR_RUN + 1 && isSeparator(text.charCodeAt(j))) j++;
      if (j - i > MAX_SEPARATOR_RUN || j >= n || !isDigit(text.charCodeAt(j))) {
        // A closing parenthesis right after digits belongs to the number: "(555)".
        if (text.charCodeAt(i) === 41 && group > 0) end = i + 1;
        break;
      }
      if (group === 0) hasEmptyGroup = true;
      groupsScratch[nGroups++] = group;
      separatorsScratch[nSeparators++] = text.slice(i, j);
      group = 0;
      i = j;
    }
    if (group === 0) hasEmptyGroup = true;
    groupsScratch[nGroups++] = group;
    // Guard against runaway runs: a table of numbers is not one phone number.
    if (digits.length > (digits.charCodeAt(0) === 43 ? 1 : 0)) {
      const groups = groupsScratch.slice(0, nGroups);
      runs.push({ start, end, digits, groups: hasEmptyGroup ? groups.filter((g) => g > 0) : groups, separators: separatorsScratch.slice(0, nSeparators) });
    }
    if (i === start) i++;
    start = i;
  }
  // A table read as one long run leaves long scratch arrays: not kept past the text.
  if (groupsScratch.length > 256) groupsScratch.length = separatorsScratch.length = 0;
  return runs;
}
