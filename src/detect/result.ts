import { CLAUSE_BY_TYPE, TYPE_LABEL } from "../core/clauses.js";
import { isContactType, type Finding } from "../core/types.js";

/**
 * The result shape `scan` prints. Until the policy engine decides under context, any contact-type
 * finding is a violation and the decision is a pre-send warning (issue #2's interim rule).
 */
export interface ScanResult {
  id: string | number | null;
  violation: boolean;
  decision: "allow" | "warn";
  message: string;
  clauses: string[];
  findings: Array<Pick<Finding, "type" | "start" | "end" | "text" | "value" | "confidence">>;
}

export function interimResult(id: ScanResult["id"], findings: Finding[]): ScanResult {
  const contact = findings.filter((f) => isContactType(f.type));
  const clauses = [...new Set(contact.map((f) => CLAUSE_BY_TYPE[f.type]))].sort();
  const kinds = [...new Set(contact.map((f) => TYPE_LABEL[f.type]))];
  return {
    id,
    violation: contact.length > 0,
    decision: contact.length > 0 ? "warn" : "allow",
    message:
      contact.length > 0
        ? `This looks like it shares contact information (${kinds.join(", ")}). Keep communication on the platform until a contract starts.`
        : "",
    clauses,
    findings: findings.map(({ type, start, end, text, value, confidence }) => ({ type, start, end, text, value, confidence })),
  };
}
