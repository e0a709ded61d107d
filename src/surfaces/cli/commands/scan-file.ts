import { once } from "node:events";
import { basename } from "node:path";
import type { Writable } from "node:stream";
import { createDocumentPool } from "../../../documents/pool.js";
import { fileScanOutput, type FileCheckRequest } from "../../../documents/scan.js";
import type { PolicyPreset } from "../../../policy/preset.js";

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
