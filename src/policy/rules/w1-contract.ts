import type { CheckContext } from "../context.js";
import { NO_SAY, allowAll, type PolicyRule } from "./rule.js";

/**
 * W1: a contract starts at the earlier of its start date and the acceptance of the offer.
 * The one implementation of "has the contract started" (the marketplace example keeps a copy).
 */
export function contractStarted(context: Pick<CheckContext, "contract">, now: Date): boolean {
  const c = context.contract;
  if (!c || c.status === "none") return false;
  if (c.status === "active" || c.status === "closed") return true;
  const times = [c.startsAt, c.acceptedAt].filter((t): t is string => !!t).map((t) => Date.parse(t));
  return times.some((t) => t <= now.getTime());
}

/**
 * W1 / E6: once the contract has started (a test-project contract counts) sharing is free; after it
 * closes it is free too, with the notice that future work stays on the platform.
 */
export const w1Contract: PolicyRule = {
  id: "w1-contract",
  clauses: ["W1", "E6"],
  describe: "After the contract starts, contact information is allowed (with a notice once the contract is closed).",
  apply(input) {
    const { context, now, preset } = input;
    if (context.contract?.status === "closed") return allowAll(input, "E6", "notice", preset.messages.closedContract);
    if (contractStarted(context, now)) return allowAll(input, "E6", "allow", "");
    return NO_SAY;
  },
};
