import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { openDb } from "../../src/ledger/db.js";
import { PG_URL } from "../helpers/backends.js";

/*
 * Processes started together on a fresh schema (the stream workers of a deployment or of bench/stream) each
 * create it on open. Without a lock, `CREATE SCHEMA IF NOT EXISTS` run at the same moment fails all but one of
 * them with a unique violation in pg_namespace, and those workers exit.
 */
const schema = `cg_race_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

afterAll(async () => {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe("opening one fresh PostgreSQL schema from many processes at once", () => {
  it("every open succeeds and the schema exists once", async () => {
    // Separate pools, as separate processes would have; 8 rounds of 6 make a collision near-certain unlocked.
    for (let round = 0; round < 8; round++) {
      const name = `${schema}_${round}`;
      const opened = await Promise.allSettled(Array.from({ length: 6 }, () => openDb({ databaseUrl: PG_URL, schema: name, poolSize: 1 })));
      const failures = opened.filter((o) => o.status === "rejected").map((o) => String((o as PromiseRejectedResult).reason));
      for (const o of opened) if (o.status === "fulfilled") await o.value.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      const rows = (await client.query("SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = $1", [name])).rows as Array<{ n: number }>;
      await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      await client.end();
      expect(failures).toEqual([]);
      expect(rows[0]!.n).toBe(1);
    }
  });
});
