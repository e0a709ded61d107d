import { z } from "zod";
import type { ErrorCode } from "../../core/errors.js";

/*
 * The messages on the stream. A request is one check, as on POST /v1/check, plus the id that makes
 * it idempotent and, for messages, the conversation it belongs to.
 */

export const StreamCheckRequest = z.object({
  /** Unique per request: a redelivered or republished request with the same id is decided once. */
  id: z.string().min(1).max(200),
  text: z.string().max(1_000_000),
  context: z.record(z.string(), z.unknown()).nullable().optional(),
  /**
   * The conversation: its recent messages are kept in the shared store and joined for split contact
   * details; also the decision's `context.conversationId` when the context names none.
   */
  room: z.string().min(1).max(200).optional(),
  /** As on POST /v1/check: `shadow` records a shadow decision and the result is `allow` with `shadow` and `wouldDecide`. */
  mode: z.enum(["enforce", "preview", "shadow"]).optional(),
});
export type StreamCheckRequest = z.infer<typeof StreamCheckRequest>;

/** A request that cannot be decided, with why; stored on the dead-letter stream before the request is acked. */
export interface DeadLetter {
  id: string | null;
  /**
   * invalid_json, invalid_request, invalid_context, invalid_string (an id, the room or a party's id holds
   * a NUL or a lone surrogate), or failed (still failing at its last delivery, or its worker died on it).
   */
  error: { code: ErrorCode; message: string };
  streamSeq: number;
  deliveries: number;
  worker: string;
  /** The request as received (cut at 64 KB). */
  payload: string;
}

/** The id a request's result is published under (the results stream drops repeats of it). */
export const resultMsgId = (requestId: string) => `result:${requestId}`;
/** The ledger's idempotency key for a stream request. */
export const ledgerKey = (requestId: string) => `stream:${requestId}`;
