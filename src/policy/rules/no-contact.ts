import { NO_SAY, type PolicyRule } from "./rule.js";

/**
 * Nothing to decide: a message without contact information is allowed, citing the clauses of the
 * links it does hold (S1 portfolio links, S2 project sites, S3 project questionnaires). Every later
 * rule may assume some contact.
 *
 * One of those links gets a reminder (S2 in POLICY.md; issue 18): a site's own contact page shared as
 * the thing to be worked on is allowed, but it is still a way to reach someone, so the sender is told
 * that contact stays on the platform until a contract starts (a notice, not a warning).
 */
export const noContact: PolicyRule = {
  id: "no-contact",
  clauses: ["S1", "S2", "S3"],
  describe: "A message with no contact information (at most portfolio, project or questionnaire links) is allowed; a project's contact page with a reminder.",
  apply({ contact, links, preset }) {
    if (contact.length > 0) return NO_SAY;
    const clauses = links.map((f) => f.clause);
    const projectPage = links.some((f) => f.clauseFromText && f.clause === "S2");
    if (projectPage) return { kind: "settle", verdict: { violation: false, decision: "notice", clauses, message: preset.messages.projectPage } };
    return { kind: "settle", verdict: { violation: false, decision: "allow", clauses, message: "" } };
  },
};
