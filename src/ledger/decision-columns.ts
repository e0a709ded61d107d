import type { DecisionRecord } from "./repository.js";

/*
 * The leakage dashboard's columns of a decision row (migration 008), derived from the record once, at
 * insert: the stats then unnest short arrays instead of parsing every row's `findings` jsonb. Every
 * writer (the HTTP check, the stream worker, the hooks) records through Repository.insertDecisions,
 * which calls this, so no caller computes them. Kept in step with 008's backfill of older rows.
 */

export interface StatsColumns {
  /** The distinct finding types, sorted. */
  types: string[];
  /** The distinct disguise families undone (findings' evidence.disguises), sorted. */
  disguises: string[];
  /** The distinct recognizers that found something, sorted. */
  recognizers: string[];
  /** context.language: the surface's language tag; null when the caller gave none. */
  language: string | null;
  /** context.conversationId: the room, thread or channel; null when the caller gave none. */
  conversationId: string | null;
  /** No active or closed contract in the context (no contract at all counts as before one). */
  beforeContract: boolean;
}

type Loose = Record<string, unknown> | null | undefined;

const distinct = (values: Iterable<unknown>): string[] => [...new Set([...values].filter((v): v is string => typeof v === "string" && v !== ""))].sort();
const field = (o: unknown, key: string): unknown => (o && typeof o === "object" ? (o as Record<string, unknown>)[key] : undefined);
const text = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

export function statsColumns(record: Pick<DecisionRecord, "findings" | "context">): StatsColumns {
  const findings = Array.isArray(record.findings) ? record.findings : [];
  const disguises = findings.flatMap((f) => {
    const d = field(field(f, "evidence"), "disguises");
    return Array.isArray(d) ? d : [];
  });
  const context = record.context as Loose;
  const status = field(field(context, "contract"), "status");
  return {
    types: distinct(findings.map((f) => field(f, "type"))),
    disguises: distinct(disguises),
    recognizers: distinct(findings.map((f) => field(f, "recognizer"))),
    language: text(field(context, "language")),
    conversationId: text(field(context, "conversationId")),
    beforeContract: status !== "active" && status !== "closed",
  };
}
