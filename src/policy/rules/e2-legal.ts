import type { CheckContext } from "../context.js";
import type { PolicyFinding } from "../engine.js";
import { NO_SAY, coverWhere, type PolicyRule } from "./rule.js";

/** Attached documents whose contact details serve a legal purpose (E2). */
export const LEGAL_DOCUMENTS: ReadonlySet<string> = new Set(["nda", "business_license", "background_check"]);

export function legalPurpose(context: CheckContext): boolean {
  return context.exception?.kind === "legal" || LEGAL_DOCUMENTS.has(context.document?.kind ?? "");
}

/** Requests for the details a legal document or check needs (a name goes with them and is never a finding). */
const LEGAL_REQUESTS: ReadonlySet<string> = new Set(["request:email", "request:phone", "request:address", "request:contact"]);

/**
 * Where a legal purpose is read from the words: the conversation, where people say what a detail is
 * for. A document is what its declared kind says (a brief that mentions the NDA is still a brief), and
 * a job post or a profile with contact details is never posted for a reason given in it.
 */
const SAID_SURFACES: ReadonlySet<string> = new Set(["message", "proposal", "invite", "interview"]);

/**
 * What a legal purpose read from the words may cover: the email, phone number or postal address an
 * NDA, a licence or a check is made out to, or a request for one. Not a messenger ID or a social
 * profile: no legal document is sent to a WhatsApp.
 */
function legalDetail(f: PolicyFinding): boolean {
  if (f.type === "email" || f.type === "phone" || f.type === "address") return true;
  return f.type === "contact_request" && LEGAL_REQUESTS.has(f.value);
}

/**
 * E2: contact information needed for a legal purpose. Declared (a legal exception, or an NDA, business
 * licence or background check attached) it covers every contact detail; read from the words of a
 * conversation ("send you the NDA", "licencia de actividad", "vérification des antécédents" in the
 * detail's sentence or next to it) it covers the email, phone and postal details such a purpose needs. Never a proposal to move off the platform.
 */
export const e2Legal: PolicyRule = {
  id: "e2-legal",
  clauses: ["E2"],
  describe: "Under a legal exception, in a legal document, or next to words that name a legal purpose, contact details (not off-platform proposals) may be shared.",
  apply(input) {
    if (legalPurpose(input.context)) return coverWhere(input, "E2", (f) => f.type !== "off_platform");
    if (!SAID_SURFACES.has(input.context.surface) || input.context.document) return NO_SAY;
    return coverWhere(input, "E2", (f) => legalDetail(f) && input.signals.legalPurposeOf(f) !== null);
  },
};

