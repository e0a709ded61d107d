import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { createError } from "../../../core/errors.js";
import { errorResponses } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/** Liveness, readiness and the OpenAPI document: public, and not rate limited. */
export function healthRoutes(app: FastifyInstance, { repo }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  r.get("/healthz", { schema: { tags: ["health"], response: errorResponses("internal_error") } }, async () => ({ status: "ok" }));
  r.get("/readyz", { schema: { tags: ["health"], response: errorResponses("internal_error", "not_ready") } }, async () => {
    try {
      await repo.ping();
    } catch {
      throw createError("not_ready", { reason: "database unreachable" });
    }
    return { status: "ready", database: repo.db.kind };
  });
}
