import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DecisionWriter } from "../../src/enforce/writer.js";
import type { BatchFailure } from "../../src/enforce/split-retry.js";
import { openDb, type Db } from "../../src/ledger/db.js";
import { migrate } from "../../src/ledger/migrate.js";
import { Repository, type DecisionRecord } from "../../src/ledger/repository.js";
import { PG_URL } from "../helpers/backends.js";

/*
 * The group commit when its shared INSERT fails (issue 16, defect 1): the database refuses a NUL for
 * the whole statement, so the writer inserts that batch's rows one by one and only the bad row's
 * caller gets the error. The writer is given a raw record here (the enforcer repairs texts and refuses
 * bad keys before this point), so the split itself is what is tested, on both stores.
 */

const record = (over: Partial<DecisionRecord> = {}): DecisionRecord => ({
  id: randomUUID(),
  requestId: randomUUID(),
  surface: "message",
  decision: "allow",
  violation: false,
  clauses: [],
  findings: [],
  context: {},
  message: "",
  textHash: "0".repeat(64),
  policyId: "p",
  policyVersion: "1",
  createdAt: new Date().toISOString(),
  ...over,
});

const STORES: Array<{ name: string; open: () => Promise<{ db: Db; cleanup: () => Promise<void> }> }> = [
  {
    name: "pglite",
    async open() {
      const dataDir = mkdtempSync(join(tmpdir(), "cg-writer-"));
      const db = await openDb({ dataDir });
      return { db, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
    },
  },
  {
    name: "postgres",
    async open() {
      const schema = `cg_writer_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const db = await openDb({ databaseUrl: PG_URL, schema });
      return {
        db,
        cleanup: async () => {
          const client = new pg.Client({ connectionString: PG_URL });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  },
];

for (const store of STORES) {
  describe(`DecisionWriter splits a failed group commit (${store.name})`, () => {
    let db: Db;
    let repo: Repository;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ db, cleanup } = await store.open());
      await migrate(db);
      repo = new Repository(db);
    }, 60_000);
    afterAll(async () => {
      await db?.close();
      await cleanup?.();
    });

    it("one bad row among 50 fails only its own caller, and the log has no values", async () => {
      const logged: BatchFailure[] = [];
      const writer = new DecisionWriter(repo, 500, 8, (f) => logged.push(f));
      const records = Array.from({ length: 50 }, (_, i) => record({ idempotencyKey: `w-${i}-${randomUUID()}` }));
      records[20] = record({ idempotencyKey: `poison-\u0000-${randomUUID()}` });
      const before = await repo.countDecisions();
      const outcomes = await Promise.allSettled(records.map((r) => writer.write(r)));
      expect(outcomes.map((o, i) => (o.status === "fulfilled" ? "ok" : `rejected ${i}`)).filter((s) => s !== "ok")).toEqual(["rejected 20"]);
      expect(await repo.countDecisions()).toBe(before + 49);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ statement: "decision insert", size: 50 });
      expect(JSON.stringify(logged)).not.toContain("poison");
    });

    it("a batch that fails for everyone still fails everyone (the split does not hide a real outage)", async () => {
      const writer = new DecisionWriter(repo, 500, 8, () => undefined);
      const bad = () => record({ surface: null as unknown as string }); // NOT NULL column
      const outcomes = await Promise.allSettled([bad(), bad(), bad()].map((r) => writer.write(r)));
      expect(outcomes.every((o) => o.status === "rejected")).toBe(true);
    });
  });
}
