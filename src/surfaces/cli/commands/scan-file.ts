import { once } from "node:events";
import { basename } from "node:path";
import type { Writable } from "node:stream";
import { createDocumentPool } from "../../../documents/pool.js";
import { fileScanOutput, type FileCheckRequest } from "../../../documents/scan.js";
import { ContextError, parseContext } from "../../../policy/context.js";
import { loadPresetFile, type PolicyPreset } from "../../../policy/preset.js";
import { takeOption, type CommandContext } from "../command.js";
import { USAGE } from "../usage.js";

export interface ScanFilesOptions {
  context?: unknown;
  preset?: PolicyPreset;
  threads?: number;
  timeBudgetMs?: number;
  ocr?: boolean;
}

/**
 * `scan-file`: one JSON line per file, in the order given. Files are read in parallel on the
 * document pool; a file that cannot be read yields its error line and the others go on.
 */
export async function scanFiles(paths: string[], output: Writable, options: ScanFilesOptions = {}): Promise<{ scanned: number; failed: number }> {
  const pool = createDocumentPool({ preset: options.preset, threads: options.threads, timeBudgetMs: options.timeBudgetMs });
  let failed = 0;
  try {
    const pending = paths.map((path) => {
      const request: FileCheckRequest = { path, name: basename(path), context: options.context, ...(options.ocr === false ? { limits: { ocr: false } } : {}) };
      return pool.check(request);
    });
    for (const [i, outcome] of pending.entries()) {
      const file = paths[i]!;
      const done = await outcome;
      if (!done.ok) failed++;
      const line = done.ok ? fileScanOutput(file, done.check) : { file, error: done.error };
      if (!output.write(JSON.stringify(line) + "\n")) await once(output, "drain");
    }
  } finally {
    await pool.close();
  }
  return { scanned: paths.length - failed, failed };
}

/** `--context JSON`, validated as a check context for an attachment (errors name the field). */
function parseContextOption(json: string | undefined): object | Error {
  if (json === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return new Error(`--context is not valid JSON: ${(err as Error).message}`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return new Error("--context must be a JSON object");
  try {
    parseContext({ surface: "attachment", ...value });
  } catch (err) {
    if (err instanceof ContextError) return err;
    throw err;
  }
  return value;
}

/** `contactguard scan-file FILE... [--context JSON] [--policy FILE] [--no-ocr] [--time-budget SECONDS]`: exit 2 on bad options. */
export async function scanFileCommand({ args }: CommandContext): Promise<number> {
  const contextJson = takeOption(args, "--context");
  const presetPath = takeOption(args, "--policy");
  const budget = takeOption(args, "--time-budget");
  const threads = takeOption(args, "--threads");
  const noOcr = args.includes("--no-ocr");
  const paths = args.filter((a) => a !== "--no-ocr");
  if (paths.length === 0) {
    process.stderr.write(`contactguard: scan-file needs at least one FILE\n\n${USAGE}`);
    return 2;
  }
  const context = parseContextOption(contextJson);
  if (context instanceof Error) {
    process.stderr.write(`contactguard: ${context.message}\n`);
    return 2;
  }
  if (budget !== undefined && !(Number(budget) > 0)) {
    process.stderr.write("contactguard: --time-budget must be a number of seconds greater than 0\n");
    return 2;
  }
  await scanFiles(paths, process.stdout, {
    context,
    ...(presetPath ? { preset: loadPresetFile(presetPath) } : {}),
    ...(budget ? { timeBudgetMs: Number(budget) * 1000 } : {}),
    ...(threads ? { threads: Math.max(1, Number(threads) | 0) } : {}),
    ocr: !noOcr,
  });
  return 0;
}
