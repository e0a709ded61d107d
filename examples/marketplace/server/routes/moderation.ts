import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { MarketDeps } from "../deps.js";
import { accountsOverview, accountView, appeal, appealsView, resolveAppeal, resolveReview, reviewQueue } from "../moderation.js";
import { requireUser } from "../session.js";
import { AppealBody, AppealResolveBody, AppealsQuery, DecisionsQuery, Id, ReviewBody } from "./schemas.js";

/** The affected user's account page and appeals. */
export const accountRoutes: FastifyPluginAsyncZod<{ deps: MarketDeps }> = async (app, { deps }) => {
  app.get("/account", async (req) => accountView(deps, (await requireUser(req, deps)).id));
  app.post("/account/violations/:id/appeal", { schema: { params: Id, body: AppealBody } }, async (req, reply) =>
    reply.code(201).send({ appeal: await appeal(deps, await requireUser(req, deps), req.params.id, req.body.reason) }),
  );
};

/** The moderation console: reviewers only. */
export const consoleRoutes: FastifyPluginAsyncZod<{ deps: MarketDeps }> = async (app, { deps }) => {
  const reviewer = (req: Parameters<typeof requireUser>[0]) => requireUser(req, deps, ["reviewer"]);

  app.get("/decisions", { schema: { querystring: DecisionsQuery } }, async (req) => {
    await reviewer(req);
    const q = req.query;
    return deps.repo.listDecisions({
      limit: q.limit,
      ...(q.accountId ? { accountId: q.accountId } : {}),
      ...(q.surface ? { surface: q.surface } : {}),
      ...(q.decision ? { decision: q.decision } : {}),
      ...(q.cursor ? { cursor: q.cursor } : {}),
    });
  });
  app.get("/stats/decisions-per-day", async (req) => {
    await reviewer(req);
    return { days: await deps.repo.decisionsPerDay(30) };
  });
  app.get("/review-queue", async (req) => {
    await reviewer(req);
    return { items: await reviewQueue(deps) };
  });
  app.post("/review-queue/:id/resolve", { schema: { params: Id, body: ReviewBody } }, async (req) => ({
    decision: await resolveReview(deps, await reviewer(req), req.params.id, req.body.outcome),
  }));
  app.get("/accounts", async (req) => {
    await reviewer(req);
    return { accounts: await accountsOverview(deps) };
  });
  app.get("/accounts/:id", { schema: { params: Id } }, async (req) => {
    await reviewer(req);
    return accountView(deps, req.params.id);
  });
  app.get("/appeals", { schema: { querystring: AppealsQuery } }, async (req) => {
    await reviewer(req);
    return { items: await appealsView(deps, req.query.status) };
  });
  app.post("/appeals/:id/resolve", { schema: { params: Id, body: AppealResolveBody } }, async (req) =>
    resolveAppeal(deps, await reviewer(req), req.params.id, req.body.outcome, req.body.note),
  );
};
