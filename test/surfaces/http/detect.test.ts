import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../../src/surfaces/http/server.js";
import { BACKENDS } from "../../helpers/backends.js";

/*
 * POST /v1/detect and GET /v1/detect/types, and the `redaction` of POST /v1/check. Detection without
 * policy: findings only, nothing written to the ledger. The embedded database is enough here: the
 * routes read nothing from it but the key and the hash secret.
 */

const backend = BACKENDS.find((b) => b.name === "pglite")!;
const ctx = (senderId: string) => ({
  surface: "message",
  sender: { id: senderId, role: "freelancer", plan: "basic" },
  recipient: { id: "client-1", role: "client", plan: "basic" },
  contract: { status: "none" },
});

describe("POST /v1/detect", () => {
  let service: Service;
  let keys: Record<"platform" | "reviewer" | "admin", string>;
  let cleanup: () => Promise<void>;
  const auth = (k: string) => ({ authorization: `Bearer ${k}` });
  const post = (url: string, body: unknown, key = keys.platform) => service.app.inject({ method: "POST", url, headers: auth(key), payload: body as object });
  const get = (url: string, key = keys.reviewer) => service.app.inject({ method: "GET", url, headers: auth(key) });
  const detect = async (body: unknown) => {
    const res = await post("/v1/detect", body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { findings: Array<Record<string, any>>; redactedText?: string };
  };

  beforeAll(async () => {
    ({ service, keys, cleanup } = await backend.open());
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    await cleanup?.();
  });

  const TEXT = "call me on +1 415 555 0132 or mail kenji@sato-studio.jp, portfolio https://behance.net/kenji";

  it("returns findings with spans, values, recognizers and the phone's country and type", async () => {
    const body = await detect({ text: TEXT });
    const types = body.findings.map((f) => f.type);
    expect(types).toEqual(expect.arrayContaining(["phone", "email", "portfolio_link"]));
    const phone = body.findings.find((f) => f.type === "phone")!;
    expect(TEXT.slice(phone.start, phone.end)).toBe(phone.text);
    expect(phone).toMatchObject({ value: "+14155550132", recognizer: "phone.libphonenumber", phone: { country: "US", numberType: "fixed_line_or_mobile" } });
    expect(body.findings.find((f) => f.type === "email")).not.toHaveProperty("phone");
    expect(body).not.toHaveProperty("redactedText");
    expect(body).not.toHaveProperty("decision");
  });

  it("carries a mobile's and a toll-free number's type", async () => {
    const body = await detect({ text: "mobile +44 7400 123456, freephone 0800 123 4567", region: "GB" });
    expect(body.findings.map((f) => f.phone)).toEqual([
      { country: "GB", numberType: "mobile" },
      { country: "GB", numberType: "toll_free" },
    ]);
  });

  it("entities filters the returned types, and the filtered answer is a subset of the full one", async () => {
    const all = await detect({ text: TEXT });
    const some = await detect({ text: TEXT, entities: ["email", "phone"] });
    expect(some.findings.map((f) => f.type).sort()).toEqual(["email", "phone"]);
    for (const f of some.findings) expect(all.findings).toContainEqual(f);
    expect((await detect({ text: TEXT, entities: ["address"] })).findings).toEqual([]);
  });

  it("minConfidence drops findings below it", async () => {
    const all = await detect({ text: TEXT, minConfidence: 0 });
    const cut = Math.max(...all.findings.map((f) => f.confidence));
    const high = await detect({ text: TEXT, minConfidence: cut });
    expect(high.findings.length).toBeGreaterThan(0);
    expect(high.findings.length).toBeLessThan(all.findings.length);
    expect(high.findings.every((f) => f.confidence >= cut)).toBe(true);
  });

  it("region decides a national number's country", async () => {
    const text = "my number is 0612345678";
    const fr = await detect({ text, region: "FR" });
    const nl = await detect({ text, region: "nl" });
    expect(fr.findings[0]).toMatchObject({ value: "+33612345678", phone: { country: "FR", numberType: "mobile" } });
    expect(nl.findings[0]).toMatchObject({ value: "+31612345678", phone: { country: "NL", numberType: "mobile" } });
  });

  it("redaction: operators per type, and the default for the rest", async () => {
    const body = await detect({
      text: TEXT,
      redaction: { default: { operator: "keep" }, byType: { phone: { operator: "mask", keepLast: 4 }, email: { operator: "replace", label: "<email>" } } },
    });
    expect(body.redactedText).toBe("call me on ***********0132 or mail <email>, portfolio https://behance.net/kenji");
    const labels = await detect({ text: TEXT, redaction: {} });
    expect(labels.redactedText).toBe("call me on [phone hidden] or mail [email hidden], portfolio https://behance.net/kenji");
  });

  it("hash: the ledger's keyed value hash, the same for the same number however written", async () => {
    const a = await detect({ text: "call +1 415 555 0132", redaction: { default: { operator: "hash" } } });
    const b = await detect({ text: "call (415) 555-0132", region: "US", redaction: { default: { operator: "hash" } } });
    const token = /\[phone:([0-9a-f]{16})\]/;
    expect(a.redactedText).toMatch(token);
    expect(token.exec(a.redactedText!)![1]).toBe(token.exec(b.redactedText!)![1]);
    expect(a.redactedText).not.toContain("555");
    // Keyed: not a plain SHA-256 of the value.
    const { createHash } = await import("node:crypto");
    expect(createHash("sha256").update("+14155550132").digest("hex").slice(0, 16)).not.toBe(token.exec(a.redactedText!)![1]);
  });

  it("records nothing in the ledger", async () => {
    const before = await service.repo.countDecisions();
    await detect({ text: "call me at (415) 555-0199" });
    await detect({ text: "mail kenji@sato-studio.jp", redaction: { default: { operator: "hash" } } });
    expect(await service.repo.countDecisions()).toBe(before);
  });

  it("roles: platform may detect; a reviewer may not; no key is 401", async () => {
    expect((await post("/v1/detect", { text: "x" }, keys.reviewer)).json()).toMatchObject({ statusCode: 403, code: "forbidden" });
    expect((await post("/v1/detect", { text: "x" }, keys.admin)).statusCode).toBe(200);
    expect((await service.app.inject({ method: "POST", url: "/v1/detect", payload: { text: "x" } })).json()).toMatchObject({ statusCode: 401, code: "unauthorized" });
  });

  it.each([
    [{ text: "x", region: "XX" }, /region/],
    [{ text: "x", region: "USA" }, /region/],
    [{ text: "x", region: 7 }, /region/],
    [{ text: "x", entities: ["fax"] }, /entities/],
    [{ text: "x", entities: [] }, /entities/],
    [{ text: "x", minConfidence: 1.5 }, /minConfidence/],
    [{ text: "x", minConfidence: -0.1 }, /minConfidence/],
    [{ text: "x", minConfidence: "high" }, /minConfidence/],
    [{ text: "x", redaction: { default: { operator: "shred" } } }, /redaction/],
    [{ text: "x", redaction: { byType: { phone: { operator: "mask", char: "**" } } } }, /redaction/],
    [{ text: "x", redaction: { byType: { fax: { operator: "keep" } } } }, /redaction/],
    [{ text: "x", extra: true }, /./],
    [{ entities: ["phone"] }, /text/],
  ])("bad input %j → 400 invalid_request naming the field", async (body, field) => {
    const res = await post("/v1/detect", body);
    expect(res.statusCode).toBe(400);
    const err = res.json();
    expect(err).toMatchObject({ statusCode: 400, code: "invalid_request" });
    expect(err.message).toMatch(field);
  });

  it("GET /v1/detect/types lists types with clauses, languages, disguise families and operators", async () => {
    for (const key of [keys.platform, keys.reviewer]) expect((await get("/v1/detect/types", key)).statusCode).toBe(200);
    const body = (await get("/v1/detect/types")).json();
    expect(body.findingTypes).toContainEqual(expect.objectContaining({ type: "phone", clause: "C1", contact: true, label: "phone number" }));
    expect(body.findingTypes).toContainEqual(expect.objectContaining({ type: "url", contact: false }));
    for (const t of body.findingTypes) expect(t.description.length).toBeGreaterThan(10);
    expect(body.languages).toEqual(expect.arrayContaining(["en", "es", "zh", "hi-Latn"]));
    expect(body.disguises.map((d: { family: string }) => d.family)).toEqual(expect.arrayContaining(["leet", "number_word", "confusable"]));
    expect(body.redactionOperators.map((o: { operator: string }) => o.operator)).toEqual(["mask", "replace", "hash", "keep"]);
    expect(body.phoneNumberTypes).toContain("toll_free");
    expect((await service.app.inject({ method: "GET", url: "/v1/detect/types" })).statusCode).toBe(401);
  });

  it("is in the OpenAPI document with a summary, an example and its response schema", async () => {
    const doc = (await service.app.inject({ method: "GET", url: "/docs/json" })).json();
    const op = doc.paths["/v1/detect"].post;
    expect(op.summary).toBeTruthy();
    expect(JSON.stringify(op.requestBody)).toContain("0612345678");
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "403"]));
    expect(JSON.stringify(op.responses["200"])).toContain("numberType");
    expect(doc.paths["/v1/detect/types"].get.summary).toBeTruthy();
    // The documented example is what the route answers for the documented request.
    // @fastify/swagger publishes a schema's `examples` beside it: one as the media type's `example`, more as named `examples`.
    const first = (media: { example?: unknown; examples?: Record<string, { value: unknown }> }) => media.example ?? Object.values(media.examples ?? {})[0]?.value;
    expect(await detect(first(op.requestBody.content["application/json"]))).toEqual(first(op.responses["200"].content["application/json"]));
  });
});

describe("POST /v1/check with redaction", () => {
  let service: Service;
  let keys: Record<"platform" | "reviewer" | "admin", string>;
  let cleanup: () => Promise<void>;
  const auth = (k: string) => ({ authorization: `Bearer ${k}` });
  const post = (url: string, body: unknown) => service.app.inject({ method: "POST", url, headers: auth(keys.platform), payload: body as object });

  beforeAll(async () => {
    ({ service, keys, cleanup } = await backend.open());
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    await cleanup?.();
  });

  it("shapes the returned redactedText; the ledger keeps the preset's labels; findings carry the phone's country", async () => {
    const res = await post("/v1/check", { text: "call me at +1 415 555 0132", context: ctx("fl-r1"), redaction: { byType: { phone: { operator: "mask", char: "#", keepLast: 2 } } } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.redactedText).toBe("call me at #############32");
    expect(body.findings.find((f: { type: string }) => f.type === "phone").phone).toEqual({ country: "US", numberType: "fixed_line_or_mobile" });
    const stored = (await service.app.inject({ method: "GET", url: `/v1/decisions/${body.decisionId}`, headers: auth(keys.reviewer) })).json();
    expect(stored.redactedText).toBe("call me at [phone hidden]");
    expect(stored.findings.find((f: { type: string }) => f.type === "phone").phone).toEqual({ country: "US", numberType: "fixed_line_or_mobile" });
  });

  it("hash matches on an idempotent replay, where the ledger has only the value's hash", async () => {
    const req = { text: "mail kenji@sato-studio.jp", context: ctx("fl-r2"), idempotencyKey: "redact-1", redaction: { default: { operator: "hash" } } };
    const first = (await post("/v1/check", req)).json();
    const again = (await post("/v1/check", req)).json();
    expect(again.recorded).toBe(false);
    expect(first.redactedText).toMatch(/^mail \[email:[0-9a-f]{16}\]$/);
    expect(again.redactedText).toBe(first.redactedText);
  });

  it("without a violation there is no redactedText; a batch item's redaction applies to that item", async () => {
    expect((await post("/v1/check", { text: "hello there", context: ctx("fl-r3"), redaction: { default: { operator: "mask" } } })).json()).not.toHaveProperty("redactedText");
    const res = await post("/v1/check/batch", {
      items: [
        { text: "mail a.b@example.com", context: ctx("fl-r4"), redaction: { default: { operator: "replace", label: "[gone]" } } },
        { text: "mail a.b@example.com", context: ctx("fl-r5") },
      ],
    });
    expect(res.json().results.map((r: { redactedText?: string }) => r.redactedText)).toEqual(["mail [gone]", "mail [email hidden]"]);
  });

  it("a bad redaction is a 400 invalid_request", async () => {
    const res = await post("/v1/check", { text: "x", context: ctx("fl-r6"), redaction: { default: { operator: "mask", keepLast: -1 } } });
    expect(res.json()).toMatchObject({ statusCode: 400, code: "invalid_request" });
  });
});
