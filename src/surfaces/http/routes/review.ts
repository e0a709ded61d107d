import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import * as E from "../examples.js";
import { ReviewQueue, ReviewResolution } from "../responses.js";
import { answers, example, IdParam, JSON_BODY_ERRORS, KEYED_ROUTE_ERRORS, ReviewResolveBody } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/** Decisions waiting for a person, and their resolution. */
export function reviewRoutes(app: FastifyInstance, { repo, checker }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/v1/review-queue",
    {
      config: { roles: ["reviewer"] },
      schema: {
        tags: ["review"],
        summary: "Decisions held for a reviewer or disputed, oldest first",
        description:
          "The `review` decisions whose reviewStatus is `pending`, and the decisions with a pending false-alarm report (POST /v1/decisions/{id}/dispute; the item's `dispute` shows it), at most 100, as the decision log keeps them.",
        response: answers({ 200: example(ReviewQueue.describe("The held and disputed decisions."), E.reviewQueue) }, KEYED_ROUTE_ERRORS),
      },
    },
    async () => ({ items: await repo.reviewQueue() }),
  );
  r.post(
    "/v1/review-queue/:id/resolve",
    {
      config: { roles: ["reviewer"] },
      schema: {
        tags: ["review"],
        summary: "Resolve a held or disputed decision: allowed or rejected",
        description:
          "`rejected`: the hold stands and its violation becomes a strike from now. `allowed`: the content may go through and its violation is `dismissed` (no strike, also when its review time-out had already made it count). For a disputed decision the outcome is the dispute's verdict: `allowed` (a false alarm) makes the dispute and the decision's violation `overturned` and recomputes the standing; `rejected` (it was contact information) makes the dispute `upheld` and leaves the violation as it is (a held one becomes a strike, as above). `note` is kept on the dispute. Answers the decision (with its `dispute`) and the sender's standing after it; a decision neither pending review nor disputed is 409 `conflict`.",
        params: IdParam,
        body: example(ReviewResolveBody, E.reviewResolveRequest),
        response: answers({ 200: example(ReviewResolution, E.reviewResolution) }, KEYED_ROUTE_ERRORS, JSON_BODY_ERRORS, "not_found", "conflict"),
      },
    },
    async (req) => {
      // Rejecting makes the held violation a strike, allowing dismisses (or, disputed, overturns) it: the checker's cached standing must follow.
      const out = await repo.resolveReview(req.params.id, req.body.outcome, req.role ?? "reviewer", new Date(), req.body.note);
      if (out.standing) checker.remember(out.standing);
      return out;
    },
  );
}
