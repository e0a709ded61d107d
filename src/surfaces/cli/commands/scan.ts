import { once } from "node:events";
import { setFlagsFromString } from "node:v8";
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

/*
 * V8's tier-up budget for the `scan` process only (never the library: nothing else sets it). A scan is one
 * cold pass over its input, and the engine is a lot of code (the recognizers, their tables, libphonenumber-js):
 * with V8's default budget (--interrupt-budget=67584) TurboFan compiled about 1,000 functions on
 * little type feedback and threw about 160 of them away again (deopts: unseen maps and branches), so
 * the first pass over the 9 MB corpus cost about twice a warm one, a third of it on the compiler
 * threads. A larger budget optimizes each hot function later, once, with fuller feedback. Measured on the
 * 9 MB corpus (whole-process CPU, alternated pairs, median of pair ratios, noisy 2-core machine, 2026-12-08):
 * 300k 0.86–0.87×, 600k 0.90×, 1.2M 0.81×, 2.4M 0.90×, 4.8M 0.95× of the default's CPU; --no-turbo-inlining
 * 0.98×, with 1.2M and --max-inlined-bytecode-size-cumulative=300 0.83×; --max-semi-space-size=32 1.05×.
 * The same corpus three times over (27 MB): 0.957× (3 pairs). The price is the warm rate: in one process,
 * guard.check over the corpus, later passes cost about 1.07× (second) and 1.1–1.15× (third) of the default's,
 * also when the budget is put back after the first pass; the first pass costs about 0.8×. So a scan gains up
 * to a few tens of MB and a long-running `scan` filter loses up to about a tenth at steady state.
 * Set before the engine loads (the first line loads it), so its functions count with this budget; the
 * flag changes only when code is optimized, never what it computes.
 */
export const SCAN_INTERRUPT_BUDGET = 1_200_000;

/**
 * `contactguard scan [--policy FILE] [--region CC] [--fail-on-violation] [--exit-zero]`: JSON Lines on
 * stdin → one decision (or error line) per line on stdout. Its verdicts and its refusals are in the
 * lines, so a run that answered every line exits 0 whatever they say: the scorer in ../shared/eval
 * treats any other exit as a broken scanner, and one odd line among thousands must not void a whole
 * pipeline's output. --fail-on-violation makes a violation exit 1 and lines that could not be decided
 * exit 2 (a refusal is then an input error, as in `check`).
 */
export const scanCommand: Command<typeof SCAN> = async ({ values }) => {
  setFlagsFromString(`--interrupt-budget=${SCAN_INTERRUPT_BUDGET}`);
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
