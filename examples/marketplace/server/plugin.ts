import { join } from "node:path";
import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { migrate, type AppExtension } from "contactguard/server";
import { MIGRATIONS_DIR } from "./paths.js";
import { MarketplaceRepository } from "./repository.js";
import type { MarketDeps } from "./deps.js";
import { MarketError } from "./errors.js";
import { jobRoutes } from "./routes/jobs.js";
import { accountRoutes, consoleRoutes } from "./routes/moderation.js";
import { roomRoutes } from "./routes/rooms.js";
import { sessionRoutes } from "./routes/session.js";
import { seedDemo } from "./seed.js";
import { sessionSecret } from "./secret.js";
import { SessionSigner } from "./session.js";
import { registerWeb } from "./web.js";

export interface MarketplaceOptions {
  /** Where the built UI is (default examples/marketplace/dist/web). */
  webDir?: string;
  now?: () => Date;
  /** The key that signs demo sessions (at least 32 characters); default: one made for the data dir (secret.ts). */
  sessionSecret?: string;
}

/**
 * The reference marketplace as an `extend` hook of the guard service (issue #5): its browser API
 * under /app/api, the web UI, and the demo seed. It calls the service's Enforcer directly, as a
 * platform that embeds ContactGuard would; the HTTP check API stays for everyone else.
 */
export function marketplace(options: MarketplaceOptions = {}): AppExtension {
  return async (app: FastifyInstance, { runtime, files }): Promise<void> => {
    await migrate(runtime.db, MIGRATIONS_DIR);
    const market = new MarketplaceRepository(runtime.db);
    await seedDemo(market);
    const deps: MarketDeps = {
      checker: runtime.enforcer,
      files,
      repo: runtime.repo,
      market,
      sessions: new SessionSigner(sessionSecret(runtime.config.dataDir, options.sessionSecret)),
      ladder: runtime.preset.ladder,
      redaction: runtime.preset.redaction,
      words: runtime.preset.messages,
      filesDir: join(runtime.config.dataDir, "files"),
      now: options.now ?? (() => new Date()),
    };
    await app.register(async (scope) => {
      // The marketplace's refusals carry a code and details (findings to highlight); anything
      // else goes on to the service's error handler, which never leaks internals.
      scope.setErrorHandler((err, _req, reply) => {
        if (err instanceof MarketError) return reply.code(err.statusCode).send({ statusCode: err.statusCode, code: err.code, message: err.message, ...err.details });
        throw err;
      });
      // The OpenAPI document describes the guard's API for platforms; the demo's browser API stays out of it.
      scope.addHook("onRoute", (route) => {
        route.schema = { ...(route.schema ?? {}), hide: true };
      });
      await scope.register(multipart);
      const api = { prefix: "/app/api", deps };
      await scope.register(sessionRoutes, api);
      await scope.register(roomRoutes, api);
      await scope.register(jobRoutes, api);
      await scope.register(accountRoutes, api);
      await scope.register(consoleRoutes, { prefix: "/app/api/console", deps });
      await registerWeb(scope, options.webDir);
    });
  };
}

