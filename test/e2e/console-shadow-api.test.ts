import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServiceConfig } from "../../src/runtime/config.js";
import { createApiKey } from "../../src/runtime/keys.js";
import { marketplace } from "../../examples/marketplace/server/index.js";
import { createService, type Service } from "../../src/surfaces/http/server.js";
import { signIn } from "./harness.js";

/*
 * Issue 20: the moderation console's decision log filters shadow decisions (`shadow=true|false`) and
 * counts them apart from enforced ones (`byMode` of its stats), so an operator can read what the
 * policy would have done before enforcing it.
 */

const PHONE = "call me at (415) 555-0199";

describe("the console's decision log and shadow decisions", () => {
  let service: Service;
  let dataDir: string;
  let platformKey: string;
  let cookie: string;
  const call = async (url: string) => {
    const res = await service.app.inject({ method: "GET", url: `/app/api${url}`, headers: { cookie } });
    return { status: res.statusCode, body: res.json() as any };
  };
  const check = async (text: string, sender: string, mode?: "shadow") => {
    const res = await service.app.inject({
      method: "POST",
      url: "/v1/check",
      headers: { authorization: `Bearer ${platformKey}` },
      payload: {
        text,
        context: { surface: "message", sender: { id: sender, role: "freelancer", plan: "basic" }, recipient: { id: "acme-buyer-1", role: "client", plan: "basic" }, contract: { status: "none" } },
        ...(mode ? { mode } : {}),
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { decisionId: string; decision: string };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cg-console-shadow-"));
    service = await createService(ServiceConfig.parse({ dataDir, logLevel: "silent", rateLimitPerMinute: 1_000_000 }), { extend: marketplace() });
    platformKey = (await createApiKey(service.repo, "platform")).key;
    cookie = (await signIn(service, "demo-reviewer"))!;
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("filters the log by mode and counts shadow decisions apart", async () => {
    const sender = "shadow-seller-7";
    const shadows = [await check(PHONE, sender, "shadow"), await check(PHONE, sender, "shadow")];
    expect(shadows.map((s) => s.decision)).toEqual(["allow", "allow"]);
    const enforced = await check(PHONE, sender);
    expect(enforced.decision).toBe("warn");

    const log = async (q: string) => {
      const res = await call(`/console/decisions?accountId=${sender}${q}`);
      expect(res.status).toBe(200);
      return (res.body.items as Array<{ id: string; shadow: boolean; decision: string }>).map((d) => d.id).sort();
    };
    expect(await log("&shadow=true")).toEqual(shadows.map((s) => s.decisionId).sort());
    expect(await log("&shadow=false")).toEqual([enforced.decisionId]);
    expect(await log("")).toHaveLength(3);
    expect((await call("/console/decisions?shadow=perhaps")).status).toBe(400);

    expect((await call(`/console/stats?accountId=${sender}`)).body.byMode).toEqual({ shadow: 2, enforced: 1 });
    expect((await call(`/console/stats?accountId=${sender}&shadow=true`)).body.byMode).toEqual({ shadow: 2, enforced: 0 });
    // The sender's count of violations is the enforced one.
    const account = (await call(`/console/accounts?q=${sender}`)).body.items[0];
    expect(account).toMatchObject({ accountId: sender, decisions: 3, violations: 1, standing: { activeViolations: 1 } });
  });
});
