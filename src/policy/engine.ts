import { CLAUSE_BY_TYPE } from "../core/clauses.js";
import { isContactType, type Finding } from "../core/types.js";
import type { CheckContext } from "./context.js";
import type { SplitSource } from "./conversation.js";
import { foundSentence, messageLanguage, presetIn } from "./messages.js";
import type { Decision, PolicyPreset } from "./preset.js";
import { POLICY_RULES, type PolicyRule, type RuleInput, type Verdict } from "./rules/index.js";
import { restricted } from "./rules/x2-restricted.js";
import { readSignals } from "./signals.js";
import { ALLOWLIST, isAllowlisted } from "./allowlist.js";

/*
 * decide(): POLICY.md as code. The clause logic is the ordered list of rules in ./rules/ (when
 * sharing is forbidden, what is exempt, in which order); this file only walks it. Which action each
 * surface takes and every word the user reads come from the preset.
 */

export { contractStarted } from "./rules/index.js";

export interface PolicyFinding extends Finding {
  /** The clause that makes this finding contact information (C1–C9) or allowed content (S1–S3). */
  clause: string;
  /** Detection read the clause from the words around the finding (a contact page that is the work: S2), not from its type. */
  clauseFromText?: boolean;
  /** The clause that allows it here, when one does (E1–E6, S5), or `allowlist` when the preset or the request lists its value. */
  allowedBy?: string;
  /** Earlier messages of the same sender this finding was assembled from. */
  splitFrom?: SplitSource[];
}

export interface CheckResult {
  violation: boolean;
  decision: Decision;
  clauses: string[];
  message: string;
  findings: PolicyFinding[];
  redactedText?: string;
  policy: { id: string; version: string };
}

const uniq = (xs: string[]) => [...new Set(xs)];
// One collator, not one per comparison: localeCompare with a locale builds an ICU collator on every call,
// which cost about 160 ms of a 22,000-line scan. Same order (localeCompare is this collator's compare).
const CLAUSE_COLLATOR = new Intl.Collator("en", { numeric: true });
const clauseOrder = (a: string, b: string) => CLAUSE_COLLATOR.compare(a, b);

/**
 * Walks `rules` in order until one settles. Covers and withdrawals of earlier rules are handed to
 * the later ones; the first rule to cover a finding wins. `rules` is a parameter so tests can hold
 * the engine to the order of `POLICY_RULES`.
 */
export function decide(
  text: string,
  findings: Finding[],
  context: CheckContext,
  preset: PolicyPreset,
  now: Date,
  rules: readonly PolicyRule[] = POLICY_RULES,
): CheckResult {
  // Nothing found (most texts): under POLICY_RULES only X2 can say anything but no-contact's plain allow,
  // so the walk, its maps and the reader's preset are skipped (test/policy/engine-clean.test.ts holds
  // this to the walk).
  if (findings.length === 0 && rules === POLICY_RULES && !restricted(context, now)) {
    return { violation: false, decision: "allow", clauses: [], message: "", findings: [], policy: { id: preset.id, version: preset.version } };
  }
  const annotated: PolicyFinding[] = findings.map((f) =>
    f.clause ? { ...f, clause: f.clause, clauseFromText: true } : { ...f, clause: CLAUSE_BY_TYPE[f.type] },
  );
  // Allowlisted values (the preset's and the request's) are kept and marked, but no rule sees them:
  // they neither make a violation nor need an exception.
  const lists = context.allow ? [preset.allow, context.allow] : [preset.allow];
  for (const f of annotated) if (isAllowlisted(f, lists)) f.allowedBy = ALLOWLIST;
  const ruled = annotated.filter((f) => f.allowedBy !== ALLOWLIST);
  const covered = new Map<PolicyFinding, string>();
  const withdrawn = new Map<PolicyFinding, string>();
  // The rules read the preset in the reader's language (context.language): every message they pick is in it.
  const view = presetIn(preset, messageLanguage(preset, context.language));
  const input: RuleInput = {
    text,
    context,
    preset: view,
    now,
    signals: readSignals(text),
    contact: ruled.filter((f) => isContactType(f.type)),
    links: ruled.filter((f) => !isContactType(f.type)),
    covered,
    withdrawn,
  };
  for (const rule of rules) {
    const outcome = rule.apply(input);
    switch (outcome.kind) {
      case "no_say":
        continue;
      case "cover":
        for (const f of outcome.findings) if (!covered.has(f)) covered.set(f, outcome.clause);
        continue;
      case "withdraw":
        for (const f of outcome.findings) {
          covered.delete(f);
          withdrawn.set(f, outcome.clause);
        }
        continue;
      case "settle":
        for (const f of outcome.allowed?.findings ?? []) covered.set(f, outcome.allowed!.clause);
        for (const [f, clause] of covered) f.allowedBy = clause;
        return result(outcome.verdict, annotated, view);
    }
  }
  throw new Error(`policy rules [${rules.map((r) => r.id).join(", ")}] ended without a decision`);
}

/**
 * The rule's message and, after it, what the decision is about in plain words with its clauses: the
 * contact findings it blames (a violation) or lets through (a notice). An `allow` has nothing to tell.
 */
function explained(verdict: Verdict, findings: readonly PolicyFinding[], clauses: readonly string[], preset: PolicyPreset): string {
  if (!verdict.message) return verdict.message;
  const named = findings.filter((f) => isContactType(f.type) && f.allowedBy !== ALLOWLIST && (verdict.violation ? !f.allowedBy : true));
  const found = foundSentence(preset, named, clauses);
  return found ? `${verdict.message} ${found}` : verdict.message;
}

function result(verdict: Verdict, findings: PolicyFinding[], preset: PolicyPreset): CheckResult {
  const { redactedText, ...rest } = verdict;
  const clauses = uniq(verdict.clauses).sort(clauseOrder);
  return {
    ...rest,
    message: explained(verdict, findings, clauses, preset),
    clauses,
    findings,
    policy: { id: preset.id, version: preset.version },
    ...(redactedText !== undefined ? { redactedText } : {}),
  };
}
