import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { inspect } from "node:util";
import pg from "pg";
import pino from "pino";
import { openDb, type Db } from "../../src/ledger/db.js";
import { compose } from "../../src/runtime/compose.js";
import { ServiceConfig } from "../../src/runtime/config.js";
import { createApiKey } from "../../src/runtime/keys.js";
import { buildApp } from "../../src/surfaces/http/app.js";
import { PG_URL } from "../helpers/backends.js";

/*
 * Logs hold no message text, finding values or SQL parameters (issue 16, the log half of defect 8).
 * A database error is forced with a CHECK constraint: PostgreSQL then reports "Failing row contains
 * (…every column…)", and PGlite adds the statement and its parameters to the error object.
 */

const PHONE = "+49 151 2345 6789";
const SENDER = "sender-secret-7731";
const SECRETS = [PHONE, "2345 6789", SENDER];

const run = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const dirs: string[] = [];
const schemas: string[] = [];
afterAll(async () => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await client.end();
});

const BACKENDS: Array<{ name: string; options: () => { dataDir: string; databaseUrl?: string; schema?: string } }> = [
  {
    name: "pglite",
    options: () => {
      const dataDir = mkdtempSync(join(tmpdir(), "cg-errlog-"));
      dirs.push(dataDir);
      return { dataDir };
    },
  },
  {
    name: "postgres",
    options: () => {
      const schema = `cg_errlog_${run}_${schemas.length}`;
      schemas.push(schema);
      return { dataDir: "", databaseUrl: PG_URL, schema };
    },
  },
];

/** Everything a logger could print of an error: pino's serializer, util.inspect, JSON. */
function printed(err: unknown): string {
  const lines: string[] = [];
  const logger = pino({ level: "error" }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
  logger.error({ err }, "request failed");
  return [lines.join(""), inspect(err, { depth: 5 }), JSON.stringify(err)].join("\n");
}

for (const backend of BACKENDS) {
  describe(`database errors carry no parameters (${backend.name})`, () => {
    let db: Db;
    afterAll(async () => db?.close());

    it("a failing INSERT: the error names the constraint, never the row or the statement's parameters", async () => {
      db = await openDb(backend.options());
      await db.query("CREATE TABLE leak_probe (id text PRIMARY KEY, body text, CONSTRAINT body_short CHECK (length(body) < 5))");
      const err = await db.query("INSERT INTO leak_probe (id, body) VALUES ($1, $2)", [SENDER, `call me at ${PHONE}`]).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(Error);
      expect(err).toMatchObject({ code: "23514", constraint: "body_short" });
      const out = printed(err);
      for (const s of SECRETS) expect(out).not.toContain(s);
    }, 120_000); // opens a database inside the test: slow on a loaded machine

    it("inside a transaction, and a bad value quoted in the message", async () => {
      const err = await db
        .transaction(async (tx) => tx.query("SELECT $1::bigint AS n", [`${PHONE}`]))
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(err).toMatchObject({ code: "22P02" });
      const out = printed(err);
      for (const s of SECRETS) expect(out).not.toContain(s);
    }, 120_000); // opens a database inside the test: slow on a loaded machine
  });

  describe(`the service's log of a failed check has no text, value or parameter (${backend.name})`, () => {
    it("POST /v1/check that the database refuses: 500, and the log holds none of the request's data", async () => {
      const lines: string[] = [];
      const options = backend.options();
      const config = ServiceConfig.parse({ ...options, logLevel: "info", rateLimitPerMinute: 1_000_000 });
      const runtime = await compose(config, options.schema ? { schema: options.schema } : {});
      const app = await buildApp({ runtime, logStream: new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }) });
      try {
        const key = (await createApiKey(runtime.repo, "platform")).key;
        // Every decision this sender makes is refused by the database.
        await runtime.db.query(`ALTER TABLE decisions ADD CONSTRAINT no_probe CHECK (sender_id IS NULL OR sender_id <> '${SENDER}')`);
        const res = await app.inject({
          method: "POST",
          url: "/v1/check",
          headers: { authorization: `Bearer ${key}` },
          payload: { text: `whatsapp me on ${PHONE}`, context: { surface: "message", sender: { id: SENDER, role: "freelancer" } }, idempotencyKey: "idem-probe-1" },
        });
        expect(res.statusCode).toBe(500);
        const log = lines.join("");
        expect(log).toContain("request failed");
        for (const s of [...SECRETS, "whatsapp me", "idem-probe-1", key]) expect(log).not.toContain(s);
      } finally {
        await app.close();
        await runtime.close();
      }
    }, 120_000); // opens a database inside the test: slow on a loaded machine
  });
}
