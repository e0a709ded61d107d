import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { createError } from "../core/errors.js";

/*
 * One process per PGlite data directory. PGlite is an in-process PostgreSQL with no server to
 * arbitrate: two processes opening one directory both "succeed", each with its own view, and what one
 * writes the other never sees (or overwrites). So the directory holds a lock file naming its holder;
 * a second opener gets `data_dir_locked` naming that holder, and a lock left by a process that no
 * longer runs (kill -9, a crash, a container restart) is taken over.
 */

export const LOCK_FILE = "contactguard.lock";

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  /** What holds it (the command line), for the error message. */
  command: string;
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/** Directories this process holds: a second open in the same process is refused too (and pid reuse across restarts is told apart). */
const heldHere = new Set<string>();

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<LockHolder>;
    return typeof parsed.pid === "number" ? { pid: parsed.pid, host: String(parsed.host ?? ""), startedAt: String(parsed.startedAt ?? ""), command: String(parsed.command ?? "") } : null;
  } catch {
    return null; // half-written or unreadable: treated as stale
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the recorded holder still holds the directory. */
function isLive(holder: LockHolder, path: string): boolean {
  // Another machine (a shared volume): its pids mean nothing here, so the lock is respected.
  if (holder.host !== hostname()) return true;
  // Our own pid but not held by us: a previous run (a container's pid 1 is the same every start).
  if (holder.pid === process.pid) return heldHere.has(path);
  return isRunning(holder.pid);
}

const describe = (h: LockHolder) => `process ${h.pid} on ${h.host} (started ${h.startedAt}${h.command ? `: ${h.command}` : ""})`;

function tryCreate(path: string, me: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx", 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
  try {
    writeSync(fd, JSON.stringify(me) + "\n");
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Takes the lock of `dir` or throws `data_dir_locked` naming the process that holds it. */
export function lockDataDir(dir: string): DataDirLock {
  const path = join(dir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), command: process.argv.slice(1, 3).join(" ") };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (!heldHere.has(path) && tryCreate(path, me)) {
      heldHere.add(path);
      return { path, release: () => release(path, me) };
    }
    const holder = readHolder(path);
    if (holder && isLive(holder, path)) {
      throw createError("data_dir_locked", { reason: `the data directory ${dir} is in use by ${describe(holder)}; one process per DATA_DIR (stop it, or talk to it over HTTP, e.g. \`contactguard keys … --url\`)` });
    }
    // Stale: move it aside under a name of our own, so two processes taking over at once cannot both
    // delete a fresh lock; whoever renames second finds nothing and retries the create.
    const aside = `${path}.stale.${process.pid}`;
    try {
      renameSync(path, aside);
      unlinkSync(aside);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  }
  throw createError("data_dir_locked", { reason: `could not take the lock of ${dir} (${path}); another process keeps taking it` });
}

function release(path: string, me: LockHolder): void {
  if (!heldHere.delete(path)) return;
  // Remove only our own lock: never one a later process took over.
  const holder = readHolder(path);
  if (holder && holder.pid === me.pid && holder.startedAt === me.startedAt) {
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  }
}

// A normal exit (process.exit included) leaves no lock behind; kill -9 does, and the next opener takes it over.
process.on("exit", () => {
  for (const path of heldHere) {
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  }
});
