import type { Guard } from "../guard.js";
import { ContextError, parseContext, type CheckContext } from "../policy/context.js";
import type { ErrorCode } from "../core/errors.js";
import type { CheckResult } from "../policy/engine.js";
import { findingJson } from "../policy/output.js";
import { guessDocumentKind, type KindGuess } from "../policy/document-kind.js";
import { locate, readDocument, type DocumentText, type ReadOptions } from "./read.js";
import { MIME_TYPES } from "./formats.js";
import { DocumentError, type FileType, type Location } from "./types.js";

/*
 * One file through the whole pipeline: read it into located text, settle the document kind (from
 * the context, else guessed from the content), then detect → decide exactly as for a message, and
 * give every finding its place in the file.
 */

export interface FileCheckRequest extends ReadOptions {
  path: string;
  /** The check context; `surface` defaults to "attachment". Validated here (ContextError on bad input). */
  context?: unknown;
}

/** How the document kind the policy used was settled. */
export type DocumentKindOutput = { kind: string; source: "context" } | ({ source: "content" } & KindGuess);

export interface FileMeta {
  type: FileType;
  mime: string;
  size: number;
  pages?: number;
  ocrPages?: number;
  warnings: string[];
  document: DocumentKindOutput | null;
}

export interface FileCheck {
  meta: FileMeta;
  text: string;
  result: CheckResult;
  /** Each finding's location, index for index. */
  locations: Array<Location | undefined>;
}

/** The context a file is decided under: attachment by default, with the document kind settled. */
export function fileContext(input: unknown, doc: Pick<DocumentText, "text">, name?: string): { context: CheckContext; document: DocumentKindOutput | null } {
  const given = input && typeof input === "object" ? (input as Record<string, unknown>) : {};
  const context = parseContext({ surface: "attachment", ...given });
  if (context.document) return { context, document: { kind: context.document.kind, source: "context" } };
  const guess = guessDocumentKind(doc.text);
  if (!guess) return { context, document: null };
  const document: DocumentKindOutput = { source: "content", ...guess };
  return guess.applied ? { context: { ...context, document: { kind: guess.kind, ...(name ? { name } : {}) } }, document } : { context, document };
}

export async function checkFile(guard: Guard, request: FileCheckRequest): Promise<FileCheck> {
  // A bad context fails before the file is read: the caller's mistake should not cost a PDF parse.
  parseContext({ surface: "attachment", ...(request.context && typeof request.context === "object" ? request.context : {}) });
  const doc = await readDocument(request.path, request);
  const { context, document } = fileContext(request.context, doc, request.name);
  const result = guard.check(doc.text, context, { findings: doc.structural });
  return {
    meta: {
      type: doc.type,
      mime: MIME_TYPES[doc.type],
      size: doc.size,
      ...(doc.pages !== undefined ? { pages: doc.pages } : {}),
      ...(doc.ocrPages ? { ocrPages: doc.ocrPages } : {}),
      warnings: doc.warnings,
      document,
    },
    text: doc.text,
    result,
    locations: result.findings.map((f) => locate(doc, f.start, f.end)),
  };
}

/** The `scan-file` line: `scan`'s shape plus the file, its type, and each finding's location. */
export function fileScanOutput(file: string, check: Pick<FileCheck, "meta" | "result" | "locations">, detail: "compact" | "full" = "compact"): Record<string, unknown> {
  const r = check.result;
  return {
    file,
    ...check.meta,
    violation: r.violation,
    decision: r.decision,
    message: r.message,
    clauses: r.clauses,
    findings: r.findings.map((f, i) => ({ ...findingJson(f, detail), ...(check.locations[i] ? { location: check.locations[i] } : {}) })),
    ...(r.redactedText !== undefined ? { redactedText: r.redactedText } : {}),
    policy: r.policy,
  };
}

export function fileErrorOutput(file: string, err: unknown): { file: string; error: { code: ErrorCode; message: string } } {
  // Only the expected failures keep their code; anything else is a bug, reported as internal_error.
  if (err instanceof DocumentError || err instanceof ContextError) return { file, error: { code: err.code, message: err.message } };
  return { file, error: { code: "internal_error", message: err instanceof Error ? err.message : String(err) } };
}
