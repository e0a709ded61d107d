import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DecisionRecord } from "../../src/ledger/repository.js";
import type { Service } from "../../src/surfaces/http/server.js";
import { BACKENDS } from "../helpers/backends.js";

/*
 * Issue 19: the decision log's search and filters (text on what is stored, date range, finding type,
 * clause), its chart counts and the list of every sender it knows — in the ledger and on
 * GET /v1/decisions, on PGlite and on PostgreSQL.
 */

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const acct = (name: string) => `${name}-${run}`;

function decision(over: Partial<DecisionRecord> & { types?: string[] }): DecisionRecord {
  const { types = [], ...rest } = over;
  return {
    id: randomUUID(),
    requestId: randomUUID(),
    senderId: acct("alice"),
    recipientId: acct("bob"),
    surface: "message",
    decision: "allow",
    violation: false,
    clauses: [],
    findings: types.map((type, i) => ({ type, start: i * 10, end: i * 10 + 5, clause: "C1", confidence: 0.9, recognizer: "test", valueHash: "x" })),
    context: {},
    message: "",
    textHash: "h",
    redactedText: null,
    body: null,
    policyId: "p",
    policyVersion: "1",
    createdAt: new Date().toISOString(),
    ...rest,
  };
}

for (const backend of BACKENDS) {
  describe(`decision log filters on ${backend.name}`, () => {
    let service: Service;
    let keys: Record<"platform" | "reviewer" | "admin", string>;
    let cleanup: () => Promise<void>;
    const ids: Record<string, string> = {};
    const get = (url: string, key = keys.reviewer) => service.app.inject({ method: "GET", url, headers: { authorization: `Bearer ${key}` } });
    const listIds = async (filter: Parameters<Service["repo"]["listDecisions"]>[0]) =>
      (await service.repo.listDecisions({ accountId: acct("alice"), ...filter })).items.map((d) => d.id).sort();
    const expected = (...names: string[]) => names.map((n) => ids[n]!).sort();

    beforeAll(async () => {
      ({ service, keys, cleanup } = await backend.open());
      const rows: Array<[string, DecisionRecord]> = [
        ["phone", decision({ decision: "redact", violation: true, clauses: ["C1", "W1"], types: ["phone"], redactedText: "call me at [phone hidden] tonight", createdAt: "2026-03-01T10:00:00.000Z" })],
        ["email", decision({ decision: "warn", violation: true, clauses: ["C2", "W1"], types: ["email", "off_platform"], redactedText: "write to [email hidden] 100%_sure", createdAt: "2026-03-02T23:59:59.000Z" })],
        ["job", decision({ surface: "job_post", decision: "block", violation: true, clauses: ["C1", "X1"], types: ["phone", "url"], body: "Ring 555 0199 for the LOGO job", createdAt: "2026-03-03T00:00:00.000Z" })],
        ["clean", decision({ createdAt: "2026-03-04T12:00:00.000Z" })],
        ["other", decision({ senderId: acct("carol"), recipientId: null, decision: "redact", violation: true, clauses: ["C1"], types: ["phone"], redactedText: "call me at [phone hidden]" })],
      ];
      await service.repo.insertDecisions(rows.map(([, d]) => d));
      for (const [name, d] of rows) ids[name] = d.id;
    }, 60_000);
    afterAll(async () => {
      await service?.close();
      await cleanup?.();
    });

    it("searches the stored text, case-insensitively and with LIKE's wildcards taken literally", async () => {
      expect(await listIds({ q: "PHONE hidden" })).toEqual(expected("phone"));
      // With STORE_TEXT the text itself is stored, and searched.
      expect(await listIds({ q: "logo job" })).toEqual(expected("job"));
      expect(await listIds({ q: "100%_" })).toEqual(expected("email"));
      expect(await listIds({ q: "%" })).toEqual(expected("email"));
      expect(await listIds({ q: "_" })).toEqual(expected("email"));
      expect(await listIds({ q: "nothing like this" })).toEqual([]);
    });

    it("filters by date range: from inclusive, to exclusive", async () => {
      expect(await listIds({ from: "2026-03-02T00:00:00.000Z", to: "2026-03-03T00:00:00.000Z" })).toEqual(expected("email"));
      expect(await listIds({ from: "2026-03-03T00:00:00.000Z", to: "2026-03-05T00:00:00.000Z" })).toEqual(expected("job", "clean"));
      expect(await listIds({ to: "2026-03-01T10:00:00.000Z" })).toEqual([]);
    });

    it("filters by finding type and by clause", async () => {
      expect(await listIds({ type: "phone" })).toEqual(expected("phone", "job"));
      expect(await listIds({ type: "off_platform" })).toEqual(expected("email"));
      expect(await listIds({ type: "address" })).toEqual([]);
      expect(await listIds({ clause: "W1" })).toEqual(expected("phone", "email"));
      expect(await listIds({ clause: "X1", type: "phone", surface: "job_post" })).toEqual(expected("job"));
      expect(await listIds({ clause: "C1", decision: "redact" })).toEqual(expected("phone"));
    });

    it("pages a filtered log by cursor", async () => {
      const first = await service.repo.listDecisions({ accountId: acct("alice"), limit: 2 });
      expect(first.items).toHaveLength(2);
      const second = await service.repo.listDecisions({ accountId: acct("alice"), limit: 2, cursor: first.nextCursor! });
      expect(second.items).toHaveLength(2);
      expect(second.nextCursor).toBeNull();
      expect([...first.items, ...second.items].map((d) => d.id).sort()).toEqual(expected("phone", "email", "job", "clean"));
    });

    it("counts for the charts follow the filters", async () => {
      const stats = await service.repo.decisionStats({ accountId: acct("alice"), from: "2026-03-01T00:00:00.000Z", to: "2026-03-05T00:00:00.000Z" });
      expect(stats.byType).toEqual([
        { type: "phone", count: 2 },
        { type: "email", count: 1 },
        { type: "off_platform", count: 1 },
        { type: "url", count: 1 },
      ]);
      expect(stats.bySurface).toEqual([
        { surface: "message", count: 3 },
        { surface: "job_post", count: 1 },
      ]);
      expect(stats.perDay).toEqual(expect.arrayContaining([{ day: "2026-03-02", decision: "warn", count: 1 }, { day: "2026-03-04", decision: "allow", count: 1 }]));
      const phoneOnly = await service.repo.decisionStats({ accountId: acct("alice"), type: "phone", from: "2026-03-01T00:00:00.000Z" });
      expect(phoneOnly.bySurface).toEqual([
        { surface: "job_post", count: 1 },
        { surface: "message", count: 1 },
      ]);
    });

    it("lists every sender it knows, with counts and standing, searchable and paged", async () => {
      const all = await service.repo.listAccounts({ q: run });
      expect(all.items.map((a) => a.accountId)).toEqual([acct("alice"), acct("carol")]);
      expect(all.items[0]).toMatchObject({ decisions: 4, violations: 3, standing: { accountId: acct("alice"), activeViolations: 0 } });
      expect(all.items[1]).toMatchObject({ decisions: 1, violations: 1 });
      const page1 = await service.repo.listAccounts({ q: run, limit: 1 });
      expect(page1.items.map((a) => a.accountId)).toEqual([acct("alice")]);
      const page2 = await service.repo.listAccounts({ q: run, limit: 1, cursor: page1.nextCursor! });
      expect(page2.items.map((a) => a.accountId)).toEqual([acct("carol")]);
      expect(page2.nextCursor).toBeNull();
      // Recipients are not senders; a search that matches nobody finds nobody.
      expect((await service.repo.listAccounts({ q: acct("bob") })).items).toEqual([]);
    });

    it("GET /v1/accounts lists them too (reviewer keys), paged, and refuses a bad limit or a platform key", async () => {
      const res = await get(`/v1/accounts?q=${run}&limit=1`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ items: [{ accountId: acct("alice"), decisions: 4, violations: 3 }], nextCursor: acct("alice") });
      const next = (await get(`/v1/accounts?q=${run}&limit=1&cursor=${res.json().nextCursor}`)).json();
      expect(next).toMatchObject({ items: [{ accountId: acct("carol") }], nextCursor: null });
      expect((await get(`/v1/accounts?limit=0`)).statusCode).toBe(400);
      expect((await get(`/v1/accounts?q=a%00b`)).json()).toMatchObject({ statusCode: 400, code: "invalid_string" });
      expect((await get(`/v1/accounts`, keys.platform)).statusCode).toBe(403);
    });

    it("GET /v1/decisions takes the same filters, and refuses bad ones with 400", async () => {
      const q = (s: string) => get(`/v1/decisions?accountId=${acct("alice")}&${s}`);
      const got = async (s: string) => {
        const res = await q(s);
        expect(res.statusCode, res.body).toBe(200);
        return (res.json().items as Array<{ id: string }>).map((d) => d.id).sort();
      };
      expect(await got("type=phone&clause=C1")).toEqual(expected("phone", "job"));
      // A bare date is a whole UTC day.
      expect(await got("from=2026-03-02&to=2026-03-02")).toEqual(expected("email"));
      expect(await got("from=2026-03-03T00:00:00Z")).toEqual(expected("job", "clean"));
      expect(await got(`q=${encodeURIComponent("[phone")}`)).toEqual(expected("phone"));
      // The OpenAPI document lists them.
      const spec = (await service.app.inject({ method: "GET", url: "/openapi.json" })).json();
      const params = (spec.paths["/v1/decisions"].get.parameters as Array<{ name: string }>).map((p) => p.name);
      expect(params).toEqual(expect.arrayContaining(["q", "from", "to", "type", "clause"]));
      for (const bad of ["type=fax", "clause=C1;DROP", "from=yesterday", "to=2026-13-45", "q="]) {
        const res = await q(bad);
        expect(res.statusCode, bad).toBe(400);
        expect(res.json()).toMatchObject({ statusCode: 400, code: "invalid_request" });
      }
      // A search no database can hold is refused as such, not failed in the query.
      for (const bad of ["q=a%00b"]) {
        const res = await q(bad);
        expect(res.statusCode, bad).toBe(400);
        expect(res.json().code, bad).toMatch(/^invalid_(string|request)$/);
      }
    });
  });
}
