import type { LadderRule, LadderStanding } from "../ledger/repository.js";
import type { PolicyPreset } from "../policy/preset.js";

/** The enforcement ladder of X2 as the preset states it: steps by active-violation count, windows in days. */
export type Ladder = PolicyPreset["ladder"];

const DAY_MS = 86_400_000;

/** The ladder step a count of active violations reaches (0: no step yet). */
export function stepFor(ladder: Ladder, count: number): { index: number; penalty: string; days?: number } {
  let chosen = { index: 0, penalty: "none" as string, days: undefined as number | undefined };
  ladder.steps.forEach((s, i) => {
    if (count >= s.atViolation) chosen = { index: i + 1, penalty: s.penalty, days: s.days };
  });
  return chosen;
}

/**
 * An account's standing from its active violations (oldest first): the ladder step of the count,
 * badges lost from the badge step on, a restriction running from the violation that reached it
 * (later ones extend it), suspension at the last step. Pure, so recording and overturning agree.
 */
export function computeStanding(ladder: Ladder, accountId: string, activeTimes: readonly string[], totalViolations: number, now: Date): LadderStanding {
  const count = activeTimes.length;
  const step = stepFor(ladder, count);
  const penalties = ladder.steps.slice(0, step.index).map((s) => s.penalty);
  let restrictedUntil: string | null = null;
  const r = ladder.steps.findIndex((s) => s.penalty === "restriction");
  if (r >= 0 && step.index > r) {
    const last = activeTimes[count - 1] ?? now.toISOString();
    restrictedUntil = new Date(Date.parse(last) + (ladder.steps[r]!.days ?? 7) * DAY_MS).toISOString();
  }
  return {
    accountId,
    activeViolations: count,
    totalViolations,
    ladderStep: step.index,
    penalty: step.index ? step.penalty : null,
    badgesRemoved: penalties.includes("badge_loss"),
    restrictedUntil,
    suspended: penalties.includes("suspension"),
  };
}

/**
 * When a held (`review`) decision counts as a strike although no reviewer resolved it: a queue
 * nobody works must not become a way around the ladder, nor may a held message count at once.
 */
export function reviewDueAt(ladder: Ladder, heldAt: Date): Date {
  return new Date(heldAt.getTime() + ladder.reviewTimeoutDays * DAY_MS);
}

/**
 * The ladder as the ledger applies it inside its transactions: the ledger stays SQL only and never
 * reads the policy; it asks this rule which violations still count and what standing they make.
 */
export function ladderRule(ladder: Ladder): LadderRule {
  return {
    countsFrom: (now) => new Date(now.getTime() - ladder.windowDays * DAY_MS),
    expiresAt: (now) => new Date(now.getTime() + ladder.warningExpiresDays * DAY_MS),
    standing: (accountId, activeTimes, totalViolations, now) => computeStanding(ladder, accountId, activeTimes, totalViolations, now),
    reviewDueAt: (heldAt) => reviewDueAt(ladder, heldAt),
  };
}
