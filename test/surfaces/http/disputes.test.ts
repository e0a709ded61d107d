import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../../src/surfaces/http/server.js";
import { BACKENDS } from "../../helpers/backends.js";

/*
 * Issue 20, false-alarm reports: POST /v1/decisions/:id/dispute (the platform, on the sender's behalf)
 * puts a decision in the review queue; the reviewer's verdict overturns the dispute and the violation
 * (a false alarm: the standing is recomputed) or upholds it (the violation stands).
 */

const PHONE = "call me at (415) 555-0199";
// A low-confidence number on a blocking surface is held for review (detection.reviewBelow).
const HELD_TEXT = "Thanks 4155550199 see you";
const ctx = (senderId: string, over: Record<string, unknown> = {}) => ({
  surface: "message",
  sender: { id: senderId, role: "freelancer", plan: "basic" },
  recipient: { id: "cl-dispute", role: "client", plan: "basic" },
  contract: { status: "none" },
  ...over,
});

type Json = Record<string, unknown>;

for (const backend of BACKENDS) {
  describe(`false-alarm reports on ${backend.name}`, () => {
    let service: Service;
    let keys: Record<"platform" | "reviewer" | "admin", string>;
    let cleanup: () => Promise<void>;
    const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const auth = (k: string) => ({ authorization: `Bearer ${k}` });
    const post = (url: string, body: unknown, key = keys.platform) => service.app.inject({ method: "POST", url, headers: auth(key), payload: body as object });
    const get = (url: string, key = keys.reviewer) => service.app.inject({ method: "GET", url, headers: auth(key) });
    const dispute = (id: string, body: Json = {}, key = keys.platform) => post(`/v1/decisions/${id}/dispute`, body, key);
    const resolve = (id: string, body: Json, key = keys.reviewer) => post(`/v1/review-queue/${id}/resolve`, body, key);
    const standing = async (id: string) => (await get(`/v1/accounts/${id}/standing`)).json() as Json;
    const violationsOf = async (id: string) => (await get(`/v1/accounts/${id}/violations`)).json().violations as Array<{ decisionId: string; status: string }>;
    const queue = async () => (await get("/v1/review-queue")).json().items as Array<Json & { id: string; dispute?: Json }>;
    const check = async (text: string, context: Json, extra: Json = {}) => {
      const res = await post("/v1/check", { text, context, ...extra });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { decisionId: string; decision: string; recorded?: boolean; standing: Json };
    };
    const expectError = (res: { statusCode: number; json: () => Json }, status: number, code: string) => {
      expect(res.statusCode).toBe(status);
      expect(res.json()).toMatchObject({ statusCode: status, code });
    };

    beforeAll(async () => {
      ({ service, keys, cleanup } = await backend.open());
    }, 60_000);
    afterAll(async () => {
      await service?.close();
      await cleanup?.();
    });

    it("a report of a warning is filed once, joins the review queue and shows on the decision", async () => {
      const sender = `fa-warn-${run}`;
      const warned = await check(PHONE, ctx(sender));
      expect(warned.decision).toBe("warn");

      const first = await dispute(warned.decisionId, { accountId: sender, reason: "it is a budget figure" });
      expect(first.statusCode, first.body).toBe(201);
      const filed = first.json();
      expect(filed).toMatchObject({ created: true, dispute: { decisionId: warned.decisionId, accountId: sender, reason: "it is a budget figure", status: "pending", resolvedAt: null } });

      // A repeat (a retry, or a second click) answers the same dispute, unchanged.
      const again = await dispute(warned.decisionId, { accountId: sender, reason: "another reason" });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual({ created: false, dispute: filed.dispute });

      const item = (await queue()).filter((d) => d.id === warned.decisionId);
      expect(item).toHaveLength(1);
      expect(item[0]).toMatchObject({ decision: "warn", reviewStatus: null, dispute: { id: filed.dispute.id, status: "pending" } });
      expect((await get(`/v1/decisions/${warned.decisionId}`)).json()).toMatchObject({ id: warned.decisionId, dispute: { id: filed.dispute.id } });
      // A decision nobody disputed has no `dispute` key.
      const other = await check("my email kenji@sato-studio.jp", ctx(`fa-other-${run}`));
      expect((await get(`/v1/decisions/${other.decisionId}`)).json()).not.toHaveProperty("dispute");
      expect((await queue()).map((d) => d.id)).not.toContain(other.decisionId);
    });

    it("without accountId the dispute is the sender's; the reason is optional and stored with the string hygiene", async () => {
      const sender = `fa-noacct-${run}`;
      const { decisionId } = await check(PHONE, ctx(sender));
      const res = await dispute(decisionId, { reason: "a\u0000b\ud800c" });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().dispute).toMatchObject({ accountId: sender, reason: "a\uFFFDb\uFFFDc" });
      const bare = await dispute((await check(PHONE, ctx(`fa-bare-${run}`))).decisionId, {});
      expect(bare.statusCode).toBe(201);
      expect(bare.json().dispute).toMatchObject({ accountId: `fa-bare-${run}`, reason: null });
    });

    it("refuses what cannot be disputed", async () => {
      expectError(await dispute("no-such-decision"), 404, "not_found");

      const clean = await check("Budget $3,000 for the logo", ctx(`fa-clean-${run}`));
      expect(clean.decision).toBe("allow");
      expectError(await dispute(clean.decisionId), 409, "not_disputable");

      const shadow = await check(PHONE, ctx(`fa-shadow-${run}`), { mode: "shadow" });
      expect(shadow.decision).toBe("allow");
      expectError(await dispute(shadow.decisionId), 409, "not_disputable");

      // A held decision a reviewer already resolved has had its person.
      const held = await check(HELD_TEXT, ctx(`fa-reviewed-${run}`, { surface: "profile" }));
      expect((await resolve(held.decisionId, { outcome: "allowed" })).statusCode).toBe(200);
      expectError(await dispute(held.decisionId), 409, "not_disputable");
      // …and it was dismissed as before disputes, not overturned.
      expect((await violationsOf(`fa-reviewed-${run}`)).map((v) => v.status)).toEqual(["dismissed"]);

      // Input: a reason over 1000 characters, an account id holding a NUL.
      const { decisionId } = await check(PHONE, ctx(`fa-input-${run}`));
      expectError(await dispute(decisionId, { reason: "x".repeat(1001) }), 400, "invalid_request");
      expectError(await dispute(decisionId, { accountId: "a\u0000b" }), 400, "invalid_string");
      expect((await get(`/v1/decisions/${decisionId}`)).json()).not.toHaveProperty("dispute");
      expect((await dispute(decisionId, { reason: "x".repeat(1000) })).statusCode).toBe(201);
    });

    it("only the decision's sender can be reported for, and only by a platform key", async () => {
      const sender = `fa-who-${run}`;
      const { decisionId } = await check(PHONE, ctx(sender));
      expectError(await dispute(decisionId, { accountId: "cl-dispute" }), 403, "forbidden");
      expectError(await dispute(decisionId, { accountId: sender }, keys.reviewer), 403, "forbidden");
      expect((await get(`/v1/decisions/${decisionId}`)).json()).not.toHaveProperty("dispute");
      expect((await dispute(decisionId, { accountId: sender })).statusCode).toBe(201);
      // The verdict is a reviewer's: a platform key may not give it.
      expectError(await resolve(decisionId, { outcome: "allowed" }, keys.platform), 403, "forbidden");
      expect((await queue()).find((d) => d.id === decisionId)?.dispute).toMatchObject({ status: "pending" });
    });

    it("allowed: a false alarm overturns the dispute and the violation, and the standing recovers", async () => {
      const sender = `fa-over-${run}`;
      await check("my email kenji@sato-studio.jp", ctx(sender));
      const { decisionId, standing: before } = await check(PHONE, ctx(sender));
      expect(before).toMatchObject({ activeViolations: 2, ladderStep: 2 });
      await dispute(decisionId, { accountId: sender });

      const done = await resolve(decisionId, { outcome: "allowed", note: "a budget, not a number" });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({
        id: decisionId,
        reviewStatus: "allowed",
        reviewedBy: "reviewer",
        dispute: { status: "overturned", resolvedBy: "reviewer", note: "a budget, not a number" },
        standing: { activeViolations: 1, ladderStep: 1 },
      });
      expect(done.json().dispute.resolvedAt).toBeTruthy();
      expect(await standing(sender)).toMatchObject({ activeViolations: 1, totalViolations: 1, ladderStep: 1 });
      expect((await violationsOf(sender)).find((v) => v.decisionId === decisionId)).toMatchObject({ status: "overturned" });

      // Out of the queue; a second verdict is a conflict; a repeated report shows the verdict.
      expect((await queue()).map((d) => d.id)).not.toContain(decisionId);
      expectError(await resolve(decisionId, { outcome: "rejected" }), 409, "conflict");
      const again = await dispute(decisionId, { accountId: sender });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ created: false, dispute: { status: "overturned" } });
      expect((await get(`/v1/decisions/${decisionId}`)).json()).toMatchObject({ reviewStatus: "allowed", dispute: { status: "overturned" } });
    });

    it("rejected: it was contact information, the dispute is upheld and the standing unchanged", async () => {
      const sender = `fa-up-${run}`;
      const { decisionId, standing: before } = await check(PHONE, ctx(sender));
      await dispute(decisionId, { accountId: sender, reason: "not a phone" });
      const done = await resolve(decisionId, { outcome: "rejected" });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ reviewStatus: "rejected", dispute: { status: "upheld", note: null }, standing: { activeViolations: 1, ladderStep: 1 } });
      const after = await standing(sender);
      expect(after).toMatchObject({ activeViolations: before.activeViolations, totalViolations: before.totalViolations, ladderStep: before.ladderStep });
      expect((await violationsOf(sender)).map((v) => v.status)).toEqual(["active"]);
      expect((await queue()).map((d) => d.id)).not.toContain(decisionId);
    });

    it("a held decision disputed: queued once, and the verdict settles both the hold and the dispute", async () => {
      const sender = `fa-held-${run}`;
      const held = await check(HELD_TEXT, ctx(sender, { surface: "profile" }));
      expect(held.decision).toBe("review");
      const res = await dispute(held.decisionId, { accountId: sender });
      expect(res.statusCode).toBe(201);
      const items = (await queue()).filter((d) => d.id === held.decisionId);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ reviewStatus: "pending", dispute: { status: "pending" } });

      const done = await resolve(held.decisionId, { outcome: "allowed" });
      expect(done.json()).toMatchObject({ reviewStatus: "allowed", dispute: { status: "overturned" }, standing: { activeViolations: 0, pendingReview: 0 } });
      expect((await violationsOf(sender)).map((v) => v.status)).toEqual(["overturned"]);

      // Upheld, a held one becomes a strike as a rejected hold does.
      const other = `fa-held-up-${run}`;
      const second = await check(HELD_TEXT, ctx(other, { surface: "profile" }));
      await dispute(second.decisionId, { accountId: other });
      const upheld = await resolve(second.decisionId, { outcome: "rejected" });
      expect(upheld.json()).toMatchObject({ reviewStatus: "rejected", dispute: { status: "upheld" }, standing: { activeViolations: 1, pendingReview: 0 } });
      expect((await violationsOf(other)).map((v) => v.status)).toEqual(["active"]);
    });
  });
}
