import { randomBytes, randomUUID } from "node:crypto";
import type { Db, Queryable } from "./db.js";
import { ContactGuardError, formatMessage } from "../core/errors.js";
import { storable } from "../core/strings.js";
import { checkReporter, disputeOf, disputesOf, insertDispute, queuedDecisionRows, settleDispute, whyNotDisputable, NotDisputableError, type DisputeRecord } from "./disputes.js";

export { NotDisputableError, type DisputeRecord } from "./disputes.js";
import { statsColumns } from "./decision-columns.js";
import { leakageStats, type LeakageStats, type StatsFilter } from "./leakage-stats.js";

/*
 * The only module that speaks SQL. Everything the service records — decisions, violations and the
 * standing derived from them, appeals, the review queue, API keys — goes through here.
 */

export interface DecisionRecord {
  id: string;
  requestId: string;
  idempotencyKey?: string | null;
  /** Whose idempotency key it is (an API key's id, `stream`); null for rows from before scopes. */
  idempotencyScope?: string | null;
  /** SHA-256 of the request the key was first used for (enforce/request-hash.ts); null for old rows. */
  requestHash?: string | null;
  senderId?: string | null;
  recipientId?: string | null;
  surface: string;
  decision: string;
  violation: boolean;
  clauses: string[];
  /** As the enforcer stores them (enforce/ledger-values.ts): raw text and value only with STORE_TEXT, else `valueHash`. */
  findings: unknown[];
  context: Record<string, unknown>;
  message: string;
  textHash: string;
  redactedText?: string | null;
  body?: string | null;
  policyId: string;
  policyVersion: string;
  reviewStatus?: string | null;
  reviewedBy?: string | null;
  reviewedAt?: string | null;
  createdAt: string;
  /** The full result returned to the caller (kept so an idempotent retry returns the same answer). */
  seq?: string;
  /**
   * Recorded in shadow mode (issue 20): the row holds what would have been enforced, the caller was
   * answered `allow`, and no violation was written, so it never counts toward the ladder. Default false.
   */
  shadow?: boolean;
}

export interface ViolationRecord {
  id: string;
  accountId: string;
  decisionId: string;
  types: string[];
  clauses: string[];
  ladderStep: number;
  penalty: string;
  /**
   * `held`: made by a `review` decision, not a strike until a reviewer rejects it (`rejected`) or its review
   * time-out passes (then `active`); `dismissed`: a reviewer allowed it; `overturned`: by appeal or a false-alarm report (dispute).
   */
  status: "held" | "active" | "dismissed" | "overturned";
  /** When it starts (started) counting toward the ladder; for a held one, when it was held. */
  createdAt: string;
  expiresAt: string;
  /** For a violation that was held for review: when it was held, and when it counts without a review. */
  heldAt?: string | null;
  reviewDueAt?: string | null;
  appeal?: { id: string; status: string } | null;
}

export interface Standing {
  accountId: string;
  activeViolations: number;
  totalViolations: number;
  ladderStep: number;
  penalty: string | null;
  badgesRemoved: boolean;
  restrictedUntil: string | null;
  suspended: boolean;
  /** Held (`review`) decisions waiting for a reviewer: not strikes (yet), so not in the counts above. */
  pendingReview: number;
}

/** A decision waiting for (or given) a reviewer's verdict, with its false-alarm report when there is one (issue 20). */
export type DisputedDecision = DecisionRecord & { dispute?: DisputeRecord };

/** A standing as the ladder computes it from counted violations (the ledger adds what is pending). */
export type LadderStanding = Omit<Standing, "pendingReview">;

export interface AppealRecord {
  id: string;
  violationId: string;
  accountId: string;
  reason: string;
  status: "pending" | "upheld" | "overturned";
  resolvedBy: string | null;
  note: string | null;
  createdAt: string;
  resolvedAt: string | null;
}

/** No such record (`not_found`, 404). */
export class NotFoundError extends ContactGuardError<"not_found"> {
  constructor(what: string) {
    super("not_found", formatMessage("not_found", { what }));
    this.name = "NotFoundError";
  }
}
/** The record is not in a state that allows the change (`conflict`, 409). */
export class ConflictError extends ContactGuardError<"conflict"> {
  constructor(message: string) {
    super("conflict", message);
    this.name = "ConflictError";
  }
}

type Row = Record<string, unknown>;

const toDecision = (r: Row): DecisionRecord => ({
  id: r.id as string,
  requestId: r.request_id as string,
  idempotencyKey: (r.idempotency_key as string) ?? null,
  idempotencyScope: (r.idempotency_scope as string) ?? null,
  requestHash: (r.request_hash as string) ?? null,
  senderId: (r.sender_id as string) ?? null,
  recipientId: (r.recipient_id as string) ?? null,
  surface: r.surface as string,
  decision: r.decision as string,
  violation: r.violation as boolean,
  clauses: r.clauses as string[],
  findings: r.findings as unknown[],
  context: r.context as Record<string, unknown>,
  message: r.message as string,
  textHash: r.text_hash as string,
  redactedText: (r.redacted_text as string) ?? null,
  body: (r.body as string) ?? null,
  policyId: r.policy_id as string,
  policyVersion: r.policy_version as string,
  reviewStatus: (r.review_status as string) ?? null,
  reviewedBy: (r.reviewed_by as string) ?? null,
  reviewedAt: (r.reviewed_at as string) ?? null,
  createdAt: r.created_at as string,
  seq: String(r.seq),
  shadow: Boolean(r.shadow ?? false),
});

/** An API key as it may be shown: never its hash. */
export interface ApiKeyRecord {
  id: string;
  role: string;
  name: string | null;
  createdAt: string;
  revokedAt: string | null;
}

const toApiKey = (r: Row): ApiKeyRecord => ({
  id: r.id as string,
  role: r.role as string,
  name: (r.name as string) ?? null,
  createdAt: r.created_at as string,
  revokedAt: (r.revoked_at as string) ?? null,
});

const toViolation = (r: Row): ViolationRecord => ({
  id: r.id as string,
  accountId: r.account_id as string,
  decisionId: r.decision_id as string,
  types: r.types as string[],
  clauses: r.clauses as string[],
  ladderStep: Number(r.ladder_step),
  penalty: r.penalty as string,
  status: r.status as ViolationRecord["status"],
  createdAt: r.created_at as string,
  expiresAt: r.expires_at as string,
  heldAt: (r.held_at as string) ?? null,
  reviewDueAt: (r.review_due_at as string) ?? null,
  appeal: r.appeal_id ? { id: r.appeal_id as string, status: r.appeal_status as string } : null,
});

const toStanding = (accountId: string, r: Row | undefined): Standing => ({
  accountId,
  activeViolations: Number(r?.active_violations ?? 0),
  totalViolations: Number(r?.total_violations ?? 0),
  ladderStep: Number(r?.ladder_step ?? 0),
  penalty: (r?.penalty as string) ?? null,
  badgesRemoved: Boolean(r?.badges_removed ?? false),
  restrictedUntil: (r?.restricted_until as string) ?? null,
  suspended: Boolean(r?.suspended ?? false),
  pendingReview: Number(r?.pending_review ?? 0),
});

const toAppeal = (r: Row): AppealRecord => ({
  id: r.id as string,
  violationId: r.violation_id as string,
  accountId: r.account_id as string,
  reason: r.reason as string,
  status: r.status as AppealRecord["status"],
  resolvedBy: (r.resolved_by as string) ?? null,
  note: (r.note as string) ?? null,
  createdAt: r.created_at as string,
  resolvedAt: (r.resolved_at as string) ?? null,
});

/** The decision with its dispute, when it has one (no `dispute` key otherwise). */
const withDispute = (d: DecisionRecord, dispute: DisputeRecord | undefined): DisputedDecision => (dispute ? { ...d, dispute } : d);

const DECISION_COLUMNS = [
  "id", "request_id", "idempotency_key", "sender_id", "recipient_id", "surface", "decision", "violation", "clauses",
  "findings", "context", "message", "text_hash", "redacted_text", "body", "policy_id", "policy_version", "review_status", "created_at",
  "idempotency_scope", "request_hash", "shadow",
  // Issue 20: the leakage dashboard's columns, derived from the record (decision-columns.ts).
  "types", "disguises", "recognizers", "language", "conversation_id", "before_contract",
] as const;

function decisionParams(d: DecisionRecord): unknown[] {
  return [
    d.id, d.requestId, d.idempotencyKey ?? null, d.senderId ?? null, d.recipientId ?? null, d.surface, d.decision, d.violation,
    d.clauses, JSON.stringify(d.findings), JSON.stringify(d.context), d.message, d.textHash, d.redactedText ?? null, d.body ?? null,
    d.policyId, d.policyVersion, d.reviewStatus ?? null, d.createdAt,
    d.idempotencyScope ?? null, d.requestHash ?? null, d.shadow ?? false,
    ...statsParams(d),
  ];
}

function statsParams(d: DecisionRecord): unknown[] {
  const s = statsColumns(d);
  return [s.types, s.disguises, s.recognizers, s.language, s.conversationId, s.beforeContract];
}

/** An idempotency key and its owner's scope (an API key's id, `stream`). */
export interface IdempotencyKey {
  scope: string;
  key: string;
}
/** One string per (scope, key), for maps of look-ups. */
export const idempotencyLookupKey = (k: IdempotencyKey): string => JSON.stringify([k.scope, k.key]);
/** The (scope, key) an `idempotencyLookupKey` string stands for. */
export function fromIdempotencyLookupKey(id: string): IdempotencyKey {
  const [scope, key] = JSON.parse(id) as [string, string];
  return { scope, key };
}

export interface DecisionFilter {
  accountId?: string;
  surface?: string;
  decision?: string;
  cursor?: string;
  limit?: number;
  /** Words in what is stored of the text: the redacted text, or the text itself with STORE_TEXT (case-insensitive). */
  q?: string;
  /** Recorded at or after this instant (ISO 8601). */
  from?: string;
  /** Recorded before this instant (ISO 8601; exclusive). */
  to?: string;
  /** Has a finding of this type (`phone`, `email`, …). */
  type?: string;
  /** Cites this clause (`C1`, `W1`, …). */
  clause?: string;
  /** Only shadow decisions (true) or only enforced ones (false); both when absent (issue 20). */
  shadow?: boolean;
}

/** A sender the ledger knows (from its decisions), with its counts and standing. */
export interface KnownAccount {
  accountId: string;
  decisions: number;
  /** Enforced violations only: a shadow decision's would-be violation is not the sender's (issue 20). */
  violations: number;
  lastDecisionAt: string;
  standing: Standing;
}

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The WHERE clause of a decision filter, parameterized (values only in `params`). Every condition is
 * plain SQL both PGlite and PostgreSQL run: containment (`@>`) for the clause array and the findings'
 * types, a half-open range on `created_at` (indexed, 006), ILIKE on the stored texts.
 */
export function decisionWhere(filter: Omit<DecisionFilter, "limit">, alias = ""): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const col = (c: string) => `${alias}${c}`;
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replaceAll("?", `$${params.length}`));
  };
  if (filter.accountId) add(`(${col("sender_id")} = ? OR ${col("recipient_id")} = ?)`, filter.accountId);
  if (filter.surface) add(`${col("surface")} = ?`, filter.surface);
  if (filter.decision) add(`${col("decision")} = ?`, filter.decision);
  if (filter.cursor) add(`${col("seq")} < ?`, filter.cursor);
  if (filter.from) add(`${col("created_at")} >= ?::timestamptz`, filter.from);
  if (filter.to) add(`${col("created_at")} < ?::timestamptz`, filter.to);
  if (filter.shadow !== undefined) add(`${col("shadow")} = ?`, filter.shadow);
  if (filter.clause) add(`${col("clauses")} @> ARRAY[?::text]`, filter.clause);
  if (filter.type) add(`${col("findings")} @> ?::jsonb`, JSON.stringify([{ type: filter.type }]));
  // Only what is stored can be searched: a clean text without STORE_TEXT left only its hash.
  if (filter.q) add(`(${col("redacted_text")} ILIKE ? ESCAPE '\\' OR ${col("body")} ILIKE ? ESCAPE '\\')`, `%${likeLiteral(filter.q)}%`);
  return { sql: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
}

/**
 * The enforcement ladder as the ledger needs it inside its transactions (enforce/ladder.ts makes one
 * from the preset). The ledger holds no rule of its own: it stores, locks and counts.
 */
export interface LadderRule {
  /** Violations created after this still count toward the ladder. */
  countsFrom(now: Date): Date;
  /** When a violation created now stops counting. */
  expiresAt(now: Date): Date;
  /** The standing that the active violations (creation times, oldest first) make. */
  standing(accountId: string, activeTimes: readonly string[], totalViolations: number, now: Date): LadderStanding;
  /** When a violation held for review at `heldAt` counts although no reviewer has resolved it. */
  reviewDueAt(heldAt: Date): Date;
}

export class Repository {
  /** `ladder` is needed only to record violations and resolve appeals (not, e.g., to mint an API key). */
  constructor(
    readonly db: Db,
    private readonly ladder?: LadderRule,
  ) {}

  private rule(): LadderRule {
    if (!this.ladder) throw new Error("this Repository was opened without a ladder rule; violations cannot be recorded");
    return this.ladder;
  }

  // -- decisions --------------------------------------------------------------------------------

  /**
   * Inserts many decisions in one statement (the write path's group commit). Returns, per input,
   * the stored id: an existing decision's id when its idempotency key was already recorded.
   */
  async insertDecisions(records: DecisionRecord[], tx: Queryable = this.db): Promise<Array<{ id: string; inserted: boolean }>> {
    if (records.length === 0) return [];
    const width = DECISION_COLUMNS.length;
    const values: string[] = [];
    const params: unknown[] = [];
    records.forEach((d, i) => {
      values.push(`(${DECISION_COLUMNS.map((_, k) => `$${i * width + k + 1}`).join(", ")})`);
      params.push(...decisionParams(d));
    });
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO decisions (${DECISION_COLUMNS.join(", ")}) VALUES ${values.join(", ")}
       ON CONFLICT (idempotency_scope, idempotency_key) DO NOTHING RETURNING id`,
      params,
    );
    const got = new Set(inserted.map((r) => r.id));
    const out: Array<{ id: string; inserted: boolean }> = [];
    for (const d of records) {
      if (got.has(d.id)) out.push({ id: d.id, inserted: true });
      else {
        const existing = d.idempotencyKey ? await this.decisionByIdempotencyKey({ scope: d.idempotencyScope ?? null, key: d.idempotencyKey }, tx) : null;
        out.push({ id: existing?.id ?? d.id, inserted: false });
      }
    }
    return out;
  }

  /**
   * The decisions already recorded under any of `keys` (one query for a whole batch of retries), by
   * `idempotencyLookupKey`. A key matches its owner's row, or a row from before scopes (NULL scope);
   * when both exist the owner's wins.
   */
  async decisionsByIdempotencyKeys(keys: IdempotencyKey[]): Promise<Map<string, DecisionRecord>> {
    if (keys.length === 0) return new Map();
    const rows = await this.db.query<Row>(
      `SELECT d.*, k.scope AS lookup_scope FROM unnest($1::text[], $2::text[]) AS k(scope, key)
       JOIN decisions d ON d.idempotency_key = k.key AND (d.idempotency_scope = k.scope OR d.idempotency_scope IS NULL)
       ORDER BY d.idempotency_scope IS NULL`,
      [keys.map((k) => k.scope), keys.map((k) => k.key)],
    );
    const out = new Map<string, DecisionRecord>();
    for (const r of rows) {
      const id = idempotencyLookupKey({ scope: r.lookup_scope as string, key: r.idempotency_key as string });
      if (!out.has(id)) out.set(id, toDecision(r));
    }
    return out;
  }

  async decisionByIdempotencyKey(k: { scope: string | null; key: string }, tx: Queryable = this.db): Promise<DecisionRecord | null> {
    const rows = await tx.query<Row>(
      "SELECT * FROM decisions WHERE idempotency_key = $2 AND (idempotency_scope = $1 OR idempotency_scope IS NULL) ORDER BY idempotency_scope IS NULL LIMIT 1",
      [k.scope, k.key],
    );
    return rows[0] ? toDecision(rows[0]) : null;
  }

  async getDecision(id: string): Promise<DecisionRecord> {
    const rows = await this.db.query<Row>("SELECT * FROM decisions WHERE id = $1", [id]);
    if (!rows[0]) throw new NotFoundError(`decision ${id}`);
    return toDecision(rows[0]);
  }

  /** Newest first; the cursor is the `seq` of the last item of the previous page. */
  async listDecisions(filter: DecisionFilter): Promise<{ items: DecisionRecord[]; nextCursor: string | null }> {
    const { sql, params } = decisionWhere(filter);
    const limit = Math.min(Math.max(filter.limit ?? 50, 1), 500);
    const rows = await this.db.query<Row>(`SELECT * FROM decisions ${sql} ORDER BY seq DESC LIMIT ${limit + 1}`, params);
    const items = rows.slice(0, limit).map(toDecision);
    return { items, nextCursor: rows.length > limit ? items[items.length - 1]!.seq! : null };
  }

  async countDecisions(): Promise<number> {
    const rows = await this.db.query<{ n: string }>("SELECT count(*)::text AS n FROM decisions");
    return Number(rows[0]?.n ?? 0);
  }

  async decisionsPerDay(days: number): Promise<Array<{ day: string; decision: string; count: number }>> {
    const rows = await this.db.query<{ day: string; decision: string; n: string }>(
      `SELECT to_char(date_trunc('day', created_at), 'YYYY-MM-DD') AS day, decision, count(*)::text AS n
       FROM decisions WHERE created_at > now() - ($1::int * interval '1 day') GROUP BY 1, 2 ORDER BY 1, 2`,
      [days],
    );
    return rows.map((r) => ({ day: r.day, decision: r.decision, count: Number(r.n) }));
  }

  /**
   * Counts for the console's charts over the decisions a filter selects (its cursor and limit aside):
   * per day and decision, per finding type (a decision counts once per type it has), per surface.
   * Without `from`, the last `days` days.
   */
  async decisionStats(filter: Omit<DecisionFilter, "cursor" | "limit">, days = 30): Promise<{
    perDay: Array<{ day: string; decision: string; count: number }>;
    byType: Array<{ type: string; count: number }>;
    bySurface: Array<{ surface: string; count: number }>;
    /** Shadow decisions (what would have been enforced) and enforced ones, counted apart (issue 20). */
    byMode: { shadow: number; enforced: number };
  }> {
    const bounded = filter.from ? filter : { ...filter, from: new Date(Date.now() - days * 86_400_000).toISOString() };
    const { sql, params } = decisionWhere(bounded, "d.");
    const [perDay, byType, bySurface, byMode] = await Promise.all([
      this.db.query<{ day: string; decision: string; n: string }>(
        `SELECT to_char(date_trunc('day', d.created_at), 'YYYY-MM-DD') AS day, d.decision, count(*)::text AS n FROM decisions d ${sql} GROUP BY 1, 2 ORDER BY 1, 2`,
        params,
      ),
      this.db.query<{ type: string; n: string }>(
        `SELECT t.type, count(*)::text AS n FROM decisions d
         CROSS JOIN LATERAL (SELECT DISTINCT f->>'type' AS type FROM jsonb_array_elements(d.findings) f) t
         ${sql} GROUP BY 1 ORDER BY 2 DESC, 1`,
        params,
      ),
      this.db.query<{ surface: string; n: string }>(`SELECT d.surface, count(*)::text AS n FROM decisions d ${sql} GROUP BY 1 ORDER BY 2 DESC, 1`, params),
      this.db.query<{ shadow: string; enforced: string }>(
        `SELECT count(*) FILTER (WHERE d.shadow)::text AS shadow, count(*) FILTER (WHERE NOT d.shadow)::text AS enforced FROM decisions d ${sql}`,
        params,
      ),
    ]);
    return {
      perDay: perDay.map((r) => ({ day: r.day, decision: r.decision, count: Number(r.n) })),
      byType: byType.filter((r) => r.type).map((r) => ({ type: r.type, count: Number(r.n) })),
      bySurface: bySurface.map((r) => ({ surface: r.surface, count: Number(r.n) })),
      byMode: { shadow: Number(byMode[0]?.shadow ?? 0), enforced: Number(byMode[0]?.enforced ?? 0) },
    };
  }

  /** The leakage dashboard (GET /v1/stats): see leakage-stats.ts for what each figure counts. */
  async leakageStats(filter: StatsFilter): Promise<LeakageStats> {
    return leakageStats(this.db, filter);
  }

  /**
   * Every sender the decision log knows, by id (keyset pages: the cursor is the last id), with its
   * decision and violation counts and its standing. A page reads the distinct ids from the
   * (sender_id, seq) index and then counts only that page's senders.
   */
  async listAccounts(filter: { q?: string; cursor?: string; limit?: number } = {}): Promise<{ items: KnownAccount[]; nextCursor: string | null }> {
    const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
    const where = ["sender_id IS NOT NULL"];
    const params: unknown[] = [];
    if (filter.cursor) where.push(`sender_id > $${params.push(filter.cursor)}`);
    if (filter.q) where.push(`sender_id ILIKE $${params.push(`%${likeLiteral(filter.q)}%`)} ESCAPE '\\'`);
    const ids = (
      await this.db.query<{ sender_id: string }>(`SELECT DISTINCT sender_id FROM decisions WHERE ${where.join(" AND ")} ORDER BY sender_id LIMIT ${limit + 1}`, params)
    ).map((r) => r.sender_id);
    const page = ids.slice(0, limit);
    if (page.length === 0) return { items: [], nextCursor: null };
    const [counts, standings] = await Promise.all([
      this.db.query<{ sender_id: string; decisions: string; violations: string; last_at: string }>(
        `SELECT sender_id, count(*)::text AS decisions, count(*) FILTER (WHERE violation AND NOT shadow)::text AS violations, max(created_at) AS last_at
         FROM decisions WHERE sender_id = ANY($1::text[]) GROUP BY sender_id`,
        [page],
      ),
      this.standings(page),
    ]);
    const byId = new Map(counts.map((r) => [r.sender_id, r]));
    const items = page.map((id, i) => {
      const c = byId.get(id);
      return {
        accountId: id,
        decisions: Number(c?.decisions ?? 0),
        violations: Number(c?.violations ?? 0),
        lastDecisionAt: c ? new Date(c.last_at).toISOString() : "",
        standing: standings[i]!,
      };
    });
    return { items, nextCursor: ids.length > limit ? page[page.length - 1]! : null };
  }

  // -- violations and the ladder (X2) -----------------------------------------------------------

  /**
   * Records a decision that is a violation, and the violation with its ladder step, atomically.
   * The account row is locked first, so concurrent violations of one account queue up and each
   * sees the count the previous one left (no lost or double steps). A `held` violation (a `review`
   * decision) is stored but does not count: it waits for `resolveReview` or its review time-out.
   */
  async recordViolation(
    decision: DecisionRecord,
    accountId: string,
    types: string[],
    now: Date,
    options: { held?: boolean } = {},
  ): Promise<{ decisionId: string; inserted: boolean; violation?: ViolationRecord; standing: Standing }> {
    return this.db.transaction(async (tx) => {
      const [stored] = await this.insertDecisions([decision], tx);
      if (!stored!.inserted) return { decisionId: stored!.id, inserted: false, standing: await this.standing(accountId, tx) };
      // Creating-or-touching the account row locks it until commit: this account's violations queue here.
      const [account] = await tx.query<Row>(
        "INSERT INTO accounts (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET updated_at = now() RETURNING total_violations, review_due_at",
        [accountId],
      );
      // Held violations whose time-out passed count before this one (they came first).
      const settled = this.isDue(account, now) ? await this.settleDueReviews(accountId, now, tx) : 0;
      const createdAt = now.toISOString();
      const active = await this.activeViolationTimes(accountId, now, tx);
      const standing = this.rule().standing(accountId, [...active, createdAt], Number(account?.total_violations ?? 0) + 1, now);
      const held = options.held === true;
      const violation: ViolationRecord = {
        id: randomUUID(),
        accountId,
        decisionId: stored!.id,
        types,
        clauses: decision.clauses,
        ladderStep: held ? 0 : standing.ladderStep,
        penalty: held ? "none" : (standing.penalty ?? "none"),
        status: held ? "held" : "active",
        createdAt,
        expiresAt: this.rule().expiresAt(now).toISOString(),
        heldAt: held ? createdAt : null,
        reviewDueAt: held ? this.rule().reviewDueAt(now).toISOString() : null,
      };
      const insert = `INSERT INTO violations (id, account_id, decision_id, types, clauses, ladder_step, penalty, status, created_at, expires_at, held_at, review_due_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`;
      const params = [violation.id, accountId, violation.decisionId, types, decision.clauses, violation.ladderStep, violation.penalty, violation.status, createdAt, violation.expiresAt, violation.heldAt, violation.reviewDueAt];
      if (held || settled > 0) {
        // The cached counts change in more than one way: rebuild them from the violations table.
        await tx.query(insert, params);
        return { decisionId: stored!.id, inserted: true, violation, standing: await this.recomputeStanding(accountId, now, tx, true) };
      }
      // The common case, one statement: the new strike and the cached standing it makes.
      const rows = await tx.query<Row>(
        `WITH v AS (${insert})
         UPDATE accounts SET active_violations = $13, total_violations = $14, ladder_step = $6, penalty = $15,
           badges_removed = $16, restricted_until = $17, suspended = $18, updated_at = now()
         WHERE id = $2 RETURNING *`,
        [...params, standing.activeViolations, standing.totalViolations, standing.penalty, standing.badgesRemoved, standing.restrictedUntil, standing.suspended],
      );
      return { decisionId: stored!.id, inserted: true, violation, standing: toStanding(accountId, rows[0]) };
    });
  }

  /** Creation times of the violations that count at `now` (oldest first); `upTo` leaves out later ones. */
  private async activeViolationTimes(accountId: string, now: Date, tx: Queryable, upTo?: Date): Promise<string[]> {
    const windowStart = this.rule().countsFrom(now).toISOString();
    const rows = await tx.query<{ created_at: string }>(
      `SELECT created_at FROM violations WHERE account_id = $1 AND status = 'active' AND created_at > $2 AND expires_at > $3
       ${upTo ? "AND created_at <= $4" : ""} ORDER BY created_at`,
      upTo ? [accountId, windowStart, now.toISOString(), upTo.toISOString()] : [accountId, windowStart, now.toISOString()],
    );
    return rows.map((r) => new Date(r.created_at).toISOString());
  }

  /**
   * Makes a held violation a strike from `at` (a reviewer upheld it then, or its time-out passed
   * then), with the ladder step the strikes counted at that moment give it.
   */
  private async activateHeld(violationId: string, accountId: string, at: Date, tx: Queryable): Promise<void> {
    const atIso = at.toISOString();
    const active = await this.activeViolationTimes(accountId, at, tx, at);
    const step = this.rule().standing(accountId, [...active, atIso], 0, at);
    await tx.query(
      "UPDATE violations SET status = 'active', created_at = $2, expires_at = $3, ladder_step = $4, penalty = $5 WHERE id = $1 AND status = 'held'",
      [violationId, atIso, this.rule().expiresAt(at).toISOString(), step.ladderStep, step.penalty ?? "none"],
    );
  }

  /**
   * The review time-out, applied lazily: held violations of the account whose `review_due_at` has
   * passed become strikes as of that moment (oldest first). Runs inside the account's lock.
   */
  private async settleDueReviews(accountId: string, now: Date, tx: Queryable): Promise<number> {
    const due = await tx.query<{ id: string; review_due_at: string }>(
      "SELECT id, review_due_at FROM violations WHERE account_id = $1 AND status = 'held' AND review_due_at <= $2 ORDER BY review_due_at, id",
      [accountId, now.toISOString()],
    );
    for (const v of due) await this.activateHeld(v.id, accountId, new Date(v.review_due_at), tx);
    return due.length;
  }

  /**
   * Rebuilds the cached standing from the violations table (after a violation, an appeal or a
   * review is resolved, or a review timed out); the caller holds the account's lock.
   */
  private async recomputeStanding(accountId: string, now: Date, tx: Queryable, settled = false): Promise<Standing> {
    if (!settled) await this.settleDueReviews(accountId, now, tx);
    const active = await this.activeViolationTimes(accountId, now, tx);
    const counts = await tx.query<{ total: string; held: string; due: string | null }>(
      `SELECT count(*) FILTER (WHERE status = 'active')::text AS total, count(*) FILTER (WHERE status = 'held')::text AS held,
         min(review_due_at) FILTER (WHERE status = 'held') AS due FROM violations WHERE account_id = $1`,
      [accountId],
    );
    const s = this.rule().standing(accountId, active, Number(counts[0]?.total ?? 0), now);
    const rows = await tx.query<Row>(
      `UPDATE accounts SET active_violations = $2, total_violations = $3, ladder_step = $4, penalty = $5,
         badges_removed = $6, restricted_until = $7, suspended = $8, pending_review = $9, review_due_at = $10, updated_at = now()
       WHERE id = $1 RETURNING *`,
      [accountId, s.activeViolations, s.totalViolations, s.ladderStep, s.penalty, s.badgesRemoved, s.restrictedUntil, s.suspended, Number(counts[0]?.held ?? 0), counts[0]?.due ?? null],
    );
    return toStanding(accountId, rows[0]);
  }

  /** True when the cached row has a held violation past its review time-out (and this repository can apply it). */
  private isDue(r: Row | undefined, now: Date): boolean {
    return Boolean(this.ladder && r?.review_due_at && Date.parse(String(r.review_due_at)) <= now.getTime());
  }

  /** Applies due review time-outs of one account under its lock and returns the fresh standing. */
  private async settleAccount(accountId: string, now: Date, tx?: Queryable): Promise<Standing> {
    const run = async (q: Queryable) => {
      await q.query("SELECT id FROM accounts WHERE id = $1 FOR UPDATE", [accountId]);
      return this.recomputeStanding(accountId, now, q);
    };
    return tx ? run(tx) : this.db.transaction(run);
  }

  /** Standings of many accounts in one query (the service batches its lookups). */
  async standings(accountIds: string[]): Promise<Standing[]> {
    const rows = await this.db.query<Row>("SELECT * FROM accounts WHERE id = ANY($1::text[])", [accountIds]);
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    const now = new Date();
    // Only accounts with a review time-out just passed take the (rare) write path.
    return Promise.all(accountIds.map((id) => (this.isDue(byId.get(id), now) ? this.settleAccount(id, now) : toStanding(id, byId.get(id)))));
  }

  async standing(accountId: string, tx?: Queryable): Promise<Standing> {
    const rows = await (tx ?? this.db).query<Row>("SELECT * FROM accounts WHERE id = $1", [accountId]);
    const now = new Date();
    return this.isDue(rows[0], now) ? this.settleAccount(accountId, now, tx) : toStanding(accountId, rows[0]);
  }

  /** Accounts currently restricted or suspended (the service keeps this set in memory). */
  async restrictedAccounts(now: Date): Promise<Standing[]> {
    const rows = await this.db.query<Row>("SELECT * FROM accounts WHERE suspended OR restricted_until > $1", [now.toISOString()]);
    return rows.map((r) => toStanding(r.id as string, r));
  }

  async listViolations(accountId: string): Promise<ViolationRecord[]> {
    const rows = await this.db.query<Row>(
      `SELECT v.*, a.id AS appeal_id, a.status AS appeal_status FROM violations v
       LEFT JOIN appeals a ON a.violation_id = v.id WHERE v.account_id = $1 ORDER BY v.created_at DESC, v.id`,
      [accountId],
    );
    return rows.map(toViolation);
  }

  async getViolation(id: string): Promise<ViolationRecord> {
    const rows = await this.db.query<Row>(
      "SELECT v.*, a.id AS appeal_id, a.status AS appeal_status FROM violations v LEFT JOIN appeals a ON a.violation_id = v.id WHERE v.id = $1",
      [id],
    );
    if (!rows[0]) throw new NotFoundError(`violation ${id}`);
    return toViolation(rows[0]);
  }

  async countViolations(): Promise<number> {
    const rows = await this.db.query<{ n: string }>("SELECT count(*)::text AS n FROM violations");
    return Number(rows[0]?.n ?? 0);
  }

  // -- appeals ----------------------------------------------------------------------------------

  async createAppeal(violationId: string, reason: string): Promise<AppealRecord> {
    return this.db.transaction(async (tx) => {
      const v = await tx.query<Row>("SELECT * FROM violations WHERE id = $1", [violationId]);
      if (!v[0]) throw new NotFoundError(`violation ${violationId}`);
      const existing = await tx.query<Row>("SELECT * FROM appeals WHERE violation_id = $1", [violationId]);
      if (existing[0]) throw new ConflictError(`violation ${violationId} already has an appeal (${existing[0].status as string})`);
      const rows = await tx.query<Row>(
        "INSERT INTO appeals (id, violation_id, account_id, reason) VALUES ($1, $2, $3, $4) RETURNING *",
        [randomUUID(), violationId, v[0].account_id, reason],
      );
      return toAppeal(rows[0]!);
    });
  }

  async listAppeals(status?: string): Promise<AppealRecord[]> {
    const rows = status
      ? await this.db.query<Row>("SELECT * FROM appeals WHERE status = $1 ORDER BY created_at", [status])
      : await this.db.query<Row>("SELECT * FROM appeals ORDER BY created_at DESC LIMIT 500");
    return rows.map(toAppeal);
  }

  /** Upholds or overturns; overturning restores the account's standing from its remaining violations. */
  async resolveAppeal(appealId: string, outcome: "upheld" | "overturned", reviewer: string, note: string | undefined, now: Date): Promise<{ appeal: AppealRecord; standing: Standing }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.query<Row>("SELECT * FROM appeals WHERE id = $1 FOR UPDATE", [appealId]);
      const appeal = rows[0];
      if (!appeal) throw new NotFoundError(`appeal ${appealId}`);
      if (appeal.status !== "pending") throw new ConflictError(`appeal ${appealId} is already ${appeal.status as string}`);
      const accountId = appeal.account_id as string;
      await tx.query("SELECT id FROM accounts WHERE id = $1 FOR UPDATE", [accountId]);
      const updated = await tx.query<Row>(
        "UPDATE appeals SET status = $2, resolved_by = $3, note = $4, resolved_at = $5 WHERE id = $1 RETURNING *",
        [appealId, outcome, reviewer, note ?? null, now.toISOString()],
      );
      if (outcome === "overturned") await tx.query("UPDATE violations SET status = 'overturned' WHERE id = $1", [appeal.violation_id]);
      const standing = await this.recomputeStanding(accountId, now, tx);
      return { appeal: toAppeal(updated[0]!), standing };
    });
  }

  // -- false-alarm reports (issue 20) ----------------------------------------------------------

  /**
   * Files the sender's report that a decision's finding is not contact information; the decision
   * joins the review queue until a reviewer's verdict (`resolveReview`). `accountId`, when given,
   * must be the decision's sender (403 `forbidden`: the platform reports on the sender's behalf, not
   * another's). A decision already disputed answers its dispute as it is (`created: false`), so a
   * retried report is harmless; one with nothing to dispute is 409 `not_disputable`.
   */
  async createDispute(decisionId: string, input: { accountId?: string; reason?: string }, now: Date): Promise<{ dispute: DisputeRecord; created: boolean }> {
    return this.db.transaction(async (tx) => {
      // Locked as resolveReview locks it: a report and a verdict on one decision take turns.
      const rows = await tx.query<Row>("SELECT * FROM decisions WHERE id = $1 FOR UPDATE", [decisionId]);
      if (!rows[0]) throw new NotFoundError(`decision ${decisionId}`);
      const decision = toDecision(rows[0]);
      checkReporter(decision, input.accountId);
      const existing = await disputeOf(tx, decisionId);
      if (existing) return { dispute: existing, created: false };
      const why = whyNotDisputable(decision);
      if (why) throw new NotDisputableError(why);
      const reason = input.reason === undefined ? null : storable(input.reason);
      return insertDispute(tx, decisionId, input.accountId ?? decision.senderId ?? null, reason, now);
    });
  }

  /** The decision's false-alarm report, or null (also for an unknown decision). */
  async disputeOf(decisionId: string): Promise<DisputeRecord | null> {
    return disputeOf(this.db, decisionId);
  }

  /** The disputes of some decisions, by decision id (a sender's messages show where each report stands). */
  async disputesOf(decisionIds: string[]): Promise<Map<string, DisputeRecord>> {
    return disputesOf(this.db, decisionIds);
  }

  // -- review queue -----------------------------------------------------------------------------

  /** Decisions waiting for a reviewer, oldest first: held ones and disputed ones (with their `dispute`). */
  async reviewQueue(limit = 100): Promise<DisputedDecision[]> {
    const items = (await queuedDecisionRows(this.db, limit)).map(toDecision);
    const disputes = await disputesOf(this.db, items.map((d) => d.id));
    return items.map((d) => withDispute(d, disputes.get(d.id)));
  }

  /**
   * A reviewer's outcome for a held or a disputed decision. For a held one, rejecting (upholding the
   * hold) makes its violation a strike now, with the ladder step it reaches; allowing it dismisses the
   * violation, also when its time-out had already made it count. For a disputed one, the outcome is
   * the dispute's verdict: `allowed` (a false alarm) overturns the dispute and the violation, as an
   * overturned appeal does; `rejected` (it was contact information) upholds the dispute and leaves the
   * violation as it is (a held one becomes a strike, as above). `note` is kept on the dispute.
   * Returns the decision (with its dispute) and the sender's standing after it (null when the
   * decision recorded no violation, e.g. a report).
   */
  async resolveReview(
    decisionId: string,
    outcome: "allowed" | "rejected",
    reviewer: string,
    now: Date,
    note?: string,
  ): Promise<DisputedDecision & { standing: Standing | null }> {
    return this.db.transaction(async (tx) => {
      const found = await tx.query<Row>("SELECT review_status FROM decisions WHERE id = $1 FOR UPDATE", [decisionId]);
      if (!found[0]) throw new NotFoundError(`decision ${decisionId}`);
      const dispute = await disputeOf(tx, decisionId, true);
      const disputed = dispute?.status === "pending";
      if (found[0].review_status !== "pending" && !disputed) {
        throw new ConflictError(`decision ${decisionId} is not waiting for review (${String(found[0].review_status)})`);
      }
      const rows = await tx.query<Row>("UPDATE decisions SET review_status = $2, reviewed_by = $3, reviewed_at = $4 WHERE id = $1 RETURNING *", [
        decisionId,
        outcome,
        reviewer,
        now.toISOString(),
      ]);
      const verdict = disputed ? await settleDispute(tx, decisionId, outcome === "allowed" ? "overturned" : "upheld", reviewer, note === undefined ? null : storable(note), now) : dispute;
      const decision = withDispute(toDecision(rows[0]!), verdict ?? undefined);
      const [violation] = await tx.query<{ id: string; account_id: string; status: string }>("SELECT id, account_id, status FROM violations WHERE decision_id = $1", [decisionId]);
      if (!violation) return { ...decision, standing: null };
      const accountId = violation.account_id;
      await tx.query("SELECT id FROM accounts WHERE id = $1 FOR UPDATE", [accountId]);
      const settled = outcome === "rejected" && violation.status === "held";
      if (outcome === "allowed") {
        // A false alarm is overturned (the recognizer was wrong); an allowed hold is dismissed (the hold did its job).
        await tx.query("UPDATE violations SET status = $2 WHERE id = $1 AND status IN ('held', 'active')", [violation.id, disputed ? "overturned" : "dismissed"]);
      } else if (settled) {
        // Earlier holds that timed out count first, then this one from now.
        await this.settleDueReviews(accountId, now, tx);
        await this.activateHeld(violation.id, accountId, now, tx);
      }
      return { ...decision, standing: await this.recomputeStanding(accountId, now, tx, settled) };
    });
  }

  // -- API keys ---------------------------------------------------------------------------------

  async createKey(keyHash: string, role: string, name?: string): Promise<{ id: string }> {
    const id = randomUUID();
    await this.db.query("INSERT INTO api_keys (id, key_hash, role, name) VALUES ($1, $2, $3, $4)", [id, keyHash, role, name ?? null]);
    return { id };
  }

  /** Every key (revoked ones included, newest first): ids, roles and names only — the hashes stay here. */
  async listKeys(): Promise<ApiKeyRecord[]> {
    const rows = await this.db.query<Row>("SELECT id, role, name, created_at, revoked_at FROM api_keys ORDER BY created_at DESC, id");
    return rows.map(toApiKey);
  }

  /** Revokes a key (a second revoke keeps the first time). Unknown id → not_found. */
  async revokeKey(id: string, now: Date): Promise<ApiKeyRecord> {
    const rows = await this.db.query<Row>(
      "UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 RETURNING id, role, name, created_at, revoked_at",
      [id, now.toISOString()],
    );
    if (!rows[0]) throw new NotFoundError(`API key ${id}`);
    return toApiKey(rows[0]);
  }

  async keyByHash(keyHash: string): Promise<{ id: string; role: string } | null> {
    const rows = await this.db.query<{ id: string; role: string }>("SELECT id, role FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL", [keyHash]);
    return rows[0] ?? null;
  }

  async countKeys(): Promise<number> {
    const rows = await this.db.query<{ n: string }>("SELECT count(*)::text AS n FROM api_keys WHERE revoked_at IS NULL");
    return Number(rows[0]?.n ?? 0);
  }

  // -- the ledger's own secrets ------------------------------------------------------------------

  /**
   * The secret named `name`, generated (32 random bytes, hex) the first time it is asked for. The
   * first writer wins, so concurrent first starts of several services agree on one value.
   */
  async ledgerSecret(name: string): Promise<string> {
    await this.db.query("INSERT INTO ledger_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING", [name, randomBytes(32).toString("hex")]);
    const rows = await this.db.query<{ value: string }>("SELECT value FROM ledger_secrets WHERE name = $1", [name]);
    if (!rows[0]) throw new Error(`ledger secret ${name} was not stored`);
    return rows[0].value;
  }

  async ping(): Promise<void> {
    await this.db.query("SELECT 1");
  }
}
