import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ServiceConfig } from "../../../src/runtime/config.js";
import { createService, type Service } from "../../../src/surfaces/http/server.js";
import { createApiKey } from "../../../src/runtime/keys.js";

/*
 * Issue 16, defect 6: every /v1 request counts, authenticated or not. Before, the auth hook answered
 * 401 ahead of the limiter, so a flood of made-up keys was never limited and each one cost a hash and
 * a database query.
 */
describe("rate limits count unauthenticated requests (by client address)", () => {
  const LIMIT = 10;
  let service: Service;
  let key: string;
  let lookups = 0;
  const dataDir = mkdtempSync(join(tmpdir(), "cg-ratelimit-"));
  beforeAll(async () => {
    service = await createService(ServiceConfig.parse({ dataDir, logLevel: "silent", rateLimitPerMinute: LIMIT }));
    key = (await createApiKey(service.repo, "platform")).key;
    // Counts key look-ups in the ledger (the real repository, wrapped).
    const keyByHash = service.repo.keyByHash.bind(service.repo);
    service.repo.keyByHash = (hash: string) => {
      lookups++;
      return keyByHash(hash);
    };
  });
  afterAll(async () => {
    await service.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const check = (remoteAddress: string, authorization?: string) =>
    service.app.inject({ method: "POST", url: "/v1/check", remoteAddress, headers: authorization ? { authorization } : {}, payload: { text: "hello" } });

  it("random keys get 429 after the limit, and the refused ones cost no key look-up", async () => {
    const codes: number[] = [];
    for (let i = 0; i < LIMIT * 3; i++) codes.push((await check("10.0.0.1", `Bearer cg_platform_${randomBytes(24).toString("base64url")}`)).statusCode);
    expect(codes.slice(0, LIMIT).every((c) => c === 401)).toBe(true);
    expect(codes.slice(LIMIT + 1).every((c) => c === 429)).toBe(true);
    // At most the requests under the limit reached the ledger.
    expect(lookups).toBeLessThanOrEqual(LIMIT);
    const limited = await check("10.0.0.1", "Bearer forged");
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ statusCode: 429, code: "rate_limited" });
    expect(limited.headers["retry-after"]).toBeDefined();
  });

  it("requests without a key are counted too", async () => {
    const codes: number[] = [];
    for (let i = 0; i < LIMIT + 5; i++) codes.push((await check("10.0.0.2")).statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(LIMIT);
    expect(codes.slice(LIMIT)).toEqual(Array(5).fill(429));
  });

  it("another address with a valid key is not affected, and a valid key counts against itself", async () => {
    const codes: number[] = [];
    for (let i = 0; i < LIMIT + 3; i++) codes.push((await check("10.0.0.3", `Bearer ${key}`)).statusCode);
    // The first request resolves the key (counted against the address), the rest against the key.
    expect(codes.slice(0, LIMIT).every((c) => c === 200)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });
});
