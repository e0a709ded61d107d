import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/*
 * Issue 21, start-up: `scan` loads the engine (and builds its tables) with the first line, so an empty input,
 * --help or a refused option cost a Node start and the CLI's own few modules. Which modules a run loads is
 * what is tested (a timing would be noise here); the loader hook writes them down.
 */

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "cg-startup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function loaded(args: string[], input: string): { modules: string[]; stdout: string; status: number | null } {
  const log = join(dir, `imports-${n++}.txt`);
  const r = spawnSync(process.execPath, ["--import", "./test/helpers/log-imports.mjs", "bin/contactguard.js", ...args], {
    cwd: ROOT,
    input,
    env: { ...process.env, LOG_IMPORTS_TO: log },
  });
  let modules: string[] = [];
  try {
    modules = readFileSync(log, "utf8").split("\n").filter(Boolean);
  } catch {
    // nothing loaded through the hook
  }
  return { modules, stdout: String(r.stdout), status: r.status };
}

const engine = (modules: string[]) => modules.filter((u) => /\/dist\/(recognizers|detect|normalize|locale)\//.test(u));

describe("scan start-up", () => {
  it("an empty input loads none of the engine", () => {
    const run = loaded(["scan"], "");
    expect(run.status).toBe(0);
    expect(run.modules.some((u) => u.endsWith("/dist/surfaces/cli/commands/scan.js"))).toBe(true);
    expect(engine(run.modules)).toEqual([]);
  });

  it("the first line loads it, and the answer is the engine's", () => {
    const run = loaded(["scan"], `${JSON.stringify({ id: "a", text: "call 415 555 0199" })}\n`);
    expect(run.status).toBe(0);
    expect(engine(run.modules).length).toBeGreaterThan(10);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: "a", violation: true, findings: [{ type: "phone", start: 5, end: 17 }] });
  });

  it("a refused option never loads it", () => {
    const run = loaded(["scan", "--region", "XX"], "");
    expect(run.status).toBe(2);
    expect(engine(run.modules)).toEqual([]);
  });
});
