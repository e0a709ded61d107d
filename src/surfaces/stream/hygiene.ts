import { formatMessage } from "../../core/errors.js";
import { unsafeIdProblem } from "../../core/strings.js";
import type { StreamCheckRequest } from "./protocol.js";

/*
 * The input-hygiene rule (src/core/strings.ts) at the stream's edge. The identifiers of a request —
 * its id (the ledger's idempotency key), the room, the parties' ids — end up in statements the worker
 * shares with the rest of its micro-batch (the history INSERT, the merged standing and idempotency
 * look-ups), and PostgreSQL refuses a NUL or a lone surrogate for the whole statement. So a request
 * with such an id is dead-lettered with `invalid_string` before it meets any other. Texts are left
 * as they are: they are detected on as given and repaired for storage further down.
 */

/** Where a request carries identifiers, as data: each entry yields the strings found at its path. */
const ID_FIELDS: ReadonlyArray<{ field: string; values: (r: StreamCheckRequest) => unknown[] }> = [
  { field: "id", values: (r) => [r.id] },
  { field: "room", values: (r) => [r.room] },
  { field: "context.sender.id", values: (r) => [at(r.context, "sender", "id")] },
  { field: "context.recipient.id", values: (r) => [at(r.context, "recipient", "id")] },
  { field: "context.conversationId", values: (r) => [at(r.context, "conversationId")] },
  { field: "context.history.senderId", values: (r) => (Array.isArray(r.context?.history) ? r.context.history.map((h) => at(h, "senderId")) : []) },
];

/** A property path into an unvalidated value (the context is checked by the policy later). */
function at(value: unknown, ...path: string[]): unknown {
  let v = value;
  for (const key of path) v = v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** The `invalid_string` message for the first identifier the database would refuse, or null. */
export function unsafeIdentifier(r: StreamCheckRequest): string | null {
  for (const { field, values } of ID_FIELDS) {
    for (const v of values(r)) {
      const problem = typeof v === "string" ? unsafeIdProblem(v) : null;
      if (problem) return formatMessage("invalid_string", { field, problem });
    }
  }
  return null;
}
