import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Reporter, TestModule } from "vitest/node";

/*
 * A watchdog for the whole run, in vitest's main process.
 *
 * Vitest times out tests and hooks with timers inside the worker, so a worker whose event loop never
 * comes back (a synchronous loop) or a file stuck before its first test (collection has no timeout)
 * holds the run forever, silently: CI then dies at its own limit with nothing to read. This reporter
 * notices a test file that has run longer than FILE_LIMIT_MS, opens its worker's inspector (SIGUSR1;
 * V8 answers the DevTools protocol by interrupts, so even a busy loop can be paused) and prints the
 * file with the worker's JavaScript stack and active resources (stack-of.mjs), then kills the worker,
 * which ends the run as failed (vitest reports the lost worker) minutes after the hang, not at CI's limit. (Node's --report-on-signal cannot do
 * this: its report waits for the event loop that a busy loop never gives back.)
 */

const FILE_LIMIT_MS = Number(process.env.TEST_FILE_LIMIT_MS ?? 10 * 60_000);
const STACK_OF = fileURLToPath(new URL("./stack-of.mjs", import.meta.url));

interface Running {
  startedAt: number;
}

/** Pids of this process's children (the fork pool's workers), from /proc. */
function childPids(): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces: the ppid is the 2nd field after it.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === process.pid) out.push(Number(entry));
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

function isWorker(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("vitest");
  } catch {
    return false;
  }
}

function stackOf(pid: number): Promise<string> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--experimental-websocket", "--no-warnings", STACK_OF, String(pid)], { timeout: 15_000 }, (err, stdout) => resolve(stdout.trimEnd() || String(err)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export default class WatchdogReporter implements Reporter {
  private readonly running = new Map<string, Running>();
  private timer?: NodeJS.Timeout;

  onInit(): void {
    this.timer = setInterval(() => void this.check(), 15_000);
    this.timer.unref();
  }

  onTestModuleQueued(module: TestModule): void {
    this.running.set(module.moduleId, { startedAt: Date.now() });
  }

  onTestModuleEnd(module: TestModule): void {
    this.running.delete(module.moduleId);
  }

  onTestRunEnd(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async check(): Promise<void> {
    const now = Date.now();
    for (const [file, entry] of this.running) {
      if (now - entry.startedAt < FILE_LIMIT_MS) continue;
      this.running.delete(file);
      const minutes = ((now - entry.startedAt) / 60_000).toFixed(1);
      const lines = [`\n[watchdog] ${file} has run for ${minutes} min (limit ${FILE_LIMIT_MS / 60_000} min); its worker's stack:`];
      // With one worker per file (isolate), the stuck file's worker is a child still alive; with
      // several files at once every worker is shown and ended (the others fail, named, too).
      const workers = childPids().filter(isWorker);
      for (const pid of workers) {
        try {
          process.kill(pid, "SIGUSR1");
          await sleep(1_000);
          lines.push(`[watchdog] worker ${pid}:`, await stackOf(pid));
        } catch (err) {
          lines.push(`[watchdog] worker ${pid}: ${String(err)}`);
        }
      }
      process.stderr.write(lines.join("\n") + "\n");
      for (const pid of workers) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          /* already gone */
        }
      }
      // Vitest fails the run on the lost worker; should it wait on something else instead, end it here.
      setTimeout(() => process.exit(1), 60_000).unref();
    }
  }
}
