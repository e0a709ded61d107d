import type { SpanFinding } from "../types";
import { TYPE_LABEL } from "contactguard/clauses";

/** Text with the spans the policy objects to marked (overlapping spans are merged). */
export function Highlighted({ text, findings }: { text: string; findings: SpanFinding[] }) {
  const spans = findings
    .map((f) => ({ start: Math.max(0, Math.min(f.start, text.length)), end: Math.max(0, Math.min(f.end, text.length)), label: TYPE_LABEL[f.type], clause: f.clause }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: typeof spans = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.label.includes(s.label)) last.label += `, ${s.label}`;
      if (!last.clause.includes(s.clause)) last.clause += `, ${s.clause}`;
    } else merged.push({ ...s });
  }
  const parts = [];
  let at = 0;
  for (const s of merged) {
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(
      <mark class="offending" title={`${s.label} (${s.clause})`} data-clause={s.clause}>
        {text.slice(s.start, s.end)}
        <span class="visually-hidden"> ({s.label}, {s.clause})</span>
      </mark>,
    );
    at = s.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <span class="highlighted">{parts}</span>;
}
