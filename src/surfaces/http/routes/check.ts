import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ContactGuardError, createError } from "../../../core/errors.js";
import { BatchBody, CheckBody, errorResponses, JSON_BODY_ERRORS, KEYED_ROUTE_ERRORS } from "../schemas.js";
import type { RouteDeps } from "./deps.js";
import { redactResponse } from "../../../enforce/response-redaction.js";
import type { CheckRequest, CheckResponse } from "../../../enforce/types.js";
import type { RedactionSpec } from "../../../policy/redact.js";

/** POST /v1/check and /v1/check/batch: detect, decide and record (platform keys). */
export function checkRoutes(app: FastifyInstance, { checker, guard }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // A body's `redaction` shapes only the redactedText it gets back (enforce/response-redaction.ts); the ledger keeps the preset's labels.
  const tools = { labels: guard.preset.redaction, valueHash: (v: string) => checker.valueHash(v) };
  const check = async ({ redaction, ...item }: CheckRequest & { redaction?: RedactionSpec }, requestId: string): Promise<CheckResponse> => {
    const res = await checker.check(item, requestId);
    return redaction ? redactResponse(res, item.text, redaction, tools) : res;
  };
  r.post(
    "/v1/check",
    { config: { roles: ["platform"] }, schema: { tags: ["check"], body: CheckBody, response: errorResponses(KEYED_ROUTE_ERRORS, JSON_BODY_ERRORS, "invalid_context", "invalid_string") } },
    async (req) => check({ ...req.body, owner: req.keyId }, req.id),
  );
  /*
   * A batch reports per item: items are decided and recorded independently, so once one is committed
   * the batch can no longer be all-or-nothing, and a 500 would hide the others' recorded decisions.
   * Each item is its result or `{error: {code, message}}` — its own 4xx, or internal_error (logged
   * here with the item's request id, never its text). The batch answers 200 whenever its body is valid.
   */
  r.post("/v1/check/batch", { config: { roles: ["platform"] }, schema: { tags: ["check"], body: BatchBody, response: errorResponses(KEYED_ROUTE_ERRORS, JSON_BODY_ERRORS, "invalid_string") } }, async (req) => {
    const results = await Promise.all(
      req.body.items.map(async (item, i) => {
        const itemId = `${req.id}:${i}`;
        try {
          return await check({ ...item, owner: req.keyId }, itemId);
        } catch (err) {
          if (err instanceof ContactGuardError && err.statusCode < 500) return { error: { code: err.code, message: err.message } };
          // Name and code only: a driver error's detail can quote values from the statement.
          const { name, code } = (err ?? {}) as { name?: string; code?: string };
          req.log.error({ item: i, requestId: itemId, error: { name, code } }, "batch item failed");
          const failure = createError("internal_error", { requestId: itemId });
          return { error: { code: failure.code, message: failure.message } };
        }
      }),
    );
    return { results };
  });
}
