import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { PolicyPreset } from "../policy/preset.js";
import { DEFAULT_TIME_BUDGET_MS } from "./read.js";
import type { FileCheckRequest } from "./scan.js";
import type { FileCheckOutcome } from "./worker.js";
import type { CheckContext } from "../policy/context.js";
import type { CheckResult } from "../policy/engine.js";

/*
 * Documents and long texts are read and decided on worker threads (piscina), so a 300-page PDF,
 * an OCR pass or a 200 KB message never holds up the checks the main thread is serving. Each thread keeps its own guard and OCR
 * engine. A file that overruns its budget by more than the grace period is stopped by terminating
 * its thread, which also ends a parser stuck inside one call.
 */

export interface DocumentPoolOptions {
  preset?: PolicyPreset;
  /** Threads (default: cores − 1, at least 1). */
  threads?: number;
  /** Per-file time budget in ms (default 60 s). */
  timeBudgetMs?: number;
}

export interface DocumentPool {
  check(request: FileCheckRequest): Promise<FileCheckOutcome>;
  /** Detects and decides on a long text on a pool thread (the context is already validated). */
  checkText(text: string, context: CheckContext): Promise<CheckResult>;
  close(): Promise<void>;
}

/** Time past the budget before the thread is terminated (the reader's own deadline checks come first). */
const HARD_STOP_GRACE_MS = 5_000;

/** Tests run the TypeScript sources; threads always run the build, which `npm test` makes first. */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith(".ts") ? here.replace(/([\\/])src([\\/]documents[\\/])pool\.ts$/, "$1dist$2worker.js") : here.replace(/pool\.js$/, "worker.js");
}

export function createDocumentPool(options: DocumentPoolOptions = {}): DocumentPool {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 30_000,
    // Threads finish async work (OCR engines) between tasks; blocking them on Atomics.wait would stall it.
    atomics: "disabled",
    workerData: { preset: options.preset },
  });
  return {
    async check(request) {
      const timeBudgetMs = request.timeBudgetMs ?? budget;
      try {
        return (await pool.run({ kind: "file", ...request, timeBudgetMs }, { signal: AbortSignal.timeout(timeBudgetMs + HARD_STOP_GRACE_MS) })) as FileCheckOutcome;
      } catch (err) {
        if ((err as Error).name === "AbortError" || (err as Error).name === "TimeoutError") {
          return { ok: false, error: { code: "timeout", message: `the file took longer than ${Math.round(timeBudgetMs / 1000)} s to read and was stopped` } };
        }
        return { ok: false, error: { code: "internal_error", message: (err as Error).message } };
      }
    },
    checkText: (text, context) => pool.run({ kind: "text", text, context }) as Promise<CheckResult>,
    close: () => pool.destroy(),
  };
}
