import { createInterface } from "node:readline";
import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import { z } from "zod";
import { createGuard, type Guard } from "../../../guard.js";
import { formatMessage, type ErrorCode } from "../../../core/errors.js";
import { storable, unsafeIdProblem } from "../../../core/strings.js";
import { ContextError } from "../../../policy/context.js";
import type { CheckResult } from "../../../policy/engine.js";
import { findingsJson } from "../../../policy/output.js";
import type { Command } from "../command.js";
import { EXIT } from "../exit.js";
import { createProgress, wantsProgress, type Progress } from "../progress.js";
import type { SCAN } from "../table.js";
import { policyValue, regionValue } from "../values.js";

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
}

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

const isErrorLine = (out: object): out is ErrorLine => "error" in out;

/** Handles one input line; never throws. */
export function scanLine(line: string, options: ScanOptions = {}): object {
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
  const parsed = ScanLine.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "line";
    return errorLine(id, "invalid_input", formatMessage("invalid_input", { field, problem: issue?.message ?? "invalid" }));
  }
  try {
    const guard = options.guard ?? (defaultGuard ??= createGuard());
    const context = parsed.data.context ?? {};
    const withRegion = options.region && context.region === undefined ? { ...context, region: options.region } : context;
    return toScanOutput(id, guard.check(parsed.data.text, withRegion));
  } catch (err) {
    if (err instanceof ContextError) return errorLine(id, err.code, err.message);
    return errorLine(id, "internal_error", (err as Error).message);
  }
}

/** What a `scan` run did: lines answered, how many were error lines (and the first one's number), how many violations. */
export interface ScanSummary {
  answered: number;
  errors: number;
  firstErrorLine: number | undefined;
  violations: number;
}

/** JSON Lines in, JSON Lines out, in order, one line at a time (constant memory on any input). */
export async function scan(input: Readable, output: Writable, options: ScanOptions = {}): Promise<ScanSummary> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const summary: ScanSummary = { answered: 0, errors: 0, firstErrorLine: undefined, violations: 0 };
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    let result = scanLine(line, options);
    if (isErrorLine(result)) {
      // The line number goes next to the id: an unparsable line has no id to find it by.
      result = { id: result.id, line: lineNumber, error: result.error };
      summary.errors++;
      summary.firstErrorLine ??= lineNumber;
    } else if ((result as { violation?: boolean }).violation) summary.violations++;
    summary.answered++;
    options.progress?.tick();
    if (!output.write(JSON.stringify(result) + "\n")) await once(output, "drain");
  }
  return summary;
}

/**
 * `contactguard scan [--policy FILE] [--region CC] [--fail-on-violation] [--exit-zero]`: JSON Lines on
 * stdin → one decision (or error line) per line on stdout. Its verdicts and its refusals are in the
 * lines, so a run that answered every line exits 0 whatever they say: the scorer in ../shared/eval
 * treats any other exit as a broken scanner, and one odd line among thousands must not void a whole
 * pipeline's output. --fail-on-violation makes a violation exit 1 and lines that could not be decided
 * exit 2 (a refusal is then an input error, as in `check`).
 */
export const scanCommand: Command<typeof SCAN> = async ({ values }) => {
  const preset = await policyValue(values.policy);
  const region = await regionValue(values.region);
  const guard = createGuard(preset ? { preset } : {});
  if (process.stdin.isTTY) process.stderr.write("contactguard scan: reading JSON Lines from stdin (end with Ctrl-D)\n");
  const progress = createProgress({ stream: process.stderr, isTTY: wantsProgress(), unit: "lines" });
  let summary;
  try {
    summary = await scan(process.stdin, process.stdout, { guard, ...(region ? { region } : {}), progress });
  } finally {
    progress.done();
  }
  if (summary.errors) {
    const s = summary.errors === 1 ? "" : "s";
    process.stderr.write(`contactguard scan: ${summary.errors} of ${summary.answered} line${summary.answered === 1 ? "" : "s"} could not be decided (error line${s}; the first is line ${summary.firstErrorLine})\n`);
  }
  if (values["exit-zero"] || !values["fail-on-violation"]) return EXIT.ok;
  if (summary.errors) return EXIT.usage;
  return summary.violations ? EXIT.found : EXIT.ok;
};
