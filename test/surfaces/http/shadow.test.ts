import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Service } from "../../../src/surfaces/http/server.js";
import { parsePreset } from "../../../src/policy/preset.js";
import { BACKENDS } from "../../helpers/backends.js";

/*
 * Issue 20, shadow mode: a per-request `mode: "shadow"` and the preset's `rollout: "shadow"`. The
 * decision is made and recorded (flagged `shadow`), the caller is answered `allow` with `wouldDecide`,
 * no violation counts, and an enforced check afterwards starts the ladder from its first step.
 */

const PHONE = "call me at (415) 555-0199";
// A low-confidence number on a blocking surface is held for review (detection.reviewBelow).
const HELD_TEXT = "Thanks 4155550199 see you";
const ctx = (senderId: string, over: Record<string, unknown> = {}) => ({
  surface: "message",
  sender: { id: senderId, role: "freelancer", plan: "basic" },
  recipient: { id: "cl-shadow", role: "client", plan: "basic" },
  contract: { status: "none" },
  ...over,
});

type Answer = Record<string, unknown> & { decisionId: string; standing: Record<string, unknown>; wouldDecide?: Record<string, unknown> };

/** The answer of a shadow check of PHONE on a message: allow outside, the real `warn` inside. */
function expectShadowOfPhone(res: Answer): void {
  expect(res).toMatchObject({ decision: "allow", violation: false, message: "", clauses: [], findings: [], shadow: true });
  expect(res).not.toHaveProperty("redactedText");
  expect(res.wouldDecide).toMatchObject({ decision: "warn", violation: true, redactedText: "call me at [phone hidden]" });
  expect(res.wouldDecide!.clauses).toContain("C1");
  expect(res.wouldDecide!.message).not.toBe("");
  expect((res.wouldDecide!.findings as Array<{ type: string }>).map((f) => f.type)).toContain("phone");
}

for (const backend of BACKENDS) {
  describe(`shadow mode per request on ${backend.name}`, () => {
    let service: Service;
    let keys: Record<"platform" | "reviewer" | "admin", string>;
    let cleanup: () => Promise<void>;
    const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const auth = (k: string) => ({ authorization: `Bearer ${k}` });
    const post = (url: string, body: unknown, key = keys.platform) => service.app.inject({ method: "POST", url, headers: auth(key), payload: body as object });
    const get = (url: string, key = keys.reviewer) => service.app.inject({ method: "GET", url, headers: auth(key) });
    const check = async (body: Record<string, unknown>): Promise<Answer> => {
      const res = await post("/v1/check", body);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };

    beforeAll(async () => {
      ({ service, keys, cleanup } = await backend.open());
    }, 60_000);
    afterAll(async () => {
      await service?.close();
      await cleanup?.();
    });

    it("answers allow with wouldDecide, records the decision as shadow, and never moves the standing", async () => {
      const sender = `sh-${run}`;
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await check({ text: PHONE, context: ctx(sender), mode: "shadow" });
        expectShadowOfPhone(res);
        expect(res.recorded).toBe(true);
        expect(res.standing).toMatchObject({ activeViolations: 0, totalViolations: 0, ladderStep: 0, penalty: null });
        ids.push(res.decisionId);
      }
      expect(new Set(ids).size).toBe(4);
      // The log keeps what would have been enforced, flagged.
      const recorded = (await get(`/v1/decisions/${ids[0]}`)).json();
      expect(recorded).toMatchObject({ shadow: true, decision: "warn", violation: true, redactedText: "call me at [phone hidden]", reviewStatus: null });
      expect((await get(`/v1/accounts/${sender}/standing`)).json()).toMatchObject({ activeViolations: 0, totalViolations: 0, ladderStep: 0 });
      expect((await get(`/v1/accounts/${sender}/violations`)).json().violations).toEqual([]);

      // Enforced afterwards: the first violation is the ladder's first step (warn, not the repeat's redact).
      const enforced = await check({ text: PHONE, context: ctx(sender) });
      expect(enforced).toMatchObject({ decision: "warn", violation: true, redactedText: "call me at [phone hidden]" });
      expect(enforced).not.toHaveProperty("shadow");
      expect(enforced).not.toHaveProperty("wouldDecide");
      expect(enforced.standing).toMatchObject({ activeViolations: 1, totalViolations: 1, ladderStep: 1 });
      expect((await get(`/v1/decisions/${enforced.decisionId}`)).json()).toMatchObject({ shadow: false });

      // A shadow check after it sees the real standing (the repeat action) but still counts nothing.
      const after = await check({ text: PHONE, context: ctx(sender), mode: "shadow" });
      expect(after.wouldDecide).toMatchObject({ decision: "redact", violation: true });
      expect(after.standing).toMatchObject({ activeViolations: 1, totalViolations: 1, ladderStep: 1 });
      expect((await get(`/v1/accounts/${sender}/violations`)).json().violations).toHaveLength(1);
    });

    it("a caller's redaction operators shape the redactedText a shadow answer would have enforced", async () => {
      const res = await check({ text: PHONE, context: ctx(`shr-${run}`), mode: "shadow", redaction: { byType: { phone: { operator: "replace", label: "<PHONE>" } } } });
      expect(res).toMatchObject({ decision: "allow", shadow: true, wouldDecide: { redactedText: "call me at <PHONE>" } });
      expect(res).not.toHaveProperty("redactedText");
    });

    it("filters the log and its counts by shadow=true|false", async () => {
      const sender = `shf-${run}`;
      await check({ text: PHONE, context: ctx(sender), mode: "shadow" });
      await check({ text: PHONE, context: ctx(sender), mode: "shadow" });
      await check({ text: "Budget $3,000", context: ctx(sender), mode: "shadow" });
      await check({ text: PHONE, context: ctx(sender) });
      const list = async (q: string) => {
        const res = await get(`/v1/decisions?accountId=${sender}${q}`);
        expect(res.statusCode, res.body).toBe(200);
        return res.json().items as Array<{ shadow: boolean; decision: string }>;
      };
      const shadows = await list("&shadow=true");
      expect(shadows).toHaveLength(3);
      expect(shadows.every((d) => d.shadow)).toBe(true);
      expect(shadows.map((d) => d.decision).sort()).toEqual(["allow", "warn", "warn"]);
      const enforced = await list("&shadow=false");
      expect(enforced).toHaveLength(1);
      expect(enforced[0]).toMatchObject({ shadow: false, decision: "warn" });
      expect(await list("")).toHaveLength(4);
      expect(await list("&shadow=true&decision=warn")).toHaveLength(2);
      expect((await get(`/v1/decisions?shadow=yes`)).statusCode).toBe(400);

      const sum = (rows: Array<{ count: number }>) => rows.reduce((n, r) => n + r.count, 0);
      const shadowStats = await service.repo.decisionStats({ accountId: sender, shadow: true });
      expect(sum(shadowStats.perDay)).toBe(3);
      const enforcedStats = await service.repo.decisionStats({ accountId: sender, shadow: false });
      expect(enforcedStats.perDay).toEqual([expect.objectContaining({ decision: "warn", count: 1 })]);
      expect(shadowStats.byMode).toEqual({ shadow: 3, enforced: 0 });
      expect((await service.repo.decisionStats({ accountId: sender })).byMode).toEqual({ shadow: 3, enforced: 1 });
      // The sender's known violations are the enforced ones only.
      const accounts = await service.repo.listAccounts({ q: sender });
      expect(accounts.items).toEqual([expect.objectContaining({ accountId: sender, decisions: 4, violations: 1 })]);
    });

    it("an idempotency key binds the mode: a shadow retry replays, an enforce with the same key conflicts (and the reverse)", async () => {
      const sender = `shi-${run}`;
      const key = `shadow-key-${run}`;
      const first = await check({ text: PHONE, context: ctx(sender), mode: "shadow", idempotencyKey: key });
      expectShadowOfPhone(first);
      expect(first.recorded).toBe(true);
      const retry = await check({ text: PHONE, context: ctx(sender), mode: "shadow", idempotencyKey: key });
      expectShadowOfPhone(retry);
      expect(retry).toMatchObject({ recorded: false, decisionId: first.decisionId });
      const enforce = await post("/v1/check", { text: PHONE, context: ctx(sender), idempotencyKey: key });
      expect(enforce.statusCode).toBe(409);
      expect(enforce.json().code).toBe("idempotency_conflict");
      expect((await get(`/v1/accounts/${sender}/standing`)).json()).toMatchObject({ activeViolations: 0 });

      const key2 = `enforce-key-${run}`;
      const enforced = await check({ text: PHONE, context: ctx(sender), idempotencyKey: key2 });
      expect(enforced).toMatchObject({ decision: "warn", recorded: true });
      const shadowed = await post("/v1/check", { text: PHONE, context: ctx(sender), mode: "shadow", idempotencyKey: key2 });
      expect(shadowed.statusCode).toBe(409);
      expect(shadowed.json().code).toBe("idempotency_conflict");
    });

    it("batch items may be shadow, each on its own; a shadow review is not queued", async () => {
      const sender = `shb-${run}`;
      const res = await post("/v1/check/batch", { items: [{ text: PHONE, context: ctx(sender), mode: "shadow" }, { text: "Budget $3,000", context: ctx(sender) }] });
      expect(res.statusCode, res.body).toBe(200);
      const [shadow, clean] = res.json().results as Answer[];
      expectShadowOfPhone(shadow!);
      expect(clean).toMatchObject({ decision: "allow" });
      expect(clean).not.toHaveProperty("shadow");

      const held = await check({ text: HELD_TEXT, context: ctx(sender, { surface: "profile" }), mode: "shadow" });
      expect(held).toMatchObject({ decision: "allow", shadow: true, wouldDecide: { decision: "review", violation: true } });
      expect(held.standing).toMatchObject({ activeViolations: 0, pendingReview: 0 });
      const queue = await service.repo.reviewQueue(1000);
      expect(queue.map((d) => d.id)).not.toContain(held.decisionId);
      // The control: the same text enforced is queued.
      const enforcedHeld = await check({ text: HELD_TEXT, context: ctx(sender, { surface: "profile" }) });
      expect(enforcedHeld).toMatchObject({ decision: "review" });
      expect((await service.repo.reviewQueue(1000)).map((d) => d.id)).toContain(enforcedHeld.decisionId);
    });
  });

  describe(`preset rollout: shadow on ${backend.name}`, () => {
    let service: Service;
    let keys: Record<"platform" | "reviewer" | "admin", string>;
    let cleanup: () => Promise<void>;
    let dir: string;
    const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const auth = (k: string) => ({ authorization: `Bearer ${k}` });
    const post = (url: string, body: unknown) => service.app.inject({ method: "POST", url, headers: auth(keys.platform), payload: body as object });
    const get = (url: string) => service.app.inject({ method: "GET", url, headers: auth(keys.reviewer) });

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "cg-shadow-preset-"));
      const preset = JSON.parse(readFileSync(new URL("../../../presets/marketplace-default.json", import.meta.url), "utf8")) as Record<string, unknown>;
      const policyFile = join(dir, "shadow.json");
      writeFileSync(policyFile, JSON.stringify({ ...preset, rollout: "shadow" }));
      ({ service, keys, cleanup } = await backend.open({ policyFile }));
    }, 60_000);
    afterAll(async () => {
      await service?.close();
      await cleanup?.();
      rmSync(dir, { recursive: true, force: true });
    });

    it("every recorded check is a shadow one; the standing never moves; a preview stays a preview", async () => {
      const sender = `shp-${run}`;
      for (let i = 0; i < 3; i++) {
        const res = await post("/v1/check", { text: PHONE, context: ctx(sender) });
        expect(res.statusCode, res.body).toBe(200);
        expectShadowOfPhone(res.json());
        expect(res.json().standing).toMatchObject({ activeViolations: 0, ladderStep: 0 });
      }
      expect((await get(`/v1/accounts/${sender}/standing`)).json()).toMatchObject({ activeViolations: 0, totalViolations: 0 });
      const logged = (await get(`/v1/decisions?accountId=${sender}&shadow=true`)).json().items;
      expect(logged).toHaveLength(3);
      expect((await get(`/v1/decisions?accountId=${sender}&shadow=false`)).json().items).toHaveLength(0);

      const preview = (await post("/v1/check", { text: PHONE, context: ctx(sender), mode: "preview" })).json();
      expect(preview).toMatchObject({ decision: "warn", violation: true, recorded: false, decisionId: null });
      expect(preview).not.toHaveProperty("shadow");
    });
  });
}

describe("the preset's rollout switch", () => {
  const base = JSON.parse(readFileSync(new URL("../../../presets/marketplace-default.json", import.meta.url), "utf8")) as Record<string, unknown>;
  it("defaults to enforce, accepts shadow, refuses anything else", () => {
    const { rollout: _r, ...without } = base;
    expect(parsePreset(without).rollout).toBe("enforce");
    expect(parsePreset({ ...base, rollout: "shadow" }).rollout).toBe("shadow");
    expect(() => parsePreset({ ...base, rollout: "watch" })).toThrow(/rollout/);
  });
});
