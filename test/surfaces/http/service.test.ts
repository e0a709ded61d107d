import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../../src/surfaces/http/server.js";
import { BACKENDS } from "../../helpers/backends.js";

const ctx = (senderId: string, over: Record<string, unknown> = {}) => ({
  surface: "message",
  sender: { id: senderId, role: "freelancer", plan: "basic" },
  recipient: { id: "client-1", role: "client", plan: "basic" },
  contract: { status: "none" },
  ...over,
});

for (const backend of BACKENDS) {
  describe(`guard service on ${backend.name}`, () => {
    let service: Service;
    let keys: Record<"platform" | "reviewer" | "admin", string>;
    let reopen: () => Promise<Service>;
    let cleanup: () => Promise<void>;
    const auth = (k: string) => ({ authorization: `Bearer ${k}` });
    const post = (url: string, body: unknown, key = keys.platform) =>
      service.app.inject({ method: "POST", url, headers: auth(key), payload: body as object });
    const get = (url: string, key = keys.reviewer) => service.app.inject({ method: "GET", url, headers: auth(key) });

    beforeAll(async () => {
      ({ service, keys, reopen, cleanup } = await backend.open());
    });
    afterAll(async () => {
      await service?.close();
      await cleanup?.();
    });

    it("checks, records the decision and the violation, and reports standing", async () => {
      const res = await post("/v1/check", { text: "call me at (415) 555-0199", context: ctx("fl-a") });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ violation: true, decision: "warn", standing: { activeViolations: 1, ladderStep: 1, penalty: "warning" } });
      expect(body.decisionId).toBeTruthy();
      const stored = (await get(`/v1/decisions/${body.decisionId}`)).json();
      expect(stored).toMatchObject({ id: body.decisionId, decision: "warn", senderId: "fl-a", body: null });
      expect(stored.textHash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored.redactedText).toBe("call me at [phone hidden]");
    });

    it("a repeat is redacted (X2) and moves the ladder", async () => {
      const body = (await post("/v1/check", { text: "my email kenji@sato-studio.jp", context: ctx("fl-a") })).json();
      expect(body).toMatchObject({ decision: "redact", redactedText: "my email [email hidden]", standing: { activeViolations: 2, penalty: "badge_loss", badgesRemoved: true } });
    });

    it("clean checks are recorded without a violation", async () => {
      const body = (await post("/v1/check", { text: "Budget $3,000, start 2026-04-01", context: ctx("fl-b") })).json();
      expect(body).toMatchObject({ violation: false, decision: "allow" });
      expect((await get(`/v1/accounts/fl-b/violations`)).json().violations).toEqual([]);
    });

    it("preview mode decides without recording", async () => {
      const body = (await post("/v1/check", { text: "call me at (415) 555-0199", context: ctx("fl-preview"), mode: "preview" })).json();
      expect(body).toMatchObject({ violation: true, decisionId: null, recorded: false });
      expect((await get(`/v1/accounts/fl-preview/standing`)).json().activeViolations).toBe(0);
    });

    it("is idempotent by key: a retry never records twice", async () => {
      const req = { text: "text me 415 555 0199", context: ctx("fl-idem"), idempotencyKey: `k-${backend.name}` };
      const [a, b] = await Promise.all([post("/v1/check", req), post("/v1/check", req)]);
      const c = await post("/v1/check", req);
      expect(new Set([a.json().decisionId, b.json().decisionId, c.json().decisionId]).size).toBe(1);
      expect((await get(`/v1/accounts/fl-idem/violations`)).json().violations).toHaveLength(1);
    });

    it("batch checks up to 1,000 items", async () => {
      const items = Array.from({ length: 20 }, (_, i) => ({ text: i % 5 ? "hello" : "mail a.b@example.com", context: ctx(`fl-batch-${i}`) }));
      const res = await post("/v1/check/batch", { items });
      expect(res.statusCode).toBe(200);
      const results = res.json().results as Array<{ violation: boolean }>;
      expect(results.filter((r) => r.violation)).toHaveLength(4);
      expect((await post("/v1/check/batch", { items: [] })).statusCode).toBe(400);
    });

    it("auth: no key 401, wrong role 403, unknown key 401", async () => {
      expect((await service.app.inject({ method: "POST", url: "/v1/check", payload: { text: "x" } })).statusCode).toBe(401);
      expect((await get("/v1/decisions", keys.platform)).statusCode).toBe(403);
      expect((await post("/v1/check", { text: "x" }, "cg_platform_nope")).statusCode).toBe(401);
      expect((await get("/v1/decisions", keys.admin)).statusCode).toBe(200);
    });

    it("bad input: 400 naming the field, never a stack trace", async () => {
      const r1 = await post("/v1/check", { text: 42 });
      expect(r1.statusCode).toBe(400);
      expect(r1.json()).toMatchObject({ statusCode: 400, code: "invalid_request" });
      expect(r1.json().message).toContain("text");
      const r2 = await post("/v1/check", { text: "hi", context: { contract: { status: "maybe" } } });
      expect(r2.json()).toMatchObject({ statusCode: 400, code: "invalid_context" });
      expect(r2.json().message).toContain("context.contract.status");
      const r3 = await service.app.inject({ method: "POST", url: "/v1/check", headers: { ...auth(keys.platform), "content-type": "application/json" }, payload: "{not json" });
      expect(r3.statusCode).toBe(400);
      expect(r3.body).not.toMatch(/at .*\.js:\d+/);
      const r4 = await get("/v1/decisions/does-not-exist");
      expect(r4.statusCode).toBe(404);
      const r5 = await get("/v1/decisions?cursor=abc");
      expect(r5.statusCode).toBe(400);
    });

    it("lists decisions with filters and cursor pagination", async () => {
      for (let i = 0; i < 5; i++) await post("/v1/check", { text: `hello ${i}`, context: ctx("fl-page") });
      const first = (await get("/v1/decisions?accountId=fl-page&limit=2")).json();
      expect(first.items).toHaveLength(2);
      const second = (await get(`/v1/decisions?accountId=fl-page&limit=2&cursor=${first.nextCursor}`)).json();
      expect(second.items).toHaveLength(2);
      expect(second.items[0].id).not.toBe(first.items[1].id);
      const warns = (await get("/v1/decisions?decision=warn")).json();
      expect(warns.items.every((d: { decision: string }) => d.decision === "warn")).toBe(true);
    });

    it("appeals: overturning a violation restores standing", async () => {
      await post("/v1/check", { text: "call (415) 555-0199", context: ctx("fl-appeal") });
      const second = (await post("/v1/check", { text: "call (415) 555-0100", context: ctx("fl-appeal") })).json();
      expect(second.standing).toMatchObject({ activeViolations: 2, badgesRemoved: true });
      const { violations } = (await get("/v1/accounts/fl-appeal/violations")).json();
      const appeal = await post(`/v1/violations/${violations[0].id}/appeal`, { reason: "that was my old number, already public" });
      expect(appeal.statusCode).toBe(201);
      expect((await post(`/v1/violations/${violations[0].id}/appeal`, { reason: "again" })).statusCode).toBe(409);
      const resolved = await post(`/v1/appeals/${appeal.json().id}/resolve`, { outcome: "overturned", note: "ok" }, keys.reviewer);
      expect(resolved.statusCode).toBe(200);
      expect(resolved.json().standing).toMatchObject({ activeViolations: 1, badgesRemoved: false, penalty: "warning" });
      expect((await post(`/v1/appeals/${appeal.json().id}/resolve`, { outcome: "upheld" }, keys.reviewer)).statusCode).toBe(409);
      expect((await post(`/v1/appeals/${appeal.json().id}/resolve`, { outcome: "upheld" }, keys.platform)).statusCode).toBe(403);
    });

    it("review queue: decisions of type review wait for a reviewer", async () => {
      // A low-confidence finding on a blocking surface is held for review.
      const res = (await post("/v1/check", { text: "Thanks 4155550199 see you", context: ctx("fl-review", { surface: "profile" }) })).json();
      expect(res.decision).toBe("review");
      const queue = (await get("/v1/review-queue")).json().items as Array<{ id: string }>;
      expect(queue.map((d) => d.id)).toContain(res.decisionId);
      const done = await post(`/v1/review-queue/${res.decisionId}/resolve`, { outcome: "rejected" }, keys.reviewer);
      expect(done.json()).toMatchObject({ reviewStatus: "rejected" });
      expect((await get("/v1/review-queue")).json().items.map((d: { id: string }) => d.id)).not.toContain(res.decisionId);
    });

    it("a restricted account's messages are blocked", async () => {
      for (let i = 0; i < 3; i++) await post("/v1/check", { text: `call (415) 555-01${10 + i}`, context: ctx("fl-restricted") });
      const standing = (await get("/v1/accounts/fl-restricted/standing")).json();
      expect(standing).toMatchObject({ activeViolations: 3, penalty: "restriction" });
      expect(standing.restrictedUntil).toBeTruthy();
      const res = (await post("/v1/check", { text: "hello, any news?", context: ctx("fl-restricted") })).json();
      expect(res).toMatchObject({ decision: "block" });
      expect(res.message).toMatch(/restricted/);
    });

    it("200 parallel checks for one account record exactly 200 violations and the right ladder step", async () => {
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) => post("/v1/check", { text: `call me (415) 555-${String(1000 + i)}`, context: ctx("fl-burst") })),
      );
      expect(results.every((r) => r.statusCode === 200)).toBe(true);
      const { standing, violations } = (await get("/v1/accounts/fl-burst/violations")).json();
      expect(violations).toHaveLength(200);
      const steps = (violations as Array<{ ladderStep: number }>).map((v) => v.ladderStep).sort((a, b) => a - b);
      expect(steps.slice(0, 4)).toEqual([1, 2, 3, 4]);
      expect(steps.filter((s) => s === 4)).toHaveLength(197);
      expect(standing).toMatchObject({ activeViolations: 200, totalViolations: 200, suspended: true });
    });

    it("health and readiness, OpenAPI and docs", async () => {
      expect((await service.app.inject({ method: "GET", url: "/healthz" })).json()).toEqual({ status: "ok" });
      expect((await service.app.inject({ method: "GET", url: "/readyz" })).json()).toMatchObject({ status: "ready", database: backend.name });
      const openapi = (await service.app.inject({ method: "GET", url: "/openapi.json" })).json();
      expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/v1/check", "/v1/check/batch", "/v1/decisions", "/v1/review-queue"]));
      expect((await service.app.inject({ method: "GET", url: "/docs" })).statusCode).toBeLessThan(400);
    });

    it("after a restart every decision and violation is still there", async () => {
      const decisions = await service.repo.countDecisions();
      const violations = await service.repo.countViolations();
      expect(decisions).toBeGreaterThan(200);
      await service.close();
      service = await reopen();
      expect(await service.repo.countDecisions()).toBe(decisions);
      expect(await service.repo.countViolations()).toBe(violations);
      expect((await get("/v1/accounts/fl-burst/standing")).json()).toMatchObject({ activeViolations: 200 });
    });
  });
}
