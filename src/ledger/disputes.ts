import { randomUUID } from "node:crypto";
import type { Queryable } from "./db.js";
import { ContactGuardError, createError } from "../core/errors.js";
import type { DecisionRecord } from "./repository.js";

/*
 * False-alarm reports (issue 20): the sender says "this is not contact information" about a recorded
 * decision. The SQL of the `disputes` table (migration 008); Repository owns the transactions and the
 * standing, and calls these inside them.
 */

export interface DisputeRecord {
  id: string;
  decisionId: string;
  /** Who reported it: the decision's sender (the platform reports on its behalf). */
  accountId: string | null;
  reason: string | null;
  /** `pending` until a reviewer answers; `upheld`: it was contact information; `overturned`: a false alarm. */
  status: "pending" | "upheld" | "overturned";
  createdAt: string;
  resolvedBy?: string | null;
  note?: string | null;
  resolvedAt?: string | null;
}

/** The decision has nothing to dispute (`not_disputable`, 409). */
export class NotDisputableError extends ContactGuardError<"not_disputable"> {
  constructor(reason: string) {
    super("not_disputable", reason);
    this.name = "NotDisputableError";
  }
}

type Row = Record<string, unknown>;

const toDispute = (r: Row): DisputeRecord => ({
  id: r.id as string,
  decisionId: r.decision_id as string,
  accountId: (r.account_id as string) ?? null,
  reason: (r.reason as string) ?? null,
  status: r.status as DisputeRecord["status"],
  createdAt: r.created_at as string,
  resolvedBy: (r.resolved_by as string) ?? null,
  note: (r.note as string) ?? null,
  resolvedAt: (r.resolved_at as string) ?? null,
});

/**
 * Why a decision cannot be reported as a false alarm, or null when it can. Only what held something
 * against the sender can be: a decision that found nothing, or let the sender through (`allow`, or a
 * shadow decision, whose caller was answered `allow`), has nothing to dispute; one a reviewer already
 * resolved has had its person.
 */
export function whyNotDisputable(d: DecisionRecord): string | null {
  if (d.shadow) return `decision ${d.id} is a shadow decision: the sender was let through`;
  if (d.findings.length === 0) return `decision ${d.id} found no contact information`;
  if (d.decision === "allow") return `decision ${d.id} let the sender through`;
  if (d.reviewStatus === "allowed" || d.reviewStatus === "rejected") return `decision ${d.id} was already resolved by a reviewer (${d.reviewStatus})`;
  return null;
}

/** The reporter must be the decision's sender: the platform acts on its behalf, never on another's (403). */
export function checkReporter(d: DecisionRecord, accountId: string | undefined): void {
  if (accountId !== undefined && accountId !== d.senderId) {
    throw createError("forbidden", { reason: `account ${accountId} is not the sender of decision ${d.id}` });
  }
}

/** The decision's dispute, locked for the transaction when `lock`. */
export async function disputeOf(q: Queryable, decisionId: string, lock = false): Promise<DisputeRecord | null> {
  const rows = await q.query<Row>(`SELECT * FROM disputes WHERE decision_id = $1${lock ? " FOR UPDATE" : ""}`, [decisionId]);
  return rows[0] ? toDispute(rows[0]) : null;
}

/** The disputes of many decisions, by decision id (one query for a page of the review queue). */
export async function disputesOf(q: Queryable, decisionIds: string[]): Promise<Map<string, DisputeRecord>> {
  if (decisionIds.length === 0) return new Map();
  const rows = await q.query<Row>("SELECT * FROM disputes WHERE decision_id = ANY($1::text[])", [decisionIds]);
  return new Map(rows.map((r) => [r.decision_id as string, toDispute(r)]));
}

/** Files the dispute; a decision already disputed keeps its first one (`created: false`), also under a race. */
export async function insertDispute(
  tx: Queryable,
  decisionId: string,
  accountId: string | null,
  reason: string | null,
  now: Date,
): Promise<{ dispute: DisputeRecord; created: boolean }> {
  const rows = await tx.query<Row>(
    `INSERT INTO disputes (id, decision_id, account_id, reason, status, created_at) VALUES ($1, $2, $3, $4, 'pending', $5)
     ON CONFLICT (decision_id) DO NOTHING RETURNING *`,
    [randomUUID(), decisionId, accountId, reason, now.toISOString()],
  );
  if (rows[0]) return { dispute: toDispute(rows[0]), created: true };
  return { dispute: (await disputeOf(tx, decisionId))!, created: false };
}

/** Records the reviewer's verdict on a pending dispute. */
export async function settleDispute(
  tx: Queryable,
  decisionId: string,
  status: "upheld" | "overturned",
  reviewer: string,
  note: string | null,
  now: Date,
): Promise<DisputeRecord> {
  const rows = await tx.query<Row>(
    "UPDATE disputes SET status = $2, resolved_by = $3, note = $4, resolved_at = $5 WHERE decision_id = $1 AND status = 'pending' RETURNING *",
    [decisionId, status, reviewer, note, now.toISOString()],
  );
  return toDispute(rows[0]!);
}

/**
 * The rows of the decisions waiting for a reviewer, oldest decision first: held ones (`review_status`
 * pending, as before disputes) and disputed ones (a pending dispute). Both sides of the union are
 * indexed (decisions_review, disputes_status).
 */
export async function queuedDecisionRows(q: Queryable, limit: number): Promise<Row[]> {
  return q.query<Row>(
    `SELECT d.* FROM decisions d WHERE d.id IN (
       SELECT id FROM decisions WHERE review_status = 'pending'
       UNION SELECT decision_id FROM disputes WHERE status = 'pending')
     ORDER BY d.seq LIMIT $1`,
    [limit],
  );
}
