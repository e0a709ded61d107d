import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { MarketDeps } from "../deps.js";
import type { z } from "zod";
import type { DecisionFilter, DecisionRecord } from "contactguard/server";
import { csvRow, DECISION_CSV_HEADER, decisionCsvRow } from "../csv.js";
import { accountsOverview, accountView, appeal, appealsView, decisionDetail, decisionStats, leakage, leakageCsv, resolveAppeal, resolveReview, resolveReviews, reviewQueue } from "../moderation.js";
import { requireUser } from "../session.js";
import { AccountsQuery, AppealBody, AppealResolveBody, AppealsQuery, BulkReviewBody, DecisionsQuery, Id, LogFilters, ReviewBody } from "./schemas.js";

/** The CSV export's ceiling (one download, built in memory). */
const CSV_MAX_ROWS = 20_000;

/** The log filters a query sets (empty ones left out). */
function logFilter(q: z.infer<typeof LogFilters>): Omit<DecisionFilter, "cursor" | "limit"> {
  const out: Omit<DecisionFilter, "cursor" | "limit"> = {};
  for (const k of ["accountId", "surface", "decision", "q", "from", "to", "type", "clause"] as const) if (q[k]) out[k] = q[k];
  if (q.shadow) out.shadow = q.shadow === "true";
  return out;
}

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
    return deps.repo.listDecisions({ ...logFilter(req.query), limit: req.query.limit, ...(req.query.cursor ? { cursor: req.query.cursor } : {}) });
  });
  app.get("/decisions/:id", { schema: { params: Id } }, async (req) => {
    await reviewer(req);
    return decisionDetail(deps, req.params.id);
  });
  // The filtered log as a CSV download, newest first, read a page at a time (at most CSV_MAX_ROWS rows).
  app.get("/decisions.csv", { schema: { querystring: LogFilters } }, async (req, reply) => {
    await reviewer(req);
    const filter = logFilter(req.query);
    let out = csvRow(DECISION_CSV_HEADER);
    let rows = 0;
    let cursor: string | null = null;
    do {
      const page: { items: DecisionRecord[]; nextCursor: string | null } = await deps.repo.listDecisions({ ...filter, limit: 500, ...(cursor ? { cursor } : {}) });
      for (const d of page.items) out += decisionCsvRow(d);
      rows += page.items.length;
      cursor = page.nextCursor;
    } while (cursor && rows < CSV_MAX_ROWS);
    const stamp = deps.now().toISOString().slice(0, 10);
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="decisions-${stamp}.csv"`)
      .header("x-truncated", cursor ? "true" : "false")
      .send(out);
  });
  app.get("/stats", { schema: { querystring: LogFilters } }, async (req) => {
    await reviewer(req);
    return decisionStats(deps, logFilter(req.query));
  });
  // Issue 20: the leakage dashboard over the log's filters (the last 30 days without `from`), and the same as a CSV.
  app.get("/leakage", { schema: { querystring: LogFilters } }, async (req) => {
    await reviewer(req);
    return leakage(deps, logFilter(req.query));
  });
  app.get("/leakage.csv", { schema: { querystring: LogFilters } }, async (req, reply) => {
    await reviewer(req);
    const stats = await leakage(deps, logFilter(req.query));
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="leakage-${stats.from.slice(0, 10)}-to-${stats.to.slice(0, 10)}.csv"`)
      .send(leakageCsv(stats));
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
    decision: await resolveReview(deps, await reviewer(req), req.params.id, req.body.outcome, req.body.note),
  }));
  app.post("/review-queue/resolve", { schema: { body: BulkReviewBody } }, async (req) => resolveReviews(deps, await reviewer(req), req.body.ids, req.body.outcome));
  app.get("/accounts", { schema: { querystring: AccountsQuery } }, async (req) => {
    await reviewer(req);
    const q = req.query;
    return accountsOverview(deps, { limit: q.limit, ...(q.q ? { q: q.q } : {}), ...(q.cursor ? { cursor: q.cursor } : {}) });
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
