import { isContactType } from "contactguard";
import type { CheckResponse, FindingJson } from "contactguard/server";
import { MarketError } from "./errors.js";

/*
 * What the marketplace does with a guard decision.
 * Messages (a conversation goes on, so the policy may let a masked version through):
 *   allow, notice → delivered as written (a notice is shown to the author)
 *   warn, redact  → delivered with the contact details masked (the violation is recorded)
 *   block         → not delivered; the author edits
 *   review        → held: the author sees it pending, the recipient once a reviewer allows it
 * Forms (job posts, proposals, invites, profiles, portfolios, attachments) are published only as
 * written, so anything but allow or notice sends the author back to edit, with the spans marked.
 */

/**
 * The part of a finding the UI needs to mark a span and cite its clause. Value, confidence and
 * evidence stay on the server (and in the ledger): the author only needs to see where and why.
 */
export type SpanFinding = Pick<FindingJson, "type" | "start" | "end" | "text" | "clause" | "allowedBy">;

/** A form finding mapped back to the field the author typed it in (see joinFields). */
export type FieldFinding = SpanFinding & { field: string };

/** What a policy refusal (422, see policyRefusal) lists: the spans, each with its field when the form has several. */
export type RefusalFinding = SpanFinding & { field?: string };

/** The guard's decision as the marketplace acts on it and shows it. */
export type Verdict = Pick<CheckResponse, "decisionId" | "decision" | "violation" | "message" | "clauses" | "redactedText"> & { findings: SpanFinding[] };

const spanOf = ({ type, start, end, text, clause, allowedBy }: FindingJson): SpanFinding => ({ type, start, end, text, clause, ...(allowedBy !== undefined ? { allowedBy } : {}) });

export function verdictOf(r: CheckResponse): Verdict {
  return {
    decisionId: r.decisionId,
    decision: r.decision,
    violation: r.violation,
    message: r.message,
    clauses: r.clauses,
    findings: r.findings.map(spanOf),
    ...(r.redactedText !== undefined ? { redactedText: r.redactedText } : {}),
  };
}

/** What the author is told about a sent or edited message (the reply's `verdict`): the findings are only the spans to change, in the text as typed. */
export type PublicVerdict = Pick<Verdict, "decision" | "violation" | "message" | "clauses" | "findings">;

/** The composer's pre-send preview: the public verdict and what the recipient would read if sent now. */
export type PreviewResult = PublicVerdict & Pick<Verdict, "redactedText">;

export type Outcome =
  | { kind: "publish"; body: string; notice: string | null }
  | { kind: "hold"; body: string; notice: string }
  | { kind: "refuse" };

export function messageOutcome(v: Verdict, text: string): Outcome {
  switch (v.decision) {
    case "allow":
    case "notice":
      return { kind: "publish", body: text, notice: v.message || null };
    case "warn":
    case "redact":
      return { kind: "publish", body: v.redactedText ?? text, notice: v.message || null };
    case "review":
      return { kind: "hold", body: text, notice: v.message };
    default:
      return { kind: "refuse" };
  }
}

/** Forms publish exactly what was written, so only a decision that lets it stand publishes. */
export const formAccepted = (v: Verdict) => v.decision === "allow" || v.decision === "notice";

/** Only the findings the policy objects to: the spans the author must change. */
export const offending = (v: Verdict) => v.findings.filter((f) => !f.allowedBy && isContactType(f.type));

/**
 * Forms with several fields are checked as one text (one decision, one violation), the fields
 * joined by a blank line; this maps a finding back to the field and offsets the author typed.
 */
export function joinFields(fields: Array<[name: string, text: string]>) {
  const SEP = "\n\n";
  const starts: number[] = [];
  let text = "";
  fields.forEach(([, t], i) => {
    if (i > 0) text += SEP;
    starts.push(text.length);
    text += t;
  });
  const locate = (f: SpanFinding): FieldFinding[] => {
    const out: FieldFinding[] = [];
    fields.forEach(([name, t], i) => {
      const s = starts[i]!;
      const start = Math.max(f.start, s) - s;
      const end = Math.min(f.end, s + t.length) - s;
      if (end > start) out.push({ ...f, field: name, start, end, text: t.slice(start, end) });
    });
    return out;
  };
  return { text, locate };
}

/** The 422 the UI shows: the policy's own words, the clauses, and the spans to highlight. */
export function policyRefusal(v: Verdict, spans: SpanFinding[] | Array<SpanFinding & { field: string }> = offending(v)): MarketError {
  return new MarketError("policy_refused", v.message, { decision: v.decision, clauses: v.clauses, findings: spans, decisionId: v.decisionId });
}
