import type { NatsConnection } from "@nats-io/transport-node";
import { jetstream, type ConsumerMessages, type JetStreamClient, type JsMsg } from "@nats-io/jetstream";
import { formatMessage } from "../../core/errors.js";
import { ContextError } from "../../policy/context.js";
import type { Enforcer } from "../../enforce/enforcer.js";
import { requestHash } from "../../enforce/request-hash.js";
import type { HistoryEntry, RoomHistory } from "./history.js";
import { ledgerKey, resultMsgId, StreamCheckRequest, type DeadLetter } from "./protocol.js";
import type { Topology } from "./topology.js";
import { storeDeadLetter } from "./dead-letter.js";
import { ExhaustedDeliverySweeper } from "./exhausted.js";
import { unsafeIdentifier } from "./hygiene.js";

/*
 * A stream worker: pulls check requests from the shared durable consumer, decides them with the
 * service's Enforcer (same policy, same ledger), publishes each result, and only then acknowledges.
 *
 *   fetch → parse (poison or an unstorable id → dead letter, then ack) → append to room history
 *         → decide + record → publish result (deduplicated by request id) → ack
 *
 * A worker that dies anywhere before the ack leaves its requests unacknowledged; JetStream delivers
 * them again after ack_wait, the ledger's idempotency key turns the second decision into a replay of
 * the first, and the results stream drops the repeated result. So nothing is lost and nothing counts
 * twice. Requests arriving together are handled as one micro-batch: one history query, one group
 * commit of decisions; when a shared statement fails, its requests are tried again one by one, so
 * one bad request never fails its batch-mates. A request still failing on its last delivery is
 * dead-lettered; one whose last delivery was lost with its worker is dead-lettered by the
 * ExhaustedDeliverySweeper every worker runs.
 */

export interface StreamWorkerOptions {
  nats: NatsConnection;
  topology: Topology;
  checker: Enforcer;
  history: RoomHistory;
  /** Shown in results, dead letters and request ids (default: host:pid). */
  name: string;
  /** Requests handled together (default 128). */
  batch?: number;
  /** Deliveries after which a request that keeps failing is dead-lettered (default: the consumer's max_deliver). */
  maxDeliver?: number;
  /** Messages of a room the policy may join with the current one. */
  historyWindow?: number;
  onError?: (err: unknown, context: string) => void;
}

const MAX_BATCHES_IN_FLIGHT = 4;

export class StreamWorker {
  private readonly js: JetStreamClient;
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private pending: JsMsg[] = [];
  private flushScheduled = false;
  private readonly inFlight = new Set<Promise<void>>();
  /** Requests decided and acknowledged by this worker (replays included). */
  handled = 0;
  deadLettered = 0;
  private batches = 0;
  private readonly roomsSincePrune = new Set<string>();
  private maxDeliver = -1;
  private readonly sweeper: ExhaustedDeliverySweeper;

  constructor(private readonly o: StreamWorkerOptions) {
    this.js = jetstream(o.nats);
    this.sweeper = new ExhaustedDeliverySweeper({ nats: o.nats, topology: o.topology, name: o.name, ...(o.onError ? { onError: o.onError } : {}) });
  }

  async start(): Promise<void> {
    const consumer = await this.js.consumers.get(this.o.topology.checkStream, this.o.topology.consumer);
    // The consumer's own limit, so "last delivery" means what JetStream means by it.
    this.maxDeliver = this.o.maxDeliver ?? (await consumer.info()).config.max_deliver ?? -1;
    await this.sweeper.start();
    this.messages = await consumer.consume({ max_messages: (this.o.batch ?? 128) * 2 });
    this.loop = this.run(this.messages);
  }

  /** Stops pulling, finishes what was pulled, and returns when every handled request is acknowledged. */
  async stop(): Promise<void> {
    this.messages?.stop();
    await this.loop;
    await this.flush();
    await Promise.all(this.inFlight);
    await this.sweeper.stop();
  }

  private async run(messages: ConsumerMessages): Promise<void> {
    for await (const m of messages) {
      this.pending.push(m);
      if (this.pending.length >= (this.o.batch ?? 128)) await this.flush();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => void this.flush());
      }
    }
  }

  /** Starts a micro-batch of what has arrived; waits while too many are in flight (back-pressure on the pull). */
  private async flush(): Promise<void> {
    this.flushScheduled = false;
    while (this.inFlight.size >= MAX_BATCHES_IN_FLIGHT) await Promise.race(this.inFlight);
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const work = this.handleBatch(batch).catch((err) => this.o.onError?.(err, "batch"));
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async handleBatch(batch: JsMsg[]): Promise<void> {
    const requests: Pending[] = [];
    for (const m of batch) {
      const parsed = parseRequest(m);
      if ("error" in parsed) await this.deadLetter(m, parsed.id, parsed.error);
      else requests.push({ m, r: parsed.request });
    }
    const failed = await this.decideTogether(requests);
    if (requests.length === 1) {
      for (const f of failed) await this.retryLater(f.m, f.r.id, f.err);
      return;
    }
    // A shared statement (history INSERT, merged look-ups, group commit) fails for all its requests
    // when one of them holds what the store refuses: try each failed request alone, so that failure
    // stays with its own request and its batch-mates are decided now.
    for (const f of failed) {
      for (const again of await this.decideTogether([f])) await this.retryLater(again.m, again.r.id, again.err);
    }
  }

  /**
   * Records the requests' room history, decides each, publishes its result and acks it; answers the
   * requests that failed (neither acknowledged nor dead-lettered) with their errors.
   */
  private async decideTogether(requests: Pending[]): Promise<Array<Pending & { err: unknown }>> {
    if (requests.length === 0) return [];
    let windows: Map<string, HistoryEntry[]>;
    try {
      windows = await this.recordHistory(requests);
    } catch (err) {
      this.o.onError?.(err, "history");
      return requests.map((p) => ({ ...p, err }));
    }
    const outcomes = await Promise.all(
      requests.map((p) =>
        this.handle(p.m, p.r, windows).then(
          () => null,
          (err: unknown) => ({ ...p, err }),
        ),
      ),
    );
    return outcomes.filter((o) => o !== null);
  }

  /** A request that failed: delivered again later (with a growing delay), or dead-lettered on its last delivery. */
  private async retryLater(m: JsMsg, id: string, err: unknown): Promise<void> {
    this.o.onError?.(err, `request ${id}`);
    if (this.isLastDelivery(m)) return this.deadLetter(m, id, { code: "failed", message: formatMessage("failed", { reason: (err as Error).message }) });
    m.nak(1000 * m.info.deliveryCount);
  }

  /** Whether JetStream will not deliver this request again (the consumer's max_deliver; -1 means no limit). */
  private isLastDelivery(m: JsMsg): boolean {
    return this.maxDeliver > 0 && m.info.deliveryCount >= this.maxDeliver;
  }

  /** Appends the batch's room messages, then reads each room's recent messages in one query. */
  private async recordHistory(requests: Array<{ m: JsMsg; r: StreamCheckRequest }>): Promise<Map<string, HistoryEntry[]>> {
    const withRoom = requests.filter(({ r }) => r.room);
    if (withRoom.length === 0) return new Map();
    await this.o.history.append(
      withRoom.map(({ m, r }) => ({
        room: r.room!,
        seq: m.seq,
        senderId: senderOf(r),
        text: r.text,
        at: typeof r.context?.now === "string" ? r.context.now : new Date(m.info.timestampNanos / 1_000_000).toISOString(),
      })),
    );
    const rooms = [...new Set(withRoom.map(({ r }) => r.room!))];
    rooms.forEach((room) => this.roomsSincePrune.add(room));
    if (++this.batches % 50 === 0) {
      // Keep each room's window short; a failed prune only leaves a few more rows until the next one.
      const due = [...this.roomsSincePrune];
      this.roomsSincePrune.clear();
      this.o.history.prune(due).catch((err) => this.o.onError?.(err, "prune"));
    }
    const maxSeq = Math.max(...withRoom.map(({ m }) => m.seq));
    return this.o.history.window(rooms, maxSeq, (this.o.historyWindow ?? 20) + withRoom.length);
  }

  private async handle(m: JsMsg, r: StreamCheckRequest, windows: Map<string, HistoryEntry[]>): Promise<void> {
    const context: Record<string, unknown> = { ...(r.context ?? {}) };
    // The room is the conversation (the leakage dashboard groups by it) unless the caller named one.
    if (r.room && context.conversationId === undefined) context.conversationId = r.room;
    if (r.room && context.history === undefined) {
      const earlier = (windows.get(r.room) ?? []).filter((e) => e.seq < m.seq).slice(-(this.o.historyWindow ?? 20));
      context.history = earlier.map((e) => ({ text: e.text, at: e.at, ...(e.senderId ? { senderId: e.senderId } : {}) }));
    }
    let response;
    try {
      response = await this.o.checker.check(
        // Keys are the worker's own (`stream`), bound to the request as published (not the history added here).
        { text: r.text, context, idempotencyKey: ledgerKey(r.id), owner: "stream", requestHash: requestHash(r), ...(r.mode ? { mode: r.mode } : {}) },
        `${this.o.name}:${m.seq}`,
      );
    } catch (err) {
      if (err instanceof ContextError) return this.deadLetter(m, r.id, { code: err.code, message: err.message });
      throw err;
    }
    const result = { id: r.id, ...(r.room ? { room: r.room } : {}), ...response, worker: this.o.name };
    await this.js.publish(this.o.topology.resultSubject, JSON.stringify(result), { msgID: resultMsgId(r.id) });
    m.ack();
    this.handled++;
  }

  /**
   * Stores the dead letter (waiting for its PubAck), THEN acknowledges the request so it leaves the
   * work queue. Ack, not term: NATS 2.9 ignores `term` on a work-queue stream, so a termed request
   * was delivered again until max_deliver and then stayed in the stream forever; an ack removes it on
   * every version. If the letter cannot be stored the request stays (delivered again, or swept by
   * ExhaustedDeliverySweeper once its deliveries run out), so it is never lost.
   */
  private async deadLetter(m: JsMsg, id: string | null, error: DeadLetter["error"]): Promise<void> {
    const letter: DeadLetter = { id, error, streamSeq: m.seq, deliveries: m.info.deliveryCount, worker: this.o.name, payload: m.string() };
    try {
      await storeDeadLetter(this.js, this.o.topology, letter);
      await m.ackAck();
      this.deadLettered++;
    } catch (err) {
      this.o.onError?.(err, "dead letter");
      m.nak(1000);
    }
  }
}

interface Pending {
  m: JsMsg;
  r: StreamCheckRequest;
}

const senderOf = (r: StreamCheckRequest): string | null => {
  const sender = r.context?.sender as { id?: unknown } | null | undefined;
  return typeof sender?.id === "string" ? sender.id : null;
};

function parseRequest(m: JsMsg): { request: StreamCheckRequest } | { id: string | null; error: DeadLetter["error"] } {
  let raw: unknown;
  try {
    raw = JSON.parse(m.string());
  } catch (err) {
    return { id: null, error: { code: "invalid_json", message: `not valid JSON: ${(err as Error).message}` } };
  }
  const id = raw && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string" ? (raw as { id: string }).id : null;
  const parsed = StreamCheckRequest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { id, error: { code: "invalid_request", message: formatMessage("invalid_request", { field: issue?.path.join(".") || "request", problem: issue?.message ?? "invalid" }) } };
  }
  const unsafe = unsafeIdentifier(parsed.data);
  if (unsafe) return { id, error: { code: "invalid_string", message: unsafe } };
  return { request: parsed.data };
}
