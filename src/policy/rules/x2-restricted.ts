import type { CheckContext } from "../context.js";
import { NO_SAY, type PolicyRule } from "./rule.js";

/** Whether the sender's account is suspended, or restricted until a time still to come. */
export function restricted(context: CheckContext, now: Date): boolean {
  const s = context.standing;
  if (!s) return false;
  return s.suspended === true || (!!s.restrictedUntil && Date.parse(s.restrictedUntil) > now.getTime());
}

/**
 * X2: a restricted or suspended account sends nothing until the restriction ends. It comes first:
 * no contract, plan or exception lifts a restriction. The message is blocked even without contact
 * details (it is a violation only when it has some).
 */
export const x2Restricted: PolicyRule = {
  id: "x2-restricted",
  clauses: ["X2"],
  describe: "A restricted or suspended sender's message is blocked, whatever it says.",
  apply({ context, now, contact, preset }) {
    if (!restricted(context, now)) return NO_SAY;
    return {
      kind: "settle",
      verdict: { violation: contact.length > 0, decision: "block", clauses: ["X2", ...contact.map((f) => f.clause)], message: preset.messages.restricted },
    };
  },
};
