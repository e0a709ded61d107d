import type { FastifyInstance } from "fastify";
import type { Db } from "../../ledger/db.js";
import type { Repository } from "../../ledger/repository.js";
import type { PolicyPreset } from "../../policy/preset.js";
import { compose, type Runtime } from "../../runtime/compose.js";
import { configFromEnv, type ServiceConfig } from "../../runtime/config.js";
import { createApiKey } from "../../runtime/keys.js";
import { buildApp, type AppExtension } from "./app.js";

export interface Service {
  app: FastifyInstance;
  runtime: Runtime;
  repo: Repository;
  db: Db;
  preset: PolicyPreset;
  close(): Promise<void>;
}

export interface ServiceExtras {
  schema?: string;
  /**
   * Routes registered on the same instance, after the guard's own; several run in order. The reference
   * marketplace (examples/marketplace) mounts itself this way, over the enforcer the service uses.
   */
  extend?: AppExtension | AppExtension[];
}

/** The guard's HTTP service over one composed runtime (PGlite in DATA_DIR, or PostgreSQL at DATABASE_URL). */
export async function createService(config: ServiceConfig, extra: ServiceExtras = {}): Promise<Service> {
  const runtime = await compose(config, extra.schema ? { schema: extra.schema } : {});
  const hooks = extra.extend === undefined ? [] : Array.isArray(extra.extend) ? extra.extend : [extra.extend];
  let app: FastifyInstance;
  try {
    app = await buildApp({ runtime, ...(hooks.length ? { extend: async (a, c) => { for (const h of hooks) await h(a, c); } } : {}) });
  } catch (err) {
    await runtime.close().catch(() => undefined);
    throw err;
  }
  return {
    app,
    runtime,
    repo: runtime.repo,
    db: runtime.db,
    preset: runtime.preset,
    async close() {
      await app.close();
      await runtime.close();
    },
  };
}

export interface ServeOptions {
  /** Extra routes (the reference marketplace's start script passes its own). */
  extend?: (service: { config: ServiceConfig }) => AppExtension | AppExtension[] | undefined;
  /** Printed after the listening line (where the extension's pages are). */
  banner?: (port: number) => string | undefined;
}

/** `contactguard serve`: listen until SIGINT/SIGTERM. First start prints the API keys a newcomer needs. */
export async function serve(env: NodeJS.ProcessEnv = process.env, options: ServeOptions = {}): Promise<Service> {
  const config = configFromEnv(env);
  const extend = options.extend?.({ config });
  const service = await createService(config, extend ? { extend } : {});
  if ((await service.repo.countKeys()) === 0) {
    // First start: make the keys a newcomer needs, once. Later keys: `contactguard keys create`.
    const lines = ["First start: created API keys (shown once; stored hashed):"];
    for (const role of ["admin", "platform", "reviewer"] as const) lines.push(`  ${role.padEnd(8)} ${(await createApiKey(service.repo, role, `bootstrap ${role}`)).key}`);
    process.stdout.write(lines.join("\n") + "\n");
  }
  await service.app.listen({ port: config.port, host: config.host });
  process.stdout.write(`ContactGuard listening on http://localhost:${config.port} (database: ${service.db.kind}${service.db.kind === "pglite" ? ` in ${config.dataDir}` : ""}; docs at /docs)\n`);
  const banner = options.banner?.(config.port);
  if (banner) process.stdout.write(banner + "\n");
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await service.close().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  return service;
}
