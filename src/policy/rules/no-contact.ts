import { NO_SAY, type PolicyRule } from "./rule.js";

/**
 * Nothing to decide: a message without contact information is allowed, citing the clauses of the
 * links it does hold (S1 portfolio links, S2 project sites). Every later rule may assume some contact.
 */
export const noContact: PolicyRule = {
  id: "no-contact",
  clauses: ["S1", "S2"],
  describe: "A message with no contact information (at most portfolio or project links) is allowed.",
  apply({ contact, links }) {
    if (contact.length > 0) return NO_SAY;
    return { kind: "settle", verdict: { violation: false, decision: "allow", clauses: links.map((f) => f.clause), message: "" } };
  },
};
