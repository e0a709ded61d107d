import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ERROR_CODES, ERRORS, isErrorCode } from "../../../src/core/errors.js";
import { ServiceConfig } from "../../../src/runtime/config.js";
import { createApiKey } from "../../../src/runtime/keys.js";
import { ErrorBody } from "../../../src/surfaces/http/schemas.js";
import { createService, type Service } from "../../../src/surfaces/http/server.js";

type Operation = { security?: unknown[]; requestBody?: unknown; responses?: Record<string, { description?: string; content?: Record<string, { schema?: JsonSchema }> }> };
type JsonSchema = { type?: string; properties?: Record<string, JsonSchema>; required?: string[]; enum?: string[] };
type OpenApi = { paths: Record<string, Record<string, Operation>>; security?: unknown[] };

/** A reply is an ErrorBody with exactly its three fields, and its status is the registry's for its code. */
function expectErrorReply(res: { statusCode: number; json(): unknown }, code: string): void {
  const body = ErrorBody.strict().parse(res.json());
  expect(body.code).toBe(code);
  expect(body.statusCode).toBe(res.statusCode);
  expect(res.statusCode).toBe(ERRORS[body.code].statusCode);
}

describe("HTTP errors: documented on every route, and every reply an ErrorBody", () => {
  let service: Service;
  let keys: Record<"platform" | "reviewer", string>;
  let spec: OpenApi;
  const dataDir = mkdtempSync(join(tmpdir(), "cg-errors-"));
  beforeAll(async () => {
    service = await createService(ServiceConfig.parse({ dataDir, logLevel: "silent", bodyLimit: 64 * 1024, rateLimitPerMinute: 1_000 }));
    keys = { platform: (await createApiKey(service.repo, "platform")).key, reviewer: (await createApiKey(service.repo, "reviewer")).key };
    spec = (await service.app.inject({ method: "GET", url: "/openapi.json" })).json() as OpenApi;
  });
  afterAll(async () => {
    await service?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const auth = (key: string) => ({ authorization: `Bearer ${key}` });

  const operations = () =>
    Object.entries(spec.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, path, op })));

  it("every route documents its error responses with the ErrorBody schema and registry codes", () => {
    const ops = operations();
    expect(ops.length).toBe(24); // every route but /openapi.json itself (3 of them /v1/admin/keys, 2 /v1/detect, 1 the Stream Chat hook, 1 POST /v1/decisions/:id/dispute, 1 GET /v1/stats)
    for (const { route, path, op } of ops) {
      const responses = op.responses ?? {};
      const errorStatuses = Object.keys(responses).filter((s) => Number(s) >= 400);
      expect(errorStatuses, route).toContain("500");
      if (path.startsWith("/v1/")) expect(errorStatuses, route).toEqual(expect.arrayContaining(["401", "403", "429"]));
      if (op.requestBody) expect(errorStatuses, route).toEqual(expect.arrayContaining(["400", "413"]));
      if (path.includes("{id}")) expect(errorStatuses, route).toContain("400");
      for (const status of errorStatuses) {
        const response = responses[status]!;
        const schema = response.content?.["application/json"]?.schema;
        expect(schema?.required, `${route} ${status}`).toEqual(expect.arrayContaining(["statusCode", "code", "message"]));
        expect(Object.keys(schema?.properties ?? {}).sort(), `${route} ${status}`).toEqual(["code", "message", "statusCode"]);
        expect(schema?.properties?.code?.enum, `${route} ${status}`).toEqual(ERROR_CODES);
        // The description names the registry codes the route answers with under this status.
        const named = (response.description ?? "").split(", ");
        expect(named.length, `${route} ${status}`).toBeGreaterThan(0);
        for (const code of named) {
          expect(isErrorCode(code), `${route} ${status}: ${code}`).toBe(true);
          if (isErrorCode(code)) expect(ERRORS[code].statusCode, `${route} ${status}: ${code}`).toBe(Number(status));
        }
      }
    }
  });

  it("the record routes document 404 and 409, the readiness probe 503, the file route 413/415/422", () => {
    const responses = (path: string, method: string) => Object.keys(spec.paths[path]?.[method]?.responses ?? {});
    expect(responses("/v1/decisions/{id}", "get")).toContain("404");
    expect(responses("/v1/appeals/{id}/resolve", "post")).toEqual(expect.arrayContaining(["404", "409"]));
    expect(responses("/v1/violations/{id}/appeal", "post")).toEqual(expect.arrayContaining(["404", "409"]));
    expect(responses("/v1/review-queue/{id}/resolve", "post")).toEqual(expect.arrayContaining(["404", "409"]));
    expect(responses("/v1/decisions/{id}/dispute", "post")).toEqual(expect.arrayContaining(["200", "201", "403", "404", "409"]));
    expect(responses("/readyz", "get")).toContain("503");
    expect(responses("/v1/check/file", "post")).toEqual(expect.arrayContaining(["400", "401", "403", "413", "415", "422", "429", "500"]));
    expect(responses("/healthz", "get")).not.toContain("401");
  });

  it("real error replies match ErrorBody, with the registry's status for their code", async () => {
    const { app } = service;
    expectErrorReply(await app.inject({ method: "POST", url: "/v1/check", payload: { text: "x" } }), "unauthorized");
    expectErrorReply(await app.inject({ method: "POST", url: "/v1/check", headers: auth("cg_nope"), payload: { text: "x" } }), "unauthorized");
    expectErrorReply(await app.inject({ method: "GET", url: "/v1/decisions", headers: auth(keys.platform) }), "forbidden");
    expectErrorReply(await app.inject({ method: "POST", url: "/v1/check", headers: auth(keys.platform), payload: { text: 5 } }), "invalid_request");
    const badContext = await app.inject({ method: "POST", url: "/v1/check", headers: auth(keys.platform), payload: { text: "x", context: { surface: "chat" } } });
    expectErrorReply(badContext, "invalid_context");
    expect(badContext.json().message).toMatch(/^context\.surface: /);
    expectErrorReply(await app.inject({ method: "GET", url: "/v1/decisions/nope", headers: auth(keys.reviewer) }), "not_found");
    expectErrorReply(await app.inject({ method: "GET", url: "/v1/no-such-route" }), "not_found");
    expectErrorReply(await app.inject({ method: "POST", url: "/v1/check", headers: auth(keys.platform), payload: { text: "x".repeat(70_000) } }), "body_too_large");
    expectErrorReply(await app.inject({ method: "POST", url: "/v1/check/file", headers: auth(keys.platform), payload: { text: "x" } }), "bad_request");
  });

  it("a second resolution of an appeal is a conflict", async () => {
    const { app } = service;
    const check = await app.inject({ method: "POST", url: "/v1/check", headers: auth(keys.platform), payload: { text: "call me at (415) 555-0199", context: { sender: { id: "fl-err", role: "freelancer" } } } });
    const violationId = (await app.inject({ method: "GET", url: "/v1/accounts/fl-err/violations", headers: auth(keys.reviewer) })).json().violations[0]?.id as string;
    expect(check.statusCode).toBe(200);
    expect(violationId).toBeTruthy();
    const appeal = await app.inject({ method: "POST", url: `/v1/violations/${violationId}/appeal`, headers: auth(keys.platform), payload: { reason: "it was my office line" } });
    expect(appeal.statusCode).toBe(201);
    expectErrorReply(await app.inject({ method: "POST", url: `/v1/violations/${violationId}/appeal`, headers: auth(keys.platform), payload: { reason: "again" } }), "conflict");
    expectErrorReply(await app.inject({ method: "POST", url: "/v1/violations/nope/appeal", headers: auth(keys.platform), payload: { reason: "x" } }), "not_found");
  });
});
