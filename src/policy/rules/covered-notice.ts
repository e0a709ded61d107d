import { NO_SAY, type PolicyRule } from "./rule.js";

/**
 * When every contact finding is covered (E2–E4, S5) the message goes through: a portfolio gets the
 * S5 notice, an exception the reminder that the work stays on the platform (E7's notice).
 */
export const coveredNotice: PolicyRule = {
  id: "covered-notice",
  clauses: ["E2", "E3", "E4", "S5"],
  describe: "If every contact finding is covered by an exception or the portfolio clause, the message is allowed with that clause's notice.",
  apply({ contact, covered, preset }) {
    if (contact.some((f) => !covered.has(f))) return NO_SAY;
    const exemptions = contact.map((f) => covered.get(f)!);
    const notice = exemptions.includes("S5") ? preset.messages.portfolio : exemptions.some((c) => c !== "S5") ? preset.messages.exception : "";
    return {
      kind: "settle",
      verdict: {
        violation: false,
        decision: notice ? "notice" : "allow",
        clauses: [...exemptions, ...contact.map((f) => f.clause)],
        message: notice,
      },
    };
  },
};
