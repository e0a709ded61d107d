import type { FastifyInstance } from "fastify";
import type { SwaggerTransform } from "@fastify/swagger";
import { jsonSchemaTransform, type ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { leakageStatsCsv } from "../../../ledger/leakage-stats-csv.js";
import * as E from "../examples.js";
import { LeakageStatsSchema } from "../responses.js";
import { answers, DecisionQuery, example, KEYED_ROUTE_ERRORS } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/** GET /v1/stats: the decision log's filters (no paging), and the answer's format. */
export const StatsQuery = DecisionQuery.omit({ cursor: true, limit: true }).extend({
  format: z.enum(["json", "csv"]).default("json").describe("`csv`: the same figures as one long-format CSV table (text/csv, as a download)."),
});

const DESCRIPTION = [
  "The leakage dashboard over a window of the decision log (default: the 30 days up to `to`, or now), with the log's filters (`surface`, `type`, `clause`, `decision`, `accountId`, `shadow`, `q`).",
  "**requests**: enforced decisions recorded; **violations**: those with violation=true; **shadowRequests/shadowViolations**: the same for shadow decisions (recorded as they would have been enforced).",
  "A **conversation** is the decision's `context.conversationId`, else the unordered sender/recipient pair; it is **leaving** when it has a violation (enforced or shadow) before a contract (no active or closed contract in the context); `leavingShare` = leaving / conversations.",
  "Breakdowns count a decision once under each finding type, disguise family, clause, its surface and its language (`unknown` when none was given).",
  "**repeatOffenders**: senders with at least two violations (enforced + shadow) in the window, top 20.",
  "**recognizers**: flagged = enforced violations with a finding of the recognizer; disputed = those with a false-alarm report; overturned = disputes overturned, plus held decisions a reviewer allowed (\"not a violation\"); rates are shares of flagged (0 when none).",
  "`format=csv` answers `text/csv` (long format: `section,key,day,requests,…`; RFC 4180, cells that a spreadsheet would run as formulas prefixed with `'`) as an attachment.",
].join("\n\n");

/** The document shows the 200 answer in both its media types: JSON (the schema and example) and CSV. */
const documentCsv: SwaggerTransform = (args) => {
  const out = jsonSchemaTransform(args as Parameters<typeof jsonSchemaTransform>[0]) as { schema: { response?: Record<string, Record<string, unknown>> } };
  const ok = out.schema.response?.["200"];
  if (ok) {
    const { examples, description, ...schema } = ok as { examples?: unknown[]; description?: string };
    out.schema.response!["200"] = {
      description: description ?? "The leakage dashboard.",
      content: {
        "application/json": { schema: { ...schema, description }, examples: Object.fromEntries((examples ?? []).map((value, i) => [`example${i + 1}`, { value }])) },
        "text/csv": { schema: { type: "string", description: "With format=csv: one long-format table." }, example: E.leakageStatsCsv },
      },
    };
  }
  return out as ReturnType<SwaggerTransform>;
};

/** The CSV download's file name: the window's days. */
const fileName = (from: string, to: string) => `contactguard-stats-${from.slice(0, 10)}-${to.slice(0, 10)}.csv`;

export function statsRoutes(app: FastifyInstance, { repo }: RouteDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/v1/stats",
    {
      config: { roles: ["reviewer"], swaggerTransform: documentCsv },
      schema: {
        tags: ["decisions"],
        summary: "The leakage dashboard: violations per day, type, surface, language, disguise, clause, sender and recognizer",
        description: DESCRIPTION,
        querystring: StatsQuery,
        response: answers({ 200: example(LeakageStatsSchema, E.leakageStats) }, KEYED_ROUTE_ERRORS, "invalid_request", "invalid_string"),
      },
    },
    async (req, reply) => {
      const { format, ...filter } = req.query;
      const stats = await repo.leakageStats(filter);
      if (format === "json") return stats;
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${fileName(stats.from, stats.to)}"`)
        .send(leakageStatsCsv(stats));
    },
  );
}
