import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { FastifyInstance, InjectOptions } from "fastify";
import { z } from "zod";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ERRORS, isErrorCode } from "../../../src/core/errors.js";
import { ServiceConfig } from "../../../src/runtime/config.js";
import { createApiKey } from "../../../src/runtime/keys.js";
import { createService, type Service } from "../../../src/surfaces/http/server.js";
import { answers } from "../../../src/surfaces/http/schemas.js";
import { createHmac } from "node:crypto";
import { verifySignature } from "stream-chat";

/*
 * The OpenAPI contract (issue 19): /openapi.json describes every route, and every route answers as
 * it says (on PGlite; the routes' behaviour on PostgreSQL is service.test.ts's). The service serializes success bodies as plain JSON (app.ts), so this test is what holds
 * the documented response schemas to the real answers:
 *  - every operation has a summary, a description, a success response with a schema and an example,
 *    and a request example when it takes a body; every example matches its own schema;
 *  - every operation has at least one request case in CASES below, which is sent to the real service
 *    (PGlite) and must succeed with a documented status and a body valid under that status's schema;
 *  - error cases (401, 403, 400, 404, 409) answer an ErrorBody valid under the documented schema for
 *    their status, with a code the route documents under it.
 * A route added without a case here fails "every documented route has a request case".
 */

type Media = { schema?: object; example?: unknown; examples?: Record<string, { value: unknown }> };
type Operation = {
  summary?: string;
  parameters?: Array<{ name: string; in: string; example?: unknown }>;
  description?: string;
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { description?: string; content?: Record<string, Media> }>;
};
type OpenApi = { openapi: string; paths: Record<string, Record<string, Operation>> };
type Keys = Record<"platform" | "reviewer" | "admin", string>;

/** What the cases work with: the keys, and the records made for them in `setUp`. */
interface State {
  keys: Keys;
  /** A recorded `warn` decision with a violation (sender `fl-oa-1`). */
  decisionId: string;
  /** A violation with no appeal yet (for the appeal case) and a pending appeal (for the resolve case). */
  freeViolationId: string;
  pendingAppealId: string;
  /** An appeal already resolved (for the conflict case). */
  resolvedAppealId: string;
  /** A decision held for review (`review`, pending). */
  heldDecisionId: string;
  /** An API key to revoke. */
  spareKeyId: string;
  /** A `warn` decision nobody disputed yet (sender `fl-oa-dsp-1`), and one disputed in setUp (sender `fl-oa-dsp-2`). */
  disputableDecisionId: string;
  disputedDecisionId: string;
  /** A clean (`allow`) decision: nothing to dispute. */
  cleanDecisionId: string;
}

type Request = Omit<InjectOptions, "headers"> & { key?: keyof Keys | null; headers?: Record<string, string> };
interface Case {
  /** What the case shows (defaults to the route). */
  name?: string;
  request: (s: State) => Request;
}

const ctx = (senderId: string, over: Record<string, unknown> = {}) => ({
  surface: "message",
  sender: { id: senderId, role: "freelancer", plan: "basic" },
  recipient: { id: "cl-oa", role: "client", plan: "basic" },
  contract: { status: "none" },
  ...over,
});
const PHONE = "call me at (415) 555-0199";
// A low-confidence number on a blocking surface is held for review (detection.reviewBelow).
const HELD_TEXT = "Thanks 4155550199 see you";

function multipart(parts: Array<{ name: string; value: string; filename?: string; type?: string }>): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----cgoa${Math.random().toString(16).slice(2)}`;
  const body = parts
    .map((p) => `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ""}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ""}\r\n${p.value}\r\n`)
    .join("");
  return { payload: Buffer.from(`${body}--${boundary}--\r\n`), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** The Stream Chat app the service is configured for: the hook's cases are signed with its secret. */
const STREAM = { streamApiKey: "openapi-stream-key", streamApiSecret: "openapi-stream-secret" };
/** A Before Message Send call as Stream makes it: the raw JSON, signed (and accepted by stream-chat's own verifier). */
function streamHook(text: string, senderId: string, signature?: string): Request {
  const payload = JSON.stringify({
    message: { id: "", text, html: "", type: "regular", attachments: [] },
    user: { id: senderId, role: "user", marketplace_role: "freelancer" },
    channel: { cid: `messaging:${senderId}`, id: senderId, type: "messaging", contract_status: "none", members: [{ user_id: senderId }, { user: { id: "cl-oa", marketplace_role: "client" } }] },
  });
  const signed = createHmac("sha256", STREAM.streamApiSecret).update(payload).digest("hex");
  expect(verifySignature(payload, signed, STREAM.streamApiSecret)).toBe(true);
  return { method: "POST", url: "/v1/integrations/stream/before-message-send", key: null, payload, headers: { "content-type": "application/json", "x-signature": signature ?? signed, "x-api-key": STREAM.streamApiKey, "x-webhook-id": `oa-${senderId}` } };
}

/**
 * At least one successful request per documented operation, keyed "METHOD /path" as in the document.
 * A new route needs its case here (the test says which is missing). Cases run in this order, against
 * the records `setUp` made; a case that changes a record uses its own.
 */
const CASES: Record<string, Case[]> = {
  "POST /v1/detect": [
    { name: "findings only", request: () => ({ method: "POST", url: "/v1/detect", key: "platform", payload: { text: PHONE } }) },
    {
      name: "narrowed and redacted",
      request: () => ({ method: "POST", url: "/v1/detect", key: "platform", payload: { text: "call 0612345678 or mail a.b@example.com", entities: ["phone"], region: "NL", minConfidence: 0.5, redaction: { default: { operator: "hash" } } } }),
    },
  ],
  "GET /v1/detect/types": [{ request: () => ({ method: "GET", url: "/v1/detect/types", key: "reviewer" }) }],
  "GET /healthz": [{ request: () => ({ method: "GET", url: "/healthz", key: null }) }],
  "GET /readyz": [{ request: () => ({ method: "GET", url: "/readyz", key: null }) }],
  "POST /v1/check": [
    { name: "a violation, recorded", request: () => ({ method: "POST", url: "/v1/check", key: "platform", payload: { text: PHONE, context: ctx("fl-oa-2") } }) },
    { name: "a clean text, previewed", request: () => ({ method: "POST", url: "/v1/check", key: "platform", payload: { text: "Budget $3,000", context: ctx("fl-oa-2"), mode: "preview" } }) },
    { name: "no sender: standing null", request: () => ({ method: "POST", url: "/v1/check", key: "platform", payload: { text: "mail me: a.b@example.com" } }) },
    { name: "a violation in shadow mode: allow + wouldDecide", request: () => ({ method: "POST", url: "/v1/check", key: "platform", payload: { text: PHONE, context: ctx("fl-oa-sh"), mode: "shadow" } }) },
    {
      name: "a split number from the history",
      request: () => ({
        method: "POST",
        url: "/v1/check",
        key: "platform",
        payload: { text: "0199", context: ctx("fl-oa-3", { history: [{ text: "my number is 415 555", senderId: "fl-oa-3" }] }) },
      }),
    },
  ],
  "POST /v1/check/batch": [
    {
      name: "a decision and an item error",
      request: () => ({ method: "POST", url: "/v1/check/batch", key: "platform", payload: { items: [{ text: PHONE, context: ctx("fl-oa-4") }, { text: "x", context: { surface: "chat" } }] } }),
    },
  ],
  "POST /v1/check/file": [
    {
      request: () => {
        const form = multipart([
          { name: "context", value: JSON.stringify(ctx("fl-oa-5", { surface: "attachment" })) },
          { name: "file", value: "Portfolio and rates\nCall me on 415-555-0132\n", filename: "rates.txt", type: "text/plain" },
        ]);
        return { method: "POST", url: "/v1/check/file", key: "platform", ...form };
      },
    },
    {
      name: "a file in shadow mode: allow + wouldDecide with locations",
      request: () => {
        const form = multipart([
          { name: "mode", value: "shadow" },
          { name: "context", value: JSON.stringify(ctx("fl-oa-5-sh", { surface: "attachment" })) },
          { name: "file", value: "Portfolio and rates\nCall me on 415-555-0132\n", filename: "rates.txt", type: "text/plain" },
        ]);
        return { method: "POST", url: "/v1/check/file", key: "platform", ...form };
      },
    },
  ],
  "GET /v1/decisions": [
    { name: "first page", request: () => ({ method: "GET", url: "/v1/decisions?limit=2", key: "reviewer" }) },
    { name: "filtered", request: () => ({ method: "GET", url: "/v1/decisions?accountId=fl-oa-1&decision=warn&surface=message", key: "reviewer" }) },
    { name: "shadow decisions only", request: () => ({ method: "GET", url: "/v1/decisions?shadow=true", key: "reviewer" }) },
  ],
  "GET /v1/decisions/{id}": [
    { request: (s) => ({ method: "GET", url: `/v1/decisions/${s.decisionId}`, key: "reviewer" }) },
    { name: "a disputed decision", request: (s) => ({ method: "GET", url: `/v1/decisions/${s.disputedDecisionId}`, key: "reviewer" }) },
  ],
  "GET /v1/stats/decisions-per-day": [{ request: () => ({ method: "GET", url: "/v1/stats/decisions-per-day", key: "reviewer" }) }],
  "GET /v1/stats": [
    { name: "the last 30 days", request: () => ({ method: "GET", url: "/v1/stats", key: "reviewer" }) },
    { name: "filtered", request: () => ({ method: "GET", url: "/v1/stats?from=2026-01-01&surface=message&type=phone&shadow=false&format=json", key: "reviewer" }) },
  ],
  "GET /v1/accounts": [
    { name: "every sender", request: () => ({ method: "GET", url: "/v1/accounts", key: "reviewer" }) },
    { name: "narrowed, one a page", request: () => ({ method: "GET", url: "/v1/accounts?q=fl-oa&limit=1", key: "reviewer" }) },
  ],
  "GET /v1/accounts/{id}/standing": [
    { name: "an account with a violation", request: () => ({ method: "GET", url: "/v1/accounts/fl-oa-1/standing", key: "platform" }) },
    { name: "an unknown account", request: () => ({ method: "GET", url: "/v1/accounts/nobody/standing", key: "reviewer" }) },
  ],
  "GET /v1/accounts/{id}/violations": [{ request: () => ({ method: "GET", url: "/v1/accounts/fl-oa-1/violations", key: "reviewer" }) }],
  "POST /v1/violations/{id}/appeal": [{ request: (s) => ({ method: "POST", url: `/v1/violations/${s.freeViolationId}/appeal`, key: "platform", payload: { reason: "my office line" } }) }],
  "GET /v1/appeals": [{ request: () => ({ method: "GET", url: "/v1/appeals", key: "reviewer" }) }],
  "POST /v1/appeals/{id}/resolve": [
    { request: (s) => ({ method: "POST", url: `/v1/appeals/${s.pendingAppealId}/resolve`, key: "reviewer", payload: { outcome: "overturned", note: "a business line" } }) },
  ],
  "POST /v1/decisions/{id}/dispute": [
    { name: "a first report: 201", request: (s) => ({ method: "POST", url: `/v1/decisions/${s.disputableDecisionId}/dispute`, key: "platform", payload: { accountId: "fl-oa-dsp-1", reason: "a budget figure" } }) },
    { name: "a repeated report: 200, created false", request: (s) => ({ method: "POST", url: `/v1/decisions/${s.disputedDecisionId}/dispute`, key: "platform", payload: {} }) },
  ],
  "GET /v1/review-queue": [{ request: () => ({ method: "GET", url: "/v1/review-queue", key: "reviewer" }) }],
  "POST /v1/review-queue/{id}/resolve": [
    { request: (s) => ({ method: "POST", url: `/v1/review-queue/${s.heldDecisionId}/resolve`, key: "reviewer", payload: { outcome: "rejected" } }) },
    { name: "a disputed decision: a false alarm", request: (s) => ({ method: "POST", url: `/v1/review-queue/${s.disputedDecisionId}/resolve`, key: "reviewer", payload: { outcome: "allowed", note: "a budget" } }) },
  ],
  "POST /v1/admin/keys": [{ request: () => ({ method: "POST", url: "/v1/admin/keys", key: "admin", payload: { role: "reviewer", name: "openapi test" } }) }],
  "GET /v1/admin/keys": [{ request: () => ({ method: "GET", url: "/v1/admin/keys", key: "admin" }) }],
  "DELETE /v1/admin/keys/{id}": [{ request: (s) => ({ method: "DELETE", url: `/v1/admin/keys/${s.spareKeyId}`, key: "admin" }) }],
  "POST /v1/integrations/stream/before-message-send": [
    { name: "a clean message: sent as is", request: () => streamHook("Budget $3,000", "fl-oa-stream-1") },
    { name: "a phone number: rewritten", request: () => streamHook(PHONE, "fl-oa-stream-2") },
  ],
};

/** Refusals, each checked against the route's documented error response for its status. */
const ERROR_CASES: Array<{ route: string; code: string; request: (s: State) => Request }> = [
  { route: "POST /v1/integrations/stream/before-message-send", code: "unauthorized", request: () => streamHook(PHONE, "fl-oa-stream-3", "0".repeat(64)) },
  { route: "POST /v1/check", code: "unauthorized", request: () => ({ method: "POST", url: "/v1/check", key: null, payload: { text: "x" } }) },
  { route: "GET /v1/decisions", code: "unauthorized", request: () => ({ method: "GET", url: "/v1/decisions", key: null, headers: { authorization: "Bearer cg_not_a_key" } }) },
  { route: "GET /v1/decisions", code: "forbidden", request: () => ({ method: "GET", url: "/v1/decisions", key: "platform" }) },
  { route: "POST /v1/admin/keys", code: "forbidden", request: () => ({ method: "POST", url: "/v1/admin/keys", key: "reviewer", payload: { role: "admin" } }) },
  { route: "POST /v1/check", code: "invalid_request", request: () => ({ method: "POST", url: "/v1/check", key: "platform", payload: { text: 5 } }) },
  { route: "POST /v1/detect", code: "invalid_request", request: () => ({ method: "POST", url: "/v1/detect", key: "platform", payload: { text: "x", region: "XX" } }) },
  { route: "GET /v1/accounts", code: "forbidden", request: () => ({ method: "GET", url: "/v1/accounts", key: "platform" }) },
  { route: "GET /v1/accounts", code: "invalid_request", request: () => ({ method: "GET", url: "/v1/accounts?limit=0", key: "reviewer" }) },
  { route: "POST /v1/detect", code: "forbidden", request: () => ({ method: "POST", url: "/v1/detect", key: "reviewer", payload: { text: "x" } }) },
  { route: "POST /v1/check", code: "invalid_context", request: () => ({ method: "POST", url: "/v1/check", key: "platform", payload: { text: "x", context: { sender: { role: "boss" } } } }) },
  { route: "POST /v1/check", code: "invalid_string", request: () => ({ method: "POST", url: "/v1/check", key: "platform", payload: { text: "x", idempotencyKey: "a\u0000b" } }) },
  { route: "POST /v1/check/batch", code: "invalid_request", request: () => ({ method: "POST", url: "/v1/check/batch", key: "platform", payload: { items: [] } }) },
  { route: "GET /v1/decisions", code: "invalid_request", request: () => ({ method: "GET", url: "/v1/decisions?limit=0", key: "reviewer" }) },
  { route: "GET /v1/decisions", code: "invalid_request", request: () => ({ method: "GET", url: "/v1/decisions?shadow=maybe", key: "reviewer" }) },
  { route: "GET /v1/stats", code: "forbidden", request: () => ({ method: "GET", url: "/v1/stats", key: "platform" }) },
  { route: "GET /v1/stats", code: "invalid_request", request: () => ({ method: "GET", url: "/v1/stats?from=yesterday", key: "reviewer" }) },
  { route: "POST /v1/appeals/{id}/resolve", code: "invalid_request", request: (s) => ({ method: "POST", url: `/v1/appeals/${s.pendingAppealId}/resolve`, key: "reviewer", payload: { outcome: "uphold" } }) },
  { route: "POST /v1/review-queue/{id}/resolve", code: "invalid_request", request: (s) => ({ method: "POST", url: `/v1/review-queue/${s.heldDecisionId}/resolve`, key: "reviewer", payload: { outcome: "approve" } }) },
  { route: "GET /v1/decisions/{id}", code: "not_found", request: () => ({ method: "GET", url: "/v1/decisions/no-such-decision", key: "reviewer" }) },
  { route: "POST /v1/violations/{id}/appeal", code: "not_found", request: () => ({ method: "POST", url: "/v1/violations/no-such-violation/appeal", key: "platform", payload: { reason: "x" } }) },
  { route: "DELETE /v1/admin/keys/{id}", code: "not_found", request: () => ({ method: "DELETE", url: "/v1/admin/keys/no-such-key", key: "admin" }) },
  { route: "POST /v1/appeals/{id}/resolve", code: "conflict", request: (s) => ({ method: "POST", url: `/v1/appeals/${s.resolvedAppealId}/resolve`, key: "reviewer", payload: { outcome: "upheld" } }) },
  { route: "POST /v1/decisions/{id}/dispute", code: "not_found", request: () => ({ method: "POST", url: "/v1/decisions/no-such-decision/dispute", key: "platform", payload: {} }) },
  { route: "POST /v1/decisions/{id}/dispute", code: "not_disputable", request: (s) => ({ method: "POST", url: `/v1/decisions/${s.cleanDecisionId}/dispute`, key: "platform", payload: {} }) },
  { route: "POST /v1/decisions/{id}/dispute", code: "forbidden", request: (s) => ({ method: "POST", url: `/v1/decisions/${s.disputableDecisionId}/dispute`, key: "reviewer", payload: {} }) },
  { route: "POST /v1/decisions/{id}/dispute", code: "forbidden", request: (s) => ({ method: "POST", url: `/v1/decisions/${s.disputableDecisionId}/dispute`, key: "platform", payload: { accountId: "someone-else" } }) },
  { route: "POST /v1/decisions/{id}/dispute", code: "invalid_request", request: (s) => ({ method: "POST", url: `/v1/decisions/${s.disputableDecisionId}/dispute`, key: "platform", payload: { reason: "x".repeat(1001) } }) },
  { route: "POST /v1/check/file", code: "bad_request", request: () => ({ method: "POST", url: "/v1/check/file", key: "platform", payload: { text: "x" } }) },
];

/**
 * A route the test adds (hidden from the document) whose answer does not match its declared schema:
 * the service must still answer it as the handler returned it, neither 500 nor trimmed.
 */
function driftingRoute(app: FastifyInstance): void {
  app.get(
    "/test/drift",
    { schema: { hide: true, response: answers({ 200: z.object({ declared: z.string() }) }, "internal_error") } },
    async () => ({ declared: 1, undeclared: "kept" }),
  );
}

/** The document's operations, "METHOD /path" → operation. */
function operations(spec: OpenApi): Map<string, Operation> {
  const out = new Map<string, Operation>();
  for (const [path, methods] of Object.entries(spec.paths)) for (const [method, op] of Object.entries(methods)) out.set(`${method.toUpperCase()} ${path}`, op);
  return out;
}

/** The operation a concrete request goes to: its path matched against the document's templates. */
function routeOf(spec: OpenApi, method: string, url: string): string | undefined {
  const path = url.split("?")[0]!;
  for (const template of Object.keys(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    if (pattern.test(path) && spec.paths[template]![method.toLowerCase()]) return `${method.toUpperCase()} ${template}`;
  }
  return undefined;
}

const successStatuses = (op: Operation) => Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s));
const examplesOf = (media: Media): unknown[] => (media.example !== undefined ? [media.example] : Object.values(media.examples ?? {}).map((e) => e.value));

describe("the OpenAPI document and the real answers agree", () => {
  let service: Service;
  let spec: OpenApi;
  let ops: Map<string, Operation>;
  let state: State;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormatsModule as unknown as { default?: (a: Ajv2020) => void }).default?.(ajv) ?? (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addFormat("binary", true);
  const validators = new Map<object, ValidateFunction>();
  const validate = (schema: object, value: unknown): string | null => {
    let fn = validators.get(schema);
    if (!fn) validators.set(schema, (fn = ajv.compile(schema)));
    return fn(value) ? null : ajv.errorsText(fn.errors, { separator: "\n" });
  };

  const send = (s: State | null, req: Request) => {
    const { key, headers, ...rest } = req;
    const auth = key && s ? { authorization: `Bearer ${s.keys[key]}` } : {};
    return service.app.inject({ ...rest, headers: { ...auth, ...headers } } as InjectOptions);
  };

  /** Records for the cases, made through the API itself (their answers are checked by the cases of those routes). */
  async function setUp(keys: Keys): Promise<State> {
    const s = { keys } as State;
    const checked = async (text: string, context: object) => {
      const res = await send(s, { method: "POST", url: "/v1/check", key: "platform", payload: { text, context } });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { decisionId: string; decision: string };
    };
    s.decisionId = (await checked(PHONE, ctx("fl-oa-1"))).decisionId;
    await checked("my email kenji@sato-studio.jp", ctx("fl-oa-1"));
    const violations = (await send(s, { method: "GET", url: "/v1/accounts/fl-oa-1/violations", key: "reviewer" })).json().violations as Array<{ id: string }>;
    expect(violations).toHaveLength(2);
    s.freeViolationId = violations[0]!.id;
    const appeal = await send(s, { method: "POST", url: `/v1/violations/${violations[1]!.id}/appeal`, key: "platform", payload: { reason: "a typo" } });
    expect(appeal.statusCode, appeal.body).toBe(201);
    s.pendingAppealId = appeal.json().id;
    const other = await checked(PHONE, ctx("fl-oa-6"));
    const otherViolation = (await send(s, { method: "GET", url: "/v1/accounts/fl-oa-6/violations", key: "reviewer" })).json().violations[0].id as string;
    s.resolvedAppealId = (await send(s, { method: "POST", url: `/v1/violations/${otherViolation}/appeal`, key: "platform", payload: { reason: "x" } })).json().id;
    const resolved = await send(s, { method: "POST", url: `/v1/appeals/${s.resolvedAppealId}/resolve`, key: "reviewer", payload: { outcome: "upheld" } });
    expect([other.decision, resolved.statusCode]).toEqual(["warn", 200]);
    const held = await checked(HELD_TEXT, ctx("fl-oa-held", { surface: "profile" }));
    expect(held.decision).toBe("review");
    s.heldDecisionId = held.decisionId;
    s.disputableDecisionId = (await checked(PHONE, ctx("fl-oa-dsp-1"))).decisionId;
    s.disputedDecisionId = (await checked(PHONE, ctx("fl-oa-dsp-2"))).decisionId;
    const disputed = await send(s, { method: "POST", url: `/v1/decisions/${s.disputedDecisionId}/dispute`, key: "platform", payload: { accountId: "fl-oa-dsp-2", reason: "not a phone" } });
    expect(disputed.statusCode, disputed.body).toBe(201);
    const clean = await checked("Budget $3,000", ctx("fl-oa-dsp-3"));
    expect(clean.decision).toBe("allow");
    s.cleanDecisionId = clean.decisionId;
    const spare = await send(s, { method: "POST", url: "/v1/admin/keys", key: "admin", payload: { role: "platform" } });
    s.spareKeyId = spare.json().id;
    return s;
  }

  const dataDir = mkdtempSync(join(tmpdir(), "cg-openapi-"));
  beforeAll(async () => {
    service = await createService(ServiceConfig.parse({ dataDir, logLevel: "silent", rateLimitPerMinute: 1_000_000, ...STREAM }), { extend: driftingRoute });
    const keys = { platform: (await createApiKey(service.repo, "platform")).key, reviewer: (await createApiKey(service.repo, "reviewer")).key, admin: (await createApiKey(service.repo, "admin")).key };
    spec = (await service.app.inject({ method: "GET", url: "/openapi.json" })).json() as OpenApi;
    ops = operations(spec);
    state = await setUp(keys);
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("is OpenAPI 3.1 (its schemas are JSON Schema 2020-12, as validated here)", () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
    expect(ops.size).toBeGreaterThan(0);
  });

  it("every documented route has a request case, and every case a documented route", () => {
    const missing = [...ops.keys()].filter((route) => !CASES[route]?.length);
    expect(missing, "routes in /openapi.json without a request case in CASES (test/surfaces/http/openapi.test.ts)").toEqual([]);
    const stale = Object.keys(CASES).filter((route) => !ops.has(route));
    expect(stale, "cases for routes /openapi.json does not have").toEqual([]);
  });

  it("every operation has a summary, a description, a success schema and examples that match their schemas", () => {
    for (const [route, op] of ops) {
      expect(op.summary?.trim(), `${route}: summary`).toBeTruthy();
      expect(op.description?.trim(), `${route}: description`).toBeTruthy();
      const ok = successStatuses(op);
      expect(ok, `${route}: a 2xx response`).not.toEqual([]);
      for (const status of ok) {
        const media = op.responses[status]!.content?.["application/json"];
        expect(media?.schema, `${route} ${status}: schema`).toBeTruthy();
        const examples = examplesOf(media!);
        expect(examples.length, `${route} ${status}: example`).toBeGreaterThan(0);
        for (const example of examples) expect(validate(media!.schema!, example), `${route} ${status}: example`).toBeNull();
      }
      // A request example: the body's, else the parameters' (every path parameter has one).
      for (const p of op.parameters ?? []) if (p.in === "path") expect(p.example, `${route}: example of path parameter ${p.name}`).toBeDefined();
      if (!op.requestBody && op.parameters?.length) expect(op.parameters.some((p) => p.example !== undefined), `${route}: a parameter example`).toBe(true);
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        expect(media.schema, `${route} ${type}: request schema`).toBeTruthy();
        const examples = examplesOf(media);
        expect(examples.length, `${route} ${type}: request example`).toBeGreaterThan(0);
        for (const example of examples) expect(validate(media.schema!, example), `${route} ${type}: request example`).toBeNull();
      }
    }
  });

  it("every route answers its cases with a documented status and a body valid under that status's schema", async () => {
    const failures: string[] = [];
    for (const [route, cases] of Object.entries(CASES)) {
      for (const c of cases) {
        const req = c.request(state);
        const name = `${route}${c.name ? ` (${c.name})` : ""}`;
        expect(routeOf(spec, String(req.method), req.url as string), `${name}: the request goes to its route`).toBe(route);
        const res = await send(state, req);
        const op = ops.get(route)!;
        if (!successStatuses(op).includes(String(res.statusCode))) {
          failures.push(`${name}: status ${res.statusCode} is not a documented success (${successStatuses(op).join(", ")}): ${res.body.slice(0, 300)}`);
          continue;
        }
        const schema = op.responses[String(res.statusCode)]!.content!["application/json"]!.schema!;
        const problem = validate(schema, res.json());
        if (problem) failures.push(`${name}: the answer does not match the documented schema:\n${problem}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("refusals answer an ErrorBody under a documented status, with a code documented for it", async () => {
    for (const e of ERROR_CASES) {
      const req = e.request(state);
      expect(routeOf(spec, String(req.method), req.url as string), `${e.route} ${e.code}: the request goes to its route`).toBe(e.route);
      const res = await send(state, req);
      const label = `${e.route} → ${e.code}: ${res.body.slice(0, 200)}`;
      expect(isErrorCode(e.code)).toBe(true);
      expect(res.statusCode, label).toBe(ERRORS[e.code as keyof typeof ERRORS].statusCode);
      const documented = ops.get(e.route)!.responses[String(res.statusCode)];
      expect(documented, `${label}: status documented`).toBeTruthy();
      expect(validate(documented!.content!["application/json"]!.schema!, res.json()), label).toBeNull();
      expect(res.json().code, label).toBe(e.code);
      expect((documented!.description ?? "").split(", "), `${label}: code named in the response's description`).toContain(e.code);
    }
  });

  it("a success answer that drifts from its declared schema goes out as returned: the schema is checked here, not in production", async () => {
    const res = await service.app.inject({ method: "GET", url: "/test/drift" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ declared: 1, undeclared: "kept" });
    // Error replies are still held to ErrorBody: nothing but {statusCode, code, message}.
    expect(Object.keys((await service.app.inject({ method: "GET", url: "/v1/decisions" })).json()).sort()).toEqual(["code", "message", "statusCode"]);
  });

  it("the validator catches an answer that drifts from its schema (the check can fail)", () => {
    const schema = ops.get("POST /v1/check")!.responses["200"]!.content!["application/json"]!.schema!;
    const example = examplesOf(ops.get("POST /v1/check")!.responses["200"]!.content!["application/json"]!)[0] as Record<string, unknown>;
    expect(validate(schema, example)).toBeNull();
    expect(validate(schema, { ...example, undocumented: 1 })).toMatch(/additional/);
    expect(validate(schema, { ...example, decision: "maybe" })).toMatch(/decision/);
    const { standing: _s, ...withoutStanding } = example;
    expect(validate(schema, withoutStanding)).toMatch(/standing/);
  });
});
