import type { AppealRecord, DecisionRecord, FindingJson, Standing, ViolationRecord } from "contactguard/server";
import type { ATTACHMENT_LIMIT } from "../../server/limits";
import type { accountsOverview, accountView, appealsView, decisionDetail, decisionStats, resolveReviews, reviewQueue } from "../../server/moderation";
import type { Job as JobRecord, PortfolioItem } from "../../server/repository";
import type { attachmentView, contractView, MessageView, publicUser, roomView } from "../../server/rooms";
import type { PreviewResult, PublicVerdict, RefusalFinding } from "../../server/verdict";
import type { FormPreview as FormPreviewResult, FormTarget } from "../../server/forms";
import type { DisputeRecord, LeakageStats as LeakageStatsRecord } from "contactguard/server";

/*
 * The shapes the marketplace API returns, never written twice: the guard's own records come from the
 * package, the marketplace's views are the return types of the server functions that build them
 * (examples/marketplace/server). Types only, so none of that code reaches the bundle.
 */

export type { Standing };
/** A violation on the ladder, with its appeal (the account page and the console). */
export type Violation = ViolationRecord;
export type Appeal = AppealRecord;
/** The spans a verdict or a refusal marks. */
export type SpanFinding = RefusalFinding;
/** The reply to a send or an edit. */
export type Verdict = PublicVerdict;
/** The composer's pre-send check. */
export type Preview = PreviewResult;
/** A form's pre-submit check, and what it asks for (POST /forms/preview). */
export type FormPreview = FormPreviewResult;
export type FormPreviewRequest = FormTarget & { fields: Record<string, string> };
/**
 * A row of the decision log. Its findings are the enforcer's (FindingJson) or, for a reported message,
 * the report's spans: the console reads only the span fields both have.
 */
export type Decision = Omit<DecisionRecord, "findings"> & { findings: SpanFinding[] };

/** A user as others see them; `/me` and profiles add the bio. */
export type User = ReturnType<typeof publicUser> & { bio?: string };
export type Limits = typeof ATTACHMENT_LIMIT;
/** A contract with whether it has started (W1). */
export type Contract = NonNullable<ReturnType<typeof contractView>>;
export type Message = MessageView;
export type Attachment = ReturnType<typeof attachmentView>;
export type RoomView = Awaited<ReturnType<typeof roomView>>;
export type Job = JobRecord & { client: User | null };
export type AccountView = Awaited<ReturnType<typeof accountView>>;
/** A ladder step as the account page shows it: the preset's step and its number. */
export type LadderStep = AccountView["ladder"][number];
export type { PortfolioItem };
/** A held or reported message waiting for a reviewer. */
export type QueueItem = Awaited<ReturnType<typeof reviewQueue>>[number];
/** An appeal with the violation and the decision it is about. */
export type AppealItem = Awaited<ReturnType<typeof appealsView>>[number];

// -- the moderation console (issue 19) --------------------------------------------------------------
/** A finding as the decision log keeps it: without STORE_TEXT no raw `text`/`value`, a `valueHash` instead. */
export type LoggedFinding = Omit<FindingJson, "text" | "value"> & { text?: string; value?: string; valueHash?: string };
/** A decision with the findings as logged (a report's decision keeps the same fields). */
export type LoggedDecision = Omit<DecisionRecord, "findings"> & { findings: LoggedFinding[] };
type Detail = Awaited<ReturnType<typeof decisionDetail>>;
/** One decision for the console: the text the reviewer may read with the spans located, the sender, the conversation. */
export type DecisionDetail = Omit<Detail, "decision"> & { decision: LoggedDecision };
/** The text a reviewer reads for a decision, and where each finding is in it (server/decision-view.ts). */
export type TextView = Detail["view"];
export type DecisionStats = Awaited<ReturnType<typeof decisionStats>>;
/** A sender the ledger knows, with the marketplace's user when it has one. */
export type AccountRow = Awaited<ReturnType<typeof accountsOverview>>["items"][number];
export type BulkResult = Awaited<ReturnType<typeof resolveReviews>>;
/** The leakage dashboard (issue 20): headline figures, per day, breakdowns, repeat offenders, recognizer precision. */
export type LeakageStats = LeakageStatsRecord;
export type Breakdown = LeakageStats["byType"][number];
/** A sender's "this is not contact information" report and where it stands. */
export type Dispute = DisputeRecord;
