import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinPreset } from "../../../src/policy/preset.js";
import { ServiceConfig } from "../../../src/runtime/config.js";
import { createApiKey } from "../../../src/runtime/keys.js";
import { createService, type Service } from "../../../src/surfaces/http/server.js";
import { PG_URL } from "../../helpers/backends.js";

/*
 * Allowlists over the API (issue 20), on PGlite and PostgreSQL: a service whose preset lists the
 * marketplace's support address answers /v1/check on a disguised copy of it with `allow`, and the
 * recorded decision keeps the finding with `allowedBy: "allowlist"` (the ledger says why). A request's
 * own `context.allow` does the same for one check.
 */

const dir = mkdtempSync(join(tmpdir(), "cg-allowlist-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const policyFile = join(dir, "preset.json");
writeFileSync(policyFile, JSON.stringify({ ...builtinPreset(), allow: { emails: ["support@ourmarket.com"], domains: ["help.ourmarket.com"] } }));

const config = (over: Partial<ServiceConfig>) => ServiceConfig.parse({ logLevel: "silent", rateLimitPerMinute: 1_000_000, policyFile, ...over });
const BACKENDS = [
  {
    name: "pglite",
    open: async () => ({ service: await createService(config({ dataDir: mkdtempSync(join(dir, "db-")) })), drop: async () => undefined }),
  },
  {
    name: "postgres",
    open: async () => {
      const schema = `cg_allow_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      return {
        service: await createService(config({ databaseUrl: PG_URL }), { schema }),
        drop: async () => {
          const client = new pg.Client({ connectionString: PG_URL });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  },
];

const ctx = (senderId: string, over: Record<string, unknown> = {}) => ({
  surface: "message",
  sender: { id: senderId, role: "freelancer", plan: "basic" },
  recipient: { id: "client-1", role: "client", plan: "basic" },
  contract: { status: "none" },
  ...over,
});

for (const backend of BACKENDS) {
  describe(`allowlists over /v1/check on ${backend.name}`, () => {
    let service: Service;
    let drop: () => Promise<void>;
    let platform: string;
    let reviewer: string;
    const post = (body: unknown) => service.app.inject({ method: "POST", url: "/v1/check", headers: { authorization: `Bearer ${platform}` }, payload: body as object });
    const get = (url: string) => service.app.inject({ method: "GET", url, headers: { authorization: `Bearer ${reviewer}` } });

    beforeAll(async () => {
      ({ service, drop } = await backend.open());
      platform = (await createApiKey(service.repo, "platform")).key;
      reviewer = (await createApiKey(service.repo, "reviewer")).key;
    }, 60_000);
    afterAll(async () => {
      await service?.close();
      await drop?.();
    });

    it("a disguised allowlisted address is allowed, and the recorded decision says why", async () => {
      const res = await post({ text: "Questions? support [at] ourmarket dot com", context: ctx("fl-allow") });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ violation: false, decision: "allow" });
      expect(body.findings).toEqual([expect.objectContaining({ type: "email", allowedBy: "allowlist" })]);
      const stored = await get(`/v1/decisions/${body.decisionId}`);
      expect(stored.statusCode, stored.body).toBe(200);
      expect(stored.json()).toMatchObject({ decision: "allow", findings: [expect.objectContaining({ type: "email", allowedBy: "allowlist" })] });
      expect((await get("/v1/accounts/fl-allow/standing")).json().activeViolations).toBe(0);
    });

    it("an address that is not listed is still a violation", async () => {
      const body = (await post({ text: "write to kenji [at] gmail dot com", context: ctx("fl-other") })).json();
      expect(body).toMatchObject({ violation: true });
      expect(body.findings[0]).not.toHaveProperty("allowedBy");
    });

    it("context.allow allows a value for one request; a bad entry is 400 invalid_context naming it", async () => {
      const text = "Apply by mailing jobs@northwind.example.org";
      const client = { sender: { id: "cl-1", role: "client", plan: "basic" }, recipient: null, surface: "job_post" };
      expect((await post({ text, context: ctx("cl-1", client) })).json()).toMatchObject({ violation: true });
      const allowed = (await post({ text, context: ctx("cl-1", { ...client, allow: { domains: ["northwind.example.org"] } }) })).json();
      expect(allowed).toMatchObject({ violation: false, findings: [expect.objectContaining({ allowedBy: "allowlist" })] });
      const bad = await post({ text, context: ctx("cl-1", { ...client, allow: { phones: ["555-0199"] } }) });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ code: "invalid_context" });
      expect(bad.json().message).toContain("context.allow.phones.0");
    });
  });
}
