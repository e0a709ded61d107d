import { AckPolicy, DeliverPolicy, RetentionPolicy, StorageType, type JetStreamManager } from "@nats-io/jetstream";

/*
 * Where check requests, results and dead letters live on JetStream, as data. Names derive from one
 * prefix so several deployments (or test runs) share a NATS cluster without meeting.
 *   requests      <prefix>.check   stream <PREFIX>_CHECKS  (work queue: a message leaves when acked)
 *   results       <prefix>.result  stream <PREFIX>_RESULTS (deduplicated by request id)
 *   dead letters  <prefix>.dead    stream <PREFIX>_DEAD
 *   exhausted     JetStream's max-deliveries advisory for the shared consumer (see exhausted.ts)
 * Workers share one durable pull consumer, so any number of them on any number of machines split
 * the requests between them.
 */

export interface Topology {
  prefix: string;
  checkSubject: string;
  resultSubject: string;
  deadSubject: string;
  checkStream: string;
  resultStream: string;
  deadStream: string;
  consumer: string;
  /** Where JetStream announces a request of the shared consumer whose deliveries ran out unacknowledged. */
  exhaustedAdvisorySubject: string;
}

export interface TopologyOptions {
  /** How long a delivered request may go unacknowledged before it is delivered again (a worker died). */
  ackWaitMs: number;
  /** Deliveries before a request that keeps failing is dead-lettered. */
  maxDeliver: number;
  /** How long a result's id is remembered for deduplication (must exceed ackWaitMs × maxDeliver). */
  duplicateWindowMs: number;
}

export const DEFAULT_TOPOLOGY_OPTIONS: TopologyOptions = { ackWaitMs: 30_000, maxDeliver: 5, duplicateWindowMs: 15 * 60_000 };

export function topology(prefix = "contactguard"): Topology {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(prefix)) throw new Error(`stream prefix "${prefix}" must be 1–64 letters, digits, _ or -`);
  const upper = prefix.toUpperCase().replace(/-/g, "_");
  return {
    prefix,
    checkSubject: `${prefix}.check`,
    resultSubject: `${prefix}.result`,
    deadSubject: `${prefix}.dead`,
    checkStream: `${upper}_CHECKS`,
    resultStream: `${upper}_RESULTS`,
    deadStream: `${upper}_DEAD`,
    consumer: `${prefix}-workers`,
    exhaustedAdvisorySubject: `$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.${upper}_CHECKS.${prefix}-workers`,
  };
}

const ns = (ms: number) => ms * 1_000_000;

/** Creates the streams and the shared consumer when missing; an existing setup is left as its operator made it. */
export async function ensureTopology(jsm: JetStreamManager, t: Topology, options: Partial<TopologyOptions> = {}): Promise<void> {
  const o = { ...DEFAULT_TOPOLOGY_OPTIONS, ...options };
  const streams = [
    { name: t.checkStream, subjects: [t.checkSubject], retention: RetentionPolicy.Workqueue, duplicate_window: ns(o.duplicateWindowMs) },
    { name: t.resultStream, subjects: [t.resultSubject], retention: RetentionPolicy.Limits, duplicate_window: ns(o.duplicateWindowMs) },
    { name: t.deadStream, subjects: [t.deadSubject], retention: RetentionPolicy.Limits, duplicate_window: ns(o.duplicateWindowMs) },
  ];
  for (const s of streams) {
    try {
      await jsm.streams.info(s.name);
    } catch {
      await addIgnoringRace(() => jsm.streams.add({ ...s, storage: StorageType.File }));
    }
  }
  try {
    await jsm.consumers.info(t.checkStream, t.consumer);
  } catch {
    await addIgnoringRace(() =>
      jsm.consumers.add(t.checkStream, {
        durable_name: t.consumer,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ack_wait: ns(o.ackWaitMs),
        max_deliver: o.maxDeliver,
        max_ack_pending: 20_000,
      }),
    );
  }
}

/** Workers starting together race to create the same stream; the loser finds it made. */
async function addIgnoringRace(add: () => Promise<unknown>): Promise<void> {
  try {
    await add();
  } catch (err) {
    if (!/already in use|already exists/i.test((err as Error).message)) throw err;
  }
}
