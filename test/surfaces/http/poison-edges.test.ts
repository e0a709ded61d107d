import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../../src/surfaces/http/server.js";
import { BACKENDS } from "../../helpers/backends.js";

/*
 * Issue 16 at the HTTP edge: a NUL plus a phone number is decided and recorded as a violation; a batch
 * with one poison item answers per item; defect 10 (400 with the registry's ErrorBody, never 500 or
 * another shape, for bad path and query strings, an overflowing cursor, a NUL in an appeal reason); and
 * what the ledger keeps of findings without STORE_TEXT.
 */

const RUN = Math.random().toString(36).slice(2, 8);
const party = (id: string, role: "client" | "freelancer") => ({ id, role, plan: "basic" });
const errorBody = (code: string) => ({ statusCode: 400, code, message: expect.any(String) });

for (const backend of BACKENDS) {
  describe(`hostile strings at the HTTP edge (${backend.name})`, () => {
    let service: Service;
    let keys: Record<"platform" | "reviewer" | "admin", string>;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ service, keys, cleanup } = await backend.open());
    }, 60_000);
    afterAll(async () => {
      await service?.close();
      await cleanup?.();
    });
    const post = (url: string, payload: object, key = keys.platform) => service.app.inject({ method: "POST", url, headers: { authorization: `Bearer ${key}` }, payload });
    const get = (url: string, key = keys.reviewer) => service.app.inject({ method: "GET", url, headers: { authorization: `Bearer ${key}` } });

    it("a NUL plus a phone number is decided and recorded as a violation (not a 500)", async () => {
      const sender = `fl-nul-${RUN}`;
      const res = await post("/v1/check", { text: "call me at (415) 555-0199\u0000 thanks", context: { sender: party(sender, "freelancer") } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ violation: true, recorded: true, standing: { activeViolations: 1, ladderStep: 1 } });
      const stored = (await get(`/v1/decisions/${res.json().decisionId}`)).json();
      expect(stored).toMatchObject({ violation: true, senderId: sender });
      expect(stored.redactedText).toBe("call me at [phone hidden]\uFFFD thanks");
      const violations = (await get(`/v1/accounts/${sender}/violations`)).json();
      expect(violations.violations).toHaveLength(1);
    });

    it("a batch with one poison item reports per item and records the others", async () => {
      const tag = `batch-${RUN}`;
      const items = Array.from({ length: 10 }, (_, i) => ({ text: "Budget $3,000, start next week", context: { sender: party(`fl-${tag}-${i}`, "freelancer") }, idempotencyKey: `${tag}-${i}` }));
      items.splice(4, 0, { text: "Budget is fine", context: { sender: party(`fl-${tag}-\u0000`, "freelancer") }, idempotencyKey: `${tag}-poison` });
      items.splice(7, 0, { text: "call me at (415) 555-0199\u0000", context: { sender: party(`fl-${tag}-text`, "freelancer") }, idempotencyKey: `${tag}-text` });
      const before = await service.repo.countDecisions();
      const res = await post("/v1/check/batch", { items });
      expect(res.statusCode, res.body).toBe(200);
      const results = res.json().results as Array<Record<string, unknown>>;
      expect(results).toHaveLength(12);
      expect(results[4]).toEqual({ error: { code: "invalid_string", message: expect.stringContaining("context.sender.id") } });
      expect(results[7]).toMatchObject({ violation: true, recorded: true });
      expect(results.filter((r, i) => i !== 4).every((r) => r.recorded === true)).toBe(true);
      await service.runtime.enforcer.drain();
      expect(await service.repo.countDecisions()).toBe(before + 11);
    });

    it("an id, key or query with a NUL or lone surrogate is 400 invalid_string", async () => {
      expect((await get("/v1/decisions/ab%00cd")).json()).toEqual(errorBody("invalid_string"));
      expect((await get("/v1/accounts/ab%00cd/standing")).json()).toEqual(errorBody("invalid_string"));
      expect((await get("/v1/decisions?accountId=a%00b")).json()).toEqual(errorBody("invalid_string"));
      expect((await get("/v1/decisions?surface=%00")).json()).toEqual(errorBody("invalid_string"));
      const lone = await post("/v1/check", { text: "hello", idempotencyKey: "k\ud800" });
      expect(lone.json()).toEqual(errorBody("invalid_string"));
      expect(lone.json().message).toContain("idempotencyKey");
      // Bytes that are not UTF-8 at all (a surrogate encoded as UTF-8) are a bad request, not a 500.
      const notUtf8 = await get("/v1/decisions/ab%ED%A0%80cd");
      expect(notUtf8.statusCode).toBe(400);
      expect(notUtf8.json()).toEqual({ statusCode: 400, code: expect.stringMatching(/^(bad_request|invalid_string|invalid_request)$/), message: expect.any(String) });
    });

    it("an overflowing cursor and an over-long path parameter are 400 with the ErrorBody", async () => {
      expect((await get("/v1/decisions?cursor=99999999999999999999999")).json()).toEqual(errorBody("invalid_request"));
      expect((await get("/v1/decisions?cursor=9223372036854775808")).json()).toEqual(errorBody("invalid_request"));
      expect((await get("/v1/decisions?cursor=9223372036854775807")).statusCode).toBe(200);
      for (const n of [150, 201, 5000]) {
        const res = await get(`/v1/decisions/${"d".repeat(n)}`);
        expect(res.json(), `${n} characters`).toEqual(errorBody("invalid_request"));
      }
    });

    it("a NUL in an appeal reason or note is stored repaired, not a 500", async () => {
      const sender = `fl-appeal-${RUN}`;
      await post("/v1/check", { text: "call me at (415) 555-0199", context: { sender: party(sender, "freelancer") } });
      const violation = (await get(`/v1/accounts/${sender}/violations`)).json().violations[0];
      const appeal = await post(`/v1/violations/${violation.id}/appeal`, { reason: "it was my\u0000 office line \ud800" });
      expect(appeal.statusCode, appeal.body).toBe(201);
      expect(appeal.json().reason).toBe("it was my\uFFFD office line \uFFFD");
      const resolved = await post(`/v1/appeals/${appeal.json().id}/resolve`, { outcome: "upheld", note: "n\u0000" }, keys.reviewer);
      expect(resolved.statusCode, resolved.body).toBe(200);
      expect(resolved.json().appeal.note).toBe("n\uFFFD");
    });

    it("without STORE_TEXT the ledger keeps a keyed hash of each finding value, the same for repeats", async () => {
      const ids: string[] = [];
      for (const sender of [`fl-hash-a-${RUN}`, `fl-hash-b-${RUN}`]) {
        const res = (await post("/v1/check", { text: "call me at (415) 555-0199", context: { sender: party(sender, "freelancer") } })).json();
        expect(res.findings).toContainEqual(expect.objectContaining({ type: "phone", text: "(415) 555-0199", value: "+14155550199" })); // the caller still gets its finding
        ids.push(res.decisionId);
      }
      const stored = await Promise.all(ids.map(async (id) => (await get(`/v1/decisions/${id}`)).json()));
      const phone = (d: { findings: Array<{ type: string; valueHash: string }> }) => d.findings.find((f) => f.type === "phone")!;
      for (const d of stored) {
        expect(JSON.stringify(d)).not.toContain("555-0199");
        expect(JSON.stringify(d)).not.toContain("5550199");
        expect(phone(d)).toMatchObject({ type: "phone", start: 11, end: 25, clause: expect.any(String), valueHash: expect.stringMatching(/^hmac-sha256:[0-9a-f]{64}$/) });
        for (const f of d.findings) {
          expect(f).not.toHaveProperty("value");
          expect(f).not.toHaveProperty("text");
        }
        expect(d.redactedText).toBe("call me at [phone hidden]");
      }
      expect(phone(stored[0]).valueHash).toBe(phone(stored[1]).valueHash);
    });
  });
}
