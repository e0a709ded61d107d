import { readdirSync, readFileSync } from "node:fs";
import type { Db } from "./db.js";

const MIGRATIONS_DIR = new URL("../../src/ledger/migrations/", import.meta.url);

/**
 * Applies the ordered SQL files in src/ledger/migrations (or `dir`: an embedding application's own,
 * e.g. the reference marketplace's) once each, under an advisory lock. File names are the record of
 * what ran, so they must be unique across every directory migrated into one database.
 */
export async function migrate(db: Db, dir: URL = MIGRATIONS_DIR): Promise<string[]> {
  const MIGRATIONS = dir;
  const files = readdirSync(MIGRATIONS).filter((f) => /^\d{3}_.+\.sql$/.test(f)).sort();
  return db.transaction(async (tx) => {
    if (db.kind === "postgres") await tx.query("SELECT pg_advisory_xact_lock(827364)");
    await tx.query("CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
    const done = new Set((await tx.query<{ name: string }>("SELECT name FROM schema_migrations")).map((r) => r.name));
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file)) continue;
      const sql = readFileSync(new URL(file, MIGRATIONS), "utf8");
      for (const statement of sql.split(/;\s*$/m).map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (name) VALUES ($1)", [file]);
      applied.push(file);
    }
    return applied;
  });
}
