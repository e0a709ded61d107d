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
 * Issue 16, defects 1 (stream half) and 3, against the NATS JetStream on this machine (2.9, whose
 * work-queue streams ignore `term`) and PostgreSQL:
 *   - a poison message ends as exactly one dead letter and leaves the work queue;
 *   - one poison message among 300 (a NUL or a lone surrogate in an id, the room, the sender's id,
 *     the text) never fails its batch-mates: 299 decided, results published, decisions in the ledger,
 *     nothing left in the work queue.
 * All 300 are published before the worker starts, so the poison shares its micro-batch (and the
 * ledger's shared statements) with valid requests.
 */

// One delivery: a valid request failed along with its batch is not rescued by a later redelivery, so
// what is tested is that batch-mates are decided on their first delivery. A long ack wait, so a slow
// machine never lets a delivery run out.
const MAX_DELIVER = 1;
let scope: StreamScope;
/** The consumer's defaults but a short ack wait: where a dead letter that stays in the queue is delivered again. */
let redelivering: StreamScope;
let db: Db;
const preset = builtinPreset();

beforeAll(async () => {
  scope = await streamScope({ ackWaitMs: 30_000, maxDeliver: MAX_DELIVER });
  redelivering = await streamScope({ ackWaitMs: 1500, maxDeliver: 5 });
  db = await openDb({ dataDir: "", databaseUrl: PG_URL, schema: scope.schema });
  await migrate(db);
}, 30_000);
afterAll(async () => {
  await db?.close();
  await scope?.close();
  await redelivering?.close();
}, 30_000);

function newWorker(name: string, on: StreamScope = scope): StreamWorker {
  const repo = new Repository(db, ladderRule(preset.ladder));
  return new StreamWorker({
    nats: on.nc,
    topology: on.t,
    checker: new Enforcer(repo, createGuard({ preset }), { storeText: false }),
    history: new RoomHistory(db),
    name,
    batch: 128,
    historyWindow: preset.conversation.windowMessages,
  });
}

type Result = { id: string; decision: string; decisionId: string | null };
type Dead = { id: string | null; error: { code: string; message: string }; payload: string };

const TEXTS = ["Is the logo still available?", "call me at (415) 555-0199", "mail me: tacos.el.rey@gmail.com", "Thanks, files tomorrow."];

/** Half with a sender, half without (those share the group commit of the ledger's decision writer with the text poison). */
function validRequest(prefix: string, i: number): Record<string, unknown> {
  const request = { id: `${prefix}-${i}`, room: `${prefix}-room-${i % 7}`, text: TEXTS[i % TEXTS.length]! };
  return i % 2 ? { ...request, context: { sender: { id: `${prefix}-acct-${i % 11}`, role: "freelancer" } } } : request;
}

/** The five places a stream request carries a string the database refuses. */
const POISONS: Array<{ name: string; make: (prefix: string) => Record<string, unknown>; outcome: "dead" | "decided" }> = [
  { name: "NUL in the request id", make: (p) => ({ ...validRequest(p, 0), id: `${p}-poison\u0000` }), outcome: "dead" },
  { name: "lone surrogate in the room", make: (p) => ({ ...validRequest(p, 0), id: `${p}-poison`, room: `room\ud800` }), outcome: "dead" },
  { name: "NUL in the sender id", make: (p) => ({ ...validRequest(p, 0), id: `${p}-poison`, context: { sender: { id: "acct\u0000x", role: "client" } } }), outcome: "dead" },
  { name: "lone surrogate in the recipient id", make: (p) => ({ ...validRequest(p, 0), id: `${p}-poison`, context: { recipient: { id: "r\udc00", role: "client" } } }), outcome: "dead" },
  // Texts are decided as they are and stored repaired (hygiene rule, src/core/strings.ts): the poison text is
  // decided like any other. No sender: its decision goes through the group commit its batch-mates share.
  { name: "NUL in the text next to a URL and a phone number", make: (p) => ({ id: `${p}-poison`, room: `${p}-room-0`, text: "see https://ex\u0000ample.com or call (415) 555-0142\u0000" }), outcome: "decided" },
];

describe("stream worker, poison messages (NATS 2.9 + PostgreSQL)", () => {
  it("a poison message ends as exactly one dead letter and the work queue is empty afterwards", async () => {
    const s = redelivering;
    await s.js.publish(s.t.checkSubject, "{not json", { msgID: "lonely-poison" });
    const worker = newWorker("lonely", s);
    await worker.start();
    try {
      await s.waitFor(async () => (await s.count(s.t.deadStream)) >= 1 && (await s.count(s.t.checkStream)) === 0, 30_000, "the dead letter and an empty work queue");
      // Past several ack waits: a request left in the queue (term, on NATS 2.9) would have been delivered again by now.
      await new Promise((r) => setTimeout(r, 5000));
      expect(await s.count(s.t.checkStream)).toBe(0);
      const dead = await s.readAll<Dead>(s.t.deadStream);
      expect(dead).toHaveLength(1);
      expect(dead[0]!.error.code).toBe("invalid_json");
      expect(worker.deadLettered).toBe(1);
    } finally {
      await worker.stop();
    }
  }, 60_000);

  for (const [k, poison] of POISONS.entries()) {
    it(`300 messages with one poison (${poison.name}) → 299 decided, the poison dead-lettered alone, 0 left in the work queue`, async () => {
      const prefix = `p${k}`;
      const deadBefore = (await scope.readAll<Dead>(scope.t.deadStream)).length;
      const poisonAt = 150;
      const valid: string[] = [];
      for (let i = 0; i < 300; i++) {
        const request = i === poisonAt ? poison.make(prefix) : validRequest(prefix, i);
        if (i !== poisonAt) valid.push(request.id as string);
        await scope.js.publish(scope.t.checkSubject, JSON.stringify(request), { msgID: `${prefix}:${i}` });
      }
      const worker = newWorker(`w-${prefix}`);
      await worker.start();
      try {
        const mine = async () => (await scope.readAll<Result>(scope.t.resultStream)).filter((r) => r.id.startsWith(`${prefix}-`));
        const myDead = async () => (await scope.readAll<Dead>(scope.t.deadStream)).slice(deadBefore);
        await scope.waitFor(async () => (await mine()).length + (await myDead()).length >= 300, 90_000, "every request answered or dead-lettered");
        const results = await mine();
        const dead = await myDead();
        const decided = new Set(results.map((r) => r.id));
        expect(valid.filter((id) => !decided.has(id))).toEqual([]);
        expect(dead.filter((d) => d.id !== null && valid.includes(d.id))).toEqual([]);
        if (poison.outcome === "dead") {
          expect(results).toHaveLength(299);
          expect(dead).toHaveLength(1);
          expect(dead[0]!.error.code).toBe("invalid_string");
        } else {
          expect(results).toHaveLength(300);
          expect(dead).toHaveLength(0);
          expect(results.find((r) => r.id === `${prefix}-poison`)).toMatchObject({ violation: true });
        }
        // Every valid request's decision is in the ledger.
        const ids = results.filter((r) => valid.includes(r.id)).map((r) => r.decisionId);
        const [row] = await scope.sql<{ n: string }>("SELECT count(*) AS n FROM decisions WHERE id::text = ANY($1)", [ids]);
        expect(Number(row!.n)).toBe(299);
        await scope.waitFor(async () => (await scope.count(scope.t.checkStream)) === 0, 30_000, "an empty work queue");
      } finally {
        await worker.stop();
      }
    }, 120_000);
  }
});
