import { createHash, randomUUID } from "node:crypto";
import type { DocumentPool } from "../documents/pool.js";
import type { Guard } from "../guard.js";
import { isContactType } from "../core/types.js";
import { createError } from "../core/errors.js";
import { storable, storableDeep, unsafeIdProblem } from "../core/strings.js";
import { parseContext, type CheckContext } from "../policy/context.js";
import type { CheckResult } from "../policy/engine.js";
import type { Decision } from "../policy/preset.js";
import { findingsJson } from "../policy/output.js";
import { fromIdempotencyLookupKey, idempotencyLookupKey, type DecisionRecord, type Repository, type Standing } from "../ledger/repository.js";
import { requestHash } from "./request-hash.js";
import { BatchedLookup } from "./batched-lookup.js";
import { LedgerValues } from "./ledger-values.js";
import { logToStderr, type BatchFailureLog } from "./split-retry.js";
import type { CheckRequest, CheckResponse, FindingJson } from "./types.js";
import { DecisionWriter } from "./writer.js";

// The act stage's boundary types live in ./types.ts; re-exported so existing importers keep compiling.
export type { CheckRequest, CheckResponse, FindingJson } from "./types.js";

/**
 * `findingsJson` is declared as returning plain records; its "full" output is exactly `FindingJson`
 * (pinned by test/enforce/types.test.ts), so this is the one place that says so.
 */
const findingsOut = (r: CheckResult): FindingJson[] => findingsJson(r, "full") as FindingJson[];

/**
 * A shadow decision as its caller gets it: `allow` with nothing found, cited, masked or said (so a client
 * that acts on `decision` lets the text through unchanged), and the decision it would have enforced in
 * `wouldDecide`.
 */
function shadowAnswer(full: Omit<CheckResponse, "recorded">): Omit<CheckResponse, "recorded"> {
  const { decision, violation, clauses, message, findings, redactedText, ...rest } = full;
  return {
    ...rest,
    decision: "allow",
    violation: false,
    message: "",
    clauses: [],
    findings: [],
    shadow: true,
    wouldDecide: { decision, violation, clauses, message, findings, ...(redactedText !== undefined ? { redactedText } : {}) },
  };
}

/** Whose idempotency keys a request without an owner uses (an embedding application calling the enforcer itself). */
export const DEFAULT_OWNER = "local";

/** Texts this long (≈ 10 ms of detection and up) are decided on the pool when there is one. */
export const LONG_TEXT_CHARS = 16 * 1024;

/** What of the context the audit log keeps: who, where, under which contract — not the history texts. */
function contextSummary(c: CheckContext): Record<string, unknown> {
  return {
    surface: c.surface,
    sender: c.sender ?? null,
    recipient: c.recipient ?? null,
    contract: c.contract ?? null,
    relationship: c.relationship ?? null,
    exception: c.exception ?? null,
    document: c.document ?? null,
    historyLength: c.history?.length ?? 0,
    now: c.now ?? null,
    conversationId: c.conversationId ?? null,
    language: c.language ?? null,
  };
}

/**
 * The service's check: decide with the sender's standing, then record. Violations go through a
 * transaction that locks the account (ladder steps must not race); clean decisions are group-committed.
 */
export class Enforcer {
  private readonly writer: DecisionWriter;
  private readonly standingCache = new Map<string, { standing: Standing; at: number }>();

  constructor(
    private readonly repo: Repository,
    private readonly guard: Guard,
    private readonly options: {
      storeText: boolean;
      standingTtlMs?: number;
      /** Where long texts are decided, off the event loop. */
      pool?: DocumentPool;
      longTextChars?: number;
      /** The key of the finding-value hash (LEDGER_HASH_SECRET); unset: the ledger's own, generated once. */
      hashSecret?: string;
      /** Where a failed shared statement is reported (never with values); default: stderr. */
      logBatchFailure?: BatchFailureLog;
    },
  ) {
    const log = options.logBatchFailure ?? logToStderr;
    this.writer = new DecisionWriter(repo, undefined, undefined, log);
    this.ledgerValues = new LedgerValues(options.storeText, async () => options.hashSecret ?? (await repo.ledgerSecret("finding_hmac")));
    this.standings = new BatchedLookup<string, Standing>(async (ids) => new Map((await this.repo.standings(ids)).map((s) => [s.accountId, s])), "standing look-up", log);
    this.recorded = new BatchedLookup<string, DecisionRecord>((keys) => this.repo.decisionsByIdempotencyKeys(keys.map(fromIdempotencyLookupKey)), "idempotency look-up", log);
  }

  /** What the ledger keeps of findings (raw values only with STORE_TEXT, else a keyed hash). */
  private readonly ledgerValues: LedgerValues;

  /**
   * The ledger's keyed hash of a finding value (`hmac-sha256:<hex>`, the findings' `valueHash`): the
   * `hash` redaction operator of the service uses it, so a hashed detail in a redacted text matches
   * the ledger's record of it, and no one without the ledger's secret can brute-force it back.
   */
  valueHash(value: string): Promise<string> {
    return this.ledgerValues.hashValue(value);
  }

  async standingOf(accountId: string, fresh = false): Promise<Standing> {
    const hit = this.standingCache.get(accountId);
    if (!fresh && hit && Date.now() - hit.at < (this.options.standingTtlMs ?? 2000)) return hit.standing;
    const standing = await this.loadStanding(accountId);
    this.remember(standing);
    return standing;
  }

  // Standing and idempotency look-ups of one event-loop turn each share a single query.
  private readonly standings: BatchedLookup<string, Standing>;
  private readonly recorded: BatchedLookup<string, DecisionRecord>;

  private async loadStanding(accountId: string): Promise<Standing> {
    const standing = await this.standings.get(accountId);
    if (!standing) throw new Error(`no standing returned for account ${accountId}`);
    return standing;
  }

  remember(standing: Standing): void {
    if (this.standingCache.size > 50_000) this.standingCache.clear();
    this.standingCache.set(standing.accountId, { standing, at: Date.now() });
  }

  async check(req: CheckRequest, requestId: string): Promise<CheckResponse> {
    const pool = this.options.pool;
    const onPool = pool && req.text.length >= (this.options.longTextChars ?? LONG_TEXT_CHARS);
    return this.decideAndRecord(req, requestId, async (context) => ({
      text: req.text,
      result: onPool ? await pool.checkText(req.text, context) : this.guard.check(req.text, context),
    }));
  }

  /**
   * The common path of every check: validate the context, load the sender's standing, let `decide`
   * detect and decide under it (inline for a message, on the document pool for a file), decide again
   * on fresh standing if the ladder moved meanwhile, then record.
   */
  async decideAndRecord(
    req: Omit<CheckRequest, "text">,
    requestId: string,
    decide: (context: CheckContext) => Promise<{ text: string; result: CheckResult }>,
    options: { defaults?: Partial<CheckContext>; audit?: () => Record<string, unknown> } = {},
  ): Promise<CheckResponse> {
    // Ids reach shared statements: refused here too, for callers that skip the surfaces' schemas (the library, the stream).
    const keyProblem = req.idempotencyKey === undefined ? null : unsafeIdProblem(req.idempotencyKey);
    if (keyProblem) throw createError("invalid_string", { field: "idempotencyKey", problem: keyProblem });
    const given = req.context && typeof req.context === "object" ? req.context : {};
    const context = parseContext({ ...options.defaults, ...given });
    // An idempotency key is its owner's, and stands for one request: the same one is replayed, another is refused.
    const idempotency = req.idempotencyKey ? { scope: req.owner ?? DEFAULT_OWNER, key: req.idempotencyKey } : null;
    // check() hands over its whole request, text included; a file's request carries no text (only its context and mode are hashed).
    const hash = idempotency ? (req.requestHash ?? requestHash(req as typeof req & { text?: string })) : null;
    if (idempotency) {
      const existing = await this.recorded.get(idempotencyLookupKey(idempotency));
      if (existing) return this.replay(existing, hash);
    }
    const senderId = context.sender?.id;
    const now = context.now ? new Date(context.now) : new Date();
    let standing = senderId ? await this.standingOf(senderId) : null;
    const withStanding = (s: Standing | null): CheckContext =>
      s ? { ...context, standing: { activeViolations: s.activeViolations, suspended: s.suspended, ...(s.restrictedUntil ? { restrictedUntil: s.restrictedUntil } : {}) } } : context;
    let { text, result } = await decide(withStanding(standing));
    if (result.violation && senderId) {
      // Repeats change the action (X2): decide again on the account's fresh standing.
      const fresh = await this.standingOf(senderId, true);
      if (fresh.activeViolations !== standing?.activeViolations || fresh.restrictedUntil !== standing?.restrictedUntil || fresh.suspended !== standing?.suspended) {
        standing = fresh;
        result = this.guard.redecide(text, result, withStanding(standing));
      }
    }
    if (req.mode === "preview") return { ...this.respond(null, result, standing), recorded: false };
    // Shadow (issue 20): asked for per request, or every recorded check while the preset's rollout is
    // `shadow` (the operator's switch wins over a caller's default `enforce`; a preview stays a preview).
    const shadow = req.mode === "shadow" || this.guard.preset.rollout === "shadow";

    // Detection ran on the text as given; what is stored is repaired (src/core/strings.ts), so a NUL in a
    // message cannot fail the INSERT and the violation it carries is still recorded.
    const record: DecisionRecord = {
      id: randomUUID(),
      requestId,
      idempotencyKey: idempotency?.key ?? null,
      idempotencyScope: idempotency?.scope ?? null,
      requestHash: hash,
      senderId: senderId ?? null,
      recipientId: context.recipient?.id ?? null,
      surface: context.surface,
      decision: result.decision,
      violation: result.violation,
      clauses: result.clauses,
      findings: await this.ledgerValues.findings(findingsOut(result)),
      context: storableDeep({ ...contextSummary(context), ...options.audit?.() }),
      message: storable(result.message),
      textHash: createHash("sha256").update(text).digest("hex"),
      redactedText: result.redactedText === undefined ? null : storable(result.redactedText),
      body: this.options.storeText ? storable(text) : null,
      policyId: result.policy.id,
      policyVersion: result.policy.version,
      // A shadow `review` is not queued: nothing was held, so there is nothing for a reviewer to release.
      reviewStatus: result.decision === "review" && !shadow ? "pending" : null,
      createdAt: new Date().toISOString(),
      shadow,
    };
    /*
     * A shadow decision is stored as a decision row only (flagged `shadow`, holding what would have been
     * enforced), never as a violation row: the ladder, the standing cache, appeals and the review queue
     * all read the violations table, so none of them needs to learn to skip shadow rows, and the
     * sender's standing cannot move. Written by the group commit like any clean decision.
     */
    if (result.violation && senderId && !shadow) {
      const types = [...new Set(result.findings.filter((f) => isContactType(f.type) && !f.allowedBy).map((f) => f.type))];
      // A held decision is stored as a held violation: a strike only once a reviewer rejects it (`rejected`) (issue 16).
      const stored = await this.repo.recordViolation(record, senderId, types, now, { held: result.decision === "review" });
      this.remember(stored.standing);
      if (!stored.inserted) return this.replay(await this.repo.getDecision(stored.decisionId), hash);
      return { ...this.respond(stored.decisionId, result, stored.standing), recorded: true };
    }
    const stored = await this.writer.write(record);
    if (!stored.inserted) return this.replay(await this.repo.getDecision(stored.id), hash);
    const answer = this.respond(stored.id, result, standing);
    return { ...(shadow ? shadowAnswer(answer) : answer), recorded: true };
  }

  private respond(decisionId: string | null, r: CheckResult, standing: Standing | null): Omit<CheckResponse, "recorded"> {
    return {
      decisionId,
      violation: r.violation,
      decision: r.decision,
      message: r.message,
      clauses: r.clauses,
      findings: findingsOut(r),
      ...(r.redactedText !== undefined ? { redactedText: r.redactedText } : {}),
      policy: r.policy,
      standing,
    };
  }

  /**
   * An idempotent retry: the recorded answer, not a new decision — when it is the same request. Its findings
   * are the ledger's: without STORE_TEXT they carry `valueHash` in place of `text` and `value`
   * (./ledger-values.ts). A row from before requests were hashed (request_hash NULL) replays for any body.
   */
  private async replay(d: DecisionRecord, hash: string | null): Promise<CheckResponse> {
    if (d.requestHash && hash && d.requestHash !== hash) {
      throw createError("idempotency_conflict", { reason: "this idempotency key was already used for another request (its text, context or mode differ); a retry must send the same request" });
    }
    const standing = d.senderId ? await this.standingOf(d.senderId, true) : null;
    const recorded: Omit<CheckResponse, "recorded"> = {
      decisionId: d.id,
      violation: d.violation,
      // The ledger stores columns as it got them; these were written by this class (record above).
      decision: d.decision as Decision,
      message: d.message,
      clauses: d.clauses,
      findings: d.findings as FindingJson[],
      ...(d.redactedText ? { redactedText: d.redactedText } : {}),
      policy: { id: d.policyId, version: d.policyVersion },
      standing,
    };
    // A shadow row replays as it was answered: allow, with what it would have enforced.
    return { ...(d.shadow ? shadowAnswer(recorded) : recorded), recorded: false };
  }

  drain(): Promise<void> {
    return this.writer.drain();
  }
}
