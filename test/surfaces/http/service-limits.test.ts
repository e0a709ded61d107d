import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ServiceConfig } from "../../../src/runtime/config.js";
import { createService, type Service } from "../../../src/surfaces/http/server.js";
import { createApiKey } from "../../../src/runtime/keys.js";

describe("service limits", () => {
  let service: Service;
  let key: string;
  let other: string;
  const dataDir = mkdtempSync(join(tmpdir(), "cg-limits-"));
  beforeAll(async () => {
    service = await createService(ServiceConfig.parse({ dataDir, logLevel: "silent", bodyLimit: 4096, rateLimitPerMinute: 5 }));
    key = (await createApiKey(service.repo, "platform")).key;
    other = (await createApiKey(service.repo, "platform")).key;
  });
  afterAll(async () => {
    await service.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const check = (k: string, text: string) =>
    service.app.inject({ method: "POST", url: "/v1/check", headers: { authorization: `Bearer ${k}` }, payload: { text } });

  it("refuses bodies over the limit with a clear JSON error", async () => {
    const res = await check(key, "x".repeat(10_000));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ statusCode: 413, code: "body_too_large" });
  });

  it("limits requests per key, not per service", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await check(key, "hello")).statusCode);
    expect(codes.slice(0, 4).every((c) => c === 200)).toBe(true);
    const limited = await check(key, "hello");
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ statusCode: 429, code: "rate_limited" });
    expect((await check(other, "hello")).statusCode).toBe(200);
  });

  it("health checks are not rate limited", async () => {
    for (let i = 0; i < 10; i++) expect((await service.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
  });
});
