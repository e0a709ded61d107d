import type { MpUser } from "./repository.js";
import type { DecisionRecord } from "contactguard/server";
import type { MarketDeps } from "./deps.js";
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
    return {
      decision: d,
      kind: report ? ("report" as const) : message ? ("held_message" as const) : ("other" as const),
      report,
      // The reviewer reads the text in question; the decision log itself keeps only a hash and the masked text.
      message: message ? { id: message.id, roomId: message.roomId, senderId: message.senderId, body: message.body, status: message.status } : null,
    };
  });
}

/**
 * A held message is delivered (allowed) or stays undelivered (rejected); a report is dismissed
 * (allowed: the message stays) or upheld (rejected: the message is removed from the room).
 */
export async function resolveReview(deps: MarketDeps, reviewer: MpUser, decisionId: string, outcome: "allowed" | "rejected") {
  const decision = await deps.repo.resolveReview(decisionId, outcome, reviewer.id, deps.now());
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

export async function accountsOverview(deps: MarketDeps) {
  const users = (await deps.market.listUsers()).filter((u) => u.role !== "reviewer");
  const standings = await deps.repo.standings(users.map((u) => u.id));
  return users.map((u, i) => ({ user: publicUser(u), standing: standings[i]! }));
}

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
