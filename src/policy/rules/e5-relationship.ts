import { NO_SAY, allowAll, type PolicyRule } from "./rule.js";

/** E5 (and W3's "unless"): people who knew each other before the platform may share contact information. */
export const e5Relationship: PolicyRule = {
  id: "e5-relationship",
  clauses: ["E5", "W3"],
  describe: "If the parties have a pre-existing relationship off the platform, contact information is allowed.",
  apply(input) {
    return input.context.relationship?.preExisting ? allowAll(input, "E5", "allow", "") : NO_SAY;
  },
};
