import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import { formatMessage } from "../../core/errors.js";
import { requestIdOf, storeDeadLetter } from "./dead-letter.js";
import type { Topology } from "./topology.js";

/*
 * Requests whose deliveries ran out without a dead letter. A worker dead-letters a request that is
 * still failing on its last delivery itself; but when the worker holding that last delivery dies (or
 * stalls past ack_wait), JetStream does not deliver it again and — the stream being a work queue —
 * keeps it forever: nothing acknowledges it, and nothing will. JetStream announces the moment with a
 * max-deliveries advisory (core NATS, not stored), so every worker listens in one queue group, and the
 * one that gets it stores the request as a `failed` dead letter and then deletes it from the work
 * queue. An advisory sent while no worker was connected is lost: such a request stays in the stream
 * (visible as messages with num_pending and num_ack_pending both 0) until an operator removes it.
 */

interface MaxDeliveriesAdvisory {
  stream: string;
  consumer: string;
  stream_seq: number;
  deliveries: number;
}

export class ExhaustedDeliverySweeper {
  private sub: Subscription | undefined;
  private loop: Promise<void> | undefined;
  private readonly js: JetStreamClient;
  private jsm: JetStreamManager | undefined;
  /** Requests this sweeper dead-lettered. */
  swept = 0;

  constructor(
    private readonly o: { nats: NatsConnection; topology: Topology; name: string; onError?: (err: unknown, context: string) => void },
  ) {
    this.js = jetstream(o.nats);
  }

  async start(): Promise<void> {
    this.jsm = await jetstreamManager(this.o.nats);
    this.sub = this.o.nats.subscribe(this.o.topology.exhaustedAdvisorySubject, { queue: `${this.o.topology.consumer}-sweepers` });
    const sub = this.sub;
    this.loop = (async () => {
      for await (const m of sub) {
        await this.sweep(m.json<MaxDeliveriesAdvisory>()).catch((err) => this.o.onError?.(err, "exhausted delivery"));
      }
    })();
  }

  async stop(): Promise<void> {
    this.sub?.unsubscribe();
    await this.loop;
  }

  private async sweep(a: MaxDeliveriesAdvisory): Promise<void> {
    const stream = this.o.topology.checkStream;
    const stored = await this.jsm!.streams.getMessage(stream, { seq: a.stream_seq });
    if (!stored) return; // already acknowledged or swept
    const payload = stored.string();
    const reason = `delivered ${a.deliveries} times without an acknowledgement: the worker holding its last delivery stopped before deciding it`;
    await storeDeadLetter(this.js, this.o.topology, {
      id: requestIdOf(payload),
      error: { code: "failed", message: formatMessage("failed", { reason }) },
      streamSeq: a.stream_seq,
      deliveries: a.deliveries,
      worker: this.o.name,
      payload,
    });
    // Only after the letter is stored: a crash in between leaves the request where it was.
    await this.jsm!.streams.deleteMessage(stream, a.stream_seq, false).catch((err: Error) => {
      if (!/no message found/i.test(err.message)) throw err;
    });
    this.swept++;
  }
}
