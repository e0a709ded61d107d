import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponses, IdParam, JSON_BODY_ERRORS, KEYED_ROUTE_ERRORS, ReviewResolveBody } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/** Decisions waiting for a person, and their resolution. */
export function reviewRoutes(app: FastifyInstance, { repo, checker }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/v1/review-queue", { config: { roles: ["reviewer"] }, schema: { tags: ["review"], response: errorResponses(KEYED_ROUTE_ERRORS) } }, async () => ({ items: await repo.reviewQueue() }));
  r.post(
    "/v1/review-queue/:id/resolve",
    { config: { roles: ["reviewer"] }, schema: { tags: ["review"], params: IdParam, body: ReviewResolveBody, response: errorResponses(KEYED_ROUTE_ERRORS, JSON_BODY_ERRORS, "not_found", "conflict") } },
    async (req) => {
      // Rejecting makes the held violation a strike, allowing dismisses it: the checker's cached standing must follow.
      const out = await repo.resolveReview(req.params.id, req.body.outcome, req.role ?? "reviewer", new Date());
      if (out.standing) checker.remember(out.standing);
      return out;
    },
  );
}
