import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import * as E from "../examples.js";
import { Appeal, AppealList, AppealResolution } from "../responses.js";
import { answers, AppealBody, AppealResolveBody, example, IdParam, JSON_BODY_ERRORS, KEYED_ROUTE_ERRORS } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/** Appeals against violations, and their resolution (which can restore standing). */
export function appealRoutes(app: FastifyInstance, { repo, checker }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const change = [KEYED_ROUTE_ERRORS, JSON_BODY_ERRORS, "not_found", "conflict"] as const;
  r.post(
    "/v1/violations/:id/appeal",
    {
      config: { roles: ["platform", "reviewer"] },
      schema: {
        tags: ["appeals"],
        summary: "Appeal a violation",
        description: "Files the account's appeal against one of its violations, `pending` until a reviewer resolves it. One appeal per violation: a second is 409 `conflict`.",
        params: IdParam,
        body: example(AppealBody, E.appealRequest),
        response: answers({ 201: example(Appeal.describe("The appeal, pending."), E.appeal) }, ...change),
      },
    },
    async (req, reply) => reply.code(201).send(await repo.createAppeal(req.params.id, req.body.reason)),
  );
  r.get(
    "/v1/appeals",
    {
      config: { roles: ["reviewer"] },
      schema: {
        tags: ["appeals"],
        summary: "The appeals, newest first",
        description: "Pending and resolved appeals (at most 500). Outcomes: `upheld` (the violation stands) or `overturned` (it is removed and the standing recomputed).",
        response: answers({ 200: example(AppealList.describe("The appeals."), E.appealList) }, KEYED_ROUTE_ERRORS),
      },
    },
    async () => ({ items: await repo.listAppeals() }),
  );
  r.post(
    "/v1/appeals/:id/resolve",
    {
      config: { roles: ["reviewer"] },
      schema: {
        tags: ["appeals"],
        summary: "Resolve an appeal: upheld or overturned",
        description:
          "`upheld`: the violation stands. `overturned`: the violation is removed and the account's standing recomputed from its remaining violations. Answers the appeal and the standing after it; an appeal already resolved is 409 `conflict`.",
        params: IdParam,
        body: example(AppealResolveBody, E.appealResolveRequest),
        response: answers({ 200: example(AppealResolution.describe("The resolved appeal and the account's standing."), E.appealResolution) }, ...change),
      },
    },
    async (req) => {
      const out = await repo.resolveAppeal(req.params.id, req.body.outcome, req.role ?? "reviewer", req.body.note, new Date());
      checker.remember(out.standing);
      return out;
    },
  );
}
