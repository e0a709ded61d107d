import type { SwaggerTransform } from "@fastify/swagger";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { z } from "zod";
import { ERROR_CODES, ERRORS, type ErrorCode } from "../../core/errors.js";
import { storable } from "../../core/strings.js";
import { CheckContext, SafeId } from "../../policy/context.js";
import { CONTACT_TYPES, LINK_TYPES } from "../../core/types.js";
import { RedactionSpec } from "../../policy/redact.js";

/** Request schemas and error responses of the HTTP API (validated by Fastify, published at /openapi.json); the success answers are in responses.ts. */

/** Every error reply: the status, a code from the registry (docs/errors.md), and a message for people. */
export const ErrorBody = z
  .object({
    statusCode: z.number(),
    code: z.enum(ERROR_CODES).describe("A stable code from the error registry (docs/errors.md)."),
    message: z.string(),
  })
  .describe("An error: the same shape for every route and status.");

/** What every route behind an API key can answer with, besides its own errors. */
export const KEYED_ROUTE_ERRORS = ["unauthorized", "forbidden", "rate_limited", "internal_error"] as const satisfies readonly ErrorCode[];
/** What every route with a JSON body can answer with: a body that is not JSON or not the schema, or too big. */
export const JSON_BODY_ERRORS = ["bad_request", "invalid_request", "body_too_large"] as const satisfies readonly ErrorCode[];

/**
 * A route's error responses for its OpenAPI schema: one ErrorBody entry per status, described by the
 * registry codes the route can answer with under it. Typed loosely on purpose: declaring only the
 * error statuses must not narrow what the handlers return.
 */
export function errorResponses(...codes: ReadonlyArray<ErrorCode | readonly ErrorCode[]>): Record<number, unknown> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes.flat())) {
    const status = ERRORS[code].statusCode;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<number, unknown> = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) out[status] = ErrorBody.describe(byStatus.get(status)!.join(", "));
  return out;
}

/**
 * A route's responses for its OpenAPI schema: its success answer (responses.ts, with an example) and
 * its error responses (as `errorResponses`). Typed loosely like `errorResponses`: the ledger's record
 * types are looser than the documented enums (a `decision` is a string there), and the schemas are
 * held to the code's types by responses.ts's compile-time checks and to the real answers by the
 * conformance test instead.
 */
export function answers(success: Readonly<{ 200: z.ZodType } | { 201: z.ZodType }>, ...codes: ReadonlyArray<ErrorCode | readonly ErrorCode[]>): Record<number, unknown> {
  return { ...success, ...errorResponses(...codes) };
}

/*
 * Input hygiene (src/core/strings.ts): ids and keys are `SafeId`s (a NUL or a lone surrogate → 400
 * invalid_string); free texts that are stored as given (appeal reasons, notes) are repaired on the way
 * in with `storable` (U+FFFD in place of each bad unit). Message text is NOT repaired here: it is
 * detected on as given and repaired by the enforcer for storage.
 */

/** A free text stored as given: accepted with NUL and lone surrogates, which become U+FFFD. */
const StoredText = z.string().overwrite(storable);

/**
 * A date filter bound as an ISO instant: a bare date is a UTC day, taken from its start (`from`) or
 * up to its end (`to`, exclusive: the next day's start); a date-time is taken as given.
 */
function DateBound(side: "start" | "end") {
  return z
    .string()
    .max(40)
    .refine((v) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v)), "must be an ISO date (2026-12-07) or date-time")
    .transform((v) => {
      const t = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
      if (side === "end" && v.length === 10) t.setUTCDate(t.getUTCDate() + 1);
      return t.toISOString();
    });
}

/** `seq` is a bigint: a cursor past its range would fail in the database, not here. */
const MAX_CURSOR = 2n ** 63n - 1n;

/*
 * The check context is validated by the enforcer (policy/context.ts parseContext), not by the route's
 * schema: every surface (library, `scan`, stream, HTTP) then refuses a bad context alike, with
 * `invalid_context` naming the field (`context.sender.role: …`), and the idempotency hash covers the
 * context as sent. The route accepts any object there; the document shows the context model itself
 * (CheckBodyDoc, published through `documentBody`).
 */
export const CheckBody = z.object({
  text: z.string().max(1_000_000).describe("The text to check: a message, post, proposal, profile field…"),
  context: z.record(z.string(), z.unknown()).optional().describe("Where and between whom: the context model (validated by the enforcer: 400 invalid_context)."),
  idempotencyKey: SafeId.pipe(z.string().min(1).max(200)).optional().describe("A retry with the same key never records twice."),
  mode: z
    .enum(["enforce", "preview", "shadow"])
    .default("enforce")
    .describe("`preview` decides without recording (pre-send nudge); `shadow` records the decision as a shadow one and answers `allow` with `wouldDecide` (no violation counted). A preset with `rollout: shadow` makes every `enforce` a `shadow`."),
  redaction: RedactionSpec.optional().describe("Operators for the returned `redactedText` (mask, replace, hash, keep per type); the ledger keeps the preset's labels."),
});

export const BatchBody = z.object({
  items: z.array(CheckBody).min(1).max(1000),
});

const ContextDoc = CheckContext.optional().describe(
  "Where and between whom. Every field is optional; a context that does not match answers 400 `invalid_context` naming the field (`invalid_string` for an id holding a NUL or a lone surrogate).",
);
/** The check body as /openapi.json shows it: CheckBody with the context model in place of `object`. */
export const CheckBodyDoc = CheckBody.extend({ context: ContextDoc });
export const BatchBodyDoc = z.object({
  items: z.array(CheckBodyDoc).min(1).max(1000).describe("Up to 1,000 checks, decided independently: the answer has one result or error per item, in order."),
});

/**
 * A route's `config.swaggerTransform` (@fastify/swagger) publishing `body` as its request body in place
 * of the schema the route validates with, for routes whose body is checked further than that schema
 * says: /v1/check (the context, by the enforcer) and /v1/check/file (multipart, part by part).
 */
export function documentBody(body: z.ZodType): SwaggerTransform {
  return ({ schema, ...rest }) => jsonSchemaTransform({ ...rest, schema: { ...schema, body } } as Parameters<typeof jsonSchemaTransform>[0]);
}

/**
 * A route's `config.swaggerTransform` adding a request example to the body it validates with. For
 * bodies with transforms (POST /v1/detect's `region`): zod's input-side JSON Schema leaves out the
 * `examples` that `example()` puts in the schema's metadata, so the example is added to the result.
 */
export function documentBodyExample(value: unknown): SwaggerTransform {
  return (args) => {
    const out = jsonSchemaTransform(args as Parameters<typeof jsonSchemaTransform>[0]) as { schema: { body?: Record<string, unknown> } };
    if (out.schema.body) out.schema.body = { ...out.schema.body, examples: [value] };
    return out as ReturnType<SwaggerTransform>;
  };
}

/** `schema` with its examples for /openapi.json (a request body's or an answer's; `examples` in the document). */
export function example<S extends z.ZodType>(schema: S, value: z.input<S>, ...more: Array<z.input<S>>): S {
  return schema.meta({ examples: [value, ...more] }) as S;
}

export const DecisionQuery = z.object({
  accountId: SafeId.optional().meta({ description: "Decisions this account sent or received.", examples: ["fl-123"] }),
  surface: SafeId.optional(),
  decision: z.enum(["allow", "notice", "warn", "block", "redact", "review"]).optional(),
  cursor: z
    .string()
    .refine((c) => /^\d{1,19}$/.test(c) && BigInt(c) <= MAX_CURSOR, "must be a cursor returned by a previous page")
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  // Issue 19: search and filters, the same as the console's.
  q: SafeId.pipe(z.string().min(1).max(200)).optional().describe("Words in the stored text (the redacted text; the text itself with STORE_TEXT)."),
  from: DateBound("start").optional().describe("Recorded at or after: an ISO date (UTC day) or date-time."),
  to: DateBound("end").optional().describe("Recorded up to: an ISO date (the whole UTC day) or date-time (exclusive)."),
  type: z.enum([...CONTACT_TYPES, ...LINK_TYPES]).optional().describe("Has a finding of this type."),
  clause: z.string().regex(/^[A-Z]\d{1,2}$/, "must be a clause id such as C1 or W1").optional().describe("Cites this clause."),
  // Issue 20: shadow decisions apart from enforced ones.
  shadow: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional()
    .describe("`true`: only shadow decisions (what would have been enforced); `false`: only enforced ones; both when absent."),
});

export const AccountQuery = z.object({
  q: SafeId.pipe(z.string().min(1).max(200)).optional().meta({ description: "Part of the account id.", examples: ["fl-"] }),
  cursor: SafeId.pipe(z.string().min(1).max(200)).optional().describe("The `nextCursor` of the previous page."),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const IdParam = z.object({ id: SafeId.pipe(z.string().min(1).max(200)).meta({ description: "The record's id.", examples: ["3f1c2a9e-5b7d-4e1f-9a2b-7c8d9e0f1a2b"] }) });

export const AppealBody = z.object({ reason: StoredText.pipe(z.string().min(1).max(5000)) });
export const AppealResolveBody = z.object({
  outcome: z.enum(["upheld", "overturned"]).describe("`upheld`: the violation stands; `overturned`: it is removed and the account's standing recomputed."),
  note: StoredText.pipe(z.string().max(5000)).optional(),
});
export const ReviewResolveBody = z.object({
  outcome: z
    .enum(["allowed", "rejected"])
    .describe(
      "`allowed`: the content goes through and its violation is dismissed (for a disputed decision: a false alarm, the dispute and the violation are overturned); `rejected`: the hold stands and its violation counts from now (for a disputed decision: it was contact information, the dispute is upheld).",
    ),
  note: StoredText.pipe(z.string().max(5000)).optional().describe("The reviewer's note, kept on the decision's dispute (a held decision without one does not keep it)."),
});

/** A false-alarm report (issue 20): the platform files it on behalf of the decision's sender. */
export const DisputeBody = z.object({
  accountId: SafeId.pipe(z.string().min(1).max(200))
    .optional()
    .meta({ description: "The sender reporting it; when given it must be the decision's sender (else 403 `forbidden`). Stored as the decision's sender when absent.", examples: ["fl-123"] }),
  reason: StoredText.pipe(z.string().max(1000)).optional().describe("The sender's words (at most 1000 characters)."),
});
