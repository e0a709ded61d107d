import type { z } from "zod";
import type { BatchBodyDoc, CheckBodyDoc, AppealBody, AppealResolveBody, DisputeBody, ReviewResolveBody } from "./schemas.js";
import type { KeyCreateBody } from "./routes/admin.js";
import type * as R from "./responses.js";

/*
 * One request and one answer per operation, as /openapi.json shows them. Typed by the schemas they
 * illustrate, and validated against the published document by test/surfaces/http/openapi.test.ts;
 * the answers are modelled on real ones from the service (ids replaced by fixed placeholders).
 */

type In<S extends z.ZodType> = z.input<S>;
type Out<S extends z.ZodType> = z.output<S>;

const DECISION_ID = "3f1c2a9e-5b7d-4e1f-9a2b-7c8d9e0f1a2b";
const VIOLATION_ID = "8a6b4c2d-1e3f-4a5b-8c7d-9e0f1a2b3c4d";
const APPEAL_ID = "c4d5e6f7-a8b9-4c0d-8e1f-2a3b4c5d6e7f";
const DISPUTE_ID = "5e2d7c1a-9b3f-4d6e-a1c8-0f7b2e4d6a93";
const KEY_ID = "0d1cbff4-6253-4f17-b1f5-71c95d919274";
const AT = "2026-12-07T16:53:36.632Z";
const POLICY = { id: "marketplace-default", version: "2026-12-07.1" };

const context = {
  surface: "message",
  sender: { id: "fl-123", role: "freelancer", plan: "basic" },
  recipient: { id: "cl-9", role: "client", plan: "basic" },
  contract: { status: "none" },
} satisfies In<typeof CheckBodyDoc>["context"];

export const checkRequest: In<typeof CheckBodyDoc> = { text: "call me at (415) 555-0199", context, idempotencyKey: "msg-20931", mode: "enforce" };

const standingAfter: Out<typeof R.Standing> = {
  accountId: "fl-123",
  activeViolations: 1,
  totalViolations: 1,
  ladderStep: 1,
  penalty: "warning",
  badgesRemoved: false,
  restrictedUntil: null,
  suspended: false,
  pendingReview: 0,
};
const standingClean: Out<typeof R.Standing> = { ...standingAfter, activeViolations: 0, totalViolations: 0, ladderStep: 0, penalty: null };

const MESSAGE =
  "Sharing contact information before a contract starts is against our Terms of Service. Please remove it; you can share it freely once the contract starts. What we found: a proposal to move the conversation or the payment off the platform and a phone number. Rules: C1, C9, W1.";

export const checkResponse: Out<typeof R.CheckResult> = {
  decisionId: DECISION_ID,
  violation: true,
  decision: "warn",
  message: MESSAGE,
  clauses: ["C1", "C9", "W1"],
  findings: [
    {
      type: "off_platform",
      start: 0,
      end: 10,
      text: "call me at",
      value: "off_platform:channel",
      confidence: 0.7,
      clause: "C9",
      recognizer: "phrase.off_platform",
      evidence: { disguises: [], contextWords: ["call me", "at"] },
    },
    {
      type: "phone",
      start: 11,
      end: 25,
      text: "(415) 555-0199",
      value: "+14155550199",
      confidence: 0.95,
      clause: "C1",
      recognizer: "phone.libphonenumber",
      evidence: { disguises: [], contextWords: ["call"] },
    },
  ],
  redactedText: "call me at [phone hidden]",
  policy: POLICY,
  standing: standingAfter,
  recorded: true,
};

export const batchRequest: In<typeof BatchBodyDoc> = {
  items: [
    { text: "Budget $3,000, start 2026-04-01", context },
    { text: "see you tomorrow", context: { ...context, now: "yesterday" } },
    { text: "call me at (415) 555-0199", context, mode: "shadow" },
  ],
};

// A decision without findings has no redactedText at all.
const { redactedText: _redacted, ...allowed } = checkResponse;
export const batchResponse: Out<typeof R.BatchResult> = {
  results: [
    { ...allowed, decisionId: "20e268ad-73ad-4a1a-ae86-3831637ff180", violation: false, decision: "allow", message: "", clauses: [], findings: [] },
    { error: { code: "invalid_context", message: "context.now: must be an ISO 8601 date-time" } },
    // Shadow mode (issue 20): answered allow, recorded as what it would have been; the standing is unchanged.
    {
      ...allowed,
      decisionId: "5e0a7d3c-2b19-4f6e-8d4a-1c3b5e7f9a0d",
      violation: false,
      decision: "allow",
      message: "",
      clauses: [],
      findings: [],
      standing: standingClean,
      shadow: true,
      wouldDecide: {
        decision: checkResponse.decision,
        violation: checkResponse.violation,
        clauses: checkResponse.clauses,
        message: checkResponse.message,
        findings: checkResponse.findings,
        redactedText: checkResponse.redactedText!,
      },
    },
  ],
};

export const fileRequest = { file: "(the file's bytes)", context: { ...context, surface: "attachment" as const }, mode: "enforce" as const };

export const fileResponse: Out<typeof R.FileCheckResult> = {
  ...checkResponse,
  message: MESSAGE.replace("a proposal to move the conversation or the payment off the platform and a phone number", "a phone number").replace("C1, C9, W1", "C1, W1"),
  clauses: ["C1", "W1"],
  findings: [{ ...checkResponse.findings[1]!, start: 31, end: 45, location: { kind: "line", line: 2 } }],
  redactedText: "Portfolio and rates\nCall me on [phone hidden]",
  file: { name: "rates.txt", type: "text", mime: "text/plain", size: 45, warnings: [] },
  document: null,
};

// The same file in shadow mode (issue 20): answered allow; what would have been enforced, with its places, in wouldDecide.
export const fileShadowRequest = { ...fileRequest, mode: "shadow" as const };
const { redactedText: _fileRedacted, ...fileAllowed } = fileResponse;
export const fileShadowResponse: Out<typeof R.FileCheckResult> = {
  ...fileAllowed,
  decisionId: "7c2e9b14-3f5a-4d8e-b6a1-0e9f8d7c6b5a",
  decision: "allow",
  violation: false,
  message: "",
  clauses: [],
  findings: [],
  standing: standingClean,
  shadow: true,
  wouldDecide: {
    decision: fileResponse.decision,
    violation: fileResponse.violation,
    clauses: fileResponse.clauses,
    message: fileResponse.message,
    findings: fileResponse.findings,
    redactedText: fileResponse.redactedText!,
  },
};

const storedFindings: Out<typeof R.StoredFinding>[] = checkResponse.findings.map(({ text: _t, value: _v, ...kept }, i) => ({
  ...kept,
  valueHash: `hmac-sha256:${i ? "d03cb20e576b04ab072bf084831118634f4c6fd5943840624e995dc970679aa7" : "177506d89d8bc1b3f8d021a0f83f0f6925caa81cd9fee047a8048d4faf422afa"}`,
}));

export const decisionRecord: Out<typeof R.DecisionRecordSchema> = {
  id: DECISION_ID,
  requestId: "908d3989-a607-4ea0-9bba-485d29b23dd5",
  idempotencyKey: "msg-20931",
  idempotencyScope: KEY_ID,
  requestHash: "5b1f0c2e9d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c",
  senderId: "fl-123",
  recipientId: "cl-9",
  surface: "message",
  decision: "warn",
  violation: true,
  clauses: ["C1", "C9", "W1"],
  findings: storedFindings,
  context: { ...context, now: null, document: null, exception: null, relationship: null, historyLength: 0 },
  message: MESSAGE,
  textHash: "d82dffa7853ed51ea7e9fbe0454cdf2eb537400ef3956e1bff9c1d286bff6708",
  redactedText: "call me at [phone hidden]",
  body: null,
  policyId: POLICY.id,
  policyVersion: POLICY.version,
  reviewStatus: null,
  reviewedBy: null,
  reviewedAt: null,
  createdAt: AT,
  seq: "41",
  shadow: false,
};

export const decisionPage: Out<typeof R.DecisionPage> = { items: [decisionRecord], nextCursor: "41" };

export const decisionsPerDay: Out<typeof R.DecisionsPerDay> = {
  days: [
    { day: "2026-12-07", decision: "allow", count: 118 },
    { day: "2026-12-07", decision: "warn", count: 6 },
  ],
};

export const leakageStats: Out<typeof R.LeakageStatsSchema> = {
  from: "2026-11-07T00:00:00.000Z",
  to: "2026-12-08T00:00:00.000Z",
  totals: { requests: 41_220, violations: 3_904, shadowRequests: 5_130, shadowViolations: 488, conversations: 9_812, conversationsLeaving: 1_377, leavingShare: 0.1403 },
  perDay: [
    { day: "2026-12-06", requests: 1_402, violations: 131, shadowRequests: 170, shadowViolations: 17 },
    { day: "2026-12-07", requests: 1_388, violations: 127, shadowRequests: 166, shadowViolations: 15 },
  ],
  byType: [
    { key: "phone", requests: 2_311, violations: 2_214, shadowViolations: 270 },
    { key: "messenger", requests: 1_046, violations: 1_001, shadowViolations: 131 },
  ],
  bySurface: [{ key: "message", requests: 30_110, violations: 3_322, shadowViolations: 401 }],
  byLanguage: [
    { key: "en", requests: 28_900, violations: 2_650, shadowViolations: 330 },
    { key: "unknown", requests: 3_020, violations: 301, shadowViolations: 35 },
  ],
  byDisguise: [{ key: "number_word", requests: 402, violations: 398, shadowViolations: 51 }],
  byClause: [{ key: "C1", requests: 3_880, violations: 3_880, shadowViolations: 485 }],
  repeatOffenders: [{ accountId: "fl-123", violations: 4, shadowViolations: 1, lastAt: AT }],
  recognizers: [{ recognizer: "phone.libphonenumber", flagged: 2_108, disputed: 64, overturned: 21, disputedRate: 0.0304, overturnedRate: 0.01 }],
};
export const leakageStatsCsv =
  "section,key,day,requests,violations,shadow_requests,shadow_violations,conversations,conversations_leaving,leaving_share,flagged,disputed,overturned,disputed_rate,overturned_rate,last_at\r\n" +
  "totals,2026-11-07T00:00:00.000Z/2026-12-08T00:00:00.000Z,,41220,3904,5130,488,9812,1377,0.1403,,,,,,\r\n" +
  "day,,2026-12-07,1388,127,166,15,,,,,,,,,\r\n" +
  "type,phone,,2311,2214,,270,,,,,,,,,\r\n";

const violation: Out<typeof R.Violation> = {
  id: VIOLATION_ID,
  accountId: "fl-123",
  decisionId: DECISION_ID,
  types: ["off_platform", "phone"],
  clauses: ["C1", "C9", "W1"],
  ladderStep: 1,
  penalty: "warning",
  status: "active",
  createdAt: AT,
  expiresAt: "2027-03-07T16:53:36.632Z",
  heldAt: null,
  reviewDueAt: null,
  appeal: null,
};

export const standing = standingAfter;
export const accountPage: Out<typeof R.AccountPage> = {
  items: [{ accountId: "fl-123", decisions: 14, violations: 2, lastDecisionAt: "2026-12-07T10:42:00.000Z", standing: standingAfter }],
  nextCursor: "fl-123",
};
export const accountViolations: Out<typeof R.AccountViolations> = { standing: standingAfter, violations: [violation] };

export const appealRequest: In<typeof AppealBody> = { reason: "It is my office line, shared by mistake" };
export const appeal: Out<typeof R.Appeal> = {
  id: APPEAL_ID,
  violationId: VIOLATION_ID,
  accountId: "fl-123",
  reason: appealRequest.reason,
  status: "pending",
  resolvedBy: null,
  note: null,
  createdAt: "2026-12-07T16:55:02.101Z",
  resolvedAt: null,
};
export const appealList: Out<typeof R.AppealList> = { items: [appeal] };
export const appealResolveRequest: In<typeof AppealResolveBody> = { outcome: "overturned", note: "A business line listed on their public profile." };
export const appealResolution: Out<typeof R.AppealResolution> = {
  appeal: { ...appeal, status: "overturned", resolvedBy: "reviewer", note: appealResolveRequest.note ?? null, resolvedAt: "2026-12-07T17:10:44.530Z" },
  standing: standingClean,
};

const heldDecision: Out<typeof R.DecisionRecordSchema> = {
  ...decisionRecord,
  surface: "profile",
  decision: "review",
  clauses: ["C1"],
  findings: [{ ...storedFindings[1]!, start: 7, end: 17, confidence: 0.6 }],
  message: "This looks like contact information; it will be reviewed before it is published. Rules: C1.",
  redactedText: "Thanks [phone hidden] see you",
  reviewStatus: "pending",
};
export const disputeRequest: In<typeof DisputeBody> = { accountId: "fl-123", reason: "It is a budget figure, not a phone number" };
export const dispute: Out<typeof R.Dispute> = {
  id: DISPUTE_ID,
  decisionId: DECISION_ID,
  accountId: "fl-123",
  reason: disputeRequest.reason ?? null,
  status: "pending",
  createdAt: "2026-12-07T16:58:12.377Z",
  resolvedBy: null,
  note: null,
  resolvedAt: null,
};
export const disputeCreated: Out<typeof R.DisputeAnswer> = { dispute, created: true };
export const disputeExisting: Out<typeof R.DisputeAnswer> = { dispute, created: false };
export const disputedDecision: Out<typeof R.DisputedDecisionSchema> = { ...decisionRecord, dispute };

// Held and disputed decisions queue together, oldest decision first.
export const reviewQueue: Out<typeof R.ReviewQueue> = {
  items: [{ ...heldDecision, id: "6d0f3b8e-2c4a-4e7f-9d1b-3a5c7e9f1b2d", requestId: "1c7e5a3b-9f2d-4b6e-8a0c-2e4f6a8b0d1f", seq: "37" }, disputedDecision],
};
export const reviewResolveRequest: In<typeof ReviewResolveBody> = { outcome: "rejected" };
export const reviewResolution: Out<typeof R.ReviewResolution> = {
  ...heldDecision,
  reviewStatus: "rejected",
  reviewedBy: "reviewer",
  reviewedAt: "2026-12-07T17:12:09.004Z",
  standing: standingAfter,
};

export const keyCreateRequest: In<typeof KeyCreateBody> = { role: "platform", name: "checkout service" };
export const createdKey: Out<typeof R.CreatedKey> = { id: KEY_ID, role: "platform", name: "checkout service", key: "cg_platform_DVhISnkhMC0ItdHymMahvQUSL4JDWTYv" };
const apiKey: Out<typeof R.ApiKey> = { id: KEY_ID, role: "platform", name: "checkout service", createdAt: AT, revokedAt: null };
export const keyList: Out<typeof R.ApiKeyList> = { items: [apiKey] };
export const revokedKey: Out<typeof R.ApiKey> = { ...apiKey, revokedAt: "2026-12-07T18:02:11.000Z" };

export const health: Out<typeof R.Health> = { status: "ok" };
export const ready: Out<typeof R.Ready> = { status: "ready", database: "postgres" };
