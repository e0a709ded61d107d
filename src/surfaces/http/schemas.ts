import { z } from "zod";
import { ERROR_CODES, ERRORS, type ErrorCode } from "../../core/errors.js";
import { storable } from "../../core/strings.js";
import { SafeId } from "../../policy/context.js";
import { RedactionSpec } from "../../policy/redact.js";

/** Request and response schemas of the HTTP API (validated by Fastify, published at /openapi.json). */

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

/*
 * Input hygiene (src/core/strings.ts): ids and keys are `SafeId`s (a NUL or a lone surrogate → 400
 * invalid_string); free texts that are stored as given (appeal reasons, notes) are repaired on the way
 * in with `storable` (U+FFFD in place of each bad unit). Message text is NOT repaired here: it is
 * detected on as given and repaired by the enforcer for storage.
 */

/** A free text stored as given: accepted with NUL and lone surrogates, which become U+FFFD. */
const StoredText = z.string().overwrite(storable);

/** `seq` is a bigint: a cursor past its range would fail in the database, not here. */
const MAX_CURSOR = 2n ** 63n - 1n;

export const CheckBody = z.object({
  text: z.string().max(1_000_000).describe("The text to check: a message, post, proposal, profile field…"),
  context: z.record(z.string(), z.unknown()).optional().describe("Where and between whom (see the README's context model)."),
  idempotencyKey: SafeId.pipe(z.string().min(1).max(200)).optional().describe("A retry with the same key never records twice."),
  mode: z.enum(["enforce", "preview"]).default("enforce").describe("`preview` decides without recording (pre-send nudge)."),
  redaction: RedactionSpec.optional().describe("Operators for the returned `redactedText` (mask, replace, hash, keep per type); the ledger keeps the preset's labels."),
});

export const BatchBody = z.object({
  items: z.array(CheckBody).min(1).max(1000),
});

export const DecisionQuery = z.object({
  accountId: SafeId.optional(),
  surface: SafeId.optional(),
  decision: z.enum(["allow", "notice", "warn", "block", "redact", "review"]).optional(),
  cursor: z
    .string()
    .refine((c) => /^\d{1,19}$/.test(c) && BigInt(c) <= MAX_CURSOR, "must be a cursor returned by a previous page")
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const IdParam = z.object({ id: SafeId.pipe(z.string().min(1).max(200)) });

export const AppealBody = z.object({ reason: StoredText.pipe(z.string().min(1).max(5000)) });
export const AppealResolveBody = z.object({
  outcome: z.enum(["upheld", "overturned"]),
  note: StoredText.pipe(z.string().max(5000)).optional(),
});
export const ReviewResolveBody = z.object({ outcome: z.enum(["allowed", "rejected"]) });
