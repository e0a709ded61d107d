import { z } from "zod";
import { ERROR_CODES } from "../../core/errors.js";
import { CONTACT_TYPES, DISGUISES, LINK_TYPES } from "../../core/types.js";
import { DOCUMENT_KINDS } from "../../policy/context.js";
import { DECISIONS } from "../../policy/preset.js";
import { FILE_TYPES } from "../../documents/types.js";
import { ROLES } from "../../runtime/keys.js";
import { PhoneInfoSchema } from "./detect-schemas.js";
import type { CheckResponse, FindingJson } from "../../enforce/types.js";
import type { FileCheckResponse } from "../../enforce/file-enforcer.js";
import type { StoredFinding as StoredFindingRecord } from "../../enforce/ledger-values.js";
import type { AppealRecord, ApiKeyRecord, DecisionRecord, DisputeRecord, KnownAccount, Standing as StandingRecord, ViolationRecord } from "../../ledger/repository.js";
import type { Location as LocationRecord } from "../../documents/types.js";
import type { Breakdown as BreakdownRecord, LeakageStats as LeakageStatsRecord } from "../../ledger/leakage-stats.js";

/*
 * The success answers of the HTTP API, as published in /openapi.json. They document what the
 * handlers return; they are NOT applied to the answers (app.ts serializes success bodies as plain
 * JSON), so a schema that lags behind the code can never turn a good answer into a 500 or strip a
 * field. Two checks keep them honest instead:
 *  - at compile time, `describes<Schema, Type>()` below: every schema's output is assignable to the
 *    TypeScript type the code returns (the schema is never looser) and has exactly its keys;
 *  - at run time, test/surfaces/http/openapi.test.ts sends a real request to every route and
 *    validates the answer against the published schema (objects are closed: an undocumented field
 *    fails it).
 */

const time = (what: string) => z.string().describe(`${what} (ISO 8601).`);

export const FindingType = z.enum([...CONTACT_TYPES, ...LINK_TYPES]).describe("The finding type (README: Finding types).");

export const Evidence = z.object({
  disguises: z.array(z.enum(DISGUISES)).describe("Disguises undone inside the finding's span."),
  contextWords: z.array(z.string()).describe("Words around it that raised (or were required for) the finding."),
});

const findingCore = {
  type: FindingType,
  start: z.number().int().describe("UTF-16 index into the text as sent (inclusive)."),
  end: z.number().int().describe("UTF-16 index into the text as sent (exclusive)."),
  confidence: z.number().min(0).max(1),
  clause: z.string().describe("The POLICY.md clause that makes it contact information (C1–C9) or allowed content (S1–S3)."),
  recognizer: z.string().describe("The recognizer that found it, e.g. `phone.libphonenumber`."),
  evidence: Evidence,
  platform: z.string().optional().describe("For messenger and social findings and platform links."),
  allowedBy: z.string().optional().describe("The clause that allows it here, when one does (E1–E6, S5), or `allowlist` when the preset's or the request's allowlist names its value."),
  phone: PhoneInfoSchema.optional(),
};

/** A finding as a check answers it (FindingJson): the caller sent the text, so it gets the slice and the value. */
export const Finding = z.object({
  ...findingCore,
  text: z.string().describe("The slice of the text, `text.slice(start, end)`."),
  value: z.string().describe("Normalized: E.164 phone, lower-case email, canonical link, `platform:handle`."),
  splitFrom: z
    .array(z.object({ index: z.number().int().describe("Index into `context.history`."), text: z.string(), at: z.string().optional() }))
    .optional()
    .describe("Earlier messages of the same sender the finding was assembled from."),
});

/** A finding as the decision log keeps it: raw text and value only with STORE_TEXT, a keyed hash always. */
export const StoredFinding = z.object({
  ...findingCore,
  text: z.string().optional().describe("Only with STORE_TEXT=1."),
  value: z.string().optional().describe("Only with STORE_TEXT=1."),
  valueHash: z.string().describe("HMAC-SHA256 of the value under the ledger's secret (`hmac-sha256:` + hex): repeats hash alike."),
  splitFrom: z.array(z.object({ index: z.number().int(), at: z.string().optional(), text: z.string().optional() })).optional(),
});

export const Standing = z
  .object({
    accountId: z.string(),
    activeViolations: z.number().int().describe("Violations counting towards the ladder (not expired, not overturned, not held)."),
    totalViolations: z.number().int(),
    ladderStep: z.number().int().describe("0 = clean; 1st violation → 1 (warning), and so on (README: the enforcement ladder)."),
    penalty: z.string().nullable().describe("The ladder step's penalty: warning, badge_loss, restricted, suspended."),
    badgesRemoved: z.boolean(),
    restrictedUntil: time("Until when the account may not send contact-bearing content").nullable(),
    suspended: z.boolean(),
    pendingReview: z.number().int().describe("Held (`review`) decisions waiting for a reviewer: not strikes (yet)."),
  })
  .describe("An account's standing on the enforcement ladder.");

/** POST /v1/check: the decision, and the sender's standing after it. */
export const CheckResult = z
  .object({
    decisionId: z.string().nullable().describe("The decision log id; null for a preview (not recorded)."),
    violation: z.boolean(),
    decision: z.enum(DECISIONS),
    message: z.string().describe("The policy's message for the writer, in `context.language` when the preset has it."),
    clauses: z.array(z.string()).describe("The POLICY.md clauses the decision rests on."),
    findings: z.array(Finding),
    redactedText: z.string().optional().describe("The text with contact details masked, when something was found."),
    policy: z.object({ id: z.string(), version: z.string() }),
    standing: Standing.nullable().describe("The sender's standing after this decision; null when the context names no sender."),
    recorded: z.boolean().describe("False for a preview and for an idempotent replay of an earlier decision."),
    // Issue 20: shadow mode.
    shadow: z.literal(true).optional().describe("Present only on a shadow answer (`mode: shadow`, or the preset's `rollout: shadow`): the decision above is `allow` with nothing found; the real one is `wouldDecide`."),
    wouldDecide: z
      .object({
        decision: z.enum(DECISIONS),
        violation: z.boolean(),
        clauses: z.array(z.string()),
        message: z.string(),
        findings: z.array(Finding),
        redactedText: z.string().optional(),
      })
      .optional()
      .describe("A shadow answer's decision as it would have been enforced (recorded in the log with `shadow: true`; no violation counted)."),
  })
  .describe("A decision on one text.");

/** One item of a batch that could not be decided: its own 4xx, or internal_error; the other items are unaffected. */
export const ItemError = z
  .object({ error: z.object({ code: z.enum(ERROR_CODES).describe("A code from the error registry (docs/errors.md)."), message: z.string() }) })
  .describe("An item that could not be decided (its own error; the other items are decided regardless).");

export const BatchResult = z
  .object({
    results: z.array(z.union([CheckResult, ItemError])).describe("One entry per item, in order: its decision or its error."),
  })
  .describe("One result per item: the batch answers 200 whenever its body is valid.");

const BBox = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() }).describe("A rectangle in image pixels.");

/** Where in the file a finding is (documents/types.ts Location). */
export const Location = z
  .union([
    z.object({ kind: z.literal("page"), page: z.number().int(), line: z.number().int() }),
    z.object({ kind: z.literal("ocr"), page: z.number().int().optional(), line: z.number().int(), bbox: BBox }),
    z.object({ kind: z.literal("qr"), page: z.number().int().optional(), bbox: BBox }),
    z.object({
      kind: z.literal("paragraph"),
      part: z.enum(["body", "header", "footer", "footnote", "endnote", "comment", "textbox"]),
      paragraph: z.number().int(),
      table: z.object({ table: z.number().int(), row: z.number().int(), cell: z.number().int() }).optional(),
      hyperlink: z.boolean().optional(),
    }),
    z.object({ kind: z.literal("line"), line: z.number().int() }),
    z.object({ kind: z.literal("cell"), row: z.number().int(), column: z.number().int() }),
    z.object({ kind: z.literal("file_name") }),
    z.object({ kind: z.literal("card"), card: z.number().int(), property: z.string(), line: z.number().int() }),
  ])
  .describe("Where in the file: pages, lines, paragraphs, rows and cards count from 1.");

const DocumentKind = z
  .union([
    z.object({ kind: z.string(), source: z.literal("context") }),
    z.object({
      source: z.literal("content"),
      kind: z.enum(DOCUMENT_KINDS),
      confidence: z.number(),
      cues: z.array(z.string()),
      applied: z.boolean().describe("Whether the guess was confident enough for the policy to use."),
      named: z.boolean(),
    }),
  ])
  .describe("How the document kind the policy used was settled: from the context, or guessed from the content.");

/** POST /v1/check/file: a check's answer, plus the file and each finding's place in it. */
const FileFindingSchema = Finding.extend({ location: Location.optional() });
export const FileCheckResult = CheckResult.extend({
  findings: z.array(FileFindingSchema),
  wouldDecide: CheckResult.shape.wouldDecide.unwrap().extend({ findings: z.array(FileFindingSchema) }).optional().describe("A shadow answer's decision as it would have been enforced, its findings with their places in the file."),
  file: z
    .object({
      name: z.string().nullable(),
      type: z.enum(FILE_TYPES).describe("Identified from the bytes, never from the name."),
      mime: z.string(),
      size: z.number().int(),
      pages: z.number().int().optional(),
      ocrPages: z.number().int().optional(),
      warnings: z.array(z.string()),
    })
    .optional()
    .describe("Absent on an idempotent replay (the recorded answer)."),
  document: DocumentKind.nullable().optional(),
}).describe("A decision on one file.");

/** A decision log entry (GET /v1/decisions/:id). */
export const DecisionRecordSchema = z
  .object({
    id: z.string(),
    requestId: z.string(),
    idempotencyKey: z.string().nullable().optional(),
    idempotencyScope: z.string().nullable().optional().describe("Whose idempotency key it is (an API key's id, `stream`)."),
    requestHash: z.string().nullable().optional(),
    senderId: z.string().nullable().optional(),
    recipientId: z.string().nullable().optional(),
    surface: z.string(),
    decision: z.enum(DECISIONS),
    violation: z.boolean(),
    clauses: z.array(z.string()),
    findings: z.array(StoredFinding),
    context: z.record(z.string(), z.unknown()).describe("A summary of the check context (parties, contract, exception, document; not the history texts)."),
    message: z.string(),
    textHash: z.string().describe("SHA-256 of the text (hex)."),
    redactedText: z.string().nullable().optional(),
    body: z.string().nullable().optional().describe("The text itself: only with STORE_TEXT=1."),
    policyId: z.string(),
    policyVersion: z.string(),
    reviewStatus: z.enum(["pending", "allowed", "rejected"]).nullable().optional().describe("For `review` decisions: `pending` until a reviewer answers `allowed` or `rejected`."),
    reviewedBy: z.string().nullable().optional(),
    reviewedAt: time("When it was reviewed").nullable().optional(),
    createdAt: time("When it was decided"),
    seq: z.string().optional().describe("Its place in the log (the cursor of GET /v1/decisions)."),
    shadow: z.boolean().optional().describe("A shadow decision (issue 20): what would have been enforced; the caller was answered `allow` and no violation was counted."),
  })
  .describe("A decision as the log keeps it.");

export const DecisionPage = z.object({
  items: z.array(DecisionRecordSchema).describe("Newest first."),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last one."),
});

export const DecisionsPerDay = z.object({
  days: z.array(z.object({ day: z.string().describe("YYYY-MM-DD"), decision: z.enum(DECISIONS), count: z.number().int() })).describe("The last 30 days, one entry per day and decision."),
});

// Issue 20: the leakage dashboard (GET /v1/stats); the definitions are ledger/leakage-stats.ts's.
const count = (what: string) => z.number().int().min(0).describe(what);
const modeCounts = {
  requests: count("Enforced decisions recorded."),
  violations: count("Of those, violations."),
  shadowRequests: count("Shadow decisions recorded (what would have been enforced)."),
  shadowViolations: count("Of those, would-be violations."),
};
const rate = (what: string) => z.number().min(0).max(1).describe(what);
export const Breakdown = z.object({
  key: z.string(),
  requests: modeCounts.requests,
  violations: modeCounts.violations,
  shadowViolations: count("Shadow decisions under this key that would have been violations."),
});
const breakdown = (what: string) => z.array(Breakdown).describe(`${what}; most violations first (enforced, then shadow), then most requests.`);
export const LeakageStatsSchema = z
  .object({
    from: time("The window's start (inclusive)"),
    to: time("The window's end (exclusive)"),
    totals: z.object({
      ...modeCounts,
      conversations: count("Conversations in the window: a conversationId, else the unordered sender/recipient pair (a decision with neither is in none)."),
      conversationsLeaving: count("Conversations with at least one violation (enforced or shadow) before a contract (no active or closed contract in its context)."),
      leavingShare: rate("conversationsLeaving / conversations (0 without conversations)."),
    }),
    perDay: z
      .array(z.object({ day: z.string().describe("YYYY-MM-DD (UTC)"), ...modeCounts }))
      .describe("Every UTC day of the window, oldest first, with zeros for days without decisions (a window over 400 days lists only the days with decisions)."),
    byType: breakdown("Per finding type (a decision counts once per type it has)"),
    bySurface: breakdown("Per surface"),
    byLanguage: breakdown("Per language (context.language; `unknown` when none was given)"),
    byDisguise: breakdown("Per disguise family undone in the findings (a clean or undisguised decision has none)"),
    byClause: breakdown("Per clause cited"),
    repeatOffenders: z
      .array(
        z.object({
          accountId: z.string(),
          violations: count("Enforced violations in the window."),
          shadowViolations: count("Shadow would-be violations in the window."),
          lastAt: time("Their latest violation"),
        }),
      )
      .describe("Senders with at least two violations (enforced + shadow) in the window: the 20 with the most, then the latest."),
    recognizers: z
      .array(
        z.object({
          recognizer: z.string(),
          flagged: count("Enforced violation decisions with a finding of this recognizer."),
          disputed: count("Of those, the ones with a false-alarm report (a dispute)."),
          overturned: count("Of those flagged, the ones found not to be violations: a dispute overturned, or a held decision a reviewer allowed."),
          disputedRate: rate("disputed / flagged (0 when nothing was flagged)."),
          overturnedRate: rate("overturned / flagged (0 when nothing was flagged)."),
        }),
      )
      .describe("Per recognizer, most flagged first: how often its findings are disputed and overturned."),
  })
  .describe("The leakage dashboard over a window of the decision log.");

export const Violation = z.object({
  id: z.string(),
  accountId: z.string(),
  decisionId: z.string(),
  types: z.array(FindingType),
  clauses: z.array(z.string()),
  ladderStep: z.number().int(),
  penalty: z.string(),
  status: z
    .enum(["held", "active", "dismissed", "overturned"])
    .describe("`held`: from a `review` decision, a strike once a reviewer rejects it (or its review time-out passes); `dismissed`: a reviewer allowed it; `overturned`: by appeal or a false-alarm report (dispute)."),
  createdAt: time("When it started counting (for a held one, when it was held)"),
  expiresAt: time("When it stops counting"),
  heldAt: time("When it was held").nullable().optional(),
  reviewDueAt: time("When a held one counts without a review").nullable().optional(),
  appeal: z.object({ id: z.string(), status: z.enum(["pending", "upheld", "overturned"]) }).nullable().optional(),
});

export const AccountViolations = z.object({ standing: Standing, violations: z.array(Violation) });

export const Account = z.object({
  accountId: z.string(),
  decisions: z.number().int().describe("Decisions recorded for messages this account sent."),
  violations: z.number().int().describe("Of those, the ones that were violations (whatever became of them since)."),
  lastDecisionAt: time("Its latest decision"),
  standing: Standing,
});
export const AccountPage = z.object({
  items: z.array(Account).describe("Every sender the ledger knows, by id."),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last."),
});

export const Appeal = z.object({
  id: z.string(),
  violationId: z.string(),
  accountId: z.string(),
  reason: z.string(),
  status: z.enum(["pending", "upheld", "overturned"]).describe("`upheld`: the violation stands; `overturned`: it is removed and the standing recomputed."),
  resolvedBy: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: time("When it was filed"),
  resolvedAt: time("When it was resolved").nullable(),
});

export const AppealList = z.object({ items: z.array(Appeal).describe("Newest first (at most 500).") });
export const AppealResolution = z.object({ appeal: Appeal, standing: Standing.describe("The account's standing after the outcome.") });

/** A false-alarm report (issue 20). */
export const Dispute = z
  .object({
    id: z.string(),
    decisionId: z.string(),
    accountId: z.string().nullable().describe("The sender who reported it (on whose behalf the platform did)."),
    reason: z.string().nullable(),
    status: z.enum(["pending", "upheld", "overturned"]).describe("`pending` until a reviewer answers; `upheld`: it was contact information; `overturned`: a false alarm (its violation, if any, is overturned)."),
    createdAt: time("When it was reported"),
    resolvedBy: z.string().nullable().optional(),
    note: z.string().nullable().optional().describe("The reviewer's note."),
    resolvedAt: time("When a reviewer resolved it").nullable().optional(),
  })
  .describe("The sender's report that a decision's finding is not contact information.");
export const DisputeAnswer = z.object({
  dispute: Dispute,
  created: z.boolean().describe("false: the decision was already disputed, and this is that dispute as it stands."),
});

/** A decision with its false-alarm report, when it has one (the review queue, its verdicts, GET /v1/decisions/:id). */
export const DisputedDecisionSchema = DecisionRecordSchema.extend({ dispute: Dispute.optional() }).describe("A decision as the log keeps it, with its dispute when it has one.");

export const ReviewQueue = z.object({
  items: z.array(DisputedDecisionSchema).describe("Decisions with reviewStatus `pending` and decisions with a pending dispute, oldest first (at most 100)."),
});
export const ReviewResolution = DisputedDecisionSchema.extend({
  standing: Standing.nullable().describe("The sender's standing after the outcome; null when the decision recorded no violation."),
}).describe("The reviewed decision, with the sender's standing.");

export const ApiKey = z.object({ id: z.string(), role: z.enum(ROLES), name: z.string().nullable(), createdAt: time("When it was made"), revokedAt: time("When it was revoked").nullable() });
export const ApiKeyList = z.object({ items: z.array(ApiKey).describe("Every key, revoked ones included, newest first.") });
export const CreatedKey = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  name: z.string().nullable(),
  key: z.string().describe("The key itself: in this answer only (the ledger keeps its hash)."),
});

export const Health = z.object({ status: z.literal("ok") });
export const Ready = z.object({ status: z.literal("ready"), database: z.enum(["pglite", "postgres"]) });

/*
 * The compile-time half of the contract. `Describes<S, T>` holds when the schema's output is a `T`
 * (never looser than the code's type, field by field) and has exactly the keys of `T`. The schemas
 * may be more precise than the types (`decision` is a string in DecisionRecord, one of DECISIONS
 * here), never different.
 */
type Describes<S extends z.ZodType, T> = [z.output<S>] extends [T] ? ([keyof T] extends [keyof z.output<S>] ? ([keyof z.output<S>] extends [keyof T] ? true : false) : false) : false;
function describes<S extends z.ZodType, T>(ok: Describes<S, T>): void {
  void ok;
}
type FileFinding = FindingJson & { location?: LocationRecord };
describes<typeof Finding, FindingJson>(true);
describes<typeof StoredFinding, StoredFindingRecord>(true);
describes<typeof Standing, StandingRecord>(true);
describes<typeof CheckResult, CheckResponse>(true);
describes<typeof FileCheckResult, Omit<FileCheckResponse, "findings"> & { findings: FileFinding[] }>(true);
describes<typeof Location, LocationRecord>(true);
describes<typeof DecisionRecordSchema, Omit<DecisionRecord, "findings"> & { findings: StoredFindingRecord[] }>(true);
describes<typeof Violation, ViolationRecord>(true);
describes<typeof Appeal, AppealRecord>(true);
describes<typeof Dispute, DisputeRecord>(true);
describes<typeof DisputedDecisionSchema, Omit<DecisionRecord, "findings"> & { findings: StoredFindingRecord[]; dispute?: DisputeRecord }>(true);
describes<typeof Account, KnownAccount>(true);
describes<typeof ApiKey, ApiKeyRecord>(true);
describes<typeof Breakdown, BreakdownRecord>(true);
describes<typeof LeakageStatsSchema, LeakageStatsRecord>(true);
