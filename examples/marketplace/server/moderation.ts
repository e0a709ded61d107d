import { ContactGuardError } from "contactguard";
import type { Message, MpUser, Report } from "./repository.js";
import { leakageStatsCsv, type DecisionFilter, type DecisionRecord, type LeakageStats } from "contactguard/server";
import type { MarketDeps } from "./deps.js";
import { textView } from "./decision-view.js";
import { forbidden } from "./errors.js";
import { publicUser } from "./rooms.js";

/*
 * The moderation console's reads and writes, and the affected user's side of an appeal. Standing,
 * violations, appeals and the review queue are the guard's own records (repository.ts); this adds
 * what the marketplace knows about them: the held or reported message, the room, the people.
 */

export async function reviewQueue(deps: MarketDeps) {
  const decisions = await deps.repo.reviewQueue(200);
  const ids = decisions.map((d) => d.id);
  const [held, reports] = await Promise.all([deps.market.messagesByDecisions(ids), deps.market.reportsByDecisions(ids)]);
  const reported = await deps.market.messagesByIds(reports.map((r) => r.messageId));
  return decisions.map((d) => {
    const report = reports.find((r) => r.decisionId === d.id) ?? null;
    const message = report ? reported.find((m) => m.id === report.messageId) : held.find((m) => m.decisionId === d.id);
    // Issue 20: the sender said it is not contact information; the reviewer reads their reason.
    const dispute = d.dispute ?? null;
    return {
      decision: d,
      kind: dispute ? ("dispute" as const) : report ? ("report" as const) : message ? ("held_message" as const) : ("other" as const),
      report,
      dispute,
      // The reviewer reads the text in question; the decision log itself keeps only a hash and the masked text.
      message: message ? { id: message.id, roomId: message.roomId, senderId: message.senderId, body: message.body, status: message.status } : null,
      // What was flagged, located in the text the reviewer may read (decision-view.ts).
      view: textView(d, deps.redaction, message?.body),
    };
  });
}

/**
 * A held message is delivered (allowed) or stays undelivered (rejected); a report is dismissed
 * (allowed: the message stays) or upheld (rejected: the message is removed from the room). A
 * disputed decision allowed was a false alarm: its violation is overturned (rejected: it stands).
 */
export async function resolveReview(deps: MarketDeps, reviewer: MpUser, decisionId: string, outcome: "allowed" | "rejected", note?: string) {
  const decision = await deps.repo.resolveReview(decisionId, outcome, reviewer.id, deps.now(), note);
  // Rejecting a held message makes it a strike, allowing it leaves none (issue 16): the checker's cached standing follows.
  if (decision.standing) deps.checker.remember(decision.standing);
  const held = await deps.market.messagesByDecision(decisionId);
  await deps.market.setMessageStatus(held.map((m) => m.id), ["held"], outcome === "allowed" ? "delivered" : "rejected");
  const reports = await deps.market.reportsByDecisions([decisionId]);
  await deps.market.setReportStatus(decisionId, outcome === "allowed" ? "dismissed" : "upheld");
  if (outcome === "rejected") await deps.market.setMessageStatus(reports.map((r) => r.messageId), ["delivered"], "removed");
  return decision;
}

const ladderSteps = (deps: MarketDeps) => deps.ladder.steps.map((s, i) => ({ step: i + 1, atViolation: s.atViolation, penalty: s.penalty, message: s.message, ...(s.days ? { days: s.days } : {}) }));

/** Standing, violations (each with its appeal) and the ladder, for the console or the user themself. */
export async function accountView(deps: MarketDeps, accountId: string) {
  const [user, standing, violations] = await Promise.all([
    deps.market.findUser(accountId),
    deps.repo.standing(accountId),
    deps.repo.listViolations(accountId),
  ]);
  const appeals = (await deps.repo.listAppeals()).filter((a) => a.accountId === accountId);
  return { user: user ? publicUser(user) : null, standing, violations, appeals, ladder: ladderSteps(deps) };
}

/** Every sender the ledger knows (not only the demo's users), a page at a time, with the marketplace's name for those it has. */
export async function accountsOverview(deps: MarketDeps, filter: { q?: string; cursor?: string; limit?: number }) {
  const [page, users] = await Promise.all([deps.repo.listAccounts(filter), deps.market.listUsers()]);
  const byId = new Map(users.map((u) => [u.id, u]));
  return {
    items: page.items.map((a) => {
      const u = byId.get(a.accountId);
      return { ...a, user: u ? publicUser(u) : null };
    }),
    nextCursor: page.nextCursor,
  };
}

/**
 * A reviewer resolves several queue items at once. Each is resolved on its own (one that is gone or
 * already resolved does not stop the others) and reported: its new status, or the error it met.
 */
export async function resolveReviews(deps: MarketDeps, reviewer: MpUser, ids: string[], outcome: "allowed" | "rejected") {
  const results = [];
  for (const id of [...new Set(ids)]) {
    try {
      const d = await resolveReview(deps, reviewer, id, outcome);
      results.push({ id, ok: true as const, reviewStatus: d.reviewStatus ?? outcome });
    } catch (err) {
      const error =
        err instanceof ContactGuardError
          ? { statusCode: err.statusCode, code: err.code as string, message: err.message }
          : { statusCode: 500, code: "internal_error", message: "this item could not be resolved; try it again on its own" };
      results.push({ id, ok: false as const, error });
    }
  }
  return { outcome, resolved: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, results };
}

/** The marketplace message a decision is about: the one it delivered or held, or the one reported. */
async function messageOf(deps: MarketDeps, decisionId: string): Promise<{ message: Message | null; report: Report | null }> {
  const [held, reports] = await Promise.all([deps.market.messagesByDecision(decisionId), deps.market.reportsByDecisions([decisionId])]);
  const report = reports[0] ?? null;
  if (report) return { message: (await deps.market.messagesByIds([report.messageId]))[0] ?? null, report };
  return { message: held[0] ?? null, report: null };
}

/**
 * One decision for the console: the record, its findings located in the text the reviewer may read,
 * the sender's standing (ladder step, active and held violations), and, for a message, the
 * conversation around it in its room (each message linked to the decision that delivered it).
 */
export async function decisionDetail(deps: MarketDeps, id: string) {
  const decision = await deps.repo.getDecision(id);
  const { message, report } = await messageOf(deps, id);
  const senderId = decision.senderId;
  const [user, standing, violations, around] = await Promise.all([
    senderId ? deps.market.findUser(senderId) : null,
    senderId ? deps.repo.standing(senderId) : null,
    senderId ? deps.repo.listViolations(senderId) : [],
    message ? deps.market.messagesAround(message.roomId, message.seq) : null,
  ]);
  return {
    decision,
    view: textView(decision, deps.redaction, message?.body),
    report,
    sender:
      senderId && standing
        ? {
            accountId: senderId,
            user: user ? publicUser(user) : null,
            standing,
            // The strikes that count now, and the ones waiting for a reviewer.
            violations: violations.filter((v) => v.status === "active" || v.status === "held"),
            ladder: ladderSteps(deps),
          }
        : null,
    conversation:
      message && around
        ? {
            roomId: message.roomId,
            flaggedMessageId: message.id,
            messages: around.map((m) => ({ id: m.id, senderId: m.senderId, body: m.body, status: m.status, decision: m.decision, decisionId: m.decisionId, createdAt: m.createdAt, editedAt: m.editedAt })),
          }
        : null,
  };
}

/** The leakage dashboard (issue 20): what tried to leave, where, how, by whom, and how precise each recognizer is in production. */
export const leakage = (deps: MarketDeps, filter: Omit<DecisionFilter, "cursor" | "limit">) => deps.repo.leakageStats(filter);
export const leakageCsv = (stats: LeakageStats) => leakageStatsCsv(stats);

/**
 * The sender reports a decision on their own text as a false alarm ("this is not contact
 * information"): it waits in the review queue; an overturn removes the violation.
 */
export async function disputeDecision(deps: MarketDeps, me: MpUser, decisionId: string, reason: string | undefined) {
  const decision = await deps.repo.getDecision(decisionId);
  if (decision.senderId !== me.id) throw forbidden("only the sender can report a decision on their message as a false alarm");
  return deps.repo.createDispute(decisionId, { accountId: me.id, ...(reason ? { reason } : {}) }, deps.now());
}

export const decisionStats = (deps: MarketDeps, filter: Omit<DecisionFilter, "cursor" | "limit">) => deps.repo.decisionStats(filter);

/** The affected user appeals one of their own violations. */
export async function appeal(deps: MarketDeps, me: MpUser, violationId: string, reason: string) {
  const violation = await deps.repo.getViolation(violationId);
  if (violation.accountId !== me.id) throw forbidden("you can only appeal your own violations");
  return deps.repo.createAppeal(violationId, reason);
}

export async function appealsView(deps: MarketDeps, status?: string) {
  const appeals = await deps.repo.listAppeals(status);
  return Promise.all(
    appeals.map(async (a) => {
      const violation = await deps.repo.getViolation(a.violationId);
      const decision: DecisionRecord | null = await deps.repo.getDecision(violation.decisionId).catch(() => null);
      return { appeal: a, violation, decision };
    }),
  );
}

/** Overturning removes the violation and recomputes the standing; the checker forgets its cached copy. */
export async function resolveAppeal(deps: MarketDeps, reviewer: MpUser, appealId: string, outcome: "upheld" | "overturned", note: string | undefined) {
  const out = await deps.repo.resolveAppeal(appealId, outcome, reviewer.id, note, deps.now());
  deps.checker.remember(out.standing);
  return out;
}
