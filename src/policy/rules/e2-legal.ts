import type { CheckContext } from "../context.js";
import { NO_SAY, coverWhere, type PolicyRule } from "./rule.js";

/** Attached documents whose contact details serve a legal purpose (E2). */
export const LEGAL_DOCUMENTS: ReadonlySet<string> = new Set(["nda", "business_license", "background_check"]);

export function legalPurpose(context: CheckContext): boolean {
  return context.exception?.kind === "legal" || LEGAL_DOCUMENTS.has(context.document?.kind ?? "");
}

/**
 * E2: contact information needed for a legal purpose (a declared legal exception, or an NDA, business
 * licence or background check). It covers contact details, not a proposal to move off the platform.
 */
export const e2Legal: PolicyRule = {
  id: "e2-legal",
  clauses: ["E2"],
  describe: "Under a legal exception or in a legal document, contact details (not off-platform proposals) may be shared.",
  apply(input) {
    if (!legalPurpose(input.context)) return NO_SAY;
    return coverWhere(input, "E2", (f) => f.type !== "off_platform");
  },
};
