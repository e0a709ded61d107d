import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServiceConfig } from "../../src/runtime/config.js";
import { createApiKey } from "../../src/runtime/keys.js";
import { marketplace } from "../../examples/marketplace/server/index.js";
import { demoSwitch } from "../../examples/marketplace/switch.js";
import { createService, type Service } from "../../src/surfaces/http/server.js";
import { ROOT } from "./harness.js";

/*
 * Issue 16, defect 2: the demo console trusted an unsigned cookie, so `cg_demo_user=demo-reviewer`
 * read the whole decision log and overturned an appeal created through /v1. Sessions are now
 * signed; a forged, unsigned or re-signed cookie is no session at all. And the demo is mounted
 * only when asked for, on 127.0.0.1 unless HOST says otherwise.
 */

const auth = (key: string) => ({ authorization: `Bearer ${key}` });

describe("demo marketplace sessions", () => {
  let service: Service;
  let dataDir: string;
  let appealId: string;
  const keys = { platform: "", reviewer: "" };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cg-demo-session-"));
    service = await createService(ServiceConfig.parse({ dataDir, logLevel: "silent", rateLimitPerMinute: 1_000_000 }), { extend: marketplace() });
    keys.platform = (await createApiKey(service.repo, "platform")).key;
    keys.reviewer = (await createApiKey(service.repo, "reviewer")).key;
    // An appeal a platform made through the guard's own API, not through the marketplace.
    const check = await service.app.inject({ method: "POST", url: "/v1/check", headers: auth(keys.platform), payload: { text: "call me at (415) 555-0199", context: { sender: { id: "v1-user", role: "freelancer" } } } });
    expect(check.json()).toMatchObject({ violation: true });
    const violationId = (await service.app.inject({ method: "GET", url: "/v1/accounts/v1-user/violations", headers: auth(keys.reviewer) })).json().violations[0].id as string;
    const appeal = await service.app.inject({ method: "POST", url: `/v1/violations/${violationId}/appeal`, headers: auth(keys.platform), payload: { reason: "my office line" } });
    expect(appeal.statusCode).toBeLessThan(300);
    appealId = (appeal.json() as { id: string }).id;
    expect(appealId).toBeTruthy();
  }, 120_000);
  afterAll(async () => {
    await service?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string, cookie?: string) => service.app.inject({ method: "GET", url: `/app/api${url}`, headers: cookie ? { cookie } : {} });
  const overturn = (cookie?: string) =>
    service.app.inject({ method: "POST", url: `/app/api/console/appeals/${appealId}/resolve`, headers: cookie ? { cookie } : {}, payload: { outcome: "overturned", note: "forged" } });
  /** The cookie the user switcher's sign-in sets. */
  const signIn = async (userId: string) => {
    const res = await service.app.inject({ method: "POST", url: "/app/api/session", payload: { userId } });
    expect(res.statusCode).toBe(200);
    return String(res.headers["set-cookie"]).split(";")[0]!;
  };
  const CONSOLE_READS = ["/console/decisions", "/console/review-queue", "/console/appeals", "/console/accounts", "/console/accounts/v1-user", "/console/stats/decisions-per-day"];

  /** Cookies that name a user without a valid signature, each the way an attacker would try. */
  async function forgedCookies(): Promise<string[]> {
    const signedFreelancer = (await signIn("demo-freelancer")).split("=")[1]!;
    const mac = signedFreelancer.slice(signedFreelancer.lastIndexOf(".") + 1);
    const otherSecret = createHmac("sha256", randomBytes(32)).update("cg_demo_user:demo-reviewer").digest("base64url");
    return [
      "cg_demo_user=demo-reviewer", // unsigned, as in the report
      `cg_demo_user=demo-reviewer.${mac}`, // another user's signature
      `cg_demo_user=demo-reviewer.${otherSecret}`, // signed with a secret that is not the service's
      "cg_demo_user=demo-reviewer.", // empty signature
      `cg_demo_user=demo-reviewer.${"A".repeat(43)}`, // a well-formed but wrong signature
    ];
  }

  it("a forged or unsigned reviewer cookie reads nothing from the ledger", async () => {
    for (const cookie of await forgedCookies()) {
      for (const url of CONSOLE_READS) {
        const res = await get(url, cookie);
        expect([401, 403], `${cookie} ${url}`).toContain(res.statusCode);
        expect(res.body).not.toContain("555-0199");
      }
      expect((await get("/me", cookie)).json().user, cookie).toBeNull();
      expect([401, 403]).toContain((await get("/account", cookie)).statusCode);
    }
  });

  it("a forged cookie cannot overturn an appeal made through /v1", async () => {
    for (const cookie of await forgedCookies()) expect([401, 403], cookie).toContain((await overturn(cookie)).statusCode);
    const appeals = (await service.app.inject({ method: "GET", url: "/v1/appeals", headers: auth(keys.reviewer) })).json().items as Array<{ id: string; status: string }>;
    expect(appeals.find((a) => a.id === appealId)?.status).toBe("pending");
    expect((await service.repo.standing("v1-user")).activeViolations).toBe(1);
  });

  it("a signed session works, for the user it names only", async () => {
    const reviewer = await signIn("demo-reviewer");
    expect(reviewer).toMatch(/^cg_demo_user=demo-reviewer\.[A-Za-z0-9_-]{43}$/);
    for (const url of CONSOLE_READS) expect((await get(url, reviewer)).statusCode, url).toBe(200);
    expect((await get("/me", reviewer)).json().user.id).toBe("demo-reviewer");
    const freelancer = await signIn("demo-freelancer");
    expect((await get("/console/decisions", freelancer)).statusCode).toBe(403);
    // Signing out clears the cookie.
    const out = await service.app.inject({ method: "DELETE", url: "/app/api/session", headers: { cookie: reviewer } });
    expect(String(out.headers["set-cookie"])).toMatch(/^cg_demo_user=; .*Max-Age=0/);
  });

  it("the same secret survives a restart (a data dir keeps its sessions)", async () => {
    const reviewer = await signIn("demo-reviewer");
    await service.close();
    service = await createService(ServiceConfig.parse({ dataDir, logLevel: "silent", rateLimitPerMinute: 1_000_000 }), { extend: marketplace() });
    expect((await get("/console/decisions", reviewer)).statusCode).toBe(200);
  }, 120_000);
});

describe("the demo switch (examples/marketplace/start.ts)", () => {
  it("mounts the marketplace only when asked for", () => {
    expect(demoSwitch({}, []).mount).toBe(false);
    expect(demoSwitch({ MARKETPLACE: "off" }, ["--marketplace"]).mount).toBe(false);
    expect(demoSwitch({ MARKETPLACE: "on" }, []).mount).toBe(true);
    expect(demoSwitch({}, ["--marketplace"]).mount).toBe(true);
    expect(demoSwitch({ MARKETPLACE: "maybe" }, []).mount).toBe(false);
  });

  it("binds the demo to 127.0.0.1 unless HOST is set", () => {
    expect(demoSwitch({ MARKETPLACE: "on" }, []).env.HOST).toBe("127.0.0.1");
    expect(demoSwitch({ MARKETPLACE: "on", HOST: "0.0.0.0" }, []).env.HOST).toBe("0.0.0.0");
    // Without the demo, the guard API alone keeps the service's own default.
    expect(demoSwitch({}, []).env.HOST).toBeUndefined();
  });

  it("`npm start` asks for the demo explicitly", async () => {
    const pkg = (await import("../../package.json", { with: { type: "json" } })).default as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toMatch(/--marketplace\b/);
  });
});

describe("the service without the demo", () => {
  it("has no marketplace routes", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "cg-demo-off-"));
    const service = await createService(ServiceConfig.parse({ dataDir, logLevel: "silent" }), {});
    try {
      for (const url of ["/app/api/console/decisions", "/app/api/users", "/console"]) {
        expect((await service.app.inject({ method: "GET", url, headers: { cookie: "cg_demo_user=demo-reviewer" } })).statusCode, url).toBe(404);
      }
    } finally {
      await service.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

/*
 * start.ts itself, as `npm start` runs it: the built script in a child process on a free port. The
 * build is what `npm test` makes first; a bare `vitest run` makes it here when it is missing.
 */
describe("examples/marketplace/start.ts", () => {
  const START = join(ROOT, "examples/marketplace/dist/start.js");
  const children: ChildProcess[] = [];
  const dirs: string[] = [];
  afterAll(() => {
    for (const c of children) c.kill("SIGTERM");
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  function ensureBuilt(): void {
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    if (!existsSync(join(ROOT, "dist/server.js"))) execFileSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.build.json")], { stdio: "ignore" });
    if (!existsSync(START)) execFileSync(process.execPath, [tsc, "-p", join(ROOT, "examples/marketplace/tsconfig.json")], { stdio: "ignore" });
  }

  const freePort = () =>
    new Promise<number>((resolve, reject) => {
      const s = createServer();
      s.once("error", reject);
      s.listen(0, "127.0.0.1", () => {
        const { port } = s.address() as AddressInfo;
        s.close(() => resolve(port));
      });
    });

  /** Starts the script and waits for its listening line; returns the port. */
  async function start(args: string[], env: Record<string, string> = {}): Promise<number> {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), "cg-demo-start-"));
    dirs.push(dataDir);
    const { HOST: _host, MARKETPLACE: _mp, ...base } = process.env;
    const child = spawn(process.execPath, [START, ...args], { cwd: ROOT, env: { ...base, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "silent", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (c: Buffer) => {
        out += c.toString();
        if (out.includes("listening on")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`start.js exited with ${code}: ${out}`)));
    });
    return port;
  }

  const status = async (url: string) => {
    try {
      return (await fetch(url)).status;
    } catch {
      return "refused";
    }
  };
  /** An address of this machine that is not loopback, if it has one. */
  const lanAddress = () =>
    Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === "IPv4" && !a.internal)?.address;

  it("without --marketplace or MARKETPLACE=on the demo is not mounted", async () => {
    ensureBuilt();
    const port = await start([]);
    expect(await status(`http://127.0.0.1:${port}/healthz`)).toBe(200);
    expect(await status(`http://127.0.0.1:${port}/app/api/users`)).toBe(404);
    expect(await status(`http://127.0.0.1:${port}/console`)).toBe(404);
  }, 120_000);

  it("`npm start`'s flag mounts it, on 127.0.0.1 only", async () => {
    ensureBuilt();
    const port = await start(["--marketplace"]);
    expect(await status(`http://127.0.0.1:${port}/app/api/users`)).toBe(200);
    const lan = lanAddress();
    if (lan) expect(await status(`http://${lan}:${port}/app/api/users`)).toBe("refused");
  }, 120_000);
});
