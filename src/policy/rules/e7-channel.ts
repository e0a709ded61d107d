import type { CheckContext } from "../context.js";
import type { PolicyFinding } from "../engine.js";
import { exceptionPurposeIn } from "../purpose.js";
import { CHANNEL_PROPOSAL, NO_SAY, type PolicyRule, type RuleInput } from "./rule.js";

/** The exceptions whose channel E7 keeps free of the work; S5 is a notice, not a channel. */
export const CHANNEL_EXCEPTIONS: ReadonlySet<string> = new Set(["E2", "E3", "E4"]);

/**
 * Off-platform findings that are about the work: moving the payment, dodging the fee, taking the talk
 * about the job or its money to another channel (`off_platform:work_channel`, found from each locale's
 * `purpose.workTalk` words). Proposing a channel ("text me") is not by itself about the work.
 */
export function movesTheWork(f: PolicyFinding): boolean {
  return f.type === "off_platform" && f.value !== CHANNEL_PROPOSAL;
}

/** How far back E7 looks for an exception given earlier in the conversation: messages, and characters in all. */
const HISTORY_MESSAGES = 20;
const HISTORY_CHARS = 4000;

/**
 * Whether an exception is in play for this conversation: declared (context.exception), or given in an
 * earlier message of either party, which the sender has seen ("which email should I use for the GitHub
 * invite?" answered by the address; "Je vous envoie le NDA via DocuSign"). Read only when the message
 * moves the work somewhere, newest first, bounded.
 */
function exceptionInPlay(context: CheckContext): boolean {
  if (context.exception) return true;
  const history = context.history ?? [];
  let chars = 0;
  for (let i = history.length - 1, n = 0; i >= 0 && n < HISTORY_MESSAGES; i--, n++) {
    const text = history[i]!.text;
    chars += text.length;
    if (chars > HISTORY_CHARS) break;
    if (exceptionPurposeIn(text)) return true;
  }
  return false;
}

/**
 * E7: even where E2–E4 let contact information be shared, the job and the payment stay on the
 * platform until the contract starts. A message that takes the work to the exception's channel takes
 * the exception back: its covered findings count as violations again, and the decision cites E7. The
 * use is the violation also when the message repeats no contact detail ("send the quote there, you have
 * my email from the repo invite"): with an exception in play (declared, or given earlier in the
 * conversation) the work-moving findings themselves are named by E7. Without one they are plain C9.
 */
export const e7Channel: PolicyRule = {
  id: "e7-channel",
  clauses: ["E7"],
  describe: "An E2–E4 exception does not cover a message that talks about the job or the payment over that channel; with an exception in play, moving the work is cited as E7.",
  apply(input: RuleInput) {
    const work = input.contact.filter(movesTheWork);
    if (work.length === 0) return NO_SAY;
    const excepted = [...input.covered].filter(([, clause]) => CHANNEL_EXCEPTIONS.has(clause)).map(([f]) => f);
    if (excepted.length > 0) return { kind: "withdraw", clause: "E7", findings: excepted };
    // Nothing in this message is covered: E7 names the move itself when an exception gave the channel.
    // (A withdraw of findings never covered only records that E7 is why they are violations.)
    const uncovered = work.filter((f) => !input.covered.has(f));
    if (uncovered.length === 0 || !exceptionInPlay(input.context)) return NO_SAY;
    return { kind: "withdraw", clause: "E7", findings: uncovered };
  },
};
