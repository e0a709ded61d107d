import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinPreset } from "../../src/policy/preset.js";
import { redact } from "../../src/policy/redact.js";
import { detect } from "../../src/detect/detect.js";
import { ServiceConfig } from "../../src/runtime/config.js";
import { createApiKey } from "../../src/runtime/keys.js";
import { marketplace } from "../../examples/marketplace/server/index.js";
import { marksInRedacted } from "../../examples/marketplace/server/decision-view.js";
import { csvField } from "../../examples/marketplace/server/csv.js";
import { createService, type Service } from "../../src/surfaces/http/server.js";
import { signIn } from "./harness.js";

/*
 * The moderation console's API (issue 19): a decision's detail (findings located in the text the
 * reviewer may read, the sender's standing, the conversation around a message), the log's search,
 * filters, charts and CSV export, bulk review, and every sender the ledger knows.
 */

const PHONE = "call me at (415) 555-0199";

describe("finding spans in a redacted text", () => {
  const masks = builtinPreset().redaction;
  it("lands each masked finding on its mask and shifts the words after it", () => {
    const text = "Hi! Mail kasia@example.com or ring +1 415 555 0199, portfolio at https://dribbble.com/kasia ok";
    const findings = detect(text, { defaultRegion: "US" }).map((f) => ({ ...f, clause: "C1" }));
    const contact = findings.filter((f) => f.type === "email" || f.type === "phone");
    expect(contact.length).toBe(2);
    const redacted = redact(text, contact, masks);
    const marks = marksInRedacted(redacted, findings, masks)!;
    expect(marks).not.toBeNull();
    for (const m of marks) {
      const f = findings[m.index]!;
      if (f.type === "email" || f.type === "phone") expect(redacted.slice(m.start, m.end)).toBe(masks[f.type]);
      else expect(redacted.slice(m.start, m.end)).toBe(f.text); // not masked: the original words, shifted
    }
  });
  it("refuses to guess when a mask is not where the policy would have put it", () => {
    expect(marksInRedacted("call me at 4155550199", [{ type: "phone", start: 11, end: 21, clause: "C1" }], masks)).toBeNull();
  });
});

describe("CSV fields", () => {
  it("quotes separators and neutralises spreadsheet formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("+1 415")).toBe("'+1 415");
    expect(csvField(null)).toBe("");
  });
});

describe("moderation console API", () => {
  let service: Service;
  let dataDir: string;
  let platformKey: string;
  const cookies = new Map<string, string>();
  const cookieOf = async (user: string) => {
    if (!cookies.has(user)) cookies.set(user, (await signIn(service, user))!);
    return cookies.get(user)!;
  };
  const call = async (user: string, method: "GET" | "POST", url: string, payload?: object) => {
    const res = await service.app.inject({ method, url: `/app/api${url}`, headers: { cookie: await cookieOf(user) }, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: (res.headers["content-type"]?.toString().startsWith("application/json") ? res.json() : res.body) as any, headers: res.headers };
  };
  const send = async (user: string, text: string) => {
    const res = await call(user, "POST", "/rooms/demo/messages", { text });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.message as { id: string; body: string; status: string; decision: string };
  };
  /** The newest decision of a sender, from the console's own log. */
  const latestDecision = async (senderId: string) =>
    ((await call("demo-reviewer", "GET", `/console/decisions?accountId=${senderId}&limit=20`)).body.items as Array<{ id: string; senderId: string }>).find((d) => d.senderId === senderId)!;
  const check = (text: string, sender: string, over: Record<string, unknown> = {}) =>
    service.app.inject({
      method: "POST",
      url: "/v1/check",
      headers: { authorization: `Bearer ${platformKey}` },
      payload: { text, context: { surface: "message", sender: { id: sender, role: "freelancer", plan: "basic" }, recipient: { id: "acme-buyer-1", role: "client", plan: "basic" }, contract: { status: "none" }, ...over } },
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cg-console-api-"));
    service = await createService(ServiceConfig.parse({ dataDir, logLevel: "silent", rateLimitPerMinute: 1_000_000 }), { extend: marketplace() });
    platformKey = (await createApiKey(service.repo, "platform")).key;
  });
  afterAll(async () => {
    await service?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("only reviewers read the new console routes", async () => {
    for (const url of ["/console/decisions/x", "/console/decisions.csv", "/console/stats", "/console/accounts"]) expect((await call("demo-freelancer", "GET", url)).status, url).toBe(403);
    expect((await call("demo-client", "POST", "/console/review-queue/resolve", { ids: ["x"], outcome: "allowed" })).status).toBe(403);
  });
  it("a decision's detail: findings located in the redacted text, the sender's standing, the conversation around the message", async () => {
    await send("demo-client", "Hi Kenji! Could you design a logo for my food truck?");
    const flagged = await send("demo-freelancer", PHONE);
    expect(flagged).toMatchObject({ body: "call me at [phone hidden]", decision: "warn" });
    await send("demo-client", "Please keep it on the platform.");
    const d = await latestDecision("demo-freelancer");

    const res = await call("demo-reviewer", "GET", `/console/decisions/${d.id}`);
    expect(res.status).toBe(200);
    const detail = res.body;
    expect(detail.decision).toMatchObject({ id: d.id, decision: "warn", clauses: expect.arrayContaining(["C1"]) });
    // Without STORE_TEXT the ledger keeps the redacted text; the phone's span is its mask there.
    expect(detail.view.source).toBe("redacted");
    expect(detail.view.text).toBe("call me at [phone hidden]");
    const phoneIndex = detail.decision.findings.findIndex((f: { type: string }) => f.type === "phone");
    const mark = detail.view.marks.find((m: { index: number }) => m.index === phoneIndex);
    expect(detail.view.text.slice(mark.start, mark.end)).toBe("[phone hidden]");
    expect(detail.decision.findings[phoneIndex]).toMatchObject({ confidence: expect.any(Number), recognizer: expect.any(String), evidence: { disguises: expect.any(Array) } });
    expect(detail.decision.findings[phoneIndex].text).toBeUndefined();
    // The sender: ladder step 1, one active violation (this one).
    expect(detail.sender).toMatchObject({ accountId: "demo-freelancer", user: { id: "demo-freelancer" }, standing: { activeViolations: 1, ladderStep: 1 } });
    expect(detail.sender.violations.map((v: { decisionId: string }) => v.decisionId)).toEqual([d.id]);
    // The conversation: the message before and after it, in order, each linked to its decision.
    const convo = detail.conversation;
    expect(convo.flaggedMessageId).toBe(flagged.id);
    const bodies = convo.messages.map((m: { body: string }) => m.body);
    expect(bodies).toEqual(["Hi Kenji! Could you design a logo for my food truck?", "call me at [phone hidden]", "Please keep it on the platform."]);
    expect(convo.messages[1].decisionId).toBe(d.id);
    expect(convo.messages[0].decisionId).toEqual(expect.any(String));

    expect((await call("demo-reviewer", "GET", "/console/decisions/no-such-decision")).status).toBe(404);
  });

  it("a held message is shown as the marketplace keeps it, spans as found; the review queue carries the same view", async () => {
    const held = await send("demo-freelancer", "4155550199");
    expect(held).toMatchObject({ status: "held", decision: "review" });
    const queue = (await call("demo-reviewer", "GET", "/console/review-queue")).body.items as Array<any>;
    const item = queue.find((i) => i.message?.id === held.id);
    expect(item.view).toMatchObject({ source: "message", text: "4155550199" });
    expect(item.view.marks[0]).toMatchObject({ start: 0, end: 10, masked: false });
    const detail = (await call("demo-reviewer", "GET", `/console/decisions/${item.decision.id}`)).body;
    expect(detail.view).toEqual(item.view);
    expect(detail.sender.standing.pendingReview).toBe(1);
    expect(detail.sender.violations.map((v: { status: string }) => v.status)).toContain("held");
  });

  it("a decision from another platform (/v1/check) has no conversation, and its sender is listed among the accounts", async () => {
    const sender = "acme-seller-42";
    const res = await check("ping me on telegram @acme_seller42", sender);
    expect(res.statusCode).toBe(200);
    const id = res.json().decisionId as string;
    const detail = (await call("demo-reviewer", "GET", `/console/decisions/${id}`)).body;
    expect(detail.conversation).toBeNull();
    expect(detail.sender).toMatchObject({ accountId: sender, user: null });

    const all = (await call("demo-reviewer", "GET", "/console/accounts")).body;
    const ids = all.items.map((a: { accountId: string }) => a.accountId);
    expect(ids).toEqual(expect.arrayContaining([sender, "demo-freelancer", "demo-client"]));
    expect(ids).toEqual([...ids].sort());
    const acme = all.items.find((a: { accountId: string }) => a.accountId === sender);
    expect(acme).toMatchObject({ decisions: 1, violations: 1, user: null, standing: { activeViolations: 1 } });
    const found = (await call("demo-reviewer", "GET", "/console/accounts?q=acme-")).body;
    expect(found.items.map((a: { accountId: string }) => a.accountId)).toEqual([sender]);
    const page = (await call("demo-reviewer", "GET", "/console/accounts?limit=1")).body;
    expect(page.items).toHaveLength(1);
    const next = (await call("demo-reviewer", "GET", `/console/accounts?limit=1&cursor=${encodeURIComponent(page.nextCursor)}`)).body;
    expect(next.items[0].accountId > page.items[0].accountId).toBe(true);
  });

  it("searches and filters the log, charts what it selects, and exports it as CSV", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const log = async (q: string) => (await call("demo-reviewer", "GET", `/console/decisions?${q}`)).body.items as Array<{ id: string; senderId: string; surface: string; findings: Array<{ type: string }>; clauses: string[] }>;
    const phone = await log("type=phone");
    expect(phone.length).toBeGreaterThan(0);
    expect(phone.every((d) => d.findings.some((f) => f.type === "phone"))).toBe(true);
    expect((await log("type=messenger")).map((d) => d.senderId)).toEqual(["acme-seller-42"]);
    expect((await log("clause=C4")).map((d) => d.senderId)).toEqual(["acme-seller-42"]);
    expect((await log(`q=${encodeURIComponent("[phone hidden]")}`)).every((d) => d.senderId === "demo-freelancer")).toBe(true);
    expect(await log(`from=${today}&to=${today}&accountId=acme-seller-42`)).toHaveLength(1);
    expect(await log("to=2000-01-01")).toEqual([]);
    expect((await call("demo-reviewer", "GET", "/console/decisions?from=soon")).status).toBe(400);
    expect((await call("demo-reviewer", "GET", "/console/decisions?type=fax")).status).toBe(400);
    expect((await call("demo-reviewer", "GET", "/console/decisions?q=a%00b")).status).toBe(400);
    expect((await call("demo-reviewer", "GET", "/console/accounts?q=a%00b")).status).toBe(400);

    const stats = (await call("demo-reviewer", "GET", "/console/stats")).body;
    expect(stats.byType).toEqual(expect.arrayContaining([expect.objectContaining({ type: "phone" }), { type: "messenger", count: 1 }]));
    expect(stats.bySurface).toEqual(expect.arrayContaining([expect.objectContaining({ surface: "message" })]));
    expect(stats.perDay.some((r: { day: string }) => r.day === today)).toBe(true);
    const acmeStats = (await call("demo-reviewer", "GET", "/console/stats?accountId=acme-seller-42")).body;
    const acmeTypes = acmeStats.byType.map((r: { type: string }) => r.type);
    expect(acmeTypes).toContain("messenger");
    expect(acmeTypes).not.toContain("phone");

    const csv = await call("demo-reviewer", "GET", "/console/decisions.csv?type=phone");
    expect(csv.status).toBe(200);
    expect(String(csv.headers["content-type"])).toContain("text/csv");
    expect(String(csv.headers["content-disposition"])).toMatch(/^attachment; filename="decisions-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = String(csv.body).trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,created_at,surface,decision,violation,review_status,sender_id,recipient_id,clauses,finding_types,stored_text,policy_version");
    expect(lines.slice(1).map((l) => l.split(",")[0]).sort()).toEqual(phone.map((d) => d.id).sort());
    expect(String(csv.body)).toContain("[phone hidden]");
    expect(String(csv.body)).not.toContain("acme-seller-42");
  });

  it("resolves several review items at once, reporting each", async () => {
    const a = await send("demo-freelancer", "4155550177");
    const b = await send("demo-freelancer", "4155550188");
    expect([a.status, b.status]).toEqual(["held", "held"]);
    const queue = (await call("demo-reviewer", "GET", "/console/review-queue")).body.items as Array<any>;
    const ids = queue.filter((i) => i.message && [a.id, b.id].includes(i.message.id)).map((i) => i.decision.id as string);
    expect(ids).toHaveLength(2);
    const res = await call("demo-reviewer", "POST", "/console/review-queue/resolve", { ids: [...ids, "no-such-decision"], outcome: "rejected" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ outcome: "rejected", resolved: 2, failed: 1 });
    expect(res.body.results).toEqual([
      { id: ids[0], ok: true, reviewStatus: "rejected" },
      { id: ids[1], ok: true, reviewStatus: "rejected" },
      { id: "no-such-decision", ok: false, error: { statusCode: 404, code: "not_found", message: expect.any(String) } },
    ]);
    // Resolved ones are conflicts the second time, and the queue no longer holds them.
    const again = await call("demo-reviewer", "POST", "/console/review-queue/resolve", { ids: [ids[0]], outcome: "allowed" });
    expect(again.body.results[0]).toMatchObject({ ok: false, error: { code: "conflict" } });
    const left = (await call("demo-reviewer", "GET", "/console/review-queue")).body.items.map((i: any) => i.decision.id);
    expect(left).not.toContain(ids[0]);
    expect(left).not.toContain(ids[1]);
    expect((await call("demo-reviewer", "POST", "/console/review-queue/resolve", { ids: [], outcome: "rejected" })).status).toBe(400);
    expect((await call("demo-reviewer", "POST", "/console/review-queue/resolve", { ids: ["x"], outcome: "maybe" })).status).toBe(400);
  });
});
