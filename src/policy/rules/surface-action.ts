import type { ContactType } from "../../core/types.js";
import type { Decision } from "../preset.js";
import { redact } from "../redact.js";
import type { PolicyRule } from "./rule.js";

/**
 * Surfaces whose content is a document attached to pre-hire contact (W2), besides a declared document:
 * attachments, and what is offered as a portfolio (a résumé or a LinkedIn profile there is held to W2).
 */
const DOCUMENT_SURFACES: ReadonlySet<string> = new Set(["attachment", "portfolio"]);

/**
 * The violation (W1, W2): what is left uncovered is contact information shared before a contract.
 * The preset says what happens: the surface's action, refined by its type rules (X1 job posts,
 * X3 requests), by the sender's active violations (X2 repeats) and by the findings' confidence
 * (below `reviewBelow` a blocking action goes to human review). It always settles, so it comes last.
 */
export const surfaceAction: PolicyRule = {
  id: "surface-action",
  clauses: ["W1", "W2", "X1", "X2", "X3", "E7"],
  describe: "Uncovered contact information is a violation; the preset's surface and type rules say what happens to it.",
  apply({ text, context, preset, contact, covered, withdrawn }) {
    const violating = contact.filter((f) => !covered.has(f));
    const surfaceRule = preset.surfaces[context.surface];
    const types = new Set<ContactType>(violating.map((f) => f.type as ContactType));
    const typeRule = preset.typeRules.find(
      (r) => [...types].every((t) => r.types.includes(t)) && (!r.surfaces || r.surfaces.includes(context.surface)),
    );
    const repeat = (context.standing?.activeViolations ?? 0) > 0;
    let decision: Decision = (repeat ? surfaceRule.repeatAction : undefined) ?? typeRule?.action ?? surfaceRule.action;
    const maxConfidence = Math.max(...violating.map((f) => f.confidence));
    if ((decision === "block" || decision === "redact") && maxConfidence < preset.detection.reviewBelow) decision = "review";

    // E7 took an exception back: the user is told why the exception did not cover this message.
    const channelMisuse = [...withdrawn.values()].includes("E7");
    const requestOnly = [...types].every((t) => t === "contact_request");
    let message =
      surfaceRule.message ??
      (decision === "redact" ? preset.messages.redacted : decision === "review" ? preset.messages.review : undefined) ??
      typeRule?.message ??
      (requestOnly ? preset.messages.contactRequest : preset.messages.violation);
    if (channelMisuse && !surfaceRule.message) message = preset.messages.exceptionChannel;
    const clauses = [
      ...violating.map((f) => f.clause),
      "W1",
      ...(DOCUMENT_SURFACES.has(context.surface) || context.document ? ["W2"] : []),
      ...surfaceRule.clauses,
      ...(typeRule?.clauses ?? []),
      ...(types.has("contact_request") ? ["X3"] : []),
      ...withdrawn.values(),
      ...(repeat ? ["X2"] : []),
    ];
    return {
      kind: "settle",
      verdict: { violation: true, decision, clauses, message, redactedText: redact(text, violating, preset.redaction) },
    };
  },
};
