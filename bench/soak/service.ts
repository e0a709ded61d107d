import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/*
 * The service under soak as an operator runs it: `node bin/contactguard.js serve` in its own
 * process (so kill -9 is a real crash), on a PGlite data directory or a PostgreSQL schema.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = join(ROOT, "bin/contactguard.js");

export interface Store {
  kind: "pglite" | "postgres";
  /** The environment that points the service (and `keys create`) at this store. */
  env: NodeJS.ProcessEnv;
}

/** Resident set size of a process in MB, from /proc (Linux); null where that is unavailable. */
export function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

/** Creates an API key offline (before the service starts) and returns it. */
export function createKey(store: Store, role: "platform" | "reviewer"): string {
  const run = spawnSync(process.execPath, [BIN, "keys", "create", "--role", role, "--name", "soak"], { env: store.env, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`keys create failed (${run.status}): ${run.stderr}`);
  return run.stdout.trim().split("\n").pop()!;
}

export class ServiceProcess {
  private child: ChildProcess | null = null;
  /** Service stderr lines kept for the report (the last few only: it can be chatty under attack). */
  readonly stderrTail: string[] = [];

  constructor(
    private readonly store: Store,
    readonly port: number,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(readyTimeoutMs = 60_000): Promise<void> {
    const env = { ...this.store.env, PORT: String(this.port), HOST: "127.0.0.1" };
    const child = spawn(process.execPath, [BIN, "serve"], { env, stdio: ["ignore", "ignore", "pipe"] });
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
      this.stderrTail.push(...chunk.split("\n").filter(Boolean).map((l) => l.slice(0, 300)));
      if (this.stderrTail.length > 50) this.stderrTail.splice(0, this.stderrTail.length - 50);
    });
    this.child = child;
    const deadline = Date.now() + readyTimeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode} while starting: ${this.stderrTail.slice(-5).join(" | ")}`);
      try {
        if ((await fetch(`http://127.0.0.1:${this.port}/readyz`)).ok) return;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error(`service not ready within ${readyTimeoutMs} ms`);
  }

  /** A crash: SIGKILL, no chance to flush or close the store. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
  }

  /** A clean stop (SIGTERM), so the ledger can be opened afterwards. */
  async stop(timeoutMs = 30_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
}
