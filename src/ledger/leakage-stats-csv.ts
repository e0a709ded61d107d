import { csvRow } from "../core/csv.js";
import type { LeakageStats } from "./leakage-stats.js";

/*
 * The leakage dashboard as one CSV table (GET /v1/stats?format=csv), in long format: one header, one
 * row per figure group, `section` saying which; the columns a section has no value for stay empty.
 *  - totals: key = the window as an ISO interval (`from/to`), the counts and the conversations;
 *  - day: key empty, day = YYYY-MM-DD;
 *  - type, surface, language, disguise, clause: key = the breakdown's key;
 *  - repeat_offender: key = the account id, violations, shadow_violations and last_at;
 *  - recognizer: key = the recognizer, flagged, disputed, overturned and their rates.
 * A negative number never starts a cell, so the formula guard (core/csv.ts) touches ids and keys only.
 */

export const LEAKAGE_CSV_HEADER = [
  "section", "key", "day", "requests", "violations", "shadow_requests", "shadow_violations",
  "conversations", "conversations_leaving", "leaving_share", "flagged", "disputed", "overturned", "disputed_rate", "overturned_rate", "last_at",
] as const;

type Cells = Partial<Record<(typeof LEAKAGE_CSV_HEADER)[number], unknown>>;
const row = (cells: Cells) => csvRow(LEAKAGE_CSV_HEADER.map((h) => cells[h] ?? ""));

const BREAKDOWNS = [
  ["type", "byType"],
  ["surface", "bySurface"],
  ["language", "byLanguage"],
  ["disguise", "byDisguise"],
  ["clause", "byClause"],
] as const;

export function leakageStatsCsv(s: LeakageStats): string {
  const t = s.totals;
  const out = [
    csvRow(LEAKAGE_CSV_HEADER),
    row({
      section: "totals", key: `${s.from}/${s.to}`, requests: t.requests, violations: t.violations, shadow_requests: t.shadowRequests,
      shadow_violations: t.shadowViolations, conversations: t.conversations, conversations_leaving: t.conversationsLeaving, leaving_share: t.leavingShare,
    }),
  ];
  for (const d of s.perDay) {
    out.push(row({ section: "day", day: d.day, requests: d.requests, violations: d.violations, shadow_requests: d.shadowRequests, shadow_violations: d.shadowViolations }));
  }
  for (const [section, field] of BREAKDOWNS) {
    for (const b of s[field]) out.push(row({ section, key: b.key, requests: b.requests, violations: b.violations, shadow_violations: b.shadowViolations }));
  }
  for (const o of s.repeatOffenders) out.push(row({ section: "repeat_offender", key: o.accountId, violations: o.violations, shadow_violations: o.shadowViolations, last_at: o.lastAt }));
  for (const r of s.recognizers) {
    out.push(row({ section: "recognizer", key: r.recognizer, flagged: r.flagged, disputed: r.disputed, overturned: r.overturned, disputed_rate: r.disputedRate, overturned_rate: r.overturnedRate }));
  }
  return out.join("");
}
