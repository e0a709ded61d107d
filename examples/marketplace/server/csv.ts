import type { DecisionRecord } from "contactguard/server";

/*
 * The decision log as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break). A field that a spreadsheet would run as a formula (starting with
 * =, +, -, @, a tab or a CR) gets a leading apostrophe: the log holds texts users wrote.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvRow = (fields: unknown[]) => `${fields.map(csvField).join(",")}\r\n`;

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
