import { expect } from "vitest";
import { CLAUSE_BY_TYPE } from "../../../src/core/clauses.js";
import { isContactType, type FindingType } from "../../../src/core/types.js";
import { parseContext, type CheckContextInput } from "../../../src/policy/context.js";
import type { PolicyFinding } from "../../../src/policy/engine.js";
import { builtinPreset, type PolicyPreset } from "../../../src/policy/preset.js";
import type { RuleInput, RuleOutcome, Verdict } from "../../../src/policy/rules/index.js";
import { readSignals } from "../../../src/policy/signals.js";

/** Shared set-up for the rule tests: hand-made findings, so a rule is tested without detection. */
export const NOW = new Date("2026-03-10T09:00:00Z");
export const PRESET = builtinPreset();
export const freelancer = { id: "fl-1", role: "freelancer", plan: "basic" } as const;
export const client = { id: "cl-1", role: "client", plan: "basic" } as const;

const DEFAULT_VALUE: Partial<Record<FindingType, string>> = {
  phone: "+14155550199",
  email: "kenji@sato-studio.jp",
  contact_request: "request:whatsapp",
  off_platform: "off_platform:channel",
  url: "https://greenleaf-gardening.com/",
  portfolio_link: "https://github.com/kenji",
};

export function finding(type: FindingType, over: Partial<PolicyFinding> = {}): PolicyFinding {
  const value = over.value ?? DEFAULT_VALUE[type] ?? `${type}:x`;
  return {
    type,
    start: 0,
    end: (over.text ?? value).length,
    text: value,
    value,
    confidence: 0.95,
    recognizer: "test",
    evidence: { disguises: [], contextWords: [] },
    clause: CLAUSE_BY_TYPE[type],
    ...over,
  };
}

export interface InputOptions {
  text?: string;
  context?: Partial<CheckContextInput>;
  findings?: PolicyFinding[];
  covered?: Array<[PolicyFinding, string]>;
  withdrawn?: Array<[PolicyFinding, string]>;
  preset?: PolicyPreset;
}

export function ruleInput(o: InputOptions = {}): RuleInput {
  const findings = o.findings ?? [];
  const text = o.text ?? findings.map((f) => f.text).join(" ");
  return {
    text,
    context: parseContext({ surface: "message", sender: freelancer, recipient: client, contract: { status: "none" }, ...o.context }),
    preset: o.preset ?? PRESET,
    now: NOW,
    signals: readSignals(text),
    contact: findings.filter((f) => isContactType(f.type)),
    links: findings.filter((f) => !isContactType(f.type)),
    covered: new Map(o.covered ?? []),
    withdrawn: new Map(o.withdrawn ?? []),
  };
}

export function verdictOf(outcome: RuleOutcome): Verdict {
  expect(outcome.kind).toBe("settle");
  if (outcome.kind !== "settle") throw new Error("not settled");
  return outcome.verdict;
}

/** The findings a cover or withdraw outcome names, with its clause. */
export function namedBy(outcome: RuleOutcome): { clause: string; findings: readonly PolicyFinding[] } {
  expect(["cover", "withdraw"]).toContain(outcome.kind);
  if (outcome.kind !== "cover" && outcome.kind !== "withdraw") throw new Error(`unexpected ${outcome.kind}`);
  return { clause: outcome.clause, findings: outcome.findings };
}
