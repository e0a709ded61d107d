import { afterAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { openDb } from "../../src/ledger/db.js";
import { LOCK_FILE } from "../../src/ledger/data-dir-lock.js";

const run = promisify(execFile);
const TSX = new URL("../../node_modules/.bin/tsx", import.meta.url).pathname;
const OPENER = new URL("./fixtures/open-db.ts", import.meta.url).pathname;

/** Opens `dir` in another process; its answer as JSON. */
async function openElsewhere(dir: string): Promise<{ ok: boolean; code?: string; message?: string }> {
  const { stdout } = await run(TSX, [OPENER, dir], { timeout: 60_000 });
  return JSON.parse(stdout.trim().split("\n").pop()!);
}

describe("one process per PGlite data directory (issue 16, defect 4)", () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const d = mkdtempSync(join(tmpdir(), "cg-lock-"));
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("a second process opening the same DATA_DIR gets data_dir_locked, naming the holder", async () => {
    const dir = freshDir();
    const db = await openDb({ dataDir: dir });
    try {
      const lock = JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8"));
      expect(lock).toMatchObject({ pid: process.pid, host: hostname() });
      expect(typeof lock.startedAt).toBe("string");
      const other = await openElsewhere(dir);
      expect(other.ok).toBe(false);
      expect(other.code).toBe("data_dir_locked");
      expect(other.message).toContain(`process ${process.pid}`);
    } finally {
      await db.close();
    }
    // Released on close: the next process opens it.
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect(await openElsewhere(dir)).toEqual({ ok: true });
  }, 120_000);

  it("a second open in the same process is refused too", async () => {
    const dir = freshDir();
    const db = await openDb({ dataDir: dir });
    try {
      await expect(openDb({ dataDir: dir })).rejects.toMatchObject({ code: "data_dir_locked" });
    } finally {
      await db.close();
    }
  }, 60_000);

  it("a stale lock from a dead pid is taken over", async () => {
    const dir = freshDir();
    // A pid that ran and is gone: the child's own, after it exited.
    const { stdout } = await run(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: Number(stdout), host: hostname(), startedAt: "2020-01-01T00:00:00.000Z", command: "killed" }));
    const db = await openDb({ dataDir: dir });
    try {
      expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    } finally {
      await db.close();
    }
  }, 60_000);
});
