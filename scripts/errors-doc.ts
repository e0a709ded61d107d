import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ERROR_CATEGORIES, ERROR_CODES, ERRORS, type ErrorCategory } from "../src/core/errors.js";

/*
 * docs/errors.md, generated from the registry (src/core/errors.ts): `npm run docs:errors`.
 * test/core/errors.test.ts fails when the committed file differs from what this renders.
 */

export const ERRORS_DOC_PATH = fileURLToPath(new URL("../docs/errors.md", import.meta.url));

const CATEGORY_TITLES: Record<ErrorCategory, string> = {
  request: "Request: the input is malformed",
  auth: "Auth: API keys and roles",
  policy: "Policy: contexts, presets, refusals",
  document: "Document: files that cannot be read",
  ledger: "Ledger: records",
  stream: "Stream: the NATS worker",
  internal: "Internal: the service itself",
};

/** A table cell: pipes escaped, a line break shown as `\n`. */
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, "\\n");

export function renderErrorsDoc(): string {
  const lines = [
    "# Errors",
    "",
    "<!-- Generated from src/core/errors.ts by `npm run docs:errors`; do not edit by hand. -->",
    "",
    "Every refusal carries a stable `code` from one registry (`src/core/errors.ts`); clients branch on the",
    "code, never on the message. The same codes appear everywhere:",
    "",
    "- **HTTP**: the body is `{statusCode, code, message}` (the `ErrorBody` schema in `/openapi.json`, where",
    "  every route lists the statuses it can answer with). The reference marketplace adds details (e.g. the",
    "  findings to highlight) next to these three fields.",
    "- **`contactguard scan`**: a line that cannot be decided is `{id, line, error: {code, message}}` (`line`: its line number in the input).",
    "- **`contactguard scan-file`**: a file that cannot be read is `{file, error: {code, message}}`.",
    "- **Stream worker**: a dead letter is `{id, error: {code, message}, …}`.",
    "- **Library**: errors are `ContactGuardError` (subclasses `ContextError`, `PresetError`, `NotFoundError`,",
    "  `ConflictError`, `FileCheckError`, `DocumentError`) with `code`, `statusCode`, `category` and `details`.",
    "  `ContextError` and `PresetError` keep every zod issue (`issues`, with paths), not only the first.",
    "",
    "In a message shape, `{name}` is the part filled in per error.",
    "",
  ];
  for (const category of ERROR_CATEGORIES) {
    const codes = ERROR_CODES.filter((code) => ERRORS[code].category === category);
    if (codes.length === 0) continue;
    lines.push(`## ${CATEGORY_TITLES[category]}`, "", "| Code | HTTP status | Message shape | Meaning |", "| --- | --- | --- | --- |");
    for (const code of codes) {
      const spec = ERRORS[code];
      lines.push(`| \`${code}\` | ${spec.statusCode} | \`${cell(spec.message)}\` | ${cell(spec.description)} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ERRORS_DOC_PATH, renderErrorsDoc());
  process.stdout.write(`wrote ${ERRORS_DOC_PATH}\n`);
}
