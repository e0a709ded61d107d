import type { FastifyInstance } from "fastify";
import { createGuard } from "../guard.js";
import { builtinPreset, loadPresetFile, type PolicyPreset } from "../policy/preset.js";
import { openDb, type Db, type DbOptions } from "../store/db.js";
import { migrate } from "../store/migrate.js";
import { Repository } from "../store/repository.js";
import { buildApp, type AppDeps } from "./app.js";
import { configFromEnv, type ServiceConfig } from "./config.js";
import { createApiKey } from "./keys.js";

export interface Service {
  app: FastifyInstance;
  repo: Repository;
  db: Db;
  preset: PolicyPreset;
  close(): Promise<void>;
}

/** Opens the database (PGlite in DATA_DIR, or PostgreSQL at DATABASE_URL), migrates, and builds the app. */
export async function createService(config: ServiceConfig, extra: { schema?: string; extend?: AppDeps["extend"] } = {}): Promise<Service> {
  const preset = config.policyFile ? loadPresetFile(config.policyFile) : builtinPreset();
  const dbOptions: DbOptions = { dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}), ...((extra.schema ?? config.dbSchema) ? { schema: (extra.schema ?? config.dbSchema)! } : {}) };
  const db = await openDb(dbOptions);
  await migrate(db);
  const repo = new Repository(db, preset.ladder);
  const guard = createGuard({ preset });
  const app = await buildApp({ repo, guard, config, ...(extra.extend ? { extend: extra.extend } : {}) });
  return {
    app,
    repo,
    db,
    preset,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** `contactguard serve` / `npm start`: listen until SIGINT/SIGTERM. */
export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = configFromEnv(env);
  const service = await createService(config);
  if ((await service.repo.countKeys()) === 0) {
    // First start: make the keys a newcomer needs, once. Later keys: `contactguard keys create`.
    const lines = ["First start: created API keys (shown once; stored hashed):"];
    for (const role of ["admin", "platform", "reviewer"] as const) lines.push(`  ${role.padEnd(8)} ${(await createApiKey(service.repo, role, `bootstrap ${role}`)).key}`);
    process.stdout.write(lines.join("\n") + "\n");
  }
  await service.app.listen({ port: config.port, host: config.host });
  process.stdout.write(`ContactGuard listening on http://localhost:${config.port} (database: ${service.db.kind}${service.db.kind === "pglite" ? ` in ${config.dataDir}` : ""}; docs at /docs)\n`);
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await service.close().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
