import type { PolicyFinding } from "../engine.js";
import { CHANNEL_PROPOSAL, NO_SAY, type PolicyRule, type RuleInput } from "./rule.js";

/** The exceptions whose channel E7 keeps free of the work; S5 is a notice, not a channel. */
export const CHANNEL_EXCEPTIONS: ReadonlySet<string> = new Set(["E2", "E3", "E4"]);

/** Off-platform proposals that are always about the work: moving the payment, dodging the fee. */
function movesTheWork(contact: readonly PolicyFinding[]): boolean {
  // Proposing a channel ("text me") is not by itself about the work; every other proposal is.
  return contact.some((f) => f.type === "off_platform" && f.value !== CHANNEL_PROPOSAL);
}

function talksAboutTheWork({ contact, signals }: RuleInput): boolean {
  return movesTheWork(contact) || signals.workTalk;
}

/**
 * E7: even where E2–E4 let contact information be shared, the job and the payment stay on the
 * platform until the contract starts. A message that uses the exception's channel for the work takes
 * the exception back: its findings count as violations again, and the decision cites E7.
 */
export const e7Channel: PolicyRule = {
  id: "e7-channel",
  clauses: ["E7"],
  describe: "An E2–E4 exception does not cover a message that talks about the job or the payment over that channel.",
  apply(input) {
    const excepted = [...input.covered].filter(([, clause]) => CHANNEL_EXCEPTIONS.has(clause)).map(([f]) => f);
    if (excepted.length === 0 || !talksAboutTheWork(input)) return NO_SAY;
    return { kind: "withdraw", clause: "E7", findings: excepted };
  },
};
