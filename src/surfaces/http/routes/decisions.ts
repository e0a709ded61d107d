import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import * as E from "../examples.js";
import { DecisionPage, DecisionsPerDay, DisputedDecisionSchema } from "../responses.js";
import { answers, DecisionQuery, example, IdParam, KEYED_ROUTE_ERRORS } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/** The decision log and its daily counts (reviewer keys). */
export function decisionRoutes(app: FastifyInstance, { repo }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/v1/decisions",
    {
      config: { roles: ["reviewer"] },
      schema: {
        tags: ["decisions"],
        summary: "The decision log, newest first",
        description:
          "Every enforced check, filtered by account (sender or recipient), surface and decision (and `shadow=true|false`: shadow decisions, recorded as they would have been enforced, or enforced ones), in pages of `limit` (default 50, at most 500). Pass `nextCursor` as `cursor` for the next page. Findings keep a keyed `valueHash`; raw texts and values only with STORE_TEXT=1.",
        querystring: DecisionQuery,
        response: answers({ 200: example(DecisionPage.describe("One page of the log."), E.decisionPage) }, KEYED_ROUTE_ERRORS, "invalid_request", "invalid_string"),
      },
    },
    async (req) => repo.listDecisions(req.query),
  );
  r.get(
    "/v1/decisions/:id",
    {
      config: { roles: ["reviewer"] },
      schema: {
        tags: ["decisions"],
        summary: "One decision of the log",
        description: "The decision as recorded: context summary, findings with spans (keyed hashes of their values), clauses, message, redacted text and review status, and its false-alarm report (`dispute`) when it has one.",
        params: IdParam,
        response: answers({ 200: example(DisputedDecisionSchema, E.disputedDecision) }, KEYED_ROUTE_ERRORS, "invalid_request", "invalid_string", "not_found"),
      },
    },
    async (req) => {
      const [decision, dispute] = await Promise.all([repo.getDecision(req.params.id), repo.disputeOf(req.params.id)]);
      return dispute ? { ...decision, dispute } : decision;
    },
  );
  r.get(
    "/v1/stats/decisions-per-day",
    {
      config: { roles: ["reviewer"] },
      schema: {
        tags: ["decisions"],
        summary: "Decisions per day and decision, for the last 30 days",
        description: "The counts behind the console's chart: one entry per day and decision that occurred.",
        response: answers({ 200: example(DecisionsPerDay.describe("Counts per day and decision."), E.decisionsPerDay) }, KEYED_ROUTE_ERRORS),
      },
    },
    async () => ({ days: await repo.decisionsPerDay(30) }),
  );
}
