import { TYPE_LABEL, CLAUSE_BY_TYPE } from "../../../core/clauses.js";
import { isContactType } from "../../../core/types.js";
import type { CheckResult } from "../../../policy/engine.js";
import { ContextError } from "../../../policy/context.js";
import { createGuard } from "../../../guard.js";
import { readStdin, UsageError, type Command } from "../command.js";
import { EXIT } from "../exit.js";
import type { CHECK } from "../table.js";
import { contextValue, regionValue } from "../values.js";

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

/** `contactguard check [--context JSON] [--region CC] [--exit-zero] [TEXT...]`: exit 1 when the text is a violation. */
export const checkCommand: Command<typeof CHECK> = async ({ values, positionals, useColor }) => {
  const context = contextValue(values.context);
  const region = await regionValue(values.region);
  if (!positionals.length && process.stdin.isTTY) process.stderr.write("contactguard check: reading the text from stdin (end it with Ctrl-D)\n");
  const input = positionals.length ? positionals.join(" ") : await readStdin();
  let result;
  try {
    result = createGuard().check(input, { ...context, ...(region ? { region } : {}) });
  } catch (err) {
    // The context's fields are validated by the policy engine; its message names the field.
    if (err instanceof ContextError) throw new UsageError(err.message);
    throw err;
  }
  process.stdout.write(renderCheck(input, result, useColor));
  return result.violation && !values["exit-zero"] ? EXIT.found : EXIT.ok;
};
