import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGuard } from "../../../src/guard.js";
import { builtinPreset } from "../../../src/policy/preset.js";
import { Enforcer } from "../../../src/enforce/enforcer.js";
import { openDb, type Db } from "../../../src/ledger/db.js";
import { migrate } from "../../../src/ledger/migrate.js";
import { Repository } from "../../../src/ledger/repository.js";
import { ladderRule } from "../../../src/enforce/ladder.js";
import { RoomHistory } from "../../../src/surfaces/stream/history.js";
import { StreamWorker } from "../../../src/surfaces/stream/worker.js";
import { PG_URL } from "../../helpers/backends.js";
import { streamScope, type StreamScope } from "./harness.js";

/*
 * The stream worker in this process against the real NATS and PostgreSQL: poison messages, a
 * contact detail split over two messages decided by two different workers, and a request
 * published twice under the same id.
 */

let scope: StreamScope;
let db: Db;
const preset = builtinPreset();

beforeAll(async () => {
  scope = await streamScope({ ackWaitMs: 2000 });
  db = await openDb({ dataDir: "", databaseUrl: PG_URL, schema: scope.schema });
  await migrate(db);
}, 30_000);
afterAll(async () => {
  await db?.close();
  await scope?.close();
}, 30_000);

function newWorker(name: string): StreamWorker {
  const repo = new Repository(db, ladderRule(preset.ladder));
  return new StreamWorker({
    nats: scope.nc,
    topology: scope.t,
    checker: new Enforcer(repo, createGuard({ preset }), { storeText: false }),
    history: new RoomHistory(db),
    name,
    historyWindow: preset.conversation.windowMessages,
  });
}

type Result = { id: string; decision: string; worker: string; recorded: boolean; decisionId: string; findings: Array<{ type: string; splitFrom?: unknown }> };
type Dead = { id: string | null; error: { code: string; message: string }; payload: string };

async function resultFor(id: string): Promise<Result> {
  let found: Result | undefined;
  await scope.waitFor(
    async () => {
      found = (await scope.readAll<Result>(scope.t.resultStream)).find((r) => r.id === id);
      return !!found;
    },
    15_000,
    `the result of ${id}`,
  );
  return found!;
}

describe("StreamWorker", () => {
  it("sends poison messages to the dead-letter stream with the reason, and goes on", async () => {
    const worker = newWorker("poison");
    await worker.start();
    await scope.js.publish(scope.t.checkSubject, "{not json");
    await scope.js.publish(scope.t.checkSubject, JSON.stringify({ id: "p2", text: 42 }));
    await scope.js.publish(scope.t.checkSubject, JSON.stringify({ id: "p3", text: "hi", context: { surface: "nowhere" } }));
    await scope.js.publish(scope.t.checkSubject, JSON.stringify({ id: "p4", text: "all good here" }));
    expect((await resultFor("p4")).decision).toBe("allow");
    await scope.waitFor(async () => (await scope.count(scope.t.deadStream)) >= 3, 10_000, "three dead letters");
    const dead = await scope.readAll<Dead>(scope.t.deadStream);
    expect(dead.map((d) => [d.id, d.error.code])).toEqual([
      [null, "invalid_json"],
      ["p2", "invalid_request"],
      ["p3", "invalid_context"],
    ]);
    expect(dead[2]!.error.message).toContain("context.surface");
    expect(dead[0]!.payload).toBe("{not json");
    await worker.stop();
    expect(worker.deadLettered).toBe(3);
  });

  it("finds a phone number split over two messages of one room decided by two different workers", async () => {
    const sender = { id: "split-sender", role: "freelancer" };
    const a = newWorker("A");
    await a.start();
    await scope.js.publish(scope.t.checkSubject, JSON.stringify({ id: "s1", room: "room-split", text: "my number is four one five 555", context: { sender } }));
    expect((await resultFor("s1")).worker).toBe("A");
    await a.stop();
    const b = newWorker("B");
    await b.start();
    await scope.js.publish(scope.t.checkSubject, JSON.stringify({ id: "s2", room: "room-split", text: "0199, text me", context: { sender } }));
    const second = await resultFor("s2");
    expect(second.worker).toBe("B");
    expect(second.findings.some((f) => f.type === "phone" && f.splitFrom)).toBe(true);
    expect(second.decision).not.toBe("allow");
    await b.stop();
  });

  it("decides a request published twice under the same id once, with one result", async () => {
    const worker = newWorker("dup");
    await worker.start();
    const request = JSON.stringify({ id: "d1", text: "call me at (415) 555-0123", context: { sender: { id: "dup-sender", role: "client" } } });
    // Different message ids get past JetStream's own deduplication: the worker's idempotency is what is tested.
    await scope.js.publish(scope.t.checkSubject, request, { msgID: "copy-1" });
    await scope.js.publish(scope.t.checkSubject, request, { msgID: "copy-2" });
    await resultFor("d1");
    await scope.waitFor(async () => worker.handled >= 2, 10_000, "both copies handled");
    await worker.stop();
    const results = (await scope.readAll<Result>(scope.t.resultStream)).filter((r) => r.id === "d1");
    expect(results).toHaveLength(1);
    const rows = await scope.sql<{ n: string }>("SELECT count(*) AS n FROM decisions WHERE idempotency_key = 'stream:d1'");
    expect(Number(rows[0]!.n)).toBe(1);
    const violations = await scope.sql<{ n: string }>("SELECT count(*) AS n FROM violations WHERE account_id = 'dup-sender'");
    expect(Number(violations[0]!.n)).toBe(1);
  });

  it("a request whose decision was committed by a worker that died before acking is answered from the ledger, not decided again", async () => {
    const request = { id: "c1", text: "mail me: crash.test@example.com", context: { sender: { id: "crash-sender", role: "freelancer" } } };
    // What the dead worker got done: the decision is in the ledger under the request's key, in the worker's own scope (`stream`).
    const repo = new Repository(db, ladderRule(preset.ladder));
    const before = await new Enforcer(repo, createGuard({ preset }), { storeText: false }).check(
      { text: request.text, context: request.context, idempotencyKey: "stream:c1", owner: "stream" },
      "dead-worker:1",
    );
    expect(before.recorded).toBe(true);
    const worker = newWorker("survivor");
    await worker.start();
    await scope.js.publish(scope.t.checkSubject, JSON.stringify(request));
    const result = await resultFor("c1");
    await worker.stop();
    expect(result).toMatchObject({ recorded: false, decisionId: before.decisionId, worker: "survivor" });
    const rows = await scope.sql<{ n: string }>("SELECT count(*) AS n FROM violations WHERE account_id = 'crash-sender'");
    expect(Number(rows[0]!.n)).toBe(1);
  });
});
