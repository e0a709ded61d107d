import { join } from "node:path";
import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import type { PolicyPreset } from "../policy/preset.js";
import type { Checker } from "../service/checker.js";
import type { FileChecker } from "../service/file-checker.js";
import { MarketplaceRepository } from "../store/marketplace-repository.js";
import type { Repository } from "../store/repository.js";
import type { MarketDeps } from "./deps.js";
import { MarketError } from "./errors.js";
import { jobRoutes } from "./routes/jobs.js";
import { accountRoutes, consoleRoutes } from "./routes/moderation.js";
import { roomRoutes } from "./routes/rooms.js";
import { sessionRoutes } from "./routes/session.js";
import { seedDemo } from "./seed.js";
import { registerWeb } from "./web.js";

export interface MarketplaceOptions {
  repo: Repository;
  ladder: PolicyPreset["ladder"];
  /** Attachments go to DATA_DIR/files. */
  dataDir: string;
  /** Where the built UI is (default dist/web). */
  webDir?: string;
  now?: () => Date;
}

/**
 * The reference marketplace as an `extend` hook of the guard service (issue #5): its browser API
 * under /app/api, the web UI, and the demo seed. It calls the service's Checker directly, as a
 * platform that embeds ContactGuard would; the HTTP check API stays for everyone else.
 */
export function marketplace(options: MarketplaceOptions) {
  return async (app: FastifyInstance, checker: Checker, files: FileChecker): Promise<void> => {
    const market = new MarketplaceRepository(options.repo.db);
    await seedDemo(market);
    const deps: MarketDeps = {
      checker,
      files,
      repo: options.repo,
      market,
      ladder: options.ladder,
      filesDir: join(options.dataDir, "files"),
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
