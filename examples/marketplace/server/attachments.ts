import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, unlink } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { FastifyRequest } from "fastify";
import type { MpUser } from "./repository.js";
import { messageContext } from "./context.js";
import type { MarketDeps } from "./deps.js";
import { FileCheckError } from "contactguard/server";
import { badRequest, MarketError } from "./errors.js";
import { ATTACHMENT_LIMIT, MAX_ATTACHMENT_BYTES } from "./limits.js";
import { openRoomFor, roomState } from "./rooms.js";
import { formAccepted, policyRefusal, verdictOf } from "./verdict.js";

/*
 * Attachments (F1, F2). A file is streamed to disk as it arrives, never held whole in memory; one
 * of 95 MB or more is refused. When the request says its length up front the refusal comes before
 * a byte is read; otherwise the multipart parser stops keeping bytes at the limit, the partial file
 * is deleted, and the rest of the upload is read and discarded. Its contents (PDF, Word, images
 * through OCR …) are read on the document pool and held to the same rules as a message (W2, F2).
 */

/** Room for the multipart envelope around the file (boundaries, part headers). */
const ENVELOPE_BYTES = 64 * 1024;

export const tooLarge = () => new MarketError("file_too_large", ATTACHMENT_LIMIT.message, { maxBytes: MAX_ATTACHMENT_BYTES });

/** onRequest check: refuse by Content-Length before reading the body. */
export function refuseOversizedUpload(req: FastifyRequest): void {
  const length = Number(req.headers["content-length"]);
  if (Number.isFinite(length) && length > MAX_ATTACHMENT_BYTES + ENVELOPE_BYTES) throw tooLarge();
}

export async function receiveAttachment(deps: MarketDeps, req: FastifyRequest, roomId: string, me: MpUser, requestId: string) {
  const access = await openRoomFor(deps, roomId, me);
  // fileSize is inclusive: a file of exactly the limit is cut at limit-1 bytes and so refused.
  const part = await req.file({ throwFileSizeLimit: false, limits: { fileSize: MAX_ATTACHMENT_BYTES - 1, files: 1, fields: 5, parts: 6 } });
  if (!part) throw badRequest("send the file as multipart/form-data in a field named file");
  const filename = (part.filename || "file").replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 200);
  const id = randomUUID();
  await mkdir(deps.filesDir, { recursive: true });
  const partial = join(deps.filesDir, `${id}.part`);
  const out = createWriteStream(partial);
  try {
    await pipeline(part.file, out);
  } catch (err) {
    await unlink(partial).catch(() => undefined);
    throw err;
  }
  if (part.file.truncated) {
    await unlink(partial).catch(() => undefined);
    throw tooLarge();
  }

  const size = out.bytesWritten;
  const mime = part.mimetype || "application/octet-stream";
  const context = { ...messageContext(await roomState(deps, access), deps.now(), "attachment"), history: [] };
  let v;
  try {
    v = verdictOf(await deps.files.check({ path: partial, name: filename, mime, context, mode: "enforce" }, requestId));
  } catch (err) {
    // A type ContactGuard does not read (a ZIP, a design file) is judged by its name alone; a file
    // it should read but cannot (encrypted, corrupt, renamed) is refused with the reason.
    if (!(err instanceof FileCheckError) || err.code !== "unsupported_type") {
      await unlink(partial).catch(() => undefined);
      if (err instanceof FileCheckError) throw new MarketError(err.code, `This file can't be attached: ${err.message}.`);
      throw err;
    }
    v = verdictOf(await deps.checker.check({ text: filename, context, mode: "enforce" }, requestId));
  }
  if (!formAccepted(v)) {
    await unlink(partial).catch(() => undefined);
    throw policyRefusal(v);
  }
  const path = join(deps.filesDir, id);
  await rename(partial, path);
  return deps.market.insertAttachment({ id, roomId, uploaderId: me.id, filename, mime, size, path, notice: v.message || null });
}
