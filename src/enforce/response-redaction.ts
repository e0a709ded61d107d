import { isContactType } from "../core/types.js";
import { needsHash, redactWith, type RedactableFinding, type RedactionSpec } from "../policy/redact.js";
import { VALUE_HASH_PREFIX } from "./ledger-values.js";
import type { CheckResponse, FindingJson } from "./types.js";

/*
 * A caller's redaction operators (POST /v1/check `redaction`) applied to the answer it gets back. Only
 * the returned `redactedText` follows them: the ledger keeps the preset's own labels ("[phone hidden]"),
 * so what reviewers read never depends on how one caller chose to render a message, and a `keep`
 * cannot put a raw detail into the decision log. Which findings are redacted stays the policy's: the
 * violating contact details, the ones the preset's labels hid.
 */

/** What the operators need of the service: the preset's labels and the ledger's keyed value hash. */
export interface ResponseRedaction {
  labels: Partial<Record<string, string>>;
  valueHash: (value: string) => Promise<string>;
}

/** A finding as a check answers with it: its value, or on an idempotent replay without STORE_TEXT only its `valueHash`. */
type AnsweredFinding = FindingJson & { valueHash?: string };

/** `response` with its `redactedText` redone under `spec`; unchanged when it has none (nothing was redacted). */
export async function redactResponse(response: CheckResponse, text: string, spec: RedactionSpec, tools: ResponseRedaction): Promise<CheckResponse> {
  if (response.redactedText === undefined) return response;
  const violating = (response.findings as AnsweredFinding[]).filter((f) => isContactType(f.type) && !f.allowedBy);
  return { ...response, redactedText: await redactWithLedgerHashes(text, violating, spec, tools) };
}

/**
 * `text` with `findings` redacted under `spec`, a `hash` operator rendering the ledger's keyed value hash
 * (so it equals the finding's `valueHash`): POST /v1/check's answers and POST /v1/detect share it. The
 * hashes are async (the ledger's secret may still be loading) and worked out only when asked for.
 */
export async function redactWithLedgerHashes<F extends RedactableFinding & { valueHash?: string }>(text: string, findings: readonly F[], spec: RedactionSpec, tools: ResponseRedaction): Promise<string> {
  const hashes = new Map<F, string>();
  if (needsHash(findings, spec, tools.labels)) {
    for (const f of findings) {
      const full = f.value !== undefined ? await tools.valueHash(f.value) : (f.valueHash ?? "");
      hashes.set(f, full.startsWith(VALUE_HASH_PREFIX) ? full.slice(VALUE_HASH_PREFIX.length) : full);
    }
  }
  return redactWith(text, findings, spec, { labels: tools.labels, hash: (f) => hashes.get(f) ?? "" });
}
