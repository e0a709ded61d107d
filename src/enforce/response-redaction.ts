import { isContactType } from "../core/types.js";
import { needsHash, redactWith, type RedactionSpec } from "../policy/redact.js";
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
  // The hashes are the ledger's (async: its secret may still be loading), worked out only when asked for.
  const hashes = new Map<AnsweredFinding, string>();
  if (needsHash(violating, spec, tools.labels)) {
    for (const f of violating) {
      const full = f.value !== undefined ? await tools.valueHash(f.value) : (f.valueHash ?? "");
      hashes.set(f, full.startsWith(VALUE_HASH_PREFIX) ? full.slice(VALUE_HASH_PREFIX.length) : full);
    }
  }
  const redactedText = redactWith(text, violating, spec, { labels: tools.labels, hash: (f) => hashes.get(f) ?? "" });
  return { ...response, redactedText };
}
