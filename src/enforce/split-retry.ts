/*
 * What a shared statement does when it fails. The write path merges the work of many requests into one
 * statement (look-ups of one event-loop turn, the decisions of one group commit), and a database
 * refuses a statement whole: one bad value would fail every request in it. So a failed shared statement
 * is retried one request at a time, and only the request whose own retry fails gets the error.
 */

/** What a split is reported with: never the values, only how big the batch was and what the driver said. */
export interface BatchFailure {
  /** Which shared statement failed (e.g. "decision insert", "standing look-up"). */
  statement: string;
  size: number;
  error: { name?: string; code?: string };
}

export type BatchFailureLog = (failure: BatchFailure) => void;

/** The default: one JSON line on stderr (the service log has no place in the act stage). */
export const logToStderr: BatchFailureLog = (failure) => {
  process.stderr.write(JSON.stringify({ level: "warn", msg: "shared statement failed; retrying its requests one by one", ...failure }) + "\n");
};

/** Name and driver code of an error, without its message (a driver's message or detail can quote values). */
export function describeError(err: unknown): BatchFailure["error"] {
  const { name, code } = (err ?? {}) as { name?: unknown; code?: unknown };
  return { ...(typeof name === "string" ? { name } : {}), ...(typeof code === "string" ? { code } : {}) };
}
