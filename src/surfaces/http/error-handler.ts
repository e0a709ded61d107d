import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { ContactGuardError, createError, errorBody, type ErrorBody, type ErrorCode } from "../../core/errors.js";
import { isInvalidStringIssue } from "../../policy/context.js";

/*
 * The service's one error handler: every reply is `{statusCode, code, message}` (ErrorBody) with a
 * code from the registry (src/core/errors.ts), and never a stack trace or SQL text. Coded errors
 * answer with the registry's status; the framework's own 4xx errors keep their status and get a code
 * from the tables below; anything else is logged and answered as internal_error.
 */

/** Fastify's error codes that have a code of their own; other framework 4xx errors are `bad_request`. */
const FRAMEWORK_CODES: ReadonlyMap<string, ErrorCode> = new Map([["FST_ERR_CTP_BODY_TOO_LARGE", "body_too_large"]]);

/** Framework 4xx statuses that have a code of their own (@fastify/rate-limit throws its body as the error). */
const FRAMEWORK_STATUS_CODES: ReadonlyMap<number, ErrorCode> = new Map([[429, "rate_limited"]]);

type ValidationItem = { instancePath?: string; message?: string; params?: { params?: unknown } };

/**
 * A request body, query, path or header that failed its zod schema: 400 naming the first bad field,
 * `invalid_string` when an id or key holds a NUL or a lone surrogate (a `SafeId` refusal; the
 * validator keeps the zod issue's `params` under `params.params`), else
 * `invalid_request`.
 */
function validationError(err: { validation: ValidationItem[]; validationContext?: string }): ContactGuardError {
  const issue = err.validation.find((v) => isInvalidStringIssue({ params: v.params?.params })) ?? err.validation[0];
  const where = err.validationContext ?? "body";
  const path = issue?.instancePath?.replace(/^\//, "").replace(/\//g, ".") ?? "";
  const code = issue && isInvalidStringIssue({ params: issue.params?.params }) ? "invalid_string" : "invalid_request";
  return createError(code, { field: `${where}${path ? "." + path : ""}`, problem: issue?.message ?? "invalid" });
}

export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(err)) return send(reply, validationError(err as typeof err & { validationContext?: string }).toBody());
  if (err instanceof ContactGuardError) return send(reply, err.toBody());
  const e = err as Partial<FastifyError>;
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    const code = FRAMEWORK_CODES.get(e.code ?? "") ?? FRAMEWORK_STATUS_CODES.get(e.statusCode) ?? "bad_request";
    return send(reply, errorBody(code, e.message ?? "bad request", e.statusCode));
  }
  req.log.error({ err }, "request failed");
  return send(reply, createError("internal_error", { requestId: req.id }).toBody());
}

/**
 * Errors the router raises before a route is found (Fastify's `frameworkErrors`), which would otherwise
 * answer in Fastify's own body shape: a URL whose percent-encoding is not UTF-8 (a lone surrogate
 * cannot be encoded) and a path parameter longer than the router takes. Both are the caller's: 400.
 */
const ROUTER_ERRORS: ReadonlyMap<string, () => ErrorBody> = new Map([
  ["FST_ERR_BAD_URL", () => errorBody("bad_request", "the URL is not valid percent-encoded UTF-8")],
  ["FST_ERR_MAX_PARAM_LENGTH", () => createError("invalid_request", { field: "params", problem: "a path parameter is longer than the router accepts" }).toBody()],
]);

export function frameworkErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const answer = ROUTER_ERRORS.get(err.code);
  return answer ? send(reply, answer()) : errorHandler(err, req, reply);
}

/** Unknown routes answer like a missing record. */
export function notFoundHandler(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  return send(reply, errorBody("not_found", `no route ${req.method} ${req.url.split("?")[0]}`));
}

const send = (reply: FastifyReply, body: ErrorBody): FastifyReply => reply.code(body.statusCode).send(body);
