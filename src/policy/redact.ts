import { createHmac } from "node:crypto";
import { z } from "zod";
import { FINDING_TYPES, type ContactType, type Finding, type FindingType } from "../core/types.js";

/*
 * Redaction: what a finding's span becomes in the text handed back. The policy's own redaction is
 * `redact` (the preset's labels, "[phone hidden]"), and it is what the ledger keeps. A caller may ask
 * for other operators per finding type, as Presidio's anonymizer offers: `mask`, `replace` (a label),
 * `hash` (keyed HMAC-SHA256) and `keep`. The operators live here, beside `redact`, because the library
 * (guard.ts) offers them as well as the service, and the guard may not import the act stage.
 */

/** Replaces each contact detail's span with its mask (`[phone hidden]`); overlapping spans are merged. */
export function redact(text: string, findings: Finding[], masks: Partial<Record<ContactType, string>>): string {
  const spans = [...findings].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const f of spans) {
    const mask = masks[f.type as ContactType];
    // Requests and proposals are not contact details: they stay readable (the decision still counts them).
    if (!mask || f.end <= at) continue;
    const start = Math.max(f.start, at);
    out += text.slice(at, start) + mask;
    at = f.end;
  }
  return out + text.slice(at);
}

export const REDACTION_OPERATORS = ["mask", "replace", "hash", "keep"] as const;
export type RedactionOperatorName = (typeof REDACTION_OPERATORS)[number];

/** One character as people count them: one code point, so "•" or "█" works and an emoji is not split. */
const OneCharacter = z.string().refine((s) => [...s].length === 1, "must be exactly one character");

export const RedactionOperator = z
  .discriminatedUnion("operator", [
    z
      .object({
        operator: z.literal("mask"),
        char: OneCharacter.default("*").describe("The mask character (default `*`)."),
        keepLast: z
          .number()
          .int()
          .min(0)
          .max(100)
          .default(0)
          .describe("Characters left readable at the end (\"…0199\"); never more than half the span, so a short detail is never shown whole."),
      })
      .strict(),
    z
      .object({
        operator: z.literal("replace"),
        label: z.string().min(1).max(200).optional().describe("The text put in place of the span; default the preset's label (\"[phone hidden]\")."),
      })
      .strict(),
    z.object({ operator: z.literal("hash") }).strict(),
    z.object({ operator: z.literal("keep") }).strict(),
  ])
  .describe(
    "mask: every character becomes `char`; replace: a label; hash: `[type:<16 hex>]`, a keyed HMAC-SHA256 of the finding's normalized value (the same number written two ways hashes alike; the key is secret, so a hash cannot be brute-forced back into a phone number); keep: left as written.",
  );
export type RedactionOperator = z.output<typeof RedactionOperator>;

export const RedactionSpec = z
  .object({
    default: RedactionOperator.optional().describe("For every redacted finding without a `byType` entry; default: the preset's label for the types it labels, others kept."),
    byType: z.partialRecord(z.enum(FINDING_TYPES), RedactionOperator).optional().describe("Per finding type."),
  })
  .strict()
  .describe("Redaction operators per finding type, like Presidio's anonymizer.");
export type RedactionSpec = z.output<typeof RedactionSpec>;
/** What a caller writes (defaults not yet filled in). */
export type RedactionSpecInput = z.input<typeof RedactionSpec>;

/** What the operators need of a finding: its type and span, and its value for `hash`. */
export interface RedactableFinding {
  type: FindingType | string;
  start: number;
  end: number;
  value?: string;
}

export interface RedactionTools<F extends RedactableFinding = RedactableFinding> {
  /** The default labels (the preset's `redaction`): a type without one is kept unless the spec says otherwise. */
  labels: Partial<Record<string, string>>;
  /** The keyed hash of a finding, as hex (see `hmacHex`); required only when an operator is `hash`. */
  hash?: (finding: F) => string;
}

/** Hex digits of the hash shown in the text: 64 bits, enough to tell repeats apart; the key, not the length, keeps it safe. */
export const HASH_HEX_CHARS = 16;

/** HMAC-SHA256 of `value` under `key`, hex: the construction the ledger's `valueHash` uses (enforce/ledger-values.ts). */
export function hmacHex(key: string | Uint8Array, value: string): string {
  return createHmac("sha256", key).update(value, "utf8").digest("hex");
}

/** The operator for a finding: the caller's for its type, else the caller's default, else the preset's label (or keep). */
export function operatorFor(type: string, spec: RedactionSpec, labels: Partial<Record<string, string>>): RedactionOperator {
  const chosen = spec.byType?.[type as FindingType] ?? spec.default;
  if (chosen) return chosen;
  return labels[type] ? { operator: "replace" } : { operator: "keep" };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Widens a UTF-16 span to whole code points, so a mask never leaves half an emoji behind. */
function wholeCodePoints(text: string, start: number, end: number): [number, number] {
  if (start > 0 && start < text.length && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  if (end > 0 && end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
  return [start, end];
}

function applyOperator<F extends RedactableFinding>(op: RedactionOperator, original: string, finding: F, tools: RedactionTools<F>): string {
  switch (op.operator) {
    case "keep":
      return original;
    case "replace":
      return op.label ?? tools.labels[finding.type] ?? `[${finding.type} hidden]`;
    case "mask": {
      const chars = [...original];
      const keep = Math.min(op.keepLast, Math.floor(chars.length / 2));
      return op.char.repeat(chars.length - keep) + chars.slice(chars.length - keep).join("");
    }
    case "hash": {
      if (!tools.hash) throw new Error("redaction: the hash operator needs a key");
      return `[${finding.type}:${tools.hash(finding).slice(0, HASH_HEX_CHARS)}]`;
    }
  }
}

/**
 * `text` with each finding's span replaced by its operator's output. Overlapping findings are one
 * group (an @handle inside a messenger link, a phone inside "WhatsApp me on +91…"): the group's span
 * is the union, and it takes the operator of its first finding (by position) that is not `keep` — a
 * detail one finding hides is never left readable by another's `keep`. Adjacent findings stay apart.
 * Offsets are UTF-16 (as findings give them), widened to whole code points.
 */
export function redactWith<F extends RedactableFinding>(text: string, findings: readonly F[], spec: RedactionSpec, tools: RedactionTools<F>): string {
  const sorted = findings
    .filter((f) => f.start < f.end && f.start >= 0 && f.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (let i = 0; i < sorted.length; ) {
    let [start, end] = wholeCodePoints(text, sorted[i]!.start, sorted[i]!.end);
    const group: F[] = [];
    while (i < sorted.length && sorted[i]!.start < end) {
      const f = sorted[i]!;
      group.push(f);
      end = Math.max(end, wholeCodePoints(text, f.start, f.end)[1]);
      i++;
    }
    start = Math.max(start, at);
    const ops = group.map((f) => operatorFor(f.type, spec, tools.labels));
    const k = ops.findIndex((op) => op.operator !== "keep");
    const original = text.slice(start, end);
    out += text.slice(at, start) + (k < 0 ? original : applyOperator(ops[k]!, original, group[k]!, tools));
    at = end;
  }
  return out + text.slice(at);
}

/** Whether any finding of `findings` would be hashed under `spec`: the caller then needs a key. */
export function needsHash(findings: readonly RedactableFinding[], spec: RedactionSpec, labels: Partial<Record<string, string>>): boolean {
  return findings.some((f) => operatorFor(f.type, spec, labels).operator === "hash");
}
