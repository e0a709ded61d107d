import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findDigitRuns, type DigitRun } from "../../src/recognizers/phone/candidates.js";

/*
 * findDigitRuns (phone/candidates.ts) reuses scratch arrays for a run's groups and separators and
 * jumps with `test` instead of `exec`: held here to the version before that change, on hostile strings.
 */
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSeparator = (c: number) =>
  c === 32 || c === 0xa0 || c === 46 || c === 45 || c === 47 || c === 40 || c === 41 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 9;
const MAX_SEPARATOR_RUN = 3;
const RUN_START = /[0-9+(]/g;
function findDigitRunsBefore(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Jump to the next character a run may start with: the engine's scan, not a step per unit of prose.
    RUN_START.lastIndex = i;
    if (RUN_START.exec(text) === null) break;
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
    const groups: number[] = [];
    const separators: string[] = [];
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
      groups.push(group);
      separators.push(text.slice(i, j));
      group = 0;
      i = j;
    }
    groups.push(group);
    // Guard against runaway runs: a table of numbers is not one phone number.
    if (digits.length > (digits.charCodeAt(0) === 43 ? 1 : 0)) runs.push({ start, end, digits, groups: groups.includes(0) ? groups.filter((g) => g > 0) : groups, separators });
    if (i === start) i++;
    start = i;
  }
  return runs;
}

const UNITS = ["0", "1", "4", "5", "9", "12", "415", "0199", "+", "(", ")", "(+", " ", "  ", "    ", "\u00a0", ".", "-", "/", "\u2013", "\u2212", "\t", "a", "x", ":", "\u200b", "\n", "😀"];
const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 80 }).map((p) => p.join(""));

describe("findDigitRuns gives the runs it gave before its scratch arrays", () => {
  it("on random strings of digits, separators and others", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findDigitRuns(t)).toEqual(findDigitRunsBefore(t));
      }),
      { numRuns: 20000 },
    );
  });
  it("on a long table (the scratch arrays grow and are let go) and after it", () => {
    const table = Array.from({ length: 600 }, (_, i) => String(i % 10)).join(" ");
    for (const t of [table, "call 415 555 0199", `${table} x (+44) 7700-900-123.`, "1 2 3 4", ""]) expect(findDigitRuns(t)).toEqual(findDigitRunsBefore(t));
  });
  it("keeps each run's arrays its own", () => {
    const runs: DigitRun[] = findDigitRuns("415 555 0199 and 020-7946-0958 and 12");
    expect(runs.map((r) => [r.groups, r.separators])).toEqual([[[3, 3, 4], [" ", " "]], [[3, 4, 4], ["-", "-"]], [[2], []]]);
  });
});
