import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createError } from "../../../core/errors.js";
import * as E from "../examples.js";
import { Health, Ready } from "../responses.js";
import { answers, example } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/** Liveness, readiness and the OpenAPI document: public, and not rate limited. */
export function healthRoutes(app: FastifyInstance, { repo }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  r.get(
    "/healthz",
    {
      schema: {
        tags: ["health"],
        summary: "Liveness: the process answers",
        description: "Public, no key, not rate limited. Says nothing about the database (see /readyz).",
        security: [],
        response: answers({ 200: example(Health.describe("The process is up."), E.health) }, "internal_error"),
      },
    },
    async () => ({ status: "ok" as const }),
  );
  r.get(
    "/readyz",
    {
      schema: {
        tags: ["health"],
        summary: "Readiness: the database answers",
        description: "Public, no key, not rate limited. 503 `not_ready` while the database cannot be reached.",
        security: [],
        response: answers({ 200: example(Ready.describe("The database answers; `database` says which store the service runs on."), E.ready) }, "internal_error", "not_ready"),
      },
    },
    async () => {
      try {
        await repo.ping();
      } catch {
        throw createError("not_ready", { reason: "database unreachable" });
      }
      return { status: "ready" as const, database: repo.db.kind };
    },
  );
}
