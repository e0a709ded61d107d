import { afterAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ServiceConfig } from "../../../src/runtime/config.js";
import { createService, type Service } from "../../../src/surfaces/http/server.js";

/*
 * Issue 16, defect 4: `contactguard keys create` against a running PGlite service used to open the
 * data directory a second time — the key was printed, then refused (401) and gone after a restart.
 * Now the CLI works offline when no service holds the directory, says to use --url when one does,
 * and works through the service's admin route with --url.
 */

const ROOT = new URL("../../../", import.meta.url).pathname;
const TSX = join(ROOT, "node_modules/.bin/tsx");
// The CLI as the bin runs it, from the sources (the bin itself runs dist/).
const CLI = 'import("./src/surfaces/cli/main.ts").then((m) => m.main(process.argv.slice(1))).then((c) => { process.exitCode = c; })';

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, ["-e", CLI, ...args], { cwd: ROOT, env: { ...process.env, CONTACTGUARD_ADMIN_KEY: "", ...env }, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}
const lastLine = (s: string) => s.trim().split("\n").pop()!;

describe("contactguard keys create|list|revoke", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "cg-cli-keys-"));
  const env = { DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "silent" };
  let service: Service | undefined;
  afterAll(async () => {
    await service?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  let adminKey = "";
  let adminId = "";

  it("offline, with no service holding DATA_DIR: create and list in the ledger itself", async () => {
    const created = await cli(["keys", "create", "--role", "admin", "--name", "ops"], env);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    adminKey = lastLine(created.stdout);
    expect(adminKey).toMatch(/^cg_admin_/);
    adminId = /key (\S+) \(pglite/.exec(created.stdout)![1]!;
    const list = await cli(["keys", "list"], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(adminId);
    expect(list.stdout).toMatch(/admin\s+active/);
    expect(list.stdout).not.toContain(adminKey);
  }, 240_000);

  it("while a service holds DATA_DIR: offline is refused (data_dir_locked, use --url); through --url it works, and a revoke is at once", async () => {
    service = await createService(ServiceConfig.parse({ dataDir, logLevel: "silent", rateLimitPerMinute: 1_000_000 }));
    await service.app.listen({ port: 0, host: "127.0.0.1" });
    const address = service.app.server.address();
    const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

    const offline = await cli(["keys", "create", "--role", "platform"], env);
    // A failure of the run (exit 3), one message, no stack.
    expect(offline.code).toBe(3);
    expect(offline.stderr).toMatch(/^contactguard keys create: /);
    expect(offline.stderr).not.toMatch(/\n\s+at /);
    expect(offline.stderr).toContain(`in use by process ${process.pid}`);
    expect(offline.stderr).toContain("--url");

    // The admin key from the environment, as an operator would keep it.
    const created = await cli(["keys", "create", "--role", "platform", "--name", "acme", "--url", url], { ...env, CONTACTGUARD_ADMIN_KEY: adminKey });
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const platformKey = lastLine(created.stdout);
    const platformId = /key (\S+) \(via/.exec(created.stdout)![1]!;
    const check = () => service!.app.inject({ method: "POST", url: "/v1/check", headers: { authorization: `Bearer ${platformKey}` }, payload: { text: "hello" } });
    expect((await check()).statusCode).toBe(200);

    const list = await cli(["keys", "list", "--url", url, "--key", adminKey], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(platformId);
    expect(list.stdout).toContain(adminId);

    const revoked = await cli(["keys", "revoke", platformId, "--url", url, "--key", adminKey], env);
    expect(revoked.stderr).toBe("");
    expect(revoked.code).toBe(0);
    expect((await check()).statusCode).toBe(401);

    // A wrong admin key is refused by the service, and said so.
    const wrong = await cli(["keys", "list", "--url", url, "--key", "cg_admin_wrong"], env);
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toContain("401");
  }, 480_000);

  it("offline again once the service stopped: the key made through the service is there, and revoked", async () => {
    await service!.close();
    service = undefined;
    const list = await cli(["keys", "list"], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/platform\s+revoked/);
    expect(list.stdout).toContain("acme");
    const revoke = await cli(["keys", "revoke", adminId], env);
    expect(revoke.code).toBe(0);
    expect(revoke.stdout).toContain(`revoked admin key ${adminId}`);
  }, 240_000);
});
