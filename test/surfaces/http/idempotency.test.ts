import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS } from "../../helpers/backends.js";
import { createApiKey } from "../../../src/runtime/keys.js";
import type { Service } from "../../../src/surfaces/http/server.js";

/*
 * Issue 16, defect 7: an idempotency key belongs to the API key that sent it and is bound to a hash of
 * the request (text, context, mode). Before, the same key with another body replayed the first
 * decision, and every platform key and the stream worker shared one namespace of keys.
 */
for (const backend of BACKENDS) {
  describe(`idempotency keys, scoped and bound to the request (${backend.name})`, () => {
    let service: Service;
    let platform: string;
    let otherPlatform: string;
    let cleanup: () => Promise<void>;
    const run = Math.random().toString(36).slice(2, 8);
    beforeAll(async () => {
      let keys: Record<string, string>;
      ({ service, keys, cleanup } = await backend.open());
      platform = keys.platform!;
      otherPlatform = (await createApiKey(service.repo, "platform", "another platform")).key;
    });
    afterAll(async () => {
      await service?.close();
      await cleanup?.();
    });
    const check = (key: string, payload: Record<string, unknown>) =>
      service.app.inject({ method: "POST", url: "/v1/check", headers: { authorization: `Bearer ${key}` }, payload });
    const sender = { id: `fl-idem-${run}`, role: "freelancer" };

    it("the same key with the same body replays the first decision", async () => {
      const body = { text: "call me at (415) 555-0199", context: { surface: "message", sender }, idempotencyKey: `same-${run}` };
      const first = await check(platform, body);
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ recorded: true, violation: true });
      // The context's keys in another order are the same request.
      const again = await check(platform, { idempotencyKey: body.idempotencyKey, context: { sender: { role: "freelancer", id: sender.id }, surface: "message" }, text: body.text });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ recorded: false, decisionId: first.json().decisionId, violation: true });
    });

    it("the same key with another text, context or mode is 409 idempotency_conflict", async () => {
      const key = `changed-${run}`;
      const base = { text: "hello there", context: { surface: "message", sender }, idempotencyKey: key };
      expect((await check(platform, base)).statusCode).toBe(200);
      for (const changed of [
        { ...base, text: "call me at (415) 555-0199" },
        { ...base, context: { surface: "proposal", sender } },
        { ...base, mode: "preview" },
      ]) {
        const res = await check(platform, changed);
        expect(res.statusCode).toBe(409);
        expect(res.json()).toMatchObject({ statusCode: 409, code: "idempotency_conflict" });
      }
      // Nothing was recorded for the refused requests.
      const rows = await service.db.query<{ n: string }>("SELECT count(*)::text AS n FROM decisions WHERE idempotency_key = $1", [key]);
      expect(rows[0]!.n).toBe("1");
    });

    it("two bodies under one key at the same moment: one is decided, the other refused", async () => {
      const key = `race-${run}`;
      const [a, b] = await Promise.all([
        check(platform, { text: "first body", context: { surface: "message" }, idempotencyKey: key }),
        check(platform, { text: "second body", context: { surface: "message" }, idempotencyKey: key }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    });

    it("keys are scoped to the API key: another platform's same key is its own request", async () => {
      const key = `shared-${run}`;
      const mine = await check(platform, { text: "hello", context: { surface: "message" }, idempotencyKey: key });
      const theirs = await check(otherPlatform, { text: "call me at (415) 555-0199", context: { surface: "message", sender }, idempotencyKey: key });
      expect(mine.statusCode).toBe(200);
      expect(theirs.statusCode).toBe(200);
      expect(theirs.json()).toMatchObject({ recorded: true, violation: true });
      expect(theirs.json().decisionId).not.toBe(mine.json().decisionId);
      // And each replays its own.
      expect((await check(otherPlatform, { text: "call me at (415) 555-0199", context: { surface: "message", sender }, idempotencyKey: key })).json()).toMatchObject({ recorded: false, decisionId: theirs.json().decisionId });
    });

    it("rows recorded before scopes (no owner, no hash) still replay", async () => {
      const key = `legacy-${run}`;
      const first = await check(platform, { text: "hello", context: { surface: "message" }, idempotencyKey: key });
      // What migration 004 leaves on an older row.
      await service.db.query("UPDATE decisions SET idempotency_scope = NULL, request_hash = NULL WHERE id = $1", [first.json().decisionId]);
      const again = await check(otherPlatform, { text: "hello again", context: { surface: "message" }, idempotencyKey: key });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ recorded: false, decisionId: first.json().decisionId });
    });
  });
}
