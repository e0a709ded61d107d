import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { createError } from "../../../core/errors.js";
import { unsafeIdProblem } from "../../../core/strings.js";
import { DOCUMENT_ERROR_CODES, MAX_FILE_BYTES } from "../../../documents/types.js";
import { discard, FileCheckError } from "../../../enforce/file-enforcer.js";
import { z } from "zod";
import { CheckContext } from "../../../policy/context.js";
import * as E from "../examples.js";
import { FileCheckResult } from "../responses.js";
import { answers, documentBody, example, KEYED_ROUTE_ERRORS } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/*
 * POST /v1/check/file: multipart/form-data with one `file` part and optional `context` (JSON),
 * `mode` (enforce | preview | shadow) and `idempotencyKey` fields, in any order. The file is streamed
 * to disk as it arrives; a request whose Content-Length already says 95 MB or more is refused before
 * a byte is read.
 */

const ENVELOPE_BYTES = 64 * 1024;
const FIELD_LIMIT_BYTES = 1024 * 1024;

function tooLarge(): FileCheckError {
  return new FileCheckError("file_too_large", "files must be smaller than 95 MB (F1)");
}

/** The decision, or what the route can answer instead: a bad upload, a bad context, or a file it cannot read. */
const FILE_ROUTE_RESPONSES = answers(
  { 200: example(FileCheckResult, E.fileResponse, E.fileShadowResponse) },
  KEYED_ROUTE_ERRORS,
  "bad_request",
  "invalid_request",
  "invalid_context",
  "invalid_string",
  "body_too_large",
  "idempotency_conflict",
  DOCUMENT_ERROR_CODES,
);

/** The multipart form as /openapi.json shows it; the handler reads and checks it part by part. */
const FileUpload = z.object({
  file: z.string().meta({ format: "binary" }).describe("The file (one part; its name is checked too). Its type is identified from the bytes."),
  context: CheckContext.optional().describe("The check context as a JSON text field; `surface` defaults to `attachment`. A bad one is 400 `invalid_context`."),
  mode: z
    .enum(["enforce", "preview", "shadow"])
    .default("enforce")
    .describe("`preview` decides without recording; `shadow` records the decision as a shadow one and answers `allow` with `shadow: true` and `wouldDecide` (as POST /v1/check)."),
  idempotencyKey: z.string().min(1).max(200).optional().describe("A retry with the same key never records twice."),
});

/**
 * The multipart fields that name things: the file name (kept in the audit context, shown to reviewers)
 * and the idempotency key are ids, so a NUL or a lone surrogate in one is refused (src/core/strings.ts).
 */
function refuseUnsafeId(field: string, value: string | undefined): void {
  const problem = value === undefined ? null : unsafeIdProblem(value);
  if (problem) throw createError("invalid_string", { field, problem });
}

export async function fileRoutes(app: FastifyInstance, { files }: RouteDeps): Promise<void> {
  // Its own scope, so multipart parsing is registered for this route only. Its errors (FileCheckError
  // included) go to the service's one error handler, which answers with the registry's status.
  await app.register(async (scope) => {
    await scope.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: MAX_FILE_BYTES - 1, files: 1, fields: 8, parts: 9, fieldSize: FIELD_LIMIT_BYTES } });
    scope.post(
      "/v1/check/file",
      {
        config: { roles: ["platform"], swaggerTransform: documentBody(example(FileUpload, E.fileRequest, E.fileShadowRequest)) },
        onRequest: async (req, reply) => {
          const length = Number(req.headers["content-length"]);
          if (Number.isFinite(length) && length > MAX_FILE_BYTES + ENVELOPE_BYTES) {
            // The body is never read, so the connection cannot carry another request after this answer.
            void reply.header("connection", "close");
            throw tooLarge();
          }
        },
        schema: {
          tags: ["check"],
          summary: "Check a document or image (PDF, DOCX, DOC, RTF, text, HTML, CSV, vCard, PNG, JPEG, WebP)",
          description:
            "multipart/form-data with one `file` part and optional `context` (JSON), `mode` and `idempotencyKey` fields, in any order; files must be smaller than 95 MB. The file is read (text layers, OCR, QR codes) and decided like a message on the `attachment` surface: the answer is POST /v1/check's plus `file` (type, size, pages, warnings), the `document` kind, and each finding's `location` in the file. `mode: shadow` (or the preset's `rollout: shadow`) records the decision as a shadow one and answers `decision: allow` with `shadow: true` and `wouldDecide` (its findings with their locations); no violation counts. A file that cannot be read answers its document code (413, 415, 422).",
          consumes: ["multipart/form-data"],
          response: FILE_ROUTE_RESPONSES,
        },
      },
      async (req) => {
        if (!req.isMultipart()) throw new FileCheckError("bad_request", "send multipart/form-data with the file in a field named file");
        const fields: Record<string, string> = {};
        let upload: { path: string; size: number; name: string; mime: string } | undefined;
        try {
          for await (const part of req.parts()) {
            if (part.type === "file") {
              const saved = await files.receive(part.file);
              if (saved.truncated) {
                await discard(saved.path);
                throw tooLarge();
              }
              upload = { path: saved.path, size: saved.size, name: part.filename, mime: part.mimetype };
            } else fields[part.fieldname] = String(part.value);
          }
          if (!upload) throw new FileCheckError("bad_request", "send the file in a multipart field named file");
          refuseUnsafeId("file.filename", upload.name);
          refuseUnsafeId("idempotencyKey", fields.idempotencyKey);
          let context: unknown = {};
          if (fields.context) {
            try {
              context = JSON.parse(fields.context);
            } catch (err) {
              throw new FileCheckError("invalid_request", `context: not valid JSON (${(err as Error).message})`);
            }
          }
          const mode = fields.mode ?? "enforce";
          if (mode !== "enforce" && mode !== "preview" && mode !== "shadow") throw new FileCheckError("invalid_request", 'mode: must be "enforce", "preview" or "shadow"');
          return await files.check(
            { path: upload.path, name: upload.name, mime: upload.mime, context, mode, owner: req.keyId, ...(fields.idempotencyKey ? { idempotencyKey: fields.idempotencyKey } : {}) },
            req.id,
          );
        } finally {
          if (upload) await discard(upload.path);
        }
      },
    );
  });
}
