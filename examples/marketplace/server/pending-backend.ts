import type { DecisionFilter, DecisionRecord, Repository, Standing } from "contactguard/server";
import { MarketError } from "./errors.js";

/*
 * TEMPORARY (issue 20): the ledger methods two other branches are adding — the leakage statistics
 * (Repository.leakageStats, leakageStatsCsv) and false-alarm disputes (Repository.createDispute,
 * reviewQueue with disputes, resolveReview with a note) — stood in for here, with their exact shapes,
 * so the console and the message center can be built and tested before those branches are merged.
 * Every call the marketplace makes to them goes through this file: at the merge each function below
 * becomes a one-line call of the real method, and nothing else changes.
 *
 * The stand-ins read what the ledger already has: the decision log (listDecisions, so the filters mean
 * exactly what they mean in the log) and the `disputes` table of migration 008.
 */

// -- shapes (as the real backend defines them) ----------------------------------------------------

export interface Breakdown {
  key: string;
  requests: number;
  violations: number;
  shadowViolations: number;
}

export interface LeakageStats {
  from: string;
  to: string;
  totals: { requests: number; violations: number; shadowRequests: number; shadowViolations: number; conversations: number; conversationsLeaving: number; leavingShare: number };
  perDay: Array<{ day: string; requests: number; violations: number; shadowRequests: number; shadowViolations: number }>;
  byType: Breakdown[];
  bySurface: Breakdown[];
  byLanguage: Breakdown[];
  byDisguise: Breakdown[];
  byClause: Breakdown[];
  repeatOffenders: Array<{ accountId: string; violations: number; shadowViolations: number; lastAt: string }>;
  recognizers: Array<{ recognizer: string; flagged: number; disputed: number; overturned: number; disputedRate: number; overturnedRate: number }>;
}

export interface DisputeRecord {
  id: string;
  decisionId: string;
  accountId: string | null;
  reason: string | null;
  status: "pending" | "upheld" | "overturned";
  createdAt: string;
  resolvedBy?: string | null;
  note?: string | null;
  resolvedAt?: string | null;
}

export type StatsFilter = Omit<DecisionFilter, "cursor" | "limit">;

// -- leakage statistics (stand-in for Repository.leakageStats) --------------------------------------

const DAY_MS = 86_400_000;

interface Finding {
  type?: string;
  recognizer?: string;
  allowedBy?: unknown;
  evidence?: { disguises?: string[] };
}

/** Each key a decision falls under counts it once. */
function tally(into: Map<string, Breakdown>, keys: Iterable<string>, d: DecisionRecord): void {
  for (const key of new Set(keys)) {
    const b = into.get(key) ?? { key, requests: 0, violations: 0, shadowViolations: 0 };
    b.requests++;
    if (d.violation && !d.shadow) b.violations++;
    if (d.violation && d.shadow) b.shadowViolations++;
    into.set(key, b);
  }
}
const sorted = (m: Map<string, Breakdown>) => [...m.values()].sort((a, b) => b.violations + b.shadowViolations - (a.violations + a.shadowViolations) || b.requests - a.requests || a.key.localeCompare(b.key));

export async function leakageStats(repo: Repository, filter: StatsFilter): Promise<LeakageStats> {
  const to = filter.to ?? new Date().toISOString();
  const from = filter.from ?? new Date(Date.parse(to) - 30 * DAY_MS).toISOString();
  const decisions: DecisionRecord[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: DecisionRecord[]; nextCursor: string | null } = await repo.listDecisions({ ...filter, from, to, limit: 500, ...(cursor ? { cursor } : {}) });
    decisions.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  const disputes = await repo.db.query<{ decision_id: string; status: string }>("SELECT decision_id, status FROM disputes");
  const disputeOf = new Map(disputes.map((r) => [r.decision_id, r.status]));

  const totals = { requests: 0, violations: 0, shadowRequests: 0, shadowViolations: 0, conversations: 0, conversationsLeaving: 0, leavingShare: 0 };
  const days = new Map<string, LeakageStats["perDay"][number]>();
  const board = () => new Map<string, Breakdown>();
  const [byType, bySurface, byLanguage, byDisguise, byClause] = [board(), board(), board(), board(), board()] as const;
  const offenders = new Map<string, LeakageStats["repeatOffenders"][number]>();
  const recognizers = new Map<string, { flagged: number; disputed: number; overturned: number }>();
  const conversations = new Map<string, boolean>();
  for (const d of decisions) {
    const shadow = !!d.shadow;
    const day = d.createdAt.slice(0, 10);
    const perDay = days.get(day) ?? { day, requests: 0, violations: 0, shadowRequests: 0, shadowViolations: 0 };
    if (shadow) {
      totals.shadowRequests++;
      perDay.shadowRequests++;
      if (d.violation) (totals.shadowViolations++, perDay.shadowViolations++);
    } else {
      totals.requests++;
      perDay.requests++;
      if (d.violation) (totals.violations++, perDay.violations++);
    }
    days.set(day, perDay);
    const findings = (d.findings as Finding[]).filter((f) => !f.allowedBy);
    const ctx = d.context as { language?: string; conversationId?: string; contract?: { status?: string } };
    tally(byType, findings.map((f) => f.type ?? "unknown"), d);
    tally(bySurface, [d.surface], d);
    tally(byLanguage, [ctx.language ?? "unknown"], d);
    tally(byDisguise, findings.flatMap((f) => f.evidence?.disguises ?? []), d);
    tally(byClause, d.clauses, d);
    const beforeContract = !["active", "closed"].includes(ctx.contract?.status ?? "none");
    if (ctx.conversationId && beforeContract) conversations.set(ctx.conversationId, (conversations.get(ctx.conversationId) ?? false) || d.violation);
    if (d.violation && d.senderId) {
      const o = offenders.get(d.senderId) ?? { accountId: d.senderId, violations: 0, shadowViolations: 0, lastAt: d.createdAt };
      if (shadow) o.shadowViolations++;
      else o.violations++;
      if (d.createdAt > o.lastAt) o.lastAt = d.createdAt;
      offenders.set(d.senderId, o);
    }
    if (d.violation && !shadow) {
      const disputed = disputeOf.get(d.id);
      for (const name of new Set(findings.map((f) => f.recognizer ?? "unknown"))) {
        const r = recognizers.get(name) ?? { flagged: 0, disputed: 0, overturned: 0 };
        r.flagged++;
        if (disputed) r.disputed++;
        if (disputed === "overturned") r.overturned++;
        recognizers.set(name, r);
      }
    }
  }
  totals.conversations = conversations.size;
  totals.conversationsLeaving = [...conversations.values()].filter(Boolean).length;
  totals.leavingShare = totals.conversations ? totals.conversationsLeaving / totals.conversations : 0;
  return {
    from,
    to,
    totals,
    perDay: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    byType: sorted(byType),
    bySurface: sorted(bySurface),
    byLanguage: sorted(byLanguage),
    byDisguise: sorted(byDisguise),
    byClause: sorted(byClause),
    repeatOffenders: [...offenders.values()].filter((o) => o.violations + o.shadowViolations >= 2).sort((a, b) => b.violations + b.shadowViolations - (a.violations + a.shadowViolations) || a.accountId.localeCompare(b.accountId)),
    recognizers: [...recognizers.entries()]
      .map(([recognizer, r]) => ({ recognizer, ...r, disputedRate: r.disputed / r.flagged, overturnedRate: r.overturned / r.flagged }))
      .sort((a, b) => b.flagged - a.flagged || a.recognizer.localeCompare(b.recognizer)),
  };
}

// -- the CSV (stand-in for leakageStatsCsv) -----------------------------------------------------

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One table: section, key and the counts, so a spreadsheet can pivot it. */
export function leakageStatsCsv(stats: LeakageStats): string {
  const rows: Array<Array<string | number>> = [["section", "key", "requests", "violations", "shadow_requests", "shadow_violations", "disputed", "overturned"]];
  const t = stats.totals;
  rows.push(["totals", `${stats.from}/${stats.to}`, t.requests, t.violations, t.shadowRequests, t.shadowViolations, "", ""]);
  rows.push(["conversations", "leaving_before_contract", t.conversations, t.conversationsLeaving, "", "", "", ""]);
  for (const d of stats.perDay) rows.push(["day", d.day, d.requests, d.violations, d.shadowRequests, d.shadowViolations, "", ""]);
  const sections: Array<[string, Breakdown[]]> = [["type", stats.byType], ["surface", stats.bySurface], ["language", stats.byLanguage], ["disguise", stats.byDisguise], ["clause", stats.byClause]];
  for (const [section, list] of sections) for (const b of list) rows.push([section, b.key, b.requests, b.violations, "", b.shadowViolations, "", ""]);
  for (const o of stats.repeatOffenders) rows.push(["repeat_offender", o.accountId, "", o.violations, "", o.shadowViolations, "", ""]);
  for (const r of stats.recognizers) rows.push(["recognizer", r.recognizer, "", r.flagged, "", "", r.disputed, r.overturned]);
  return rows.map((r) => r.map(cell).join(",") + "\r\n").join("");
}

// -- disputes (stand-ins for createDispute, reviewQueue, resolveReview) ----------------------------

interface DisputeRow {
  id: string;
  decision_id: string;
  account_id: string | null;
  reason: string | null;
  status: DisputeRecord["status"];
  created_at: string | Date;
  resolved_by: string | null;
  note: string | null;
  resolved_at: string | Date | null;
}
const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());
const toDispute = (r: DisputeRow): DisputeRecord => ({
  id: r.id,
  decisionId: r.decision_id,
  accountId: r.account_id,
  reason: r.reason,
  status: r.status,
  createdAt: iso(r.created_at)!,
  resolvedBy: r.resolved_by,
  note: r.note,
  resolvedAt: iso(r.resolved_at),
});

/** The sender says a decision's finding is not contact information: recorded once per decision. */
export async function createDispute(repo: Repository, decisionId: string, by: { accountId?: string; reason?: string }, now: Date): Promise<{ dispute: DisputeRecord; created: boolean }> {
  const decision = await repo.getDecision(decisionId);
  const existing = await repo.db.query<DisputeRow>("SELECT * FROM disputes WHERE decision_id = $1", [decisionId]);
  if (existing[0]) return { dispute: toDispute(existing[0]), created: false };
  const notDisputable = (why: string) => new MarketError("conflict", `this decision cannot be disputed: ${why}`, { reason: "not_disputable" });
  if (decision.shadow) throw notDisputable("it was recorded in shadow mode");
  if (decision.findings.length === 0) throw notDisputable("it found no contact information");
  if (decision.reviewStatus === "allowed" || decision.reviewStatus === "rejected") throw notDisputable("a reviewer has already decided on it");
  const rows = await repo.db.query<DisputeRow>(
    "INSERT INTO disputes (id, decision_id, account_id, reason, status, created_at) VALUES ($1, $2, $3, $4, 'pending', $5) RETURNING *",
    [crypto.randomUUID(), decisionId, by.accountId ?? null, by.reason ?? null, now.toISOString()],
  );
  return { dispute: toDispute(rows[0]!), created: true };
}

/** Held decisions and decisions with a pending dispute, oldest first. */
export async function reviewQueue(repo: Repository, limit: number): Promise<Array<DecisionRecord & { dispute?: DisputeRecord }>> {
  const held = await repo.reviewQueue(limit);
  const pending = await repo.db.query<DisputeRow>("SELECT * FROM disputes WHERE status = 'pending' ORDER BY created_at LIMIT $1", [limit]);
  const byDecision = new Map(pending.map((r) => [r.decision_id, toDispute(r)]));
  const out: Array<DecisionRecord & { dispute?: DisputeRecord }> = held.map((d) => {
    const dispute = byDecision.get(d.id);
    byDecision.delete(d.id);
    return dispute ? { ...d, dispute } : d;
  });
  for (const dispute of byDecision.values()) out.push({ ...(await repo.getDecision(dispute.decisionId)), dispute });
  return out.slice(0, limit);
}

/**
 * A reviewer's verdict. On a disputed decision "allowed" is a false alarm: the dispute is overturned
 * and so is the violation (the stand-in overturns it through an appeal, the ledger's public way to
 * recompute the standing); "rejected" upholds it. A held decision is resolved as before.
 */
export async function resolveReview(
  repo: Repository,
  decisionId: string,
  outcome: "allowed" | "rejected",
  reviewer: string,
  now: Date,
  note?: string,
): Promise<DecisionRecord & { standing: Standing | null }> {
  const [dispute] = await repo.db.query<DisputeRow>("SELECT * FROM disputes WHERE decision_id = $1 AND status = 'pending'", [decisionId]);
  if (!dispute) return repo.resolveReview(decisionId, outcome, reviewer, now);
  let decision: DecisionRecord & { standing: Standing | null };
  if ((await repo.getDecision(decisionId)).reviewStatus === "pending") decision = await repo.resolveReview(decisionId, outcome, reviewer, now);
  else decision = { ...(await repo.getDecision(decisionId)), standing: null };
  const status = outcome === "allowed" ? "overturned" : "upheld";
  await repo.db.query("UPDATE disputes SET status = $2, resolved_by = $3, note = $4, resolved_at = $5 WHERE id = $1", [dispute.id, status, reviewer, note ?? null, now.toISOString()]);
  if (outcome === "allowed") {
    const [violation] = await repo.db.query<{ id: string; status: string }>("SELECT id, status FROM violations WHERE decision_id = $1", [decisionId]);
    if (violation && violation.status === "active") {
      const appeal = await repo.createAppeal(violation.id, dispute.reason ?? "not contact information (dispute)");
      const out = await repo.resolveAppeal(appeal.id, "overturned", reviewer, note, now);
      decision = { ...decision, standing: out.standing };
    }
  }
  return decision;
}

/** The disputes of some decisions (the sender's own messages show theirs). */
export async function disputesOf(repo: Repository, decisionIds: string[]): Promise<DisputeRecord[]> {
  if (decisionIds.length === 0) return [];
  const rows = await repo.db.query<DisputeRow>("SELECT * FROM disputes WHERE decision_id = ANY($1::text[])", [decisionIds]);
  return rows.map(toDispute);
}
