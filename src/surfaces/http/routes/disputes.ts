import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import * as E from "../examples.js";
import { DisputeAnswer } from "../responses.js";
import { answers, DisputeBody, example, IdParam, JSON_BODY_ERRORS, KEYED_ROUTE_ERRORS } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/** False-alarm reports (issue 20): the composer's "this is not contact information", sent by the platform. */
export function disputeRoutes(app: FastifyInstance, { repo }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/v1/decisions/:id/dispute",
    {
      // The platform reports on the sender's behalf; reviewers answer reports, they do not file them.
      config: { roles: ["platform"] },
      schema: {
        tags: ["review"],
        summary: "Report a decision as a false alarm",
        description:
          "The sender says the decision's finding is not contact information. The decision joins the review queue (GET /v1/review-queue, with its `dispute`) until a reviewer resolves it: `allowed` overturns the dispute and the decision's violation (the standing is recomputed), `rejected` upholds it. `accountId`, when given, must be the decision's sender (403 `forbidden` otherwise). A first report answers 201; a report of a decision already disputed answers 200 with that dispute as it stands (`created: false`). A decision that found no contact information, let the sender through (`allow`, or a shadow decision) or was already resolved by a reviewer is 409 `not_disputable`.",
        params: IdParam,
        body: example(DisputeBody, E.disputeRequest),
        response: answers(
          {
            201: example(DisputeAnswer.describe("The new dispute, pending."), E.disputeCreated),
            200: example(DisputeAnswer.describe("The decision's dispute as it stands (already reported)."), E.disputeExisting),
          },
          KEYED_ROUTE_ERRORS,
          JSON_BODY_ERRORS,
          "invalid_string",
          "not_found",
          "not_disputable",
        ),
      },
    },
    async (req, reply) => {
      const out = await repo.createDispute(req.params.id, req.body, new Date());
      return reply.code(out.created ? 201 : 200).send(out);
    },
  );
}
