import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { createGuard, type Guard } from "../guard.js";
import type { PolicyPreset } from "../policy/preset.js";
import { DEFAULT_TIME_BUDGET_MS } from "./read.js";
import type { FileCheckRequest } from "./scan.js";
import type { FileCheckOutcome, PoolTask } from "./worker.js";
import type { CheckContext } from "../policy/context.js";
import type { CheckResult } from "../policy/engine.js";

/*
 * Documents and long texts are read and decided on worker threads (piscina), so a 300-page PDF,
 * an OCR pass or a 200 KB message never holds up the checks the main thread is serving. Each thread
 * keeps its own guard and OCR engine. A file that overruns its budget by more than the grace period
 * is stopped by terminating its thread, which also ends a parser stuck inside one call.
 *
 * Two lanes, each its own set of threads: files (seconds to minutes each, OCR) and long texts
 * (milliseconds each, linear-time detection). On one shared lane a 22 KB message waited for every
 * image queued before it (issue 16: 18.6 s behind six scans), so texts never queue behind files.
 */

export interface DocumentPoolOptions {
  preset?: PolicyPreset;
  /** File threads (default: cores − 1, at least 1). */
  threads?: number;
  /** Per-file time budget in ms (default 60 s). */
  timeBudgetMs?: number;
  /** Long-text threads (default 1: a long text takes milliseconds, so one thread keeps up). */
  textThreads?: number;
  /**
   * Milliseconds a long text may wait and run on its lane (default 5 s). Past it the text is decided
   * on the calling thread instead: slower for the event loop once, but the check is never lost.
   */
  textTimeBudgetMs?: number;
}

export interface DocumentPool {
  check(request: FileCheckRequest): Promise<FileCheckOutcome>;
  /** Detects and decides on a long text on the text lane (the context is already validated). */
  checkText(text: string, context: CheckContext): Promise<CheckResult>;
  close(): Promise<void>;
}

/** Time past the budget before the thread is terminated (the reader's own deadline checks come first). */
const HARD_STOP_GRACE_MS = 5_000;
export const DEFAULT_TEXT_TIME_BUDGET_MS = 5_000;

/** Tests run the TypeScript sources; threads always run the build, which `npm test` makes first. */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith(".ts") ? here.replace(/([\\/])src([\\/]documents[\\/])pool\.ts$/, "$1dist$2worker.js") : here.replace(/pool\.js$/, "worker.js");
}

/** One lane: its own threads and queue over the same worker file. */
function lane(threads: number, preset: PolicyPreset | undefined): Piscina {
  return new Piscina({
    filename: workerFile(),
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 30_000,
    // Threads finish async work (OCR engines) between tasks; blocking them on Atomics.wait would stall it.
    atomics: "disabled",
    workerData: { preset },
  });
}

const isTimeout = (err: unknown) => (err as Error).name === "AbortError" || (err as Error).name === "TimeoutError";

export function createDocumentPool(options: DocumentPoolOptions = {}): DocumentPool {
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const textBudget = options.textTimeBudgetMs ?? DEFAULT_TEXT_TIME_BUDGET_MS;
  const files = lane(options.threads ?? Math.max(1, availableParallelism() - 1), options.preset);
  const texts = lane(options.textThreads ?? 1, options.preset);
  // Built only if a text ever overruns its lane's budget.
  let fallback: Guard | undefined;
  const run = (target: Piscina, task: PoolTask, timeoutMs: number) => target.run(task, { signal: AbortSignal.timeout(timeoutMs) });
  return {
    async check(request) {
      const timeBudgetMs = request.timeBudgetMs ?? budget;
      try {
        return (await run(files, { kind: "file", ...request, timeBudgetMs }, timeBudgetMs + HARD_STOP_GRACE_MS)) as FileCheckOutcome;
      } catch (err) {
        if (isTimeout(err)) {
          return { ok: false, error: { code: "timeout", message: `the file took longer than ${Math.round(timeBudgetMs / 1000)} s to read and was stopped` } };
        }
        return { ok: false, error: { code: "internal_error", message: (err as Error).message } };
      }
    },
    async checkText(text, context) {
      try {
        return (await run(texts, { kind: "text", text, context }, textBudget)) as CheckResult;
      } catch (err) {
        if (!isTimeout(err)) throw err;
        // Detection is linear in the text, so deciding here is bounded; dropping the check would let the message through.
        fallback ??= createGuard(options.preset ? { preset: options.preset } : {});
        return fallback.check(text, context);
      }
    },
    async close() {
      await Promise.all([files.destroy(), texts.destroy()]);
    },
  };
}
