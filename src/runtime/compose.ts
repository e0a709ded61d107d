import { createDocumentPool, DEFAULT_TEXT_TIME_BUDGET_MS, type DocumentPool } from "../documents/pool.js";
import { Enforcer } from "../enforce/enforcer.js";
import { createGuard, type Guard } from "../guard.js";
import { openDb, type Db, type DbOptions } from "../ledger/db.js";
import { migrate } from "../ledger/migrate.js";
import { Repository } from "../ledger/repository.js";
import { ladderRule } from "../enforce/ladder.js";
import { builtinPreset, loadPresetFile, type PolicyPreset } from "../policy/preset.js";
import type { ServiceConfig } from "./config.js";

/**
 * Everything a surface needs to decide and record, built in one order: config → preset → database →
 * migrations → repository → guard → document pool → enforcer. The HTTP service, the stream worker and
 * the CLI all start here, so a new surface is a folder over `compose`, not a copy of this wiring.
 */
export interface Runtime {
  config: ServiceConfig;
  preset: PolicyPreset;
  db: Db;
  repo: Repository;
  guard: Guard;
  /** Worker threads for documents and, on a lane of their own, long texts (OCR never blocks the event loop or a long text). */
  documents: DocumentPool;
  enforcer: Enforcer;
  /** Waits for pending writes, then closes the pool and the database. */
  close(): Promise<void>;
}

export interface ComposeOptions {
  /** PostgreSQL schema for all tables (overrides `config.dbSchema`). */
  schema?: string;
  /** A preset object instead of `config.policyFile` / the built-in default. */
  preset?: PolicyPreset;
}

export async function compose(config: ServiceConfig, options: ComposeOptions = {}): Promise<Runtime> {
  const preset = options.preset ?? (config.policyFile ? loadPresetFile(config.policyFile) : builtinPreset());
  const schema = options.schema ?? config.dbSchema;
  const dbOptions: DbOptions = { dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}), ...(schema ? { schema } : {}) };
  const db = await openDb(dbOptions);
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  const repo = new Repository(db, ladderRule(preset.ladder));
  const guard = createGuard({ preset });
  // Files and long texts get separate lanes: a long message must never wait for OCR (issue 16).
  const documents = createDocumentPool({
    preset,
    timeBudgetMs: config.fileTimeBudgetMs,
    ...(config.documentThreads ? { threads: config.documentThreads } : {}),
    textThreads: 1,
    textTimeBudgetMs: DEFAULT_TEXT_TIME_BUDGET_MS,
  });
  const enforcer = new Enforcer(repo, guard, { storeText: config.storeText, pool: documents, ...(config.ledgerHashSecret ? { hashSecret: config.ledgerHashSecret } : {}) });
  let closed = false;
  return {
    config,
    preset,
    db,
    repo,
    guard,
    documents,
    enforcer,
    async close() {
      if (closed) return;
      closed = true;
      await enforcer.drain();
      await documents.close();
      await db.close();
    },
  };
}
