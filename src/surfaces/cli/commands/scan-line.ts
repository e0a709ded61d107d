import { z } from "zod";
import { createGuard, type Guard } from "../../../guard.js";
import { formatMessage, type ErrorCode } from "../../../core/errors.js";
import { storable, unsafeIdProblem } from "../../../core/strings.js";
import { ContextError } from "../../../policy/context.js";
import type { CheckResult } from "../../../policy/engine.js";
import type { PolicyPreset } from "../../../policy/preset.js";
import { findingsJson } from "../../../policy/output.js";
import type { Progress } from "../progress.js";

/*
 * One line of `scan`: parse, check, answer. Kept apart from the command (scan.ts) because it loads the
 * whole engine: the command imports this module only when the first line arrives, so `scan` on an empty
 * input, `--help` and a refused option never pay for building the detection tables (issue 21, start-up).
 */

/** One line of `scan` input. `context` is validated by the policy engine; here it only has to be an object. */
export const ScanLine = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string({ error: "\"text\" must be a string" }),
  context: z.record(z.string(), z.unknown()).nullable().optional(),
});

export interface ScanOptions {
  /** The guard to decide with (default: the `marketplace-default` preset). */
  guard?: Guard;
  /** The region for lines whose context has none (`scan --region`). */
  region?: string;
  /** Told of every line answered (`scan` draws it on a terminal's stderr). */
  progress?: Progress;
  /** The preset of the guard made for the run when `guard` is not given (`scan --policy`). */
  preset?: PolicyPreset;
}

/** The guard a `scan` run decides with when it was given none. */
export const guardFor = (preset: PolicyPreset | undefined): Guard => createGuard(preset ? { preset } : {});

/** The stable `scan` output line: the decision plus each finding's span and value. */
export function toScanOutput(id: string | number | null, r: CheckResult): object {
  return {
    id,
    violation: r.violation,
    decision: r.decision,
    message: r.message,
    clauses: r.clauses,
    findings: findingsJson(r, "compact"),
    ...(r.redactedText !== undefined ? { redactedText: r.redactedText } : {}),
    policy: r.policy,
  };
}

let defaultGuard: Guard | undefined;

/**
 * A line that could not be decided: a registry code (invalid_json, invalid_input, invalid_string,
 * invalid_context, internal_error) and why; `scan` adds the input's line number (1-based, blank lines counted).
 */
export type ErrorLine = { id: string | number | null; line?: number; error: { code: ErrorCode; message: string } };

function errorLine(id: ErrorLine["id"], code: ErrorCode, message: string): ErrorLine {
  return { id, error: { code, message } };
}

/** A line's text and context, as `ScanLine` would give them back. */
interface LineData {
  text: string;
  context?: Record<string, unknown> | null | undefined;
}

/**
 * The common line, `{id, text, context}` with a string text, a string or finite-number id and an object
 * (or null, or no) context, checked by hand: `ScanLine.safeParse` cost about 140 ms of a 22,000-line scan
 * (performance.md §1.4) for lines that nearly all look like this. Anything else goes to zod, which
 * decides it and words its error. What this accepts, zod accepts with the same data
 * (test/surfaces/cli/scan-line-fast.test.ts holds the two together).
 */
export function commonLine(raw: unknown): LineData | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const { id, text, context } = raw as Record<string, unknown>;
  if (typeof text !== "string") return undefined;
  // z.number() refuses Infinity, which JSON.parse makes of 1e400.
  if (id !== undefined && typeof id !== "string" && !(typeof id === "number" && Number.isFinite(id))) return undefined;
  if (context === undefined || context === null) return { text, context };
  // z.record copies the context key by key, and copying an own "__proto__" key sets the copy's prototype: zod's path, then.
  if (typeof context !== "object" || Array.isArray(context) || Object.hasOwn(context, "__proto__")) return undefined;
  return { text, context: context as Record<string, unknown> };
}

/** The line's id (or null) and its decision, or its error line; never throws. */
function decideLine(line: string, options: ScanOptions): ErrorLine | { id: string | number | null; result: CheckResult } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return errorLine(null, "invalid_json", formatMessage("invalid_json", { what: "line", reason: (err as Error).message }));
  }
  const id = raw && typeof raw === "object" && "id" in raw && (typeof raw.id === "string" || typeof raw.id === "number") ? raw.id : null;
  // The one hygiene rule (src/core/strings.ts): an id with a NUL or a lone surrogate is refused; the
  // error line echoes it repaired, so the output stays plain text. Context ids are checked by the policy.
  const idProblem = typeof id === "string" ? unsafeIdProblem(id) : null;
  if (idProblem) return errorLine(storable(id as string), "invalid_string", formatMessage("invalid_string", { field: "id", problem: idProblem }));
  let data = commonLine(raw);
  if (!data) {
    const parsed = ScanLine.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join(".") || "line";
      return errorLine(id, "invalid_input", formatMessage("invalid_input", { field, problem: issue?.message ?? "invalid" }));
    }
    data = parsed.data;
  }
  try {
    const guard = options.guard ?? (defaultGuard ??= createGuard());
    const context = data.context ?? {};
    const withRegion = options.region && context.region === undefined ? { ...context, region: options.region } : context;
    return { id, result: guard.check(data.text, withRegion) };
  } catch (err) {
    if (err instanceof ContextError) return errorLine(id, err.code, err.message);
    return errorLine(id, "internal_error", (err as Error).message);
  }
}

/** Handles one input line; never throws. */
export function scanLine(line: string, options: ScanOptions = {}): object {
  const decided = decideLine(line, options);
  return "error" in decided ? decided : toScanOutput(decided.id, decided.result);
}

/**
 * The text after `{"id":…` of the output line of a clean text (no finding, allowed, nothing to say),
 * by policy: it is the same for every such line, so it is written once, not stringified 18,000 times.
 */
const cleanTails = new Map<string, string>();

function cleanLineJson(id: string | number | null, r: CheckResult): string | undefined {
  if (r.findings.length > 0 || r.violation || r.decision !== "allow" || r.message !== "" || r.clauses.length > 0 || r.redactedText !== undefined) return undefined;
  const key = `${r.policy.id}\u0000${r.policy.version}`;
  let tail = cleanTails.get(key);
  if (tail === undefined) {
    tail = JSON.stringify(toScanOutput(null, r)).slice('{"id":null'.length);
    cleanTails.set(key, tail);
  }
  return `{"id":${JSON.stringify(id)}${tail}`;
}

/** One line's answer as `scan` writes it: the output line's JSON, or the error line (the caller adds the line number). */
export function scanLineJson(line: string, options: ScanOptions = {}): { error: ErrorLine; json?: undefined; violation?: undefined } | { error?: undefined; json: string; violation: boolean } {
  const decided = decideLine(line, options);
  if ("error" in decided) return { error: decided };
  const { id, result } = decided;
  return { json: cleanLineJson(id, result) ?? JSON.stringify(toScanOutput(id, result)), violation: result.violation };
}
