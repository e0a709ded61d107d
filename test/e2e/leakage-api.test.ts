import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServiceConfig } from "../../src/runtime/config.js";
import { marketplace } from "../../examples/marketplace/server/index.js";
import { createService, type Service } from "../../src/surfaces/http/server.js";
import { signIn } from "./harness.js";

/*
 * Issue 20, the marketplace's API around the leakage dashboard and false-alarm reports: who may read
 * the dashboard, who may report a decision, and which decisions can be reported. The browser side is
 * test/e2e/leakage.test.ts.
 */

describe("the marketplace's leakage and dispute routes", () => {
  let service: Service;
  let dataDir: string;
  const cookies: Record<string, string> = {};
  const call = async (user: string, method: "GET" | "POST", url: string, payload?: unknown) => {
    const res = await service.app.inject({ method, url: `/app/api${url}`, headers: { cookie: cookies[user]! }, ...(payload === undefined ? {} : { payload: payload as object }) });
    return { status: res.statusCode, body: res.headers["content-type"]?.toString().startsWith("application/json") ? (res.json() as any) : res.body, headers: res.headers };
  };
  const say = async (user: string, text: string) => {
    const res = await call(user, "POST", "/rooms/demo/messages", { text });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.message as { id: string; decision: string; decisionId: string };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cg-leakage-api-"));
    service = await createService(ServiceConfig.parse({ dataDir, logLevel: "silent", rateLimitPerMinute: 1_000_000 }), { extend: marketplace() });
    for (const u of ["demo-client", "demo-freelancer", "demo-reviewer"]) cookies[u] = (await signIn(service, u))!;
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("the dashboard and its CSV are for reviewers; a bad date is a 400", async () => {
    await say("demo-freelancer", "call me at (415) 555-0199");
    const stats = await call("demo-reviewer", "GET", "/console/leakage");
    expect(stats.status).toBe(200);
    expect(stats.body.totals).toMatchObject({ requests: 1, violations: 1, conversations: 1, conversationsLeaving: 1, leavingShare: 1 });
    // The marketplace's checks carry the room as the conversation and the UI's language.
    expect(stats.body.byLanguage).toEqual([{ key: "en", requests: 1, violations: 1, shadowViolations: 0 }]);
    const csv = await call("demo-reviewer", "GET", "/console/leakage.csv");
    expect(csv.status).toBe(200);
    expect(String(csv.headers["content-type"])).toMatch(/^text\/csv/);
    expect(String(csv.headers["content-disposition"])).toMatch(/^attachment; filename="leakage-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv"$/);
    for (const user of ["demo-client", "demo-freelancer"]) {
      expect((await call(user, "GET", "/console/leakage")).status).toBe(403);
      expect((await call(user, "GET", "/console/leakage.csv")).status).toBe(403);
    }
    expect((await call("demo-reviewer", "GET", "/console/leakage?from=yesterday")).status).toBe(400);
  });

  it("only the sender reports a decision, once; a clean one cannot be reported, an unknown one is 404", async () => {
    const flagged = await say("demo-freelancer", "or text me on (415) 555-0123");
    expect(["warn", "redact"]).toContain(flagged.decision);
    expect((await call("demo-client", "POST", `/decisions/${flagged.decisionId}/dispute`, {})).status).toBe(403);
    expect((await call("demo-reviewer", "POST", `/decisions/${flagged.decisionId}/dispute`, {})).status).toBe(403);
    const first = await call("demo-freelancer", "POST", `/decisions/${flagged.decisionId}/dispute`, { reason: "a part number" });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ created: true, dispute: { decisionId: flagged.decisionId, accountId: "demo-freelancer", reason: "a part number", status: "pending" } });
    const again = await call("demo-freelancer", "POST", `/decisions/${flagged.decisionId}/dispute`, {});
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: false, dispute: { id: first.body.dispute.id } });
    // The author's room view shows where the report stands; the other party's does not.
    const mine = (await call("demo-freelancer", "GET", "/rooms/demo")).body.messages.find((m: { id: string }) => m.id === flagged.id);
    expect(mine).toMatchObject({ decisionId: flagged.decisionId, dispute: { status: "pending" } });
    const theirs = (await call("demo-client", "GET", "/rooms/demo")).body.messages.find((m: { id: string }) => m.id === flagged.id);
    expect(theirs).toMatchObject({ decisionId: null, dispute: null });
    // It waits in the review queue as a dispute.
    const queue = await call("demo-reviewer", "GET", "/console/review-queue");
    expect(queue.body.items.find((i: { decision: { id: string } }) => i.decision.id === flagged.decisionId)).toMatchObject({ kind: "dispute", dispute: { reason: "a part number" } });

    const clean = await say("demo-freelancer", "Happy to help with the logo");
    expect(clean.decision).toBe("allow");
    expect((await call("demo-freelancer", "POST", `/decisions/${clean.decisionId}/dispute`, {})).status).toBe(409);
    expect((await call("demo-freelancer", "POST", "/decisions/no-such-decision/dispute", {})).status).toBe(404);
  });
});
