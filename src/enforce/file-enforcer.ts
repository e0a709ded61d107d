import { createWriteStream } from "node:fs";
import { mkdir, unlink } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ContactGuardError, createError, isErrorCode, type ErrorCode } from "../core/errors.js";
import { unsafeIdProblem } from "../core/strings.js";
import type { DocumentPool } from "../documents/pool.js";
import type { DocumentKindOutput, FileMeta } from "../documents/scan.js";
import type { Location } from "../documents/types.js";
import type { Enforcer, CheckResponse } from "./enforcer.js";

/*
 * Files through the service: the upload is streamed to a temporary file (never held whole), read and
 * decided on the document pool, and recorded in the ledger like any check, with the file's name,
 * type and size in the audit context. The temporary file is removed whatever happens.
 */

export interface FileCheckInput {
  /** The file on disk (already streamed there). */
  path: string;
  name?: string;
  mime?: string;
  context?: unknown;
  mode?: "enforce" | "preview" | "shadow";
  idempotencyKey?: string;
  /** Who the idempotency key belongs to (CheckRequest.owner). */
  owner?: string;
}

export type FileCheckResponse = CheckResponse & { file?: { name: string | null } & Omit<FileMeta, "document">; document?: DocumentKindOutput | null };

/**
 * A file the service cannot decide on (unreadable, too large, a bad upload). Its HTTP status is the
 * registry's for its code (src/core/errors.ts): 413, 415, 422 for the document codes, 400 for a bad request.
 */
export class FileCheckError extends ContactGuardError {
  constructor(code: ErrorCode, message: string) {
    super(code, message);
    this.name = "FileCheckError";
  }
}

export class FileEnforcer {
  constructor(
    private readonly checker: Enforcer,
    private readonly pool: DocumentPool,
    readonly uploadDir: string,
  ) {}

  /** Decides on a file already on disk. Throws `FileCheckError` when it cannot be read, `ContextError` on a bad context. */
  async check(input: FileCheckInput, requestId: string): Promise<FileCheckResponse> {
    // The file name is kept in the audit context and shown to reviewers: an id, so refused, not repaired.
    const nameProblem = input.name === undefined ? null : unsafeIdProblem(input.name);
    if (nameProblem) throw createError("invalid_string", { field: "file.name", problem: nameProblem });
    let meta: FileMeta | undefined;
    let locations: Array<Location | undefined> = [];
    const response = await this.checker.decideAndRecord(
      input,
      requestId,
      async (context) => {
        const outcome = await this.pool.check({ path: input.path, name: input.name, mime: input.mime, context });
        // The pool answers with registry codes; anything else would be a bug in the reader, not the file.
        if (!outcome.ok) throw new FileCheckError(isErrorCode(outcome.error.code) ? outcome.error.code : "internal_error", outcome.error.message);
        meta = outcome.check.meta;
        locations = outcome.check.locations;
        return { text: outcome.check.text, result: outcome.check.result };
      },
      {
        defaults: { surface: "attachment" },
        audit: () => ({
          file: { name: input.name ?? null, type: meta?.type, size: meta?.size, ...(meta?.pages !== undefined ? { pages: meta.pages } : {}) },
          document: meta?.document ?? null,
        }),
      },
    );
    if (!meta) return response; // an idempotent replay: the recorded answer
    const { document, ...file } = meta;
    const located = (findings: CheckResponse["findings"]) => findings.map((f, i) => (locations[i] ? { ...f, location: locations[i] } : f));
    return {
      ...response,
      findings: located(response.findings),
      // A shadow answer finds nothing itself: the places belong to the findings it would have enforced.
      ...(response.wouldDecide ? { wouldDecide: { ...response.wouldDecide, findings: located(response.wouldDecide.findings) } } : {}),
      file: { name: input.name ?? null, ...file },
      document,
    };
  }

  /** Streams an upload to a new temporary file; `truncated` means the size limit cut it. */
  async receive(stream: Readable & { truncated?: boolean }): Promise<{ path: string; size: number; truncated: boolean }> {
    await mkdir(this.uploadDir, { recursive: true });
    const path = join(this.uploadDir, `${randomUUID()}.upload`);
    const out = createWriteStream(path);
    try {
      await pipeline(stream, out);
    } catch (err) {
      await discard(path);
      throw err;
    }
    return { path, size: out.bytesWritten, truncated: stream.truncated === true };
  }
}

export const discard = (path: string) => unlink(path).catch(() => undefined);
