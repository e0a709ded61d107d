import type { DecisionFilter, DecisionRecord, Repository } from "contactguard/server";

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
