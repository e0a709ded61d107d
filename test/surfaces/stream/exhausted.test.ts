import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExhaustedDeliverySweeper } from "../../../src/surfaces/stream/exhausted.js";
import { streamScope, type StreamScope } from "./harness.js";

/*
 * A request whose worker died on its last delivery. JetStream (2.9 here) does not deliver it again
 * and, the stream being a work queue, would keep it forever; it announces the moment with a
 * max-deliveries advisory, on which the sweeper every worker runs stores it as a `failed` dead letter
 * and removes it from the work queue.
 */

let scope: StreamScope;
beforeAll(async () => {
  scope = await streamScope({ ackWaitMs: 1500, maxDeliver: 2 });
}, 30_000);
afterAll(async () => {
  await scope?.close();
}, 30_000);

describe("ExhaustedDeliverySweeper", () => {
  it("dead-letters a request whose last delivery was never acknowledged, and empties the work queue", async () => {
    const sweeper = new ExhaustedDeliverySweeper({ nats: scope.nc, topology: scope.t, name: "sweeper" });
    await sweeper.start();
    try {
      await scope.js.publish(scope.t.checkSubject, JSON.stringify({ id: "orphan-1", text: "hello" }));
      // Workers that take the request and die, each time (max_deliver is 2): nothing ever acks it. They
      // keep pulling meanwhile, as live workers do — JetStream notices the exhausted request (and sends
      // the advisory) when it looks for the next message to deliver.
      const consumer = await scope.js.consumers.get(scope.t.checkStream, scope.t.consumer);
      let deliveries = 0;
      await scope.waitFor(
        async () => {
          const batch = await consumer.fetch({ max_messages: 1, expires: 1000 });
          for await (const m of batch) deliveries = Math.max(deliveries, m.info.deliveryCount);
          return deliveries >= 2 && (await scope.count(scope.t.checkStream)) === 0;
        },
        30_000,
        "two deliveries and an empty work queue",
      );
      const dead = await scope.readAll<{ id: string | null; error: { code: string; message: string }; deliveries: number; payload: string }>(scope.t.deadStream);
      expect(dead).toHaveLength(1);
      expect(dead[0]).toMatchObject({ id: "orphan-1", error: { code: "failed" }, deliveries: 2 });
      expect(JSON.parse(dead[0]!.payload)).toEqual({ id: "orphan-1", text: "hello" });
      expect(sweeper.swept).toBe(1);
    } finally {
      await sweeper.stop();
    }
  }, 60_000);
});
