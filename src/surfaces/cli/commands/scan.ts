import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import type { Command } from "../command.js";
import { EXIT } from "../exit.js";
import { LineSplitter } from "../line-splitter.js";
import { createProgress, wantsProgress } from "../progress.js";
import type { SCAN } from "../table.js";
import { policyValue, regionValue } from "../values.js";
import type { ScanOptions } from "./scan-line.js";

export type { ErrorLine, ScanOptions } from "./scan-line.js";

/** What a `scan` run did: lines answered, how many were error lines (and the first one's number), how many violations. */
export interface ScanSummary {
  answered: number;
  errors: number;
  firstErrorLine: number | undefined;
  violations: number;
}

/*
 * Answers go out in blocks of about this many characters, not one write per line: one synchronous write
 * per line cost 440 ms of a 22,000-line scan (performance.md §1.4). The block is also written whenever
 * the input pauses (every chunk read is answered before the next is awaited), so a caller that sends
 * one line and waits for its answer gets it at once.
 */
const BLOCK = 64 * 1024;

/** JSON Lines in, JSON Lines out, in order (constant memory on any input: one chunk and one block at a time). */
export async function scan(input: Readable, output: Writable, options: ScanOptions = {}): Promise<ScanSummary> {
  const splitter = new LineSplitter();
  const summary: ScanSummary = { answered: 0, errors: 0, firstErrorLine: undefined, violations: 0 };
  let lineNumber = 0;
  // The engine is loaded with the first line (scan-line.ts says why).
  let lineModule: typeof import("./scan-line.js") | undefined;
  let lineOptions = options;
  let block = "";

  const flush = async (): Promise<void> => {
    if (block === "") return;
    const ok = output.write(block);
    block = "";
    if (!ok) await once(output, "drain");
  };

  const answer = async (lines: string[]): Promise<void> => {
    for (const line of lines) {
      lineNumber++;
      if (line.trim() === "") continue;
      if (!lineModule) {
        lineModule = await import("./scan-line.js");
        if (!options.guard && options.preset) lineOptions = { ...options, guard: lineModule.guardFor(options.preset) };
      }
      const answered = lineModule.scanLineJson(line, lineOptions);
      if (answered.error) {
        // The line number goes next to the id: an unparsable line has no id to find it by.
        const { id, error } = answered.error;
        block += JSON.stringify({ id, line: lineNumber, error }) + "\n";
        summary.errors++;
        summary.firstErrorLine ??= lineNumber;
      } else {
        block += answered.json + "\n";
        if (answered.violation) summary.violations++;
      }
      summary.answered++;
      options.progress?.tick();
      if (block.length >= BLOCK) await flush();
    }
  };

  for await (const chunk of input) {
    await answer(splitter.push(chunk as Buffer | string));
    // The input may pause here (a caller waiting for this answer): what is answered goes out now.
    await flush();
  }
  await answer(splitter.end());
  await flush();
  return summary;
}

/**
 * `contactguard scan [--policy FILE] [--region CC] [--fail-on-violation] [--exit-zero]`: JSON Lines on
 * stdin → one decision (or error line) per line on stdout. Its verdicts and its refusals are in the
 * lines, so a run that answered every line exits 0 whatever they say: the scorer in ../shared/eval
 * treats any other exit as a broken scanner, and one odd line among thousands must not void a whole
 * pipeline's output. --fail-on-violation makes a violation exit 1 and lines that could not be decided
 * exit 2 (a refusal is then an input error, as in `check`).
 */
export const scanCommand: Command<typeof SCAN> = async ({ values }) => {
  const preset = await policyValue(values.policy);
  const region = await regionValue(values.region);
  if (process.stdin.isTTY) process.stderr.write("contactguard scan: reading JSON Lines from stdin (end with Ctrl-D)\n");
  const progress = createProgress({ stream: process.stderr, isTTY: wantsProgress(), unit: "lines" });
  let summary;
  try {
    // The guard is made when the first line arrives (scan-line.ts): an empty input never builds the engine's tables.
    summary = await scan(process.stdin, process.stdout, { ...(preset ? { preset } : {}), ...(region ? { region } : {}), progress });
  } finally {
    progress.done();
  }
  if (summary.errors) {
    const s = summary.errors === 1 ? "" : "s";
    process.stderr.write(`contactguard scan: ${summary.errors} of ${summary.answered} line${summary.answered === 1 ? "" : "s"} could not be decided (error line${s}; the first is line ${summary.firstErrorLine})\n`);
  }
  if (values["exit-zero"] || !values["fail-on-violation"]) return EXIT.ok;
  if (summary.errors) return EXIT.usage;
  return summary.violations ? EXIT.found : EXIT.ok;
};
