import { once } from "node:events";
import { basename } from "node:path";
import type { Writable } from "node:stream";
import { createDocumentPool } from "../../../documents/pool.js";
import { fileScanOutput, type FileCheckRequest } from "../../../documents/scan.js";
import { ContextError, parseContext } from "../../../policy/context.js";
import type { PolicyPreset } from "../../../policy/preset.js";
import { UsageError, type Command } from "../command.js";
import { EXIT } from "../exit.js";
import { createProgress, wantsProgress, type Progress } from "../progress.js";
import type { SCAN_FILE } from "../table.js";
import { contextValue, numberValue, policyValue, regionValue } from "../values.js";

export interface ScanFilesOptions {
  context?: unknown;
  preset?: PolicyPreset;
  threads?: number;
  timeBudgetMs?: number;
  ocr?: boolean;
  /** Told of every file done (`scan-file` draws it on a terminal's stderr). */
  progress?: Progress;
  /** Told of each file that could not be read (its error line is in the output too). */
  onUnreadable?: (file: string, message: string) => void;
}

/**
 * `scan-file`: one JSON line per file, in the order given. Files are read in parallel on the
 * document pool; a file that cannot be read yields its error line and the others go on.
 */
export async function scanFiles(paths: string[], output: Writable, options: ScanFilesOptions = {}): Promise<{ scanned: number; failed: number; violations: number }> {
  const pool = createDocumentPool({ preset: options.preset, threads: options.threads, timeBudgetMs: options.timeBudgetMs });
  let failed = 0;
  let violations = 0;
  try {
    const pending = paths.map((path) => {
      const request: FileCheckRequest = { path, name: basename(path), context: options.context, ...(options.ocr === false ? { limits: { ocr: false } } : {}) };
      return pool.check(request);
    });
    for (const [i, outcome] of pending.entries()) {
      const file = paths[i]!;
      const done = await outcome;
      if (!done.ok) {
        failed++;
        options.onUnreadable?.(file, done.error.message);
      }
      else if (done.check.result.violation) violations++;
      options.progress?.tick();
      const line = done.ok ? fileScanOutput(file, done.check) : { file, error: done.error };
      if (!output.write(JSON.stringify(line) + "\n")) await once(output, "drain");
    }
  } finally {
    await pool.close();
  }
  return { scanned: paths.length - failed, failed, violations };
}

/** `--context JSON` (and `--region`), validated as a check context for an attachment (errors name the field). */
function attachmentContext(json: string | undefined, region: string | undefined): object {
  const value = { ...contextValue(json), ...(region ? { region } : {}) };
  try {
    parseContext({ surface: "attachment", ...value });
  } catch (err) {
    if (err instanceof ContextError) throw new UsageError(err.message);
    throw err;
  }
  return value;
}

/**
 * `contactguard scan-file FILE... [--context JSON] [--policy FILE] [--region CC] [--no-ocr]
 * [--time-budget SECONDS] [--threads N] [--exit-zero]`: exit 1 when a file holds a violation, 2 when a
 * file could not be read (its error line says why; the others are still read).
 */
export const scanFileCommand: Command<typeof SCAN_FILE> = async ({ values, positionals: paths }) => {
  const budget = numberValue("time-budget", values["time-budget"]);
  const threads = numberValue("threads", values.threads, { integer: true });
  const context = attachmentContext(values.context, await regionValue(values.region));
  const preset = await policyValue(values.policy);
  const progress = createProgress({ stream: process.stderr, isTTY: wantsProgress(), unit: "files", total: paths.length });
  let result;
  try {
    result = await scanFiles(paths, process.stdout, {
      context,
      ...(preset ? { preset } : {}),
      ...(budget ? { timeBudgetMs: budget * 1000 } : {}),
      ...(threads ? { threads } : {}),
      ocr: !values["no-ocr"],
      progress,
      // Said on stderr too, one line a file: the JSON lines on stdout may be going to a file.
      onUnreadable: (file, message) => progress.print(`contactguard scan-file: cannot read ${file}: ${message}\n`),
    });
  } finally {
    progress.done();
  }
  if (values["exit-zero"]) return EXIT.ok;
  if (result.failed) return EXIT.usage;
  return result.violations ? EXIT.found : EXIT.ok;
};
