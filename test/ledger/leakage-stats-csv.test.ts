import { describe, expect, it } from "vitest";
import { csvField } from "../../src/core/csv.js";
import { statsColumns } from "../../src/ledger/decision-columns.js";
import type { LeakageStats } from "../../src/ledger/leakage-stats.js";
import { LEAKAGE_CSV_HEADER, leakageStatsCsv } from "../../src/ledger/leakage-stats-csv.js";

/*
 * Issue 20: the leakage dashboard's pure parts — the stats columns a decision row gets at insert, and
 * the CSV export (long format, RFC 4180, formula-leading cells neutralized).
 */

describe("statsColumns: the dashboard's columns of a decision", () => {
  it("takes the distinct types, disguises and recognizers of the findings, sorted, and the context's language, conversation and contract", () => {
    const findings = [
      { type: "phone", recognizer: "phone.libphonenumber", evidence: { disguises: ["number_word", "spacing"], contextWords: [] } },
      { type: "email", recognizer: "email.pattern", evidence: { disguises: ["spelled_at_dot"], contextWords: [] } },
      { type: "phone", recognizer: "phone.libphonenumber", evidence: { disguises: ["spacing"], contextWords: [] } },
    ];
    expect(statsColumns({ findings, context: { language: "es", conversationId: "room-1", contract: { status: "offered" } } })).toEqual({
      types: ["email", "phone"],
      disguises: ["number_word", "spacing", "spelled_at_dot"],
      recognizers: ["email.pattern", "phone.libphonenumber"],
      language: "es",
      conversationId: "room-1",
      beforeContract: true,
    });
  });

  it("an active or closed contract is not before one; no contract, or none in the context, is", () => {
    const at = (contract: unknown) => statsColumns({ findings: [], context: { contract } }).beforeContract;
    expect([at({ status: "active" }), at({ status: "closed" })]).toEqual([false, false]);
    expect([at({ status: "none" }), at({ status: "offered" }), at(null), at(undefined)]).toEqual([true, true, true, true]);
  });

  it("reads what it finds and ignores the rest: no findings, no evidence, null language", () => {
    expect(statsColumns({ findings: [{ type: "url" }, null, "x"], context: { language: null, conversationId: "" } })).toEqual({
      types: ["url"], disguises: [], recognizers: [], language: null, conversationId: null, beforeContract: true,
    });
  });
});

const STATS: LeakageStats = {
  from: "2026-11-07T00:00:00.000Z",
  to: "2026-12-08T00:00:00.000Z",
  totals: { requests: 10, violations: 3, shadowRequests: 2, shadowViolations: 1, conversations: 4, conversationsLeaving: 1, leavingShare: 0.25 },
  perDay: [
    { day: "2026-12-06", requests: 4, violations: 1, shadowRequests: 0, shadowViolations: 0 },
    { day: "2026-12-07", requests: 6, violations: 2, shadowRequests: 2, shadowViolations: 1 },
  ],
  byType: [{ key: "phone", requests: 2, violations: 2, shadowViolations: 1 }],
  bySurface: [{ key: "message", requests: 10, violations: 3, shadowViolations: 1 }],
  byLanguage: [{ key: "unknown", requests: 10, violations: 3, shadowViolations: 1 }],
  byDisguise: [],
  byClause: [{ key: "C1", requests: 2, violations: 2, shadowViolations: 1 }],
  repeatOffenders: [{ accountId: "=HYPERLINK(\"http://x\",\"a, b\")", violations: 2, shadowViolations: 0, lastAt: "2026-12-07T10:00:00.000Z" }],
  recognizers: [{ recognizer: "phone.libphonenumber", flagged: 2, disputed: 1, overturned: 1, disputedRate: 0.5, overturnedRate: 0.5 }],
};

describe("leakageStatsCsv", () => {
  const lines = leakageStatsCsv(STATS).split("\r\n");

  it("is one header and one CRLF-ended row per figure group, every row as wide as the header", () => {
    expect(lines.at(-1)).toBe("");
    const rows = lines.slice(0, -1);
    expect(rows[0]).toBe(LEAKAGE_CSV_HEADER.join(","));
    expect(rows.map((r) => r.split(",")[0])).toEqual(["section", "totals", "day", "day", "type", "surface", "language", "clause", "repeat_offender", "recognizer"]);
    // Count fields outside quotes.
    for (const r of rows) expect(r.replace(/"(?:[^"]|"")*"/g, "").split(",").length, r).toBe(LEAKAGE_CSV_HEADER.length);
  });

  it("puts each figure in its column", () => {
    expect(lines[1]).toBe("totals,2026-11-07T00:00:00.000Z/2026-12-08T00:00:00.000Z,,10,3,2,1,4,1,0.25,,,,,,");
    expect(lines[3]).toBe("day,,2026-12-07,6,2,2,1,,,,,,,,,");
    expect(lines[4]).toBe("type,phone,,2,2,,1,,,,,,,,,");
    expect(lines[9]).toBe("recognizer,phone.libphonenumber,,,,,,,,,2,1,1,0.5,0.5,");
  });

  it("quotes per RFC 4180 and neutralizes a cell a spreadsheet would run as a formula", () => {
    expect(lines[8]).toBe(`repeat_offender,"'=HYPERLINK(""http://x"",""a, b"")",,,2,,0,,,,,,,,,2026-12-07T10:00:00.000Z`);
    expect(["=1", "+1", "-1", "@x", "\tx", "plain", "a\nb"].map(csvField)).toEqual(["'=1", "'+1", "'-1", "'@x", "'\tx", "plain", '"a\nb"']);
  });
});
