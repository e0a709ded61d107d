/**
 * The one registry of error codes. Every refusal ContactGuard gives — an HTTP reply, a `scan` or
 * `scan-file` error line, a stream dead letter, a library exception — carries one of these codes,
 * and its HTTP status comes from here, never from a table or an `instanceof` chain elsewhere.
 * Clients branch on the code, so a code string, once published, never changes meaning.
 *
 * docs/errors.md is generated from this table (`npm run docs:errors`); test/core/errors.test.ts
 * fails when the two differ or when a `code: "…"` literal in src/ is not registered here.
 */

export const ERROR_CATEGORIES = ["request", "auth", "policy", "document", "ledger", "stream", "internal"] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

export interface ErrorSpec {
  readonly statusCode: number;
  readonly category: ErrorCategory;
  /** The message's shape; `{name}` marks a part filled in per error (see `createError`). */
  readonly message: string;
  /** What it means and what the caller can do, for docs/errors.md. */
  readonly description: string;
}

/** Document-reading codes (`documents/`): a file that could not be read answers 422 unless said otherwise. */
const unreadableFile = (description: string) => ({ statusCode: 422, category: "document", message: "{reason}", description }) as const satisfies ErrorSpec;

export const ERRORS = {
  // request: the caller's input is malformed
  bad_request: {
    statusCode: 400,
    category: "request",
    message: "{reason}",
    description: "The request cannot be understood (not multipart, no file part, body not JSON…). Over HTTP the status is the framework's when it gave one (e.g. 415 for an unsupported Content-Type).",
  },
  invalid_request: { statusCode: 400, category: "request", message: "{field}: {problem}", description: "A field of the request (body, query, path, multipart field, stream request) does not match its schema; the message names the field." },
  invalid_json: { statusCode: 400, category: "request", message: "{what} is not valid JSON: {reason}", description: "A `scan` line or stream request is not JSON." },
  invalid_input: { statusCode: 400, category: "request", message: "{field}: {problem}", description: "A `scan` line is JSON but not `{id?, text, context?}`." },
  invalid_string: { statusCode: 400, category: "request", message: "{field}: {problem}", description: "An identifier or key (account id, idempotency key, room id, API key …) holds a NUL character or a lone UTF-16 surrogate, which no database stores; texts with them are accepted and stored with U+FFFD in their place (see docs/security.md)." },
  body_too_large: { statusCode: 413, category: "request", message: "{reason}", description: "The request body is larger than the service's BODY_LIMIT." },
  rate_limited: { statusCode: 429, category: "request", message: "rate limit of {max} requests per {window} exceeded", description: "Too many requests for this API key (or address) in the current minute; retry after the Retry-After header." },
  // auth
  unauthorized: { statusCode: 401, category: "auth", message: "{reason}", description: "No API key, or an unknown or revoked one (send `Authorization: Bearer KEY`)." },
  forbidden: { statusCode: 403, category: "auth", message: "{reason}", description: "The key's role (or the marketplace user) may not do this." },
  // policy
  invalid_context: { statusCode: 400, category: "policy", message: "{field}: {problem}", description: "The check context does not match the context model; the message names the first bad field (the error object keeps every zod issue)." },
  invalid_preset: { statusCode: 400, category: "policy", message: "invalid policy preset:\n  {problems}", description: "A policy preset file cannot be read, is not JSON, or does not match the preset schema (the error object keeps every zod issue)." },
  policy_refused: { statusCode: 422, category: "policy", message: "{policyMessage}", description: "The reference marketplace refused content under the policy; the body adds the decision, clauses and findings to highlight." },
  // document
  file_too_large: { statusCode: 413, category: "document", message: "{reason}", description: "F1: files must be smaller than 95 MB; refused before reading." },
  unsupported_type: { statusCode: 415, category: "document", message: "{reason}", description: "The bytes are not a type ContactGuard reads." },
  type_mismatch: { statusCode: 415, category: "document", message: "{reason}", description: "The name or declared type claims one type, the bytes are another." },
  empty_file: unreadableFile("The file has no bytes."),
  encrypted: unreadableFile("A password-protected PDF or Office file."),
  corrupt: unreadableFile("The bytes do not parse as the type they start as."),
  truncated: unreadableFile("The file ends early."),
  zip_bomb: unreadableFile("A DOCX whose entries inflate beyond the limits."),
  too_many_pages: unreadableFile("More pages than the reader is allowed to read."),
  image_too_large: unreadableFile("More pixels than the decoder is allowed to allocate."),
  too_much_text: unreadableFile("More text than a file may yield."),
  timeout: unreadableFile("The per-file time budget ran out."),
  unreadable: unreadableFile("The file could not be opened at all."),
  // ledger
  not_found: { statusCode: 404, category: "ledger", message: "{what} not found", description: "No such record (decision, violation, appeal, review item); an unknown route answers `no route METHOD PATH`." },
  conflict: { statusCode: 409, category: "ledger", message: "{reason}", description: "The record is not in a state that allows this (an appeal already exists, already resolved, not waiting for review…)." },
  not_disputable: {
    statusCode: 409,
    category: "ledger",
    message: "{reason}",
    description: "A false-alarm report (POST /v1/decisions/:id/dispute) about a decision that has nothing to dispute: it found no contact information or let the sender through (`allow`, or a shadow decision), or a reviewer already resolved it.",
  },
  idempotency_conflict: { statusCode: 409, category: "ledger", message: "{reason}", description: "The idempotency key was already used, by this key's owner, for a request with another body; a retry must send the same request." },
  // stream
  failed: { statusCode: 500, category: "stream", message: "{reason}", description: "A stream request kept failing until its last delivery and was dead-lettered." },
  // internal
  internal_error: { statusCode: 500, category: "internal", message: "internal error; see the service log for request {requestId}", description: "An unexpected failure. An HTTP reply never has its details (the service log does); a `scan` or `scan-file` line carries the error's message." },
  data_dir_locked: { statusCode: 503, category: "internal", message: "{reason}", description: "Another process holds the embedded database's data directory (one process per DATA_DIR); stop it, or talk to it (e.g. `contactguard keys create` goes through a running service's admin route)." },
  not_configured: { statusCode: 503, category: "internal", message: "{reason}", description: "The route needs settings this service was started without (the Stream Chat hook: STREAM_API_KEY and STREAM_API_SECRET); set them and restart." },
  not_ready: { statusCode: 503, category: "internal", message: "{reason}", description: "The service cannot reach its database (GET /readyz)." },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;
export const ERROR_CODES = Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]];

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(ERRORS, code);
}

export const statusOf = (code: ErrorCode): number => ERRORS[code].statusCode;

/** The codes answered with `status`, in registry order. */
export const codesWithStatus = (status: number): ErrorCode[] => ERROR_CODES.filter((c) => ERRORS[c].statusCode === status);

/**
 * One problem with an input, as zod reports it (the issue list is kept whole, so a caller can point
 * at every bad field, not only the one the message names).
 */
export interface ValidationIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export interface ErrorOptions {
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** The base of every coded error: its status and category come from the registry. */
export class ContactGuardError<C extends ErrorCode = ErrorCode> extends Error {
  readonly statusCode: number;
  readonly category: ErrorCategory;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    readonly code: C,
    message: string,
    options: ErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ContactGuardError";
    this.statusCode = ERRORS[code].statusCode;
    this.category = ERRORS[code].category;
    this.details = options.details;
  }

  /** The wire form every surface answers with: `{statusCode, code, message}`. */
  toBody(): ErrorBody {
    return errorBody(this.code, this.message, this.statusCode);
  }
}

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
}

export function errorBody(code: ErrorCode, message: string, statusCode: number = statusOf(code)): ErrorBody {
  return { statusCode, code, message };
}

/** Fills `{name}` in the code's message template; a part not given stays visible as `{name}`. */
export function formatMessage(code: ErrorCode, params: Record<string, string | number> = {}): string {
  return ERRORS[code].message.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** An error by code, its message from the registry's template (as fastify's `createError`). */
export function createError<C extends ErrorCode>(code: C, params: Record<string, string | number> = {}, options: ErrorOptions = {}): ContactGuardError<C> {
  return new ContactGuardError(code, formatMessage(code, params), options);
}
