import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../../src/surfaces/http/server.js";
import { BACKENDS } from "../../helpers/backends.js";

/*
 * Issue 16, defect 9: a held (`review`) decision is not a strike until a reviewer upholds it (or the
 * preset's `ladder.reviewTimeoutDays` pass without a review); allowing it leaves no strike.
 */

const DAY_MS = 86_400_000;
// A low-confidence number on a blocking surface is held for review (detection.reviewBelow).
const HELD_TEXT = "Thanks 4155550199 see you";
const ctx = (senderId: string, over: Record<string, unknown> = {}) => ({
  surface: "profile",
  sender: { id: senderId, role: "freelancer", plan: "basic" },
  recipient: { id: "client-1", role: "client", plan: "basic" },
  contract: { status: "none" },
  ...over,
});

for (const backend of BACKENDS) {
  describe(`held decisions and the ladder on ${backend.name}`, () => {
    let service: Service;
    let keys: Record<"platform" | "reviewer" | "admin", string>;
    let cleanup: () => Promise<void>;
    const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const auth = (k: string) => ({ authorization: `Bearer ${k}` });
    const post = (url: string, body: unknown, key = keys.platform) => service.app.inject({ method: "POST", url, headers: auth(key), payload: body as object });
    const get = (url: string, key = keys.reviewer) => service.app.inject({ method: "GET", url, headers: auth(key) });
    const standing = async (id: string) => (await get(`/v1/accounts/${id}/standing`)).json();
    const hold = async (sender: string, over: Record<string, unknown> = {}) => {
      const res = (await post("/v1/check", { text: HELD_TEXT, context: ctx(sender, over) })).json();
      expect(res).toMatchObject({ decision: "review", violation: true });
      return res as { decisionId: string; standing: Record<string, unknown> };
    };

    beforeAll(async () => {
      ({ service, keys, cleanup } = await backend.open());
    }, 60_000);
    afterAll(async () => {
      await service?.close();
      await cleanup?.();
    });

    it("a held decision is not a strike yet; the standing says one is pending review", async () => {
      const sender = `held-${run}`;
      const res = await hold(sender);
      expect(res.standing).toMatchObject({ activeViolations: 0, ladderStep: 0, penalty: null, pendingReview: 1 });
      expect(await standing(sender)).toMatchObject({ activeViolations: 0, ladderStep: 0, pendingReview: 1 });
      const violations = (await get(`/v1/accounts/${sender}/violations`)).json().violations;
      expect(violations).toHaveLength(1);
      expect(violations[0]).toMatchObject({ decisionId: res.decisionId, status: "held" });
    });

    it("allowing a held decision leaves no strike", async () => {
      const sender = `allowed-${run}`;
      const res = await hold(sender);
      const done = await post(`/v1/review-queue/${res.decisionId}/resolve`, { outcome: "allowed" }, keys.reviewer);
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({ reviewStatus: "allowed", standing: { activeViolations: 0, pendingReview: 0, ladderStep: 0 } });
      expect(await standing(sender)).toMatchObject({ activeViolations: 0, totalViolations: 0, ladderStep: 0, penalty: null, pendingReview: 0 });
      const violations = (await get(`/v1/accounts/${sender}/violations`)).json().violations;
      expect(violations.map((v: { status: string }) => v.status)).toEqual(["dismissed"]);
      // The next real violation is the sender's first strike, not their second.
      const next = (await post("/v1/check", { text: "call me at (415) 555-0199", context: ctx(sender, { surface: "message" }) })).json();
      expect(next.standing).toMatchObject({ activeViolations: 1, ladderStep: 1, penalty: "warning" });
    });

    it("upholding a held decision records the strike then, with its ladder step", async () => {
      const sender = `rejected-${run}`;
      await post("/v1/check", { text: "call me at (415) 555-0199", context: ctx(sender, { surface: "message" }) });
      const res = await hold(sender);
      expect(res.standing).toMatchObject({ activeViolations: 1, pendingReview: 1 });
      const done = await post(`/v1/review-queue/${res.decisionId}/resolve`, { outcome: "rejected" }, keys.reviewer);
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({ reviewStatus: "rejected", standing: { activeViolations: 2, ladderStep: 2, penalty: "badge_loss", pendingReview: 0 } });
      expect(await standing(sender)).toMatchObject({ activeViolations: 2, totalViolations: 2, ladderStep: 2, badgesRemoved: true, pendingReview: 0 });
      const violations = (await get(`/v1/accounts/${sender}/violations`)).json().violations as Array<{ decisionId: string; status: string; ladderStep: number }>;
      expect(violations.find((v) => v.decisionId === res.decisionId)).toMatchObject({ status: "active", ladderStep: 2 });
      // Resolving twice is a conflict, and changes nothing.
      expect((await post(`/v1/review-queue/${res.decisionId}/resolve`, { outcome: "allowed" }, keys.reviewer)).statusCode).toBe(409);
      expect(await standing(sender)).toMatchObject({ activeViolations: 2 });
    });

    it("a held decision nobody reviews counts after ladder.reviewTimeoutDays (7 by default)", async () => {
      const sender = `timeout-${run}`;
      // Held ten days ago: its review time-out (7 days) has passed, so it counts when standing is next read.
      const res = await hold(sender, { now: new Date(Date.now() - 10 * DAY_MS).toISOString() });
      expect(await standing(sender)).toMatchObject({ activeViolations: 1, ladderStep: 1, penalty: "warning", pendingReview: 0 });
      const violations = (await get(`/v1/accounts/${sender}/violations`)).json().violations;
      expect(violations[0]).toMatchObject({ decisionId: res.decisionId, status: "active", ladderStep: 1 });
      // A reviewer who allows it afterwards still removes the strike.
      const done = await post(`/v1/review-queue/${res.decisionId}/resolve`, { outcome: "allowed" }, keys.reviewer);
      expect(done.json()).toMatchObject({ standing: { activeViolations: 0, pendingReview: 0 } });
    });

    it("a held decision still within its time-out does not count", async () => {
      const sender = `recent-${run}`;
      await hold(sender, { now: new Date(Date.now() - 2 * DAY_MS).toISOString() });
      expect(await standing(sender)).toMatchObject({ activeViolations: 0, pendingReview: 1 });
    });
  });
}
