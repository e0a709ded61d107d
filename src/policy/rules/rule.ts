import type { CheckContext } from "../context.js";
import type { PolicyFinding } from "../engine.js";
import type { Decision, PolicyPreset } from "../preset.js";
import type { PolicySignals } from "../signals.js";

/**
 * The contract of one POLICY.md rule. The engine walks an explicit ordered list of rules
 * (./index.ts); each rule looks at the message and what earlier rules said, and either settles the
 * decision, lets some findings be shared, takes that back, or has no say. Which action a surface
 * takes and every word the user reads still come from the preset.
 */
export interface PolicyRule {
  /** Stable name, also the file name (`e3-access`). */
  readonly id: string;
  /** The POLICY.md clauses this rule implements. */
  readonly clauses: readonly string[];
  /** One sentence: when the rule has a say and what it says. */
  readonly describe: string;
  apply(input: RuleInput): RuleOutcome;
}

export interface RuleInput {
  readonly text: string;
  readonly context: CheckContext;
  readonly preset: PolicyPreset;
  readonly now: Date;
  readonly signals: PolicySignals;
  /** Findings that are contact information (C1–C9), each annotated with its clause. */
  readonly contact: readonly PolicyFinding[];
  /** Findings that are allowed content (S1, S2). */
  readonly links: readonly PolicyFinding[];
  /** The clause that lets each covered contact finding be shared, as earlier rules said. */
  readonly covered: ReadonlyMap<PolicyFinding, string>;
  /** Contact findings whose cover an earlier rule took back, and the clause that did (E7). */
  readonly withdrawn: ReadonlyMap<PolicyFinding, string>;
}

/** The decision before the engine adds the findings and the policy id (clauses may repeat, in any order). */
export interface Verdict {
  violation: boolean;
  decision: Decision;
  clauses: string[];
  message: string;
  redactedText?: string;
}

export type RuleOutcome =
  /** The decision is made; the engine stops walking. `allowed`: the findings a whole-message exception covers. */
  | { kind: "settle"; verdict: Verdict; allowed?: { clause: string; findings: readonly PolicyFinding[] } }
  /** These findings may be shared under `clause` (E2–E4, S5). The first rule to cover a finding wins. */
  | { kind: "cover"; clause: string; findings: readonly PolicyFinding[] }
  /** `clause` takes the cover of these findings back (E7): they count as violations again. */
  | { kind: "withdraw"; clause: string; findings: readonly PolicyFinding[] }
  | { kind: "no_say" };

export const NO_SAY: RuleOutcome = Object.freeze({ kind: "no_say" });

/** The off-platform proposal that names a channel without an identifier ("text me"), as detection values it. */
export const CHANNEL_PROPOSAL = "off_platform:channel";

/** The off-platform proposal to dodge the platform's fee ("we both skip the fee"), as detection values it. */
export const FEE_AVOIDANCE = "off_platform:fees";

/** Contact findings no earlier rule has covered. */
export function uncovered(input: RuleInput): PolicyFinding[] {
  return input.contact.filter((f) => !input.covered.has(f));
}

/** Covers the uncovered findings that `fits` under `clause`; no say when there are none. */
export function coverWhere(input: RuleInput, clause: string, fits: (f: PolicyFinding) => boolean): RuleOutcome {
  const findings = uncovered(input).filter(fits);
  return findings.length > 0 ? { kind: "cover", clause, findings } : NO_SAY;
}

/** A whole-message exception (E1, E5, E6): every contact finding is allowed under `clause`. */
export function allowAll(input: RuleInput, clause: string, decision: Decision, message: string): RuleOutcome {
  return {
    kind: "settle",
    verdict: { violation: false, decision, clauses: [clause, ...input.contact.map((f) => f.clause)], message },
    allowed: { clause, findings: input.contact },
  };
}
