import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponses, IdParam, KEYED_ROUTE_ERRORS } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/** An account's standing on the ladder and its violations. */
export function accountRoutes(app: FastifyInstance, { repo }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const response = errorResponses(KEYED_ROUTE_ERRORS, "invalid_request");
  r.get("/v1/accounts/:id/standing", { config: { roles: ["reviewer", "platform"] }, schema: { tags: ["accounts"], params: IdParam, response } }, async (req) => repo.standing(req.params.id));
  r.get("/v1/accounts/:id/violations", { config: { roles: ["reviewer"] }, schema: { tags: ["accounts"], params: IdParam, response } }, async (req) => ({
    standing: await repo.standing(req.params.id),
    violations: await repo.listViolations(req.params.id),
  }));
}
