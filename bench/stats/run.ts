/**
 * Leakage-stats benchmark (issue 20): GET /v1/stats's queries (ledger/leakage-stats.ts) on a ledger of
 * a million decisions.
 *
 *   npm run bench:stats                          # PostgreSQL, 1,000,000 decisions
 *   npm run bench:stats -- --n 200000            # fewer
 *   npm run bench:stats -- --pglite              # PGlite too (--pglite-n to give it another size; a million fills in ~1 min)
 *   npm run bench:stats -- --no-postgres --pglite
 *   npm run bench:stats -- --compare             # PostgreSQL also without migration 009's covering index
 *
 * The ledger is filled in SQL (generate_series, 100,000 rows a statement), not through /v1/check:
 * what is measured is the read, and a million checks would take the write path half an hour. The mix
 * is seeded (setseed), spread over the 90 days before now in insertion order (as a ledger grows, so the
 * heap is ordered by created_at as in production): ≈10% violations, ≈10% shadow decisions, a skewed sender
 * population (some repeat offenders), conversations on the message surface, finding types, disguises,
 * languages and recognizers in realistic shares, findings/context jsonb of realistic size, and false-
 * alarm reports (disputes) on ≈3% of the enforced violations. Then VACUUM ANALYZE, as autovacuum would
 * leave a settled table.
 *
 * PostgreSQL runs in its own schema cg_bench_<random>, dropped at the end (also on error); PGlite in a
 * temporary data directory, removed at the end. Each query set runs 5 times (after one warm-up); the
 * median is reported, with each of the four SQL statements' own median and EXPLAIN (ANALYZE, BUFFERS)
 * of the slowest. The machine is shared: /proc/loadavg is printed before and after.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir, cpus } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { openDb, type Db, type Queryable } from "../../src/ledger/db.js";
import { migrate } from "../../src/ledger/migrate.js";
import { leakageStats, type StatsFilter } from "../../src/ledger/leakage-stats.js";
import { fill } from "./fill.js";

const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const RUNS = 5;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const N = Number(option("n") ?? 1_000_000);
const PGLITE_N = Number(option("pglite-n") ?? N);
const WITH_PGLITE = process.argv.includes("--pglite");
const WITH_POSTGRES = !process.argv.includes("--no-postgres");
/** Also measure PostgreSQL without migration 009's covering index (as before it). */
const COMPARE = process.argv.includes("--compare");

const loadavg = () => {
  try {
    return readFileSync("/proc/loadavg", "utf8").trim();
  } catch {
    return "(no /proc/loadavg)";
  }
};

/** A Queryable that times each statement and keeps the last SQL and parameters it saw, by order of sending. */
function recording(db: Queryable) {
  const seen: Array<{ sql: string; params: unknown[]; ms: number }> = [];
  const q: Queryable = {
    async query<T>(sql: string, params: unknown[] = []) {
      const t = performance.now();
      const rows = await db.query<T>(sql, params);
      seen.push({ sql, params, ms: performance.now() - t });
      return rows;
    },
  };
  return { q, seen };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const STATEMENTS = ["days/surfaces/languages", "types/disguises/clauses", "conversations", "repeat offenders", "recognizers"];

async function measure(db: Db, now: Date): Promise<Array<{ name: string; ms: number; statements: number[] }>> {
  const day = 86_400_000;
  const cases: Array<{ name: string; filter: StatsFilter }> = [
    { name: "last 30 days, unfiltered", filter: {} },
    { name: "last 7 days", filter: { from: new Date(now.getTime() - 7 * day).toISOString() } },
    { name: "30 days, surface=proposal", filter: { surface: "proposal" } },
    { name: "30 days, type=email", filter: { type: "email" } },
  ];
  const out: Array<{ name: string; ms: number; statements: number[] }> = [];
  let slowest: { name: string; ms: number; sql: string; params: unknown[] } | undefined;
  for (const c of cases) {
    await leakageStats(db, c.filter, now); // warm-up
    const totals: number[] = [];
    const perStatement: number[][] = STATEMENTS.map(() => []);
    let last: Awaited<ReturnType<typeof leakageStats>> | undefined;
    let sample: ReturnType<typeof recording>["seen"] = [];
    for (let r = 0; r < RUNS; r++) {
      const { q, seen } = recording(db);
      const t = performance.now();
      last = await leakageStats(q, c.filter, now);
      totals.push(performance.now() - t);
      // leakageStats sends its statements in a fixed order; `seen` is in completion order, so match by SQL.
      const order = seen.slice().sort((a, b) => statementIndex(a.sql) - statementIndex(b.sql));
      order.forEach((s, i) => perStatement[i]!.push(s.ms));
      sample = order;
    }
    const statements = perStatement.map(median);
    out.push({ name: c.name, ms: median(totals), statements });
    const worst = statements.indexOf(Math.max(...statements));
    if (!slowest || median(totals) > slowest.ms) slowest = { name: `${c.name}: ${STATEMENTS[worst]}`, ms: median(totals), sql: sample[worst]!.sql, params: sample[worst]!.params };
    console.log(
      `  ${c.name.padEnd(28)} median ${median(totals).toFixed(1).padStart(7)} ms  (runs ${totals.map((t) => t.toFixed(0)).join(", ")}; ` +
        `statements ${statements.map((s, i) => `${STATEMENTS[i]} ${s.toFixed(0)}`).join(", ")}; requests ${last!.totals.requests}, violations ${last!.totals.violations}, conversations ${last!.totals.conversations})`,
    );
  }
  if (slowest) {
    const plan = await db.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${slowest.sql}`, slowest.params);
    console.log(`  EXPLAIN (ANALYZE, BUFFERS) of the slowest statement (${slowest.name}), top lines:`);
    for (const line of plan.slice(0, 14)) console.log(`    ${line["QUERY PLAN"]}`);
    const timing = plan.slice(14).filter((l) => /^(Planning|Execution) Time/.test(l["QUERY PLAN"]));
    for (const line of timing) console.log(`    ${line["QUERY PLAN"]}`);
  }
  return out;
}

function statementIndex(sql: string): number {
  if (sql.includes("GROUPING SETS")) return 0;
  if (sql.includes("CROSS JOIN LATERAL (")) return 1;
  if (sql.includes("bool_or")) return 2;
  if (sql.includes("HAVING")) return 3;
  return 4;
}

async function onPostgres(n: number, now: Date): Promise<void> {
  const schema = `cg_bench_${Math.random().toString(36).slice(2, 10)}`;
  console.log(`PostgreSQL ${PG_URL} (schema ${schema}), ${n.toLocaleString("en")} decisions`);
  const db = await openDb({ databaseUrl: PG_URL, schema, poolSize: 8 });
  try {
    const [version] = await db.query<{ v: string }>("SELECT version() AS v");
    console.log(`  server ${version?.v}`);
    await migrate(db);
    await fill(db, n, now);
    await measure(db, now);
    if (COMPARE) {
      // Migration 009's covering index replaced by 006's plain one: the passes read the rows from the heap.
      console.log("  without the covering index (009), with 006's decisions_created_at:");
      await db.query("CREATE INDEX decisions_created_at ON decisions (created_at)");
      await db.query("DROP INDEX decisions_created_at_stats");
      await db.query("ANALYZE decisions");
      await measure(db, now);
    }
  } finally {
    await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch((err: unknown) => console.error(`  could not drop ${schema}: ${String(err)}`));
    await db.close();
    console.log(`  dropped schema ${schema}`);
  }
}

async function onPglite(n: number, now: Date): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "cg-bench-stats-"));
  console.log(`PGlite (${dataDir}), ${n.toLocaleString("en")} decisions`);
  try {
    const db = await openDb({ dataDir });
    try {
      await migrate(db);
      await fill(db, n, now);
      await measure(db, now);
    } finally {
      await db.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const now = new Date();
  console.log(`leakage stats bench — ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, node ${process.version}`);
  console.log(`load before: ${loadavg()}`);
  if (WITH_POSTGRES) await onPostgres(N, now);
  if (WITH_PGLITE) await onPglite(PGLITE_N, now);
  console.log(`load after: ${loadavg()}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
