import type { FastifyInstance } from "fastify";
import { marketplace, type MarketplaceOptions } from "../marketplace/plugin.js";
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

export interface ServiceExtras {
  schema?: string;
  extend?: AppDeps["extend"];
  /** Mount the reference marketplace and its UI (issue #5); `npm start` does, library users opt in. */
  marketplace?: boolean | Pick<MarketplaceOptions, "webDir" | "now">;
}

/** Opens the database (PGlite in DATA_DIR, or PostgreSQL at DATABASE_URL), migrates, and builds the app. */
export async function createService(config: ServiceConfig, extra: ServiceExtras = {}): Promise<Service> {
  const preset = config.policyFile ? loadPresetFile(config.policyFile) : builtinPreset();
  const dbOptions: DbOptions = { dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}), ...((extra.schema ?? config.dbSchema) ? { schema: (extra.schema ?? config.dbSchema)! } : {}) };
  const db = await openDb(dbOptions);
  await migrate(db);
  const repo = new Repository(db, preset.ladder);
  const guard = createGuard({ preset });
  const extend = composeExtend([
    extra.marketplace ? marketplace({ repo, ladder: preset.ladder, dataDir: config.dataDir, ...(typeof extra.marketplace === "object" ? extra.marketplace : {}) }) : undefined,
    extra.extend,
  ]);
  const app = await buildApp({ repo, guard, config, ...(extend ? { extend } : {}) });
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

function composeExtend(hooks: Array<AppDeps["extend"] | undefined>): AppDeps["extend"] | undefined {
  const present = hooks.filter((h): h is NonNullable<AppDeps["extend"]> => !!h);
  if (present.length === 0) return undefined;
  return async (app, checker, files) => {
    for (const hook of present) await hook(app, checker, files);
  };
}

/**
 * `contactguard serve` / `npm start`: listen until SIGINT/SIGTERM. The demo marketplace and its UI
 * are mounted unless MARKETPLACE=off: its user switcher has no passwords, so a deployment that
 * only needs the guard API turns it off.
 */
export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = configFromEnv(env);
  const withMarketplace = !/^(0|off|false|no)$/i.test(env.MARKETPLACE ?? "");
  const service = await createService(config, { marketplace: withMarketplace });
  if ((await service.repo.countKeys()) === 0) {
    // First start: make the keys a newcomer needs, once. Later keys: `contactguard keys create`.
    const lines = ["First start: created API keys (shown once; stored hashed):"];
    for (const role of ["admin", "platform", "reviewer"] as const) lines.push(`  ${role.padEnd(8)} ${(await createApiKey(service.repo, role, `bootstrap ${role}`)).key}`);
    process.stdout.write(lines.join("\n") + "\n");
  }
  await service.app.listen({ port: config.port, host: config.host });
  process.stdout.write(`ContactGuard listening on http://localhost:${config.port} (database: ${service.db.kind}${service.db.kind === "pglite" ? ` in ${config.dataDir}` : ""}; docs at /docs)\n`);
  if (withMarketplace) process.stdout.write(`Demo marketplace: http://localhost:${config.port}/rooms/demo?as=demo-freelancer · moderation console: http://localhost:${config.port}/console?as=demo-reviewer\n`);
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
