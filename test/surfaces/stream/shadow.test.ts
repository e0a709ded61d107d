import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ServiceConfig } from "../../../src/runtime/config.js";
import { createApiKey } from "../../../src/runtime/keys.js";
import { createService, type Service } from "../../../src/surfaces/http/server.js";
import { RoomHistory } from "../../../src/surfaces/stream/history.js";
import { StreamWorker } from "../../../src/surfaces/stream/worker.js";
import { PG_URL } from "../../helpers/backends.js";
import { streamScope, type StreamScope } from "./harness.js";

/*
 * Issue 20 on the stream (real NATS JetStream and PostgreSQL): a request's `mode: "shadow"` and the
 * preset's `rollout: "shadow"` give a result like POST /v1/check's shadow answer (allow, `shadow`,
 * `wouldDecide`), recorded as a shadow decision with no strike; and the room is the decision's
 * `context.conversationId` unless the request names one. The worker runs in this process over a
 * service's own enforcer, so the decisions are read back through GET /v1/decisions/:id.
 */

const PHONE = "call me at (415) 555-0199";

type Result = Record<string, unknown> & { id: string; room?: string; decision: string; decisionId: string; recorded: boolean; shadow?: true; wouldDecide?: Record<string, unknown>; standing: Record<string, unknown> | null };
type Dead = { id: string | null; error: { code: string; message: string } };

/** A private stream scope, a service on its PostgreSQL schema, and a worker deciding with the service's enforcer. */
function streamService(policy?: Record<string, unknown>) {
  const s = {} as { scope: StreamScope; service: Service; reviewer: string; worker: StreamWorker; dir?: string };
  beforeAll(async () => {
    s.scope = await streamScope({ ackWaitMs: 2000 });
    let policyFile: string | undefined;
    if (policy) {
      s.dir = mkdtempSync(join(tmpdir(), "cg-stream-shadow-"));
      policyFile = join(s.dir, "policy.json");
      writeFileSync(policyFile, JSON.stringify(policy));
    }
    const config = ServiceConfig.parse({ logLevel: "silent", rateLimitPerMinute: 1_000_000, databaseUrl: PG_URL, documentThreads: 1, ...(policyFile ? { policyFile } : {}) });
    s.service = await createService(config, { schema: s.scope.schema });
    s.reviewer = (await createApiKey(s.service.repo, "reviewer")).key;
    s.worker = new StreamWorker({ nats: s.scope.nc, topology: s.scope.t, checker: s.service.runtime.enforcer, history: new RoomHistory(s.service.db), name: "shadow-worker", historyWindow: s.service.preset.conversation.windowMessages });
    await s.worker.start();
  }, 60_000);
  afterAll(async () => {
    await s.worker?.stop();
    await s.service?.close();
    await s.scope?.close();
    if (s.dir) rmSync(s.dir, { recursive: true, force: true });
  }, 30_000);

  const publish = (request: Record<string, unknown>) => s.scope.js.publish(s.scope.t.checkSubject, JSON.stringify(request), { msgID: String(request.id) });
  const get = async (url: string) => {
    const res = await s.service.app.inject({ method: "GET", url, headers: { authorization: `Bearer ${s.reviewer}` } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  async function resultFor(id: string): Promise<Result> {
    let found: Result | undefined;
    await s.scope.waitFor(
      async () => {
        found = (await s.scope.readAll<Result>(s.scope.t.resultStream)).find((r) => r.id === id);
        return !!found;
      },
      15_000,
      `the result of ${id}`,
    );
    return found!;
  }
  async function deadLetterFor(id: string): Promise<Dead> {
    let found: Dead | undefined;
    await s.scope.waitFor(
      async () => {
        found = (await s.scope.readAll<Dead>(s.scope.t.deadStream)).find((d) => d.id === id);
        return !!found;
      },
      15_000,
      `the dead letter of ${id}`,
    );
    return found!;
  }
  return { publish, get, resultFor, deadLetterFor };
}

describe("stream requests in shadow mode", () => {
  const { publish, get, resultFor, deadLetterFor } = streamService();

  it("a `mode: shadow` request: the result is allow with shadow and wouldDecide, recorded as shadow in its room's conversation, no strike", async () => {
    const sender = { id: "st-shadow", role: "freelancer", plan: "basic" };
    await publish({ id: "sh1", room: "room-sh", text: PHONE, context: { sender }, mode: "shadow" });
    const result = await resultFor("sh1");
    expect(result).toMatchObject({ id: "sh1", room: "room-sh", decision: "allow", violation: false, message: "", clauses: [], findings: [], shadow: true, recorded: true, worker: "shadow-worker" });
    expect(result).not.toHaveProperty("redactedText");
    expect(result.wouldDecide).toMatchObject({ decision: "warn", violation: true, redactedText: "call me at [phone hidden]" });
    expect(result.standing).toMatchObject({ activeViolations: 0, totalViolations: 0 });

    const stored = await get(`/v1/decisions/${result.decisionId}`);
    expect(stored).toMatchObject({ shadow: true, decision: "warn", violation: true, idempotencyKey: "stream:sh1", context: { conversationId: "room-sh" } });
    expect(await get(`/v1/accounts/${sender.id}/standing`)).toMatchObject({ activeViolations: 0, totalViolations: 0 });

    // The control: the same message enforced strikes, and is not shadow.
    await publish({ id: "sh2", room: "room-sh", text: PHONE, context: { sender } });
    const enforced = await resultFor("sh2");
    expect(enforced).toMatchObject({ decision: "warn", violation: true, recorded: true });
    expect(enforced).not.toHaveProperty("shadow");
    expect(enforced).not.toHaveProperty("wouldDecide");
    expect(await get(`/v1/decisions/${enforced.decisionId}`)).toMatchObject({ shadow: false, context: { conversationId: "room-sh" } });
    expect(await get(`/v1/accounts/${sender.id}/standing`)).toMatchObject({ activeViolations: 1 });
  });

  it("the caller's own context.conversationId wins over the room; without a room there is none", async () => {
    await publish({ id: "cv1", room: "room-cv", text: "see you Monday", context: { conversationId: "deal-9" } });
    expect(await get(`/v1/decisions/${(await resultFor("cv1")).decisionId}`)).toMatchObject({ context: { conversationId: "deal-9" } });
    await publish({ id: "cv2", text: "see you Tuesday" });
    expect(await get(`/v1/decisions/${(await resultFor("cv2")).decisionId}`)).toMatchObject({ context: { conversationId: null } });
  });

  it("a mode it does not know, or a conversationId the ledger cannot store, is dead-lettered with its reason", async () => {
    await publish({ id: "bad-mode", text: "hi", mode: "loud" });
    expect((await deadLetterFor("bad-mode")).error).toMatchObject({ code: "invalid_request" });
    await publish({ id: "bad-conv", text: "hi", context: { conversationId: "a\u0000b" } });
    expect((await deadLetterFor("bad-conv")).error).toMatchObject({ code: "invalid_string", message: expect.stringContaining("context.conversationId") });
  });
});

describe("stream requests under the preset's rollout: shadow", () => {
  const preset = JSON.parse(readFileSync(new URL("../../../presets/marketplace-default.json", import.meta.url), "utf8")) as Record<string, unknown>;
  const { publish, get, resultFor } = streamService({ ...preset, rollout: "shadow" });

  it("every recorded request is a shadow one; a preview stays a preview", async () => {
    const sender = { id: "st-rollout", role: "freelancer", plan: "basic" };
    await publish({ id: "ro1", room: "room-ro", text: PHONE, context: { sender } });
    const result = await resultFor("ro1");
    expect(result).toMatchObject({ decision: "allow", shadow: true, recorded: true, wouldDecide: { decision: "warn", violation: true } });
    expect(await get(`/v1/decisions/${result.decisionId}`)).toMatchObject({ shadow: true, context: { conversationId: "room-ro" } });
    expect(await get(`/v1/accounts/${sender.id}/standing`)).toMatchObject({ activeViolations: 0, totalViolations: 0 });

    await publish({ id: "ro2", text: PHONE, context: { sender }, mode: "preview" });
    const preview = await resultFor("ro2");
    expect(preview).toMatchObject({ decision: "warn", recorded: false, decisionId: null });
    expect(preview).not.toHaveProperty("shadow");
  });
});
