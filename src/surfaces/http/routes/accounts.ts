import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import * as E from "../examples.js";
import { AccountPage, AccountViolations, Standing } from "../responses.js";
import { AccountQuery, answers, example, IdParam, KEYED_ROUTE_ERRORS } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/** The accounts the ledger knows; an account's standing on the ladder and its violations. */
export function accountRoutes(app: FastifyInstance, { repo }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const errors = [KEYED_ROUTE_ERRORS, "invalid_request"] as const;
  r.get(
    "/v1/accounts",
    {
      config: { roles: ["reviewer"] },
      schema: {
        tags: ["accounts"],
        summary: "Every sender the ledger knows",
        description: "Every account that has sent a checked text, by id, with its decision and violation counts, its latest decision and its standing; `q` narrows to ids containing it. Cursor pagination.",
        querystring: AccountQuery,
        response: answers({ 200: example(AccountPage.describe("A page of accounts."), E.accountPage) }, ...errors, "invalid_string"),
      },
    },
    async (req) => repo.listAccounts({ limit: req.query.limit, ...(req.query.q ? { q: req.query.q } : {}), ...(req.query.cursor ? { cursor: req.query.cursor } : {}) }),
  );
  r.get(
    "/v1/accounts/:id/standing",
    {
      config: { roles: ["reviewer", "platform"] },
      schema: {
        tags: ["accounts"],
        summary: "An account's standing on the enforcement ladder",
        description: "Active and total violations, ladder step and penalty, badges, restriction and suspension, and held decisions pending review. An account the ledger has never seen has a clean standing.",
        params: IdParam,
        response: answers({ 200: example(Standing, E.standing) }, ...errors),
      },
    },
    async (req) => repo.standing(req.params.id),
  );
  r.get(
    "/v1/accounts/:id/violations",
    {
      config: { roles: ["reviewer"] },
      schema: {
        tags: ["accounts"],
        summary: "An account's violations, with its standing",
        description: "Every violation of the account (active, held for review, dismissed, overturned; expired ones included), newest first, each with its appeal when it has one.",
        params: IdParam,
        response: answers({ 200: example(AccountViolations.describe("The standing and the violations."), E.accountViolations) }, ...errors),
      },
    },
    async (req) => ({
      standing: await repo.standing(req.params.id),
      violations: await repo.listViolations(req.params.id),
    }),
  );
}
