import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countLedger } from "../../bench/soak/ledger.js";
import { sha256 } from "../../bench/soak/traffic.js";
import { openDb, type Db } from "../../src/ledger/db.js";
import { migrate } from "../../src/ledger/migrate.js";
import { Repository, type DecisionRecord } from "../../src/ledger/repository.js";

/*
 * The soak's ground truth must be able to fail: a missing acknowledged decision, a request stored
 * twice and an id that answers another request are each counted (on a real PGlite ledger).
 */

const decision = (id: string, text: string, key: string | null): DecisionRecord => ({
  id, requestId: id, idempotencyKey: key, senderId: "s", recipientId: null, surface: "message", decision: "allow", violation: false,
  clauses: [], findings: [], context: {}, message: "", textHash: sha256(text), policyId: "p", policyVersion: "1", createdAt: new Date().toISOString(),
});

describe("soak ledger counts", () => {
  let dataDir: string;
  let db: Db;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cg-soak-ledger-"));
    db = await openDb({ dataDir });
    await migrate(db);
    // "one" stored once, "two" stored twice (a retry that was not recognised), "three" never.
    await new Repository(db).insertDecisions([decision("d1", "one", "k1"), decision("d2", "two", "k2"), decision("d2b", "two", "k2b")]);
    await db.close();
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("counts missing, doubled and mismatched decisions", async () => {
    const acked = new Map<string, string | null>([["d1", sha256("one")], ["d2", sha256("one")], ["d3", sha256("three")]]);
    const counts = await countLedger({ kind: "pglite", env: { DATA_DIR: dataDir } }, acked, new Set([sha256("one"), sha256("two"), sha256("three")]));
    expect(counts).toEqual({ missing: 1, doubled: 1, mismatched: 1, stored: 3 });
  });
});
