import type { PolicyPreset } from "../preset.js";
import { NO_SAY, allowAll, type PolicyRule } from "./rule.js";

/** Plans whose parties may share contact information before a contract (E1), by preset switch. */
function exemptPlans(preset: PolicyPreset): ReadonlySet<string> {
  // The older seed exempts the Business plan too; the newer one, and the default preset, do not.
  return new Set(preset.switches.businessPlanExempt ? ["enterprise", "business"] : ["enterprise"]);
}

/** E1: either party on the Enterprise plan (and Business, with the older seed's switch). */
export const e1Plan: PolicyRule = {
  id: "e1-plan",
  clauses: ["E1"],
  describe: "If the sender or the recipient is on an exempt plan, contact information is allowed.",
  apply(input) {
    const { context, preset } = input;
    const exempt = exemptPlans(preset);
    const plans = [context.sender?.plan, context.recipient?.plan];
    return plans.some((p) => p !== undefined && exempt.has(p)) ? allowAll(input, "E1", "allow", "") : NO_SAY;
  },
};
