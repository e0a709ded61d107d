import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Service } from "../../../src/surfaces/http/server.js";
import type { LeakageStats } from "../../../src/ledger/leakage-stats.js";
import { LEAKAGE_CSV_HEADER } from "../../../src/ledger/leakage-stats-csv.js";
import { BACKENDS } from "../../helpers/backends.js";

/*
 * Issue 20, the leakage dashboard: GET /v1/stats over decisions recorded through the real /v1/check
 * (enforced and shadow, with conversations, languages and contracts), a false-alarm report written
 * straight into `disputes`, and a held decision a reviewer allowed — exact counts for every section,
 * the window and the filters, the CSV form, and the refusals. On PGlite and PostgreSQL.
 */

// A phone number and an off-platform phrase ("call me"): two types, two recognizers.
const PHONE = "call me at (415) 555-0199";
const EMAIL = "my email kenji@sato-studio.jp";
const CLEAN = "Budget is $3,000, starting Monday";
// A low-confidence number on a blocking surface is held for review (detection.reviewBelow).
const HELD_TEXT = "Thanks 4155550199 see you";

const party = (id: string, role: "freelancer" | "client") => ({ id, role, plan: "basic" });

for (const backend of BACKENDS) {
  describe(`GET /v1/stats on ${backend.name}`, () => {
    let service: Service;
    let keys: Record<"platform" | "reviewer" | "admin", string>;
    let cleanup: () => Promise<void>;
    let stats: LeakageStats;
    const ids: Record<string, string> = {};
    const auth = (k: string) => ({ authorization: `Bearer ${k}` });
    const get = (url: string, key = keys.reviewer) => service.app.inject({ method: "GET", url, headers: auth(key) });
    const statsOf = async (query = ""): Promise<LeakageStats> => {
      const res = await get(`/v1/stats${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const check = async (name: string, text: string, context: Record<string, unknown>, mode?: "shadow") => {
      const res = await service.app.inject({ method: "POST", url: "/v1/check", headers: auth(keys.platform), payload: { text, context, ...(mode ? { mode } : {}) } });
      expect(res.statusCode, res.body).toBe(200);
      ids[name] = res.json().decisionId;
      return res.json() as { decision: string; violation: boolean; decisionId: string };
    };

    beforeAll(async () => {
      ({ service, keys, cleanup } = await backend.open());
      const a = party("fl-a", "freelancer");
      const b = party("fl-b", "freelancer");
      const c = party("fl-c", "freelancer");
      const client = party("cl-1", "client");
      const client2 = party("cl-2", "client");
      // Room 1 (Spanish), before a contract: fl-a shares a phone and an email — a repeat offender, a leaving conversation.
      expect(await check("a1", PHONE, { surface: "message", sender: a, recipient: client, contract: { status: "none" }, conversationId: "room-1", language: "es" })).toMatchObject({ violation: true });
      expect(await check("a2", EMAIL, { surface: "message", sender: a, recipient: client, contract: { status: "none" }, conversationId: "room-1", language: "es" })).toMatchObject({ violation: true });
      await check("a3", CLEAN, { surface: "message", sender: client, recipient: a, contract: { status: "none" }, conversationId: "room-1", language: "es" });
      // fl-b and cl-2 under an active contract, no conversation id: the pair is the conversation, not leaving.
      await check("b1", CLEAN, { surface: "message", sender: b, recipient: client2, contract: { status: "active" } });
      await check("b2", CLEAN, { surface: "message", sender: client2, recipient: b, contract: { status: "active" } });
      // Shadow: fl-c's phone in room 3 (English) — a shadow violation before a contract: room 3 is leaving too.
      expect(await check("c1", PHONE, { surface: "message", sender: c, recipient: client2, contract: { status: "none" }, conversationId: "room-3", language: "en" }, "shadow")).toMatchObject({
        decision: "allow",
      });
      await check("c2", PHONE, { surface: "message", sender: c, recipient: client2, contract: { status: "none" }, conversationId: "room-3", language: "en" }, "shadow");
      // A proposal with no recipient: in no conversation; held for review, then a reviewer says "not a violation".
      const held = await check("h1", HELD_TEXT, { surface: "profile", sender: party("fl-d", "freelancer") });
      expect(held.decision).toBe("review");
      const resolved = await service.app.inject({ method: "POST", url: `/v1/review-queue/${ids.h1}/resolve`, headers: auth(keys.reviewer), payload: { outcome: "allowed" } });
      expect(resolved.statusCode, resolved.body).toBe(200);
      // A false-alarm report on a1, overturned, and a pending one on a2 (the disputes helper writes these; here, SQL).
      await service.repo.db.query("INSERT INTO disputes (id, decision_id, account_id, reason, status) VALUES ($1, $2, 'fl-a', 'my office', 'overturned'), ($3, $4, 'fl-a', 'x', 'pending')", [
        "dp-1", ids.a1, "dp-2", ids.a2,
      ]);
      // An old decision, outside the default window: 40 days ago.
      await check("old", PHONE, { surface: "proposal", sender: party("fl-old", "freelancer"), recipient: client, contract: { status: "none" }, language: "de" });
      await service.repo.db.query("UPDATE decisions SET created_at = now() - interval '40 days' WHERE id = $1", [ids.old]);
      stats = await statsOf();
    }, 120_000);
    afterAll(async () => {
      await service?.close();
      await cleanup?.();
    });

    it("stores the dashboard's columns at insert, from the findings and the context", async () => {
      const [row] = await service.repo.db.query<Record<string, unknown>>("SELECT types, disguises, recognizers, language, conversation_id, before_contract FROM decisions WHERE id = $1", [ids.a1]);
      expect(row).toEqual({
        types: ["off_platform", "phone"], disguises: [], recognizers: ["phone.libphonenumber", "phrase.off_platform"], language: "es", conversation_id: "room-1", before_contract: true,
      });
      const [clean] = await service.repo.db.query<Record<string, unknown>>("SELECT types, recognizers, language, conversation_id, before_contract FROM decisions WHERE id = $1", [ids.b1]);
      expect(clean).toEqual({ types: [], recognizers: [], language: null, conversation_id: null, before_contract: false });
    });

    it("totals: requests and violations, enforced and shadow apart; conversations and the share leaving before a contract", () => {
      expect(stats.totals).toEqual({ requests: 6, violations: 3, shadowRequests: 2, shadowViolations: 2, conversations: 3, conversationsLeaving: 2, leavingShare: 2 / 3 });
      // The window: the 30 days up to now.
      expect(Date.parse(stats.to) - Date.parse(stats.from)).toBe(30 * 86_400_000);
      expect(Math.abs(Date.parse(stats.to) - Date.now())).toBeLessThan(60_000);
    });

    it("perDay: every UTC day of the window, zeros included, today holding the counts", () => {
      expect(stats.perDay.length).toBe(31);
      const today = new Date().toISOString().slice(0, 10);
      expect(stats.perDay.at(-1)).toEqual({ day: today, requests: 6, violations: 3, shadowRequests: 2, shadowViolations: 2 });
      expect(stats.perDay.slice(0, -1).every((d) => d.requests + d.shadowRequests === 0)).toBe(true);
    });

    it("breakdowns by type, surface, language, disguise and clause", () => {
      expect(stats.byType).toEqual([
        { key: "phone", requests: 2, violations: 2, shadowViolations: 2 },
        { key: "off_platform", requests: 1, violations: 1, shadowViolations: 2 },
        { key: "email", requests: 1, violations: 1, shadowViolations: 0 },
      ]);
      expect(stats.bySurface).toEqual([
        { key: "message", requests: 5, violations: 2, shadowViolations: 2 },
        { key: "profile", requests: 1, violations: 1, shadowViolations: 0 },
      ]);
      expect(stats.byLanguage).toEqual([
        { key: "es", requests: 3, violations: 2, shadowViolations: 0 },
        { key: "unknown", requests: 3, violations: 1, shadowViolations: 0 },
        { key: "en", requests: 0, violations: 0, shadowViolations: 2 },
      ]);
      expect(stats.byDisguise).toEqual([]);
      expect(stats.byClause.map((b) => b.key).sort()).toEqual(["C1", "C2", "C9", "W1", "X2"]); // W1: a warning; X2: a repeat (the second violation)
      expect(stats.byClause.find((b) => b.key === "C1")).toEqual({ key: "C1", requests: 2, violations: 2, shadowViolations: 2 });
    });

    it("repeat offenders: senders with two or more violations, enforced and shadow", () => {
      expect(stats.repeatOffenders.map(({ lastAt: _l, ...o }) => o)).toEqual([
        // Tied on two: the latest first (fl-c's shadow checks came after fl-a's).
        { accountId: "fl-c", violations: 0, shadowViolations: 2 },
        { accountId: "fl-a", violations: 2, shadowViolations: 0 },
      ]);
      expect(Number.isNaN(Date.parse(stats.repeatOffenders[0]!.lastAt))).toBe(false);
    });

    it("recognizers: flagged, disputed and overturned (a dispute overturned, or a held decision a reviewer allowed)", () => {
      expect(stats.recognizers).toEqual([
        // a1 (disputed, overturned) and h1 (held, then allowed by a reviewer: overturned without a dispute).
        { recognizer: "phone.libphonenumber", flagged: 2, disputed: 1, overturned: 2, disputedRate: 0.5, overturnedRate: 1 },
        // a2 (disputed, pending).
        expect.objectContaining({ flagged: 1, disputed: 1, overturned: 0, disputedRate: 1, overturnedRate: 0 }),
        // a1's phrase.
        { recognizer: "phrase.off_platform", flagged: 1, disputed: 1, overturned: 1, disputedRate: 1, overturnedRate: 1 },
      ]);
      expect(stats.recognizers[1]!.recognizer).toMatch(/^email\./);
    });

    it("the window and the filters narrow every section", async () => {
      const wide = await statsOf("?from=2000-01-01");
      expect(wide.totals).toMatchObject({ requests: 7, violations: 4 });
      expect(wide.perDay.length).toBe(2); // past MAX_DAYS: only the days with decisions
      expect(wide.byLanguage.find((b) => b.key === "de")).toEqual({ key: "de", requests: 1, violations: 1, shadowViolations: 0 });
      const future = await statsOf("?from=2100-01-01&to=2100-01-03");
      expect(future).toMatchObject({ from: "2100-01-01T00:00:00.000Z", to: "2100-01-04T00:00:00.000Z", byType: [], repeatOffenders: [], recognizers: [] });
      expect(future.totals).toEqual({ requests: 0, violations: 0, shadowRequests: 0, shadowViolations: 0, conversations: 0, conversationsLeaving: 0, leavingShare: 0 });
      expect(future.perDay.map((d) => d.day)).toEqual(["2100-01-01", "2100-01-02", "2100-01-03"]);

      const email = await statsOf("?type=email");
      expect(email.totals).toMatchObject({ requests: 1, violations: 1, shadowRequests: 0, conversations: 1, conversationsLeaving: 1 });
      const shadow = await statsOf("?shadow=true");
      expect(shadow.totals).toMatchObject({ requests: 0, shadowRequests: 2, shadowViolations: 2, conversations: 1, conversationsLeaving: 1 });
      expect(shadow.recognizers).toEqual([]);
      const profile = await statsOf("?surface=profile");
      expect(profile.totals).toMatchObject({ requests: 1, violations: 1, conversations: 0, leavingShare: 0 });
      const account = await statsOf("?accountId=fl-b");
      expect(account.totals).toMatchObject({ requests: 2, violations: 0, conversations: 1, conversationsLeaving: 0 });
      expect((await statsOf("?clause=C2")).totals).toMatchObject({ requests: 1, violations: 1 });
      expect((await statsOf("?decision=review")).totals).toMatchObject({ requests: 1, violations: 1, conversations: 0 });
    });

    it("format=csv: the same figures as one long-format table, as a download", async () => {
      const res = await get("/v1/stats?format=csv");
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="contactguard-stats-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/);
      const lines = res.body.split("\r\n");
      expect(lines[0]).toBe(LEAKAGE_CSV_HEADER.join(","));
      expect(lines[1]).toMatch(/^totals,[^,]+\/[^,]+,,6,3,2,2,3,2,0\.6666666666666666,,,,,,$/);
      expect(lines.filter((l) => l.startsWith("day,")).length).toBe(31);
      expect(lines).toContain("type,phone,,2,2,,2,,,,,,,,,");
      expect(lines).toContain("recognizer,phone.libphonenumber,,,,,,,,,2,1,2,0.5,1,");
      expect(lines.filter((l) => l.startsWith("recognizer,")).length).toBe(3);
      expect(lines.filter((l) => l.startsWith("repeat_offender,")).length).toBe(2);
    });

    it("refuses a platform key (403), no key (401), and bad dates or filters (400)", async () => {
      expect((await get("/v1/stats", keys.platform)).statusCode).toBe(403);
      expect((await service.app.inject({ method: "GET", url: "/v1/stats" })).statusCode).toBe(401);
      for (const query of ["from=yesterday", "to=2026-13-45", "from=2026-12-07T10:00", "format=xlsx", "shadow=maybe", "type=fax", "clause=c1"]) {
        const res = await get(`/v1/stats?${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(res.json().code, query).toBe("invalid_request");
      }
    });

    // Last: it records one more decision (on a surface of its own, read through the surface filter).
    it("byDisguise: the disguise families undone in the findings", async () => {
      await check("d1", "my number is four one five five five five zero one nine nine", { surface: "invite", sender: party("fl-e", "freelancer"), recipient: party("cl-3", "client") });
      const [row] = await service.repo.db.query<{ disguises: string[] }>("SELECT disguises FROM decisions WHERE id = $1", [ids.d1]);
      expect(row!.disguises).toContain("number_word");
      const invite = await statsOf("?surface=invite");
      expect(invite.byDisguise).toEqual(row!.disguises.map((key) => ({ key, requests: 1, violations: 1, shadowViolations: 0 })));
      expect(invite.totals).toMatchObject({ requests: 1, violations: 1, conversations: 1, conversationsLeaving: 1 });
    });
  });
}
