import type { JetStreamClient } from "@nats-io/jetstream";
import type { DeadLetter } from "./protocol.js";
import type { Topology } from "./topology.js";

/** The request as received is kept in the letter up to this many characters. */
export const DEAD_PAYLOAD_CHARS = 64 * 1024;

/**
 * Stores a dead letter and resolves only once JetStream has acknowledged it (the PubAck), so the
 * caller may then remove the request from the work queue without ever losing it. The message id is
 * the request's stream sequence: a worker and the exhausted-delivery sweeper (or a redelivery after
 * a lost ack) writing the same letter twice leave one.
 */
export async function storeDeadLetter(js: JetStreamClient, t: Topology, letter: DeadLetter): Promise<void> {
  await js.publish(t.deadSubject, JSON.stringify({ ...letter, payload: letter.payload.slice(0, DEAD_PAYLOAD_CHARS) }), { msgID: `dead:${letter.streamSeq}` });
}

/** The request id of a raw payload when it has one (for a letter about a request that was never parsed). */
export function requestIdOf(payload: string): string | null {
  try {
    const raw = JSON.parse(payload) as unknown;
    return raw && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string" ? (raw as { id: string }).id : null;
  } catch {
    return null;
  }
}
