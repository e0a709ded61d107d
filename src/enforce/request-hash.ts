import { createHash } from "node:crypto";
import type { CheckRequest } from "./types.js";

/*
 * What an idempotency key is bound to: the request's text, context and mode. A retry sends the same
 * request, so it hashes the same; the same key with another body is a client bug (or a guess at
 * someone's key) and must not be answered with the first decision. Objects are hashed with their keys
 * sorted: a client that rebuilds the same context in another key order is still retrying.
 */

/** JSON with object keys sorted at every level. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The SHA-256 of a request's text, context and mode (mode `enforce` when absent, as the API defaults it). */
export function requestHash(req: Pick<CheckRequest, "context" | "mode"> & { text?: string }): string {
  return createHash("sha256")
    .update(canonicalJson({ text: req.text ?? null, context: req.context ?? null, mode: req.mode ?? "enforce" }))
    .digest("hex");
}
