import { openDb } from "../../src/ledger/db.js";
import type { Store } from "./service.js";

/*
 * The soak's ground truth: the decisions the ledger holds, read directly (the service is stopped
 * first, so PGlite's data directory is free), compared with what the clients were told.
 */

export interface LedgerCounts {
  /** Acknowledged decisions (2xx with a decisionId) that the ledger does not hold. */
  missing: number;
  /** Unique requests (by text hash) stored more than once: retries after a crash must not double. */
  doubled: number;
  /** Acknowledged decision ids whose stored text hash is not the request's (an answer for another request). */
  mismatched: number;
  /** Decisions stored for this run's valid requests (acknowledged or not). */
  stored: number;
}

/** `acked`: decision id → the text hash of its request (null for hostile ones); `sentHashes`: every valid request sent. */
export async function countLedger(store: Store, acked: ReadonlyMap<string, string | null>, sentHashes: ReadonlySet<string>): Promise<LedgerCounts> {
  const db = await openDb({
    ...(store.env.DATABASE_URL ? { databaseUrl: store.env.DATABASE_URL } : { dataDir: store.env.DATA_DIR! }),
    ...(store.env.DB_SCHEMA ? { schema: store.env.DB_SCHEMA } : {}),
    poolSize: 2,
  });
  try {
    const ackedRows = await db.query<{ id: string; text_hash: string }>("SELECT id, text_hash FROM decisions WHERE id = ANY($1::text[])", [[...acked.keys()]]);
    const byId = new Map(ackedRows.map((r) => [r.id, r.text_hash]));
    let missing = 0;
    let mismatched = 0;
    for (const [id, hash] of acked) {
      const stored = byId.get(id);
      if (stored === undefined) missing++;
      else if (hash !== null && stored !== hash) mismatched++;
    }
    // Every valid request's text is unique to this run, so more than one decision per hash is a double.
    const perHash = await db.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM decisions WHERE text_hash = ANY($1::text[]) GROUP BY text_hash",
      [[...sentHashes]],
    );
    const doubled = perHash.filter((r) => Number(r.n) > 1).length;
    const stored = perHash.reduce((sum, r) => sum + Number(r.n), 0);
    return { missing, doubled, mismatched, stored };
  } finally {
    await db.close();
  }
}
