import { mkdirSync } from "node:fs";
import { lockDataDir } from "./data-dir-lock.js";
import { safeDatabaseError } from "./safe-error.js";

/**
 * The two PostgreSQL engines behind one small interface: PGlite (embedded, a data directory) by
 * default, and a real server through `pg` when DATABASE_URL is set. Same SQL, same migrations.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Runs `fn` in a transaction; PGlite serializes them, PostgreSQL uses a pooled client. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DbOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** PostgreSQL schema to use (tests run each suite in its own). */
  schema?: string;
  poolSize?: number;
}

/** Runs a statement; a failure is rethrown without the statement's parameters (see safe-error.ts). */
async function guarded<T>(params: unknown[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw safeDatabaseError(err, params);
  }
}

const SAFE_IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openDb(options: DbOptions): Promise<Db> {
  if (options.schema && !SAFE_IDENT.test(options.schema)) throw new Error(`invalid schema name "${options.schema}"`);
  return options.databaseUrl ? openPostgres(options) : openPglite(options);
}

async function openPostgres(options: DbOptions): Promise<Db> {
  const { default: pg } = await import("pg");
  // Keep timestamps as ISO strings and bigints as strings: the API returns them unchanged.
  pg.types.setTypeParser(1184, (v) => new Date(v).toISOString());
  // The schema goes into every connection's startup parameters: no SET round trip per query, and no
  // window in which a fresh connection could run a query against the default search_path.
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolSize ?? 20,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  pool.on("error", () => {
    /* an idle client lost its connection; the pool replaces it */
  });
  if (options.schema) await createSchema(pool, options.schema);
  return {
    kind: "postgres",
    async query<T>(sql: string, params: unknown[] = []) {
      return guarded(params, async () => (await pool.query(sql, params)).rows as T[]);
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        try {
          const result = await fn({ query: <R>(sql: string, params: unknown[] = []) => guarded(params, async () => (await client.query(sql, params)).rows as R[]) });
          await client.query("COMMIT");
          return result;
        } catch (err) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw err;
        }
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/**
 * `CREATE SCHEMA IF NOT EXISTS` is not safe when two processes run it at once: both see no schema, and the
 * second insert into pg_namespace fails with a unique violation (23505). Workers started together on a fresh
 * schema did exactly that (the stream bench's 4-worker start). The same advisory lock the migrations take
 * (migrate.ts) serializes the check, so the second process finds the schema there.
 */
async function createSchema(pool: { query(sql: string): Promise<unknown> }, schema: string): Promise<void> {
  await pool.query(`DO $$ BEGIN PERFORM pg_advisory_xact_lock(827364); CREATE SCHEMA IF NOT EXISTS ${schema}; END $$`);
}

async function openPglite(options: DbOptions): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  const dir = options.dataDir ?? "./data";
  const inMemory = dir === "memory://";
  if (!inMemory) mkdirSync(dir, { recursive: true });
  // Before PGlite touches the files: a second process must be refused, not given a diverging copy.
  const lock = inMemory ? null : lockDataDir(dir);
  let db: InstanceType<typeof PGlite>;
  try {
    db = await PGlite.create(inMemory ? undefined : `${dir.replace(/\/$/, "")}/pglite`);
    if (options.schema) await db.exec(`CREATE SCHEMA IF NOT EXISTS ${options.schema}; SET search_path TO ${options.schema};`);
  } catch (err) {
    lock?.release();
    throw err;
  }
  // PGlite runs one statement at a time; a queue keeps a transaction's statements together.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  };
  const iso = (rows: Record<string, unknown>[]) => {
    for (const row of rows) for (const k in row) if (row[k] instanceof Date) row[k] = (row[k] as Date).toISOString();
    return rows;
  };
  return {
    kind: "pglite",
    query<T>(sql: string, params: unknown[] = []) {
      return serial(() => guarded(params, async () => iso((await db.query<Record<string, unknown>>(sql, params)).rows) as T[]));
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return serial(() =>
        db.transaction(async (tx) =>
          fn({ query: <R>(sql: string, params: unknown[] = []) => guarded(params, async () => iso((await tx.query<Record<string, unknown>>(sql, params)).rows) as R[]) }),
        ),
      );
    },
    async close() {
      try {
        await serial(() => db.close());
      } finally {
        lock?.release();
      }
    },
  };
}
