import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ContactGuardError, createError } from "../../../core/errors.js";
import * as E from "../examples.js";
import { BatchResult, CheckResult } from "../responses.js";
import { answers, BatchBody, BatchBodyDoc, CheckBody, CheckBodyDoc, documentBody, example, JSON_BODY_ERRORS, KEYED_ROUTE_ERRORS } from "../schemas.js";
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
    if (!redaction) return res;
    // A shadow answer masks nothing itself: the operators shape the redactedText it would have enforced.
    if (res.wouldDecide?.redactedText !== undefined) {
      const would = await redactResponse({ ...res, ...res.wouldDecide }, item.text, redaction, tools);
      return { ...res, wouldDecide: { ...res.wouldDecide, redactedText: would.redactedText! } };
    }
    return redactResponse(res, item.text, redaction, tools);
  };
  r.post(
    "/v1/check",
    {
      config: { roles: ["platform"], swaggerTransform: documentBody(example(CheckBodyDoc, E.checkRequest)) },
      schema: {
        tags: ["check"],
        summary: "Check a text: detect contact details, decide under the policy, record",
        description:
          "Detects contact details in `text` and decides under the policy for the `context` (surface, parties, contract…): the decision, the findings with their spans, the clauses, the message for the writer, the redacted text and the sender's standing after it. `mode: preview` decides without recording (pre-send nudges); `mode: shadow` (or the preset's `rollout: shadow`) records the decision as a shadow one and answers `decision: allow` with `shadow: true` and `wouldDecide` (what would have been enforced); no violation counts toward the ladder. A retry with the same `idempotencyKey` (per API key) never records twice: the same body replays the first decision (`recorded: false`), another body is 409 `idempotency_conflict`. A context that does not match the model is 400 `invalid_context` naming the field.",
        body: CheckBody,
        response: answers({ 200: example(CheckResult, E.checkResponse) }, KEYED_ROUTE_ERRORS, JSON_BODY_ERRORS, "invalid_context", "invalid_string", "idempotency_conflict"),
      },
    },
    async (req) => check({ ...req.body, owner: req.keyId }, req.id),
  );
  /*
   * A batch reports per item: items are decided and recorded independently, so once one is committed
   * the batch can no longer be all-or-nothing, and a 500 would hide the others' recorded decisions.
   * Each item is its result or `{error: {code, message}}` — its own 4xx, or internal_error (logged
   * here with the item's request id, never its text). The batch answers 200 whenever its body is valid.
   */
  r.post(
    "/v1/check/batch",
    {
      config: { roles: ["platform"], swaggerTransform: documentBody(example(BatchBodyDoc, E.batchRequest)) },
      schema: {
        tags: ["check"],
        summary: "Check up to 1,000 texts, each decided and recorded on its own",
        description:
          "Answers 200 whenever the body is valid, with one entry per item in order: the item's decision (as POST /v1/check) or `{error: {code, message}}` — its own 4xx code (`invalid_context`, `idempotency_conflict`…) or `internal_error`. One bad item never fails the others. An item may ask for `mode: shadow` like a single check.",
        body: BatchBody,
        response: answers({ 200: example(BatchResult, E.batchResponse) }, KEYED_ROUTE_ERRORS, JSON_BODY_ERRORS, "invalid_string"),
      },
    },
    async (req) => {
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
    },
  );
}
