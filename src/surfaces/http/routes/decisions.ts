import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { DecisionQuery, errorResponses, IdParam, KEYED_ROUTE_ERRORS } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/** The decision log and its daily counts (reviewer keys). */
export function decisionRoutes(app: FastifyInstance, { repo }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/v1/decisions", { config: { roles: ["reviewer"] }, schema: { tags: ["decisions"], querystring: DecisionQuery, response: errorResponses(KEYED_ROUTE_ERRORS, "invalid_request", "invalid_string") } }, async (req) =>
    repo.listDecisions(req.query),
  );
  r.get("/v1/decisions/:id", { config: { roles: ["reviewer"] }, schema: { tags: ["decisions"], params: IdParam, response: errorResponses(KEYED_ROUTE_ERRORS, "invalid_request", "invalid_string", "not_found") } }, async (req) =>
    repo.getDecision(req.params.id),
  );
  r.get("/v1/stats/decisions-per-day", { config: { roles: ["reviewer"] }, schema: { tags: ["decisions"], response: errorResponses(KEYED_ROUTE_ERRORS) } }, async () => ({
    days: await repo.decisionsPerDay(30),
  }));
}
