import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../../src/ledger/db.js";
import { migrate } from "../../../src/ledger/migrate.js";
import type { DecisionRecord } from "../../../src/ledger/repository.js";
import { createApiKey } from "../../../src/runtime/keys.js";
import { ServiceConfig } from "../../../src/runtime/config.js";
import { createService, type Service } from "../../../src/surfaces/http/server.js";

/*
 * Migration 005 on a ledger written before it (issue 16, defect 9): violations recorded for held
 * decisions become held (or dismissed, when a reviewer had allowed them), and the accounts' cached
 * standing is rebuilt when next read.
 */

const DAY_MS = 86_400_000;
const MIGRATIONS = new URL("../../../src/ledger/migrations/", import.meta.url);

const review = (id: string, sender: string, reviewStatus: string, at: Date): DecisionRecord => ({
  id, requestId: id, idempotencyKey: null, senderId: sender, recipientId: null, surface: "profile", decision: "review", violation: true,
  clauses: ["C1"], findings: [], context: {}, message: "held", textHash: "0".repeat(64), policyId: "marketplace-default", policyVersion: "1",
  reviewStatus, createdAt: at.toISOString(),
});

describe("migration 005 on an existing ledger", () => {
  let dataDir: string;
  let service: Service;
  let reviewer: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cg-mig005-"));
    // The ledger as it was: every migration before 005.
    const before = join(dataDir, "migrations-before");
    mkdirSync(before);
    for (const f of readdirSync(MIGRATIONS).filter((f) => /^\d{3}_.+\.sql$/.test(f) && f < "005")) copyFileSync(new URL(f, MIGRATIONS), join(before, f));
    const db = await openDb({ dataDir });
    await migrate(db, new URL(`file://${before}/`));
    const now = new Date();
    const old = new Date(now.getTime() - 10 * DAY_MS);
    const rows: Array<[DecisionRecord, Date]> = [
      [review("d-held", "old-held", "pending", now), now],
      [review("d-allowed", "old-allowed", "allowed", now), now],
      [review("d-overdue", "old-overdue", "pending", old), old],
    ];
    // Written by hand, as the code of then did: today's Repository also writes columns added after 005 (007's `shadow`).
    for (const [d] of rows) {
      await db.query(
        `INSERT INTO decisions (id, request_id, sender_id, surface, decision, violation, clauses, findings, context, message, text_hash, policy_id, policy_version, review_status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [d.id, d.requestId, d.senderId, d.surface, d.decision, d.violation, d.clauses, JSON.stringify(d.findings), JSON.stringify(d.context), d.message, d.textHash, d.policyId, d.policyVersion, d.reviewStatus, d.createdAt],
      );
    }
    for (const [d, at] of rows) {
      // What the old code wrote: an active violation at step 1, and the account's cached standing.
      await db.query("INSERT INTO accounts (id, active_violations, total_violations, ladder_step, penalty) VALUES ($1, 1, 1, 1, 'warning')", [d.senderId]);
      await db.query(
        "INSERT INTO violations (id, account_id, decision_id, types, clauses, ladder_step, penalty, status, created_at, expires_at) VALUES ($1, $2, $3, '{phone}', '{C1}', 1, 'warning', 'active', $4, $5)",
        [`v-${d.id}`, d.senderId, d.id, at.toISOString(), new Date(at.getTime() + 90 * DAY_MS).toISOString()],
      );
    }
    await db.close();
    service = await createService(ServiceConfig.parse({ dataDir, logLevel: "silent", rateLimitPerMinute: 1_000_000 }));
    reviewer = (await createApiKey(service.repo, "reviewer")).key;
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const standing = async (id: string) =>
    (await service.app.inject({ method: "GET", url: `/v1/accounts/${id}/standing`, headers: { authorization: `Bearer ${reviewer}` } })).json();

  it("a held decision still waiting is no longer a strike", async () => {
    expect(await standing("old-held")).toMatchObject({ activeViolations: 0, ladderStep: 0, penalty: null, pendingReview: 1 });
  });

  it("a held decision a reviewer allowed leaves no strike", async () => {
    expect(await standing("old-allowed")).toMatchObject({ activeViolations: 0, totalViolations: 0, ladderStep: 0, pendingReview: 0 });
  });

  it("a held decision older than the time-out counts", async () => {
    expect(await standing("old-overdue")).toMatchObject({ activeViolations: 1, ladderStep: 1, pendingReview: 0 });
  });
});
