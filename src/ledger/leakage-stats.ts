import type { Queryable } from "./db.js";
import { decisionWhere, type DecisionFilter } from "./repository.js";

/*
 * The leakage dashboard (issue 20, GET /v1/stats): how much contact information tries to leave the
 * platform, where, in what disguise, from whom, and how often the recognizers are wrong. Computed in
 * SQL over a window of the decision log, on both engines, from the small columns the write path fills
 * at insert (migration 008, decision-columns.ts) — never from the `findings` jsonb.
 *
 * What the figures count:
 *  - requests: decisions recorded and enforced (not shadow); violations: of those, the ones with
 *    violation=true. shadowRequests / shadowViolations: the same for shadow decisions (recorded as they
 *    would have been enforced; the caller was answered `allow`).
 *  - a conversation: the decision's conversation_id (context.conversationId), else the unordered
 *    sender/recipient pair; a decision with neither (a listing, a profile) belongs to none.
 *    conversationsLeaving: conversations with at least one violation (enforced or shadow) made before a
 *    contract (no active or closed contract in its context); leavingShare = leaving / conversations.
 *  - breakdowns: a decision counts once under each key it has — each distinct finding type, disguise
 *    family and clause, its surface, its language ("unknown" when none was given).
 *  - repeatOffenders: senders with at least two violations (enforced + shadow) in the window, the 20
 *    with the most (then the latest).
 *  - recognizers: flagged = enforced violation decisions one of whose findings the recognizer made;
 *    disputed = those with a false-alarm report (disputes); overturned = those whose dispute was
 *    overturned, or that a reviewer released from the review queue (review_status `allowed`: "not a
 *    violation"). Rates are shares of flagged (0 when nothing was flagged).
 *
 * Five queries, sent together: the days, surfaces and languages (grouping sets, one pass); the types,
 * disguises and clauses (unnest, over the decisions that have any); the conversations; the repeat
 * offenders; the recognizers. Each reads the window from the covering index of migration 009 (an
 * index-only scan: the dashboard's columns without the wide jsonb and text of the rows).
 */

/** The decision log's filter (GET /v1/decisions) without its paging. Without `from`: the 30 days up to `to` (default now). */
export type StatsFilter = Omit<DecisionFilter, "cursor" | "limit">;

export interface Breakdown {
  key: string;
  requests: number;
  violations: number;
  shadowViolations: number;
}

export interface LeakageStats {
  /** The window, ISO instants: from inclusive, to exclusive. */
  from: string;
  to: string;
  totals: {
    requests: number;
    violations: number;
    shadowRequests: number;
    shadowViolations: number;
    conversations: number;
    conversationsLeaving: number;
    /** conversationsLeaving / conversations, 0–1 (0 without conversations); violations enforced or shadow. */
    leavingShare: number;
  };
  /** Every UTC day of the window, oldest first (days without decisions as zeros; at most MAX_DAYS of them). */
  perDay: Array<{ day: string; requests: number; violations: number; shadowRequests: number; shadowViolations: number }>;
  byType: Breakdown[];
  bySurface: Breakdown[];
  byLanguage: Breakdown[];
  byDisguise: Breakdown[];
  byClause: Breakdown[];
  repeatOffenders: Array<{ accountId: string; violations: number; shadowViolations: number; lastAt: string }>;
  recognizers: Array<{ recognizer: string; flagged: number; disputed: number; overturned: number; disputedRate: number; overturnedRate: number }>;
}

export const DEFAULT_WINDOW_DAYS = 30;
/** perDay is filled with zero days up to this many days; a longer window lists only the days with decisions. */
export const MAX_DAYS = 400;
const DAY_MS = 86_400_000;
const SECTIONS = { type: "byType", surface: "bySurface", language: "byLanguage", disguise: "byDisguise", clause: "byClause" } as const;

/** The filter's window made explicit: `to` defaults to now, `from` to DEFAULT_WINDOW_DAYS before `to`. */
export function statsWindow(filter: StatsFilter, now = new Date()): { from: string; to: string } {
  const to = filter.to ?? now.toISOString();
  const from = filter.from ?? new Date(Date.parse(to) - DEFAULT_WINDOW_DAYS * DAY_MS).toISOString();
  return { from, to };
}

type Counts = { requests: string; violations: string; shadow_requests: string; shadow_violations: string };
const COUNTS = `count(*) FILTER (WHERE NOT d.shadow) AS requests,
  count(*) FILTER (WHERE NOT d.shadow AND d.violation) AS violations,
  count(*) FILTER (WHERE d.shadow) AS shadow_requests,
  count(*) FILTER (WHERE d.shadow AND d.violation) AS shadow_violations`;

/** A conversation's key: its id, else the unordered pair (prefixed apart, so an id never equals a pair). */
const CONVERSATION = `coalesce('c' || d.conversation_id,
  CASE WHEN d.sender_id IS NOT NULL AND d.recipient_id IS NOT NULL
       THEN 'p' || least(d.sender_id, d.recipient_id) || chr(31) || greatest(d.sender_id, d.recipient_id) END)`;

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

export async function leakageStats(db: Queryable, filter: StatsFilter, now = new Date()): Promise<LeakageStats> {
  const window = statsWindow(filter, now);
  // The type filter reads the `types` column (the same as the log's findings containment, without the jsonb).
  const { type, ...rest } = filter;
  const base = decisionWhere({ ...rest, ...window }, "d.");
  const params = [...base.params];
  const conditions = [base.sql.replace(/^WHERE /, "")];
  if (type) conditions.push(`d.types @> ARRAY[$${params.push(type)}::text]`);
  const where = (...extra: string[]) => `WHERE ${[...conditions, ...extra].join(" AND ")}`;

  const [keys, arrays, conversations, offenders, recognizers] = await Promise.all([
    // The per-row keys in one pass: days, surfaces and languages as grouping sets (the day formatted per group, not per row).
    db.query<Counts & { day: string | null; surface: string | null; language: string | null }>(
      `SELECT to_char(date_trunc('day', d.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, d.surface, coalesce(d.language, 'unknown') AS language, ${COUNTS}
       FROM decisions d ${where()}
       GROUP BY GROUPING SETS ((date_trunc('day', d.created_at AT TIME ZONE 'UTC')), (d.surface), (coalesce(d.language, 'unknown')))`,
      params,
    ),
    // The array keys (types, disguises, clauses): only decisions with a finding or a clause have any, so the
    // others are filtered before the unnest.
    db.query<Counts & { section: string; key: string }>(
      `SELECT k.section, k.key, ${COUNTS}
       FROM decisions d CROSS JOIN LATERAL (
         SELECT 'type' AS section, t AS key FROM unnest(d.types) t
         UNION ALL SELECT 'disguise', g FROM unnest(d.disguises) g
         UNION ALL SELECT 'clause', c FROM unnest(d.clauses) c
       ) k
       ${where("(d.types <> '{}' OR d.clauses <> '{}')")} GROUP BY 1, 2`,
      params,
    ),
    db.query<{ conversations: string; leaving: string }>(
      `SELECT count(*) AS conversations, count(*) FILTER (WHERE leaving) AS leaving FROM (
         SELECT bool_or(d.violation AND d.before_contract) AS leaving FROM decisions d
         ${where(`${CONVERSATION} IS NOT NULL`)} GROUP BY ${CONVERSATION}
       ) c`,
      params,
    ),
    db.query<{ account_id: string; violations: string; shadow_violations: string; last_at: string | Date }>(
      `SELECT d.sender_id AS account_id, count(*) FILTER (WHERE NOT d.shadow) AS violations,
         count(*) FILTER (WHERE d.shadow) AS shadow_violations, max(d.created_at) AS last_at
       FROM decisions d ${where("d.violation", "d.sender_id IS NOT NULL")}
       GROUP BY d.sender_id HAVING count(*) >= 2 ORDER BY count(*) DESC, max(d.created_at) DESC, d.sender_id LIMIT 20`,
      params,
    ),
    db.query<{ recognizer: string; flagged: string; disputed: string; overturned: string }>(
      `SELECT r.recognizer, count(*) AS flagged, count(x.id) AS disputed,
         count(*) FILTER (WHERE x.status = 'overturned' OR d.review_status = 'allowed') AS overturned
       FROM decisions d CROSS JOIN LATERAL unnest(d.recognizers) AS r(recognizer)
       LEFT JOIN disputes x ON x.decision_id = d.id
       ${where("d.violation", "NOT d.shadow")} GROUP BY 1 ORDER BY 2 DESC, 1`,
      params,
    ),
  ]);

  const days = new Map<string, LeakageStats["perDay"][number]>();
  const breakdowns: Record<(typeof SECTIONS)[keyof typeof SECTIONS], Breakdown[]> = { byType: [], bySurface: [], byLanguage: [], byDisguise: [], byClause: [] };
  const counts = (r: Counts) => ({ requests: Number(r.requests), violations: Number(r.violations), shadowRequests: Number(r.shadow_requests), shadowViolations: Number(r.shadow_violations) });
  const breakdown = (key: string, r: Counts): Breakdown => ({ key, requests: Number(r.requests), violations: Number(r.violations), shadowViolations: Number(r.shadow_violations) });
  for (const r of keys) {
    if (r.day !== null) days.set(r.day, { day: r.day, ...counts(r) });
    else if (r.surface !== null) breakdowns.bySurface.push(breakdown(r.surface, r));
    else if (r.language !== null) breakdowns.byLanguage.push(breakdown(r.language, r));
  }
  for (const r of arrays) breakdowns[SECTIONS[r.section as keyof typeof SECTIONS]].push(breakdown(r.key, r));
  const perDay = fillDays(days, window);
  const sum = (k: "requests" | "violations" | "shadowRequests" | "shadowViolations") => [...days.values()].reduce((n, d) => n + d[k], 0);
  const conversationCount = Number(conversations[0]?.conversations ?? 0);
  const leaving = Number(conversations[0]?.leaving ?? 0);

  return {
    ...window,
    totals: {
      requests: sum("requests"),
      violations: sum("violations"),
      shadowRequests: sum("shadowRequests"),
      shadowViolations: sum("shadowViolations"),
      conversations: conversationCount,
      conversationsLeaving: leaving,
      leavingShare: share(leaving, conversationCount),
    },
    perDay,
    byType: ranked(breakdowns.byType),
    bySurface: ranked(breakdowns.bySurface),
    byLanguage: ranked(breakdowns.byLanguage),
    byDisguise: ranked(breakdowns.byDisguise),
    byClause: ranked(breakdowns.byClause),
    repeatOffenders: offenders.map((r) => ({
      accountId: r.account_id,
      violations: Number(r.violations),
      shadowViolations: Number(r.shadow_violations),
      lastAt: new Date(r.last_at).toISOString(),
    })),
    recognizers: recognizers.map((r) => {
      const flagged = Number(r.flagged);
      const disputed = Number(r.disputed);
      const overturned = Number(r.overturned);
      return { recognizer: r.recognizer, flagged, disputed, overturned, disputedRate: share(disputed, flagged), overturnedRate: share(overturned, flagged) };
    }),
  };
}

/** Most violations (enforced, then shadow) first, then most requests, then by key. */
function ranked(rows: Breakdown[]): Breakdown[] {
  return rows.sort((a, b) => b.violations - a.violations || b.shadowViolations - a.shadowViolations || b.requests - a.requests || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Every UTC day from `from` up to `to` (exclusive), zeros where nothing was recorded; past MAX_DAYS, the recorded days only. */
function fillDays(days: Map<string, LeakageStats["perDay"][number]>, window: { from: string; to: string }): LeakageStats["perDay"] {
  const first = Math.floor(Date.parse(window.from) / DAY_MS);
  const last = Math.ceil(Date.parse(window.to) / DAY_MS) - 1;
  if (last - first + 1 > MAX_DAYS || last < first) return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
  const out: LeakageStats["perDay"] = [];
  for (let n = first; n <= last; n++) {
    const day = new Date(n * DAY_MS).toISOString().slice(0, 10);
    out.push(days.get(day) ?? { day, requests: 0, violations: 0, shadowRequests: 0, shadowViolations: 0 });
  }
  return out;
}
