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
import { loadPresetFile } from "../../../policy/preset.js";
import { takeOption, type CommandContext } from "../command.js";

/** One line of `scan` input. `context` is validated by the policy engine; here it only has to be an object. */
export const ScanLine = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string({ error: "\"text\" must be a string" }),
  context: z.record(z.string(), z.unknown()).nullable().optional(),
});

export interface ScanOptions {
  /** The guard to decide with (default: the `marketplace-default` preset). */
  guard?: Guard;
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

/** A line that could not be decided: a registry code (invalid_json, invalid_input, invalid_string, invalid_context, internal_error) and why. */
type ErrorLine = { id: string | number | null; error: { code: ErrorCode; message: string } };

function errorLine(id: ErrorLine["id"], code: ErrorCode, message: string): ErrorLine {
  return { id, error: { code, message } };
}

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
    return toScanOutput(id, guard.check(parsed.data.text, parsed.data.context ?? {}));
  } catch (err) {
    if (err instanceof ContextError) return errorLine(id, err.code, err.message);
    return errorLine(id, "internal_error", (err as Error).message);
  }
}

/** JSON Lines in, JSON Lines out, in order, one line at a time (constant memory on any input). */
export async function scan(input: Readable, output: Writable, options: ScanOptions = {}): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    if (line.trim() === "") continue;
    const out = JSON.stringify(scanLine(line, options)) + "\n";
    count++;
    if (!output.write(out)) await once(output, "drain");
  }
  return count;
}

/** `contactguard scan [--policy FILE]`: JSON Lines on stdin → one decision (or error line) per line on stdout. */
export async function scanCommand({ args, region }: CommandContext): Promise<number> {
  const presetPath = takeOption(args, "--policy");
  const guard = createGuard(presetPath ? { preset: loadPresetFile(presetPath) } : {});
  if (region) process.stderr.write("contactguard: --region applies to check; set context.region per scan line\n");
  await scan(process.stdin, process.stdout, { guard });
  return 0;
}
