import { csvRow, type DecisionRecord } from "contactguard/server";

/*
 * The decision log as CSV, with the package's CSV rules (src/core/csv.ts: RFC 4180, and a leading
 * apostrophe on a field a spreadsheet would run as a formula — the log holds texts users wrote).
 */

export { csvField, csvRow } from "contactguard/server";

export const DECISION_CSV_HEADER = [
  "id", "created_at", "surface", "decision", "violation", "review_status", "sender_id", "recipient_id",
  "clauses", "finding_types", "stored_text", "policy_version",
];

/** One row per decision; `stored_text` is what the ledger keeps (the text with STORE_TEXT, else the redacted text, else nothing). */
export function decisionCsvRow(d: DecisionRecord): string {
  const types = [...new Set((d.findings as Array<{ type?: unknown }>).map((f) => f?.type).filter((t): t is string => typeof t === "string"))];
  return csvRow([
    d.id, d.createdAt, d.surface, d.decision, d.violation, d.reviewStatus ?? "", d.senderId ?? "", d.recipientId ?? "",
    d.clauses.join(" "), types.join(" "), d.body ?? d.redactedText ?? "", `${d.policyId}@${d.policyVersion}`,
  ]);
}
