import type { CheckResult, PolicyFinding } from "./engine.js";

/**
 * One JSON shape for findings on every surface. `scan` keeps the compact, stable fields of the
 * evaluation protocol; the HTTP API and the ledger add the recognizer and its evidence.
 */
export function findingJson(f: PolicyFinding, detail: "compact" | "full"): Record<string, unknown> {
  return {
    type: f.type,
    start: f.start,
    end: f.end,
    text: f.text,
    value: f.value,
    confidence: f.confidence,
    clause: f.clause,
    // The number's country and type (phone findings): useful to every surface, so in the compact shape too.
    ...(f.phone ? { phone: f.phone } : {}),
    ...(detail === "full" ? { recognizer: f.recognizer, evidence: f.evidence, ...(f.platform ? { platform: f.platform } : {}) } : {}),
    ...(f.allowedBy ? { allowedBy: f.allowedBy } : {}),
    ...(f.splitFrom ? { splitFrom: detail === "full" ? f.splitFrom : f.splitFrom.map((s) => s.index) } : {}),
  };
}

export function findingsJson(r: CheckResult, detail: "compact" | "full"): Array<Record<string, unknown>> {
  return r.findings.map((f) => findingJson(f, detail));
}
