import type { PolicyFinding } from "../policy/engine.js";
import type { Decision } from "../policy/preset.js";
import type { Standing } from "../ledger/repository.js";

/*
 * The boundary of the act stage: what every surface (HTTP, stream, the embedding application) sends
 * to the enforcer and gets back. Typed here once so callers read fields instead of re-parsing JSON.
 */

export interface CheckRequest {
  text: string;
  /** Validated by the enforcer (parseContext): callers pass what they received. */
  context?: unknown;
  idempotencyKey?: string;
  /**
   * Who the idempotency key belongs to — the API key's id over HTTP, `stream` for the stream worker
   * (default `local`): keys of different owners never meet. Set by the surface, never by the client.
   */
  owner?: string;
  /**
   * The hash the idempotency key is bound to, when the surface adds to what the client sent (the
   * stream worker adds the room's history); by default the hash of `text`, `context` and `mode`.
   */
  requestHash?: string;
  /**
   * `preview` decides without recording (the composer's pre-send nudge); `enforce` records; `shadow`
   * records the decision as a shadow one and answers `allow` with `wouldDecide` (issue 20). A preset
   * with `rollout: "shadow"` makes every `enforce` request a shadow one.
   */
  mode?: "enforce" | "preview" | "shadow";
}

/**
 * One finding as the act stage returns and records it: exactly the object `findingJson(f, "full")`
 * (src/policy/output.ts) writes. The optional keys are written only when the finding has them.
 * Pinned against that function by test/enforce/types.test.ts.
 */
export type FindingJson = Pick<PolicyFinding, "type" | "start" | "end" | "text" | "value" | "confidence" | "clause" | "recognizer" | "evidence"> &
  Partial<Pick<PolicyFinding, "platform" | "allowedBy" | "splitFrom" | "phone">>;

/** What a shadow decision would have enforced: the parts of a response that act on the text and the sender. */
export type WouldDecide = Pick<CheckResponse, "decision" | "violation" | "clauses" | "message" | "findings" | "redactedText">;

export interface CheckResponse {
  /** The ledger id; null for a preview, which is not recorded. */
  decisionId: string | null;
  violation: boolean;
  decision: Decision;
  message: string;
  clauses: string[];
  findings: FindingJson[];
  redactedText?: string;
  policy: { id: string; version: string };
  /** The sender's standing after this decision; null when the context names no sender. */
  standing: Standing | null;
  /** False for a preview and for an idempotent replay of an earlier decision. */
  recorded: boolean;
  /** Present (true) only on a shadow answer: the decision above is `allow`, the real one is `wouldDecide`. */
  shadow?: true;
  /** A shadow answer's decision as it would have been enforced. */
  wouldDecide?: WouldDecide;
}
