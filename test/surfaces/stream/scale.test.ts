import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { streamScope, type StreamScope } from "./harness.js";

/*
 * The acceptance test: 10,000 check requests, three worker processes, one killed (SIGKILL)
 * mid-way. Every request must end with exactly one recorded decision in the ledger and exactly one
 * result on the results stream; nothing dead-lettered, nothing left in the queue.
 */

const TOTAL = 10_000;
const TEXTS = [
  "Hi! Is the logo still available?",
  "Budget is $1,200, deadline 2026-12-01, order #48213",
  "call me at (415) 555-0199",
  "mail me: tacos.el.rey@gmail.com",
  "WhatsApp me on +91 98200 12345 and we skip the fees",
  "Thanks, I'll send the files tomorrow.",
  "see my work on behance.net/anna",
  "v2.3.1 is deployed, see ticket 88123",
];

let scope: StreamScope;
const countBy = (xs: string[]) => xs.reduce<Record<string, number>>((acc, x) => ((acc[x] = (acc[x] ?? 0) + 1), acc), {});
beforeAll(async () => {
  // A short ack wait, so the killed worker's requests come back within seconds.
  scope = await streamScope({ ackWaitMs: 4000 });
}, 30_000);
afterAll(async () => {
  await scope?.close();
}, 60_000);

describe("stream workers: 10,000 requests, 3 workers, one killed", () => {
  it("records every request exactly once and publishes exactly one result for each", async () => {
    const workers = await Promise.all(["w1", "w2", "w3"].map((n) => scope.startWorker(n)));
    const ids: string[] = [];
    for (let start = 0; start < TOTAL; start += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, TOTAL - start) }, (_, k) => {
          const i = start + k;
          const id = `req-${i}`;
          ids.push(id);
          const request = {
            id,
            text: TEXTS[i % TEXTS.length],
            room: `room-${i % 300}`,
            context: { surface: "message", sender: { id: `acct-${i % 97}`, role: i % 2 ? "freelancer" : "client" } },
          };
          return scope.js.publish(scope.t.checkSubject, JSON.stringify(request), { msgID: id });
        }),
      );
    }

    // Kill one worker outright once a good part of the work is done.
    await scope.waitFor(async () => (await scope.count(scope.t.resultStream)) >= TOTAL * 0.3, 120_000, "30% of the results");
    workers[0]!.child.kill("SIGKILL");
    expect(await workers[0]!.exited).toBe(null);

    await scope.waitFor(
      async () => (await scope.count(scope.t.resultStream)) >= TOTAL && (await scope.count(scope.t.checkStream)) === 0,
      180_000,
      "every result and an empty queue",
    );

    const results = await scope.readAll<{ id: string; decisionId: string; worker: string; recorded: boolean }>(scope.t.resultStream);
    const replays = results.filter((r) => !r.recorded).length;
    console.info(`stream kill test: ${TOTAL} results; by worker ${JSON.stringify(countBy(results.map((r) => r.worker)))}; ${replays} answered from the ledger after a redelivery`);
    expect(results).toHaveLength(TOTAL);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set(ids));
    expect(new Set(results.map((r) => r.decisionId)).size).toBe(TOTAL);
    expect(results.some((r) => r.worker === "w1")).toBe(true); // the killed worker did part of the work

    const [ledger] = await scope.sql<{ n: string; keys: string }>("SELECT count(*) AS n, count(DISTINCT idempotency_key) AS keys FROM decisions WHERE idempotency_key LIKE 'stream:%'");
    expect(Number(ledger!.n)).toBe(TOTAL);
    expect(Number(ledger!.keys)).toBe(TOTAL);
    // Each recorded decision is the one its result names.
    const recorded = new Set((await scope.sql<{ id: string }>("SELECT id FROM decisions")).map((r) => r.id));
    expect(results.every((r) => recorded.has(r.decisionId))).toBe(true);
    // Violations: one per violating decision, never two.
    const [v] = await scope.sql<{ violations: string; decisions: string }>(
      "SELECT (SELECT count(*) FROM violations) AS violations, (SELECT count(*) FROM decisions WHERE violation AND sender_id IS NOT NULL) AS decisions",
    );
    expect(Number(v!.violations)).toBe(Number(v!.decisions));
    expect(await scope.count(scope.t.deadStream)).toBe(0);
  }, 300_000);
});
