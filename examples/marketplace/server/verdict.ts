import { isContactType, TYPE_LABEL, type FindingType, type PolicyPreset } from "contactguard";
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

/**
 * What the author is told about a sent or edited message (the reply's `verdict`): the findings are
 * only the spans to change, in the text as typed; `outcome` says what happened to it, in plain words.
 */
export type PublicVerdict = Pick<Verdict, "decision" | "violation" | "message" | "clauses" | "findings"> & { outcome: string | null };

/**
 * The composer's pre-send preview: the public verdict, what the recipient would read if sent now,
 * and `outcome`, what sending would do ("It will be delivered with the phone number hidden …").
 */
export type PreviewResult = PublicVerdict & Pick<Verdict, "redactedText">;

export type Outcome =
  | { kind: "publish"; body: string; notice: string | null }
  | { kind: "hold"; body: string; notice: string }
  | { kind: "refuse" };

/** What to do with a message; its `notice` (kept with the message, shown to its author) is worded for after sending. */
export function messageOutcome(v: Verdict, text: string, words: PolicyWords): Outcome {
  const notice = wordsFor(v, "after", words);
  switch (v.decision) {
    case "allow":
    case "notice":
      return { kind: "publish", body: text, notice: notice || null };
    case "warn":
    case "redact":
      return { kind: "publish", body: v.redactedText ?? text, notice: notice || null };
    case "review":
      return { kind: "hold", body: text, notice };
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

/*
 * Tense. The author reads the policy twice: while writing (a preview: what WILL happen) and after
 * sending (what DID happen). The preset words some messages for one moment only: `violation` asks
 * the author to remove the contact details (right before sending, wrong once they were masked), while
 * `redacted` ("was delivered with … hidden") and `review` ("is being held") report a delivery (wrong
 * before anything was sent). So the marketplace, which knows the moment, swaps the one for the other;
 * the sentence naming what was found, which the guard adds after it, stays as it is.
 */

/** Writing (a preview, or a form the policy refused: nothing was sent) or sent. */
export type Moment = "before" | "after";

/** The preset's moment-bound words (English; a message in another language is shown as the guard wrote it). */
export type PolicyWords = Pick<PolicyPreset["messages"], "violation" | "redacted" | "review">;

const swapped = (message: string, from: string, to: string) => (message.startsWith(from) ? to + message.slice(from.length) : message);

/** The policy's message as it fits the moment the author reads it (see above). */
export function wordsFor(v: Pick<Verdict, "decision" | "message">, moment: Moment, words: PolicyWords): string {
  if (moment === "before") {
    if (v.decision === "redact") return swapped(v.message, words.redacted, words.violation);
    if (v.decision === "review") return swapped(v.message, words.review, words.violation);
    return v.message;
  }
  if (v.decision === "warn" || v.decision === "redact") return swapped(v.message, words.violation, words.redacted);
  return v.message;
}

/**
 * The findings the delivered text no longer shows: masked contact details. A request for contact
 * details or a proposal to move off the platform is not masked (it stays readable), so it is not
 * "hidden" even though it counts against the author.
 */
export function hiddenTypes(findings: SpanFinding[], text: string, redactedText: string | undefined): FindingType[] {
  if (redactedText === undefined) return [];
  // The span is read from the text as typed: a replayed decision's findings carry a hash, not the text.
  const hidden = findings.filter((f) => {
    const span = text.slice(f.start, f.end);
    return span.length > 0 && !redactedText.includes(span);
  });
  return [...new Set(hidden.map((f) => f.type))];
}

const theList = (types: FindingType[]) => new Intl.ListFormat("en", { style: "long", type: "conjunction" }).format(types.map((t) => `the ${TYPE_LABEL[t]}`));

/**
 * What sending a message does (`before`, future tense) or did (`after`, past tense), in the words a
 * marketplace user reads: delivered as written, delivered with something hidden, not delivered, or
 * held for review. Null when there is nothing to say (delivered as written, nothing counted).
 */
export function messageOutcomeText(decision: Verdict["decision"], hidden: FindingType[], moment: Moment): string | null {
  const before = moment === "before";
  switch (decision) {
    case "allow":
    case "notice":
      return null;
    case "warn":
    case "redact":
      if (before)
        return hidden.length > 0
          ? `If you send it, it will be delivered with ${theList(hidden)} hidden, and it will count as a violation on your account.`
          : "If you send it, it will be delivered as written, but it will count as a violation on your account.";
      return hidden.length > 0 ? `Delivered with ${theList(hidden)} hidden. It counts as a violation on your account.` : "Delivered as written. It counts as a violation on your account.";
    case "review":
      return before
        ? "If you send it, it will be held for review: the other person sees it only after a reviewer allows it."
        : "Held for review: the other person sees it only after a reviewer allows it.";
    default:
      return before ? "It will not be delivered as it is. Edit it before sending." : "Not delivered.";
  }
}
