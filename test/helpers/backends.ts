import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { ServiceConfig } from "../../src/runtime/config.js";
import { createService, type Service } from "../../src/surfaces/http/server.js";
import { createApiKey } from "../../src/runtime/keys.js";

/** The PostgreSQL server on this machine (trust auth, database `test`); override with TEST_DATABASE_URL. */
export const PG_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface Backend {
  name: "pglite" | "postgres";
  /** Opens a service on a fresh store (with `over` in its config, e.g. a `policyFile`); `reopen` opens a second service on the same store. */
  open(over?: Partial<ServiceConfig>): Promise<{ service: Service; keys: Record<"platform" | "reviewer" | "admin", string>; reopen: () => Promise<Service>; cleanup: () => Promise<void> }>;
}

const config = (over: Partial<ServiceConfig>) => ServiceConfig.parse({ logLevel: "silent", rateLimitPerMinute: 1_000_000, ...over });

async function keysFor(service: Service) {
  return {
    platform: (await createApiKey(service.repo, "platform")).key,
    reviewer: (await createApiKey(service.repo, "reviewer")).key,
    admin: (await createApiKey(service.repo, "admin")).key,
  };
}

export const BACKENDS: Backend[] = [
  {
    name: "pglite",
    async open(over = {}) {
      const dataDir = mkdtempSync(join(tmpdir(), "cg-pglite-"));
      const service = await createService(config({ ...over, dataDir }));
      return {
        service,
        keys: await keysFor(service),
        reopen: () => createService(config({ ...over, dataDir })),
        cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "postgres",
    async open(over = {}) {
      const schema = `cg_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const service = await createService(config({ ...over, databaseUrl: PG_URL }), { schema });
      return {
        service,
        keys: await keysFor(service),
        reopen: () => createService(config({ ...over, databaseUrl: PG_URL }), { schema }),
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
