import { CHANNEL_PROPOSAL, NO_SAY, coverWhere, type PolicyRule } from "./rule.js";

/**
 * E4: under an accessibility exception contact details may be shared, and so may the proposal of
 * another channel, since the accommodation may be that channel ("text me, I can't use the chat").
 * Moving the payment or dodging fees is never an accommodation.
 */
export const e4Accessibility: PolicyRule = {
  id: "e4-accessibility",
  clauses: ["E4"],
  describe: "Under an accessibility exception, contact details and channel proposals may be shared.",
  apply(input) {
    if (input.context.exception?.kind !== "accessibility") return NO_SAY;
    return coverWhere(input, "E4", (f) => f.type !== "off_platform" || f.value === CHANNEL_PROPOSAL);
  },
};
