import type { PolicyFinding } from "../engine.js";
import { NO_SAY, coverWhere, type PolicyRule, type RuleInput } from "./rule.js";

/**
 * Whether this email is given for access to a system: the whole message under a declared exception,
 * or read from the words of the email's own sentence and the ones beside it.
 */
function forAccess({ context, preset, signals }: RuleInput, f: PolicyFinding): boolean {
  if (context.exception?.kind === "system_access") return true;
  return preset.switches.inferSystemAccess && signals.accessPurposeOf(f) !== null;
}

/**
 * E3: an email address (or a request for one) shared only so that someone can be given access to a
 * system: code hosting, ad analytics, bookkeeping, cloud drives, e-signature, web hosts. Never a
 * phone number or a messenger ID, and never access to a communication tool (Slack, Teams, Discord).
 */
export const e3Access: PolicyRule = {
  id: "e3-access",
  clauses: ["E3"],
  describe: "An email shared to give someone access to a named system (or under a declared system-access exception) may be shared.",
  apply(input) {
    // Emails first: the purpose is read from the words only when there is an email it could cover.
    if (!input.contact.some((f) => input.signals.isEmailish(f))) return NO_SAY;
    return coverWhere(input, "E3", (f) => input.signals.isEmailish(f) && forAccess(input, f));
  },
};
