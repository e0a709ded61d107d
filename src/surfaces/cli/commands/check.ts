import { TYPE_LABEL, CLAUSE_BY_TYPE } from "../../../core/clauses.js";
import { isContactType } from "../../../core/types.js";
import type { CheckResult } from "../../../policy/engine.js";
import { ContextError } from "../../../policy/context.js";
import { createGuard } from "../../../guard.js";
import { readStdin, takeOption, type CommandContext } from "../command.js";

const color = (on: boolean) => ({
  mark: (s: string) => (on ? `\x1b[1;41;97m${s}\x1b[0m` : `[${s}]`),
  link: (s: string) => (on ? `\x1b[4;36m${s}\x1b[0m` : `{${s}}`),
  dim: (s: string) => (on ? `\x1b[2m${s}\x1b[0m` : s),
  bold: (s: string) => (on ? `\x1b[1m${s}\x1b[0m` : s),
});

/** The text with findings highlighted, then one explained line per finding: for people, not machines. */
export function renderCheck(text: string, result: CheckResult, useColor: boolean): string {
  const findings = result.findings;
  const c = color(useColor);
  let out = "";
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + (isContactType(f.type) ? c.mark(f.text) : c.link(f.text));
    at = f.end;
  }
  out += text.slice(at);
  const lines = [out, ""];
  const contact = findings.filter((f) => isContactType(f.type));
  lines.push(c.bold(`decision: ${result.decision}${result.violation ? " (violation)" : ""}  clauses: ${result.clauses.join(", ") || "—"}`));
  if (result.message) lines.push(`  “${result.message}”`);
  if (!contact.length) lines.push("  No contact information found.");
  for (const f of findings) {
    const disguises = f.evidence.disguises.length ? ` undone: ${f.evidence.disguises.join(", ")}` : "";
    const context = f.evidence.contextWords.length ? ` context: ${f.evidence.contextWords.join(", ")}` : "";
    lines.push(
      `  ${CLAUSE_BY_TYPE[f.type].padEnd(3)}${f.allowedBy ? ` allowed by ${f.allowedBy}` : ""} ${f.type.padEnd(20)} ${JSON.stringify(f.text)} → ${f.value}` +
        c.dim(`  (${TYPE_LABEL[f.type]}; ${f.start}–${f.end}; confidence ${f.confidence}; ${f.recognizer};${disguises}${context})`),
    );
  }
  if (result.redactedText !== undefined) lines.push("", `redacted: ${result.redactedText}`);
  return lines.join("\n") + "\n";
}

/** `contactguard check [--region CC] [--context JSON] "TEXT"`: exit 1 when the text is a violation, 2 on bad options. */
export async function checkCommand({ args, region, useColor }: CommandContext): Promise<number> {
  const contextJson = takeOption(args, "--context");
  let context: unknown = {};
  if (contextJson) {
    try {
      context = JSON.parse(contextJson);
    } catch (err) {
      process.stderr.write(`contactguard: --context is not valid JSON: ${(err as Error).message}\n`);
      return 2;
    }
  }
  const input = args.length ? args.join(" ") : await readStdin();
  let result;
  try {
    result = createGuard().check(input, { ...(context as object), ...(region ? { region } : {}) });
  } catch (err) {
    if (err instanceof ContextError) {
      process.stderr.write(`contactguard: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  process.stdout.write(renderCheck(input, result, useColor));
  return result.violation ? 1 : 0;
}
