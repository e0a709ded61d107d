import { createHash } from "node:crypto";
import type { PolicyPreset } from "contactguard";
import type { DecisionRecord } from "contactguard/server";

/*
 * What a reviewer may read of a decision, and where its findings are in it. Finding spans are
 * offsets into the text as it was sent, which the ledger keeps only with STORE_TEXT. Otherwise the
 * console shows, in this order of preference:
 *   - the text as sent, when the ledger stored it (STORE_TEXT): spans as they are;
 *   - the marketplace's own copy of the message, when it is that very text (its SHA-256 is the
 *     decision's `textHash`): a held message is kept to be delivered once allowed, a reported one is
 *     in the room; spans as they are;
 *   - the redacted text: spans mapped through the masks the policy put in (each masked span becomes
 *     its mask, `[phone hidden]`; the text between masks shifts by the masks' lengths);
 *   - nothing (a clean text leaves only its hash): the spans' positions alone.
 */

/** The span fields of a stored finding (the enforcer's FindingJson without its raw text, or a report's). */
export interface StoredSpan {
  type: string;
  start: number;
  end: number;
  clause?: string;
  allowedBy?: string;
}

/** Where finding `index` is in the text shown; `masked`: the span is the policy's mask, not the original words. */
export interface SpanMark {
  index: number;
  start: number;
  end: number;
  masked: boolean;
}

export type TextSource = "text" | "message" | "redacted" | "none";

export interface TextView {
  source: TextSource;
  /** The text shown, or null when none is kept. */
  text: string | null;
  /** One mark per finding located in `text` (none when `text` is null or the spans could not be mapped). */
  marks: SpanMark[];
}

const spansOf = (d: DecisionRecord): StoredSpan[] =>
  (Array.isArray(d.findings) ? d.findings : []).filter((f): f is StoredSpan => {
    const s = f as Partial<StoredSpan>;
    return typeof s?.type === "string" && Number.isInteger(s.start) && Number.isInteger(s.end);
  });

const asIs = (spans: StoredSpan[], text: string): SpanMark[] =>
  spans.map((f, index) => ({ index, start: f.start, end: f.end, masked: false })).filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);

/**
 * The findings' spans in a redacted text, found by replaying the redaction (src/policy/redact.ts):
 * spans in order, each masked one replaced by its type's mask. A finding counts as masked only if its
 * mask is really there at the shifted position, so allowed findings (never masked) keep their words.
 * Returns null when a finding the policy objected to is not where its mask should be (another policy
 * version's masks): positions are shown then rather than a wrong highlight.
 */
export function marksInRedacted(redacted: string, spans: StoredSpan[], masks: PolicyPreset["redaction"]): SpanMark[] | null {
  const order = spans.map((f, index) => ({ f, index })).sort((a, b) => a.f.start - b.f.start || a.f.end - b.f.end);
  const marks: SpanMark[] = [];
  let shift = 0; // redacted offset minus original offset, after the masks so far
  let at = 0; // original text consumed by masks so far
  let lastMask: { start: number; end: number } | null = null;
  for (const { f, index } of order) {
    const mask = (masks as Record<string, string | undefined>)[f.type];
    if (mask && f.end > at) {
      const start = Math.max(f.start, at);
      const rs = start + shift;
      if (redacted.startsWith(mask, rs)) {
        lastMask = { start: rs, end: rs + mask.length };
        marks.push({ index, ...lastMask, masked: true });
        shift += mask.length - (f.end - start);
        at = f.end;
        continue;
      }
      if (!f.allowedBy) return null;
    }
    // Inside (or overlapping) the mask before it: that mask is where it is now.
    if (lastMask && f.start < at) {
      marks.push({ index, start: lastMask.start, end: Math.max(lastMask.end, f.end + shift), masked: true });
      continue;
    }
    marks.push({ index, start: f.start + shift, end: f.end + shift, masked: false });
  }
  return marks.every((m) => m.end <= redacted.length) ? marks.sort((a, b) => a.index - b.index) : null;
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The text a reviewer reads for `d` and where its findings are in it (see the top of this file). */
export function textView(d: DecisionRecord, masks: PolicyPreset["redaction"], messageBody?: string | null): TextView {
  const spans = spansOf(d);
  if (d.body) return { source: "text", text: d.body, marks: asIs(spans, d.body) };
  if (messageBody && sha256(messageBody) === d.textHash) return { source: "message", text: messageBody, marks: asIs(spans, messageBody) };
  if (d.redactedText) return { source: "redacted", text: d.redactedText, marks: marksInRedacted(d.redactedText, spans, masks) ?? [] };
  return { source: "none", text: null, marks: [] };
}
