import type { CheckContext } from "../context.js";
import type { PolicyFinding } from "../engine.js";
import { movesTheWork } from "./e7-channel.js";
import { FEE_AVOIDANCE, NO_SAY, allowAll, type PolicyRule, type RuleInput } from "./rule.js";

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
 * After a closed contract, the proposals that take the next job off the platform (E6: "to avoid the
 * fee is C9"): moving the payment, dodging the fee, the work talk to another channel, and a channel
 * proposal in a message that names the next job ("el próximo proyecto lo hacemos por fuera"). None when
 * the message says the conversion fee is paid, unless it also proposes to dodge a fee.
 */
function nextJobOff({ contact, signals }: RuleInput): PolicyFinding[] {
  const off = contact.filter((f) => f.type === "off_platform");
  if (off.length === 0) return [];
  const work = off.filter((f) => movesTheWork(f) || signals.nextJob);
  if (work.length === 0) return [];
  if (signals.conversionFee && !work.some((f) => f.value === FEE_AVOIDANCE)) return [];
  return work;
}

/**
 * W1 / E6: once the contract has started (a test-project contract counts) sharing is free; after it
 * closes it is free too, with the notice that future work stays on the platform. Proposing to do the
 * next job off the platform without the conversion fee is not covered: the rest of the message is (E6),
 * the proposal is left to the later rules and is a violation (C9).
 */
export const w1Contract: PolicyRule = {
  id: "w1-contract",
  clauses: ["W1", "E6"],
  describe: "After the contract starts, contact information is allowed (with a notice once the contract is closed); after it closes, proposing the next job off the platform is not.",
  apply(input) {
    const { context, now, preset } = input;
    if (context.contract?.status === "closed") {
      const off = nextJobOff(input);
      if (off.length === 0) return allowAll(input, "E6", "notice", preset.messages.closedContract);
      const rest = input.contact.filter((f) => !off.includes(f));
      return rest.length > 0 ? { kind: "cover", clause: "E6", findings: rest } : NO_SAY;
    }
    if (contractStarted(context, now)) return allowAll(input, "E6", "allow", "");
    return NO_SAY;
  },
};
