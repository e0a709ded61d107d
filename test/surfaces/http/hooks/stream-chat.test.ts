import { describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { verifySignature } from "stream-chat";
import { configFromEnv } from "../../../../src/runtime/config.js";
import { answerFor, contextFromStream, signatureMatches } from "../../../../src/surfaces/http/hooks/stream-chat.js";
import { StreamFieldMap } from "../../../../src/runtime/stream-fields.js";

/** The mapping from Stream's payload to the check context, and the decision back to Stream's answer (no service). */

const defaults = StreamFieldMap.parse({});
const channel = (over: Record<string, unknown> = {}) => ({ id: "c", members: [{ user_id: "fl-1" }, { user: { id: "cl-1", marketplace_role: "client", plan: "business" } }], ...over });

describe("Stream Chat payload → context", () => {
  it("reads the sender, the other member, plans and the contract under the default field names", () => {
    const ctx = contextFromStream({ message: { text: "x" }, user: { id: "fl-1", role: "user", marketplace_role: "freelancer", plan: "plus", language: "es" }, channel: channel({ contract_status: "offered", contract_kind: "test" }) }, defaults);
    expect(ctx).toEqual({
      surface: "message",
      sender: { id: "fl-1", role: "freelancer", plan: "plus" },
      recipient: { id: "cl-1", role: "client", plan: "business" },
      contract: { status: "offered", kind: "test" },
      language: "es",
    });
  });

  it("a configured mapping: other field names and the marketplace's own status words", () => {
    const map = StreamFieldMap.parse({ role: "account_type", contractStatus: "deal", contractStatusValues: { hired: "active" } });
    const ctx = contextFromStream({ message: { text: "x" }, user: { id: "fl-1", account_type: "freelancer", marketplace_role: "client" }, channel: { deal: "hired", members: [] } }, map);
    expect(ctx.sender).toEqual({ id: "fl-1", role: "freelancer", plan: "basic" });
    expect(ctx.contract).toEqual({ status: "active" });
    expect(ctx.recipient).toBeNull();
  });

  it("unknown words are the strictest reading; custom data under `custom` is read too; no role means an unknown party", () => {
    const ctx = contextFromStream({ message: { text: "x" }, user: { id: "u", role: "admin", custom: { plan: "gold" } }, channel: { custom: { contract_status: "maybe" } } }, defaults);
    expect(ctx.contract).toEqual({ status: "none" });
    expect(ctx.sender).toBeNull();
    const started = contextFromStream({ message: { text: "x" }, channel: { custom: { contract_started_at: "2026-01-01T00:00:00Z" } } }, defaults);
    expect(started.contract).toEqual({ status: "offered", startsAt: "2026-01-01T00:00:00Z" });
  });

  it("the conversation is the channel's cid: as sent, or built from type and id; none without both, or when unstorable", () => {
    const conversationOf = (ch: Record<string, unknown>) => contextFromStream({ message: { text: "x" }, channel: ch }, defaults).conversationId;
    expect(conversationOf({ cid: "messaging:deal-7", type: "messaging", id: "deal-7" })).toBe("messaging:deal-7");
    expect(conversationOf({ type: "team", id: "room-3" })).toBe("team:room-3");
    expect(conversationOf({ id: "room-3" })).toBeUndefined();
    expect(conversationOf({ cid: "" })).toBeUndefined();
    // An id the ledger cannot store is left out (it only labels the dashboard), not a refused check.
    expect(conversationOf({ cid: "messaging:a\u0000b" })).toBeUndefined();
    expect(conversationOf({ cid: "messaging:\ud800" })).toBeUndefined();
  });

  it("a group channel has no single recipient", () => {
    const ctx = contextFromStream({ message: { text: "x" }, user: { id: "fl-1", marketplace_role: "freelancer" }, channel: { members: [{ user_id: "fl-1" }, { user_id: "a" }, { user_id: "b" }] } }, defaults);
    expect(ctx.recipient).toBeNull();
  });
});

describe("decision → Stream's answer", () => {
  const message = { id: "m1", text: "call 555", html: "<p>call 555</p>", type: "regular", silent: false };
  it("allow and notice: {}; warn and redact: the redacted text without html; block and review: type error with the policy's message", () => {
    expect(answerFor(message, { decision: "allow", message: "" })).toEqual({});
    expect(answerFor(message, { decision: "notice", message: "n" })).toEqual({});
    expect(answerFor(message, { decision: "warn", message: "w", redactedText: "call [phone]" })).toEqual({ message: { id: "m1", text: "call [phone]", type: "regular", silent: false } });
    expect(answerFor(message, { decision: "redact", message: "r", redactedText: "call 555" })).toEqual({});
    for (const decision of ["block", "review"] as const) expect(answerFor(message, { decision, message: "Not sent." })).toEqual({ message: { id: "m1", text: "Not sent.", type: "error", silent: false } });
  });
});

describe("signature", () => {
  it("matches exactly what stream-chat's verifier accepts", () => {
    const body = Buffer.from(JSON.stringify({ message: { text: "hi" } }));
    const good = createHmac("sha256", "secret").update(body).digest("hex");
    expect(verifySignature(body, good, "secret")).toBe(true);
    expect(signatureMatches(body, good, "secret")).toBe(true);
    for (const bad of [good.slice(0, 63), `${good}0`, "", "z".repeat(64), createHmac("sha256", "other").update(body).digest("hex")]) {
      expect(signatureMatches(body, bad, "secret"), bad).toBe(false);
      expect(verifySignature(body, bad, "secret"), bad).toBe(false);
    }
    expect(signatureMatches(Buffer.from(`${body} `), good, "secret")).toBe(false);
  });
});

describe("configuration", () => {
  it("STREAM_* settings, and STREAM_FIELD_MAP merged over the defaults", () => {
    const c = configFromEnv({ STREAM_API_KEY: "k", STREAM_API_SECRET: "s", STREAM_FIELD_MAP: '{"plan": "tier"}' });
    expect(c.streamApiKey).toBe("k");
    expect(c.streamApiSecret).toBe("s");
    expect(c.streamFieldMap).toEqual({ ...defaults, plan: "tier" });
    expect(configFromEnv({}).streamFieldMap).toEqual(defaults);
    expect(configFromEnv({}).streamApiSecret).toBeUndefined();
  });
  it("a STREAM_FIELD_MAP that is not JSON, or names an unknown key, is refused clearly", () => {
    expect(() => configFromEnv({ STREAM_FIELD_MAP: "{role" })).toThrow(/STREAM_FIELD_MAP is not valid JSON/);
    expect(() => configFromEnv({ STREAM_FIELD_MAP: '{"rol": "x"}' })).toThrow(/rol/);
  });
});
