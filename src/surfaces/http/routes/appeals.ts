import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AppealBody, AppealResolveBody, errorResponses, IdParam, JSON_BODY_ERRORS, KEYED_ROUTE_ERRORS } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/** Appeals against violations, and their resolution (which can restore standing). */
export function appealRoutes(app: FastifyInstance, { repo, checker }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const change = errorResponses(KEYED_ROUTE_ERRORS, JSON_BODY_ERRORS, "not_found", "conflict");
  r.post("/v1/violations/:id/appeal", { config: { roles: ["platform", "reviewer"] }, schema: { tags: ["appeals"], params: IdParam, body: AppealBody, response: change } }, async (req, reply) =>
    reply.code(201).send(await repo.createAppeal(req.params.id, req.body.reason)),
  );
  r.get("/v1/appeals", { config: { roles: ["reviewer"] }, schema: { tags: ["appeals"], response: errorResponses(KEYED_ROUTE_ERRORS) } }, async () => ({ items: await repo.listAppeals() }));
  r.post("/v1/appeals/:id/resolve", { config: { roles: ["reviewer"] }, schema: { tags: ["appeals"], params: IdParam, body: AppealResolveBody, response: change } }, async (req) => {
    const out = await repo.resolveAppeal(req.params.id, req.body.outcome, req.role ?? "reviewer", req.body.note, new Date());
    checker.remember(out.standing);
    return out;
  });
}
