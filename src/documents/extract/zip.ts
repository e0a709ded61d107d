/**
 * Safe reading of selected ZIP entries (for DOCX), with zip-bomb limits.
 *
 * Declared sizes come from the central directory and are checked before anything is inflated: an
 * entry larger than `maxEntryBytes`, all entries together larger than `maxTotalBytes`, an entry of
 * more than 1 MiB whose inflated/compressed ratio exceeds `maxRatio`, or more than
 * {@link MAX_ZIP_ENTRIES} entries — all refuse the file with `zip_bomb`. Declared sizes can lie, so
 * the bytes actually inflated are counted as they stream out of zlib as well, against the same
 * limits; and yauzl's `validateEntrySizes` fails an entry the moment it inflates beyond its declared
 * size, which we also report as `zip_bomb` (a header that understates what an entry inflates to is
 * the classic way to slip a bomb past declared-size checks).
 */
import { open as openFile } from "node:fs/promises";
import yauzl from "yauzl";
import type { Entry, ZipFile } from "yauzl";
import { checkDeadline, DocumentError, type ExtractLimits } from "../types.js";

/** More entries than this and the archive is refused (a DOCX has a few dozen). */
export const MAX_ZIP_ENTRIES = 10_000;
/** Entries inflating to at most this many bytes are exempt from the ratio check (small XML compresses very well). */
export const RATIO_EXEMPT_BYTES = 1024 * 1024;

/**
 * Reads the entries whose name `wanted` accepts, fully inflated, keyed by their name as stored.
 * Throws only {@link DocumentError}: `zip_bomb`, `encrypted`, `corrupt`, `truncated`, `timeout`,
 * `unreadable`.
 */
export async function readZipEntries(
  path: string,
  wanted: (name: string) => boolean,
  limits: ExtractLimits,
): Promise<Map<string, Buffer>> {
  let zip: ZipFile;
  try {
    zip = await openZip(path);
  } catch (err) {
    throw await mapZipError(err, path);
  }
  // A zipfile with no 'error' listener would crash the process on a late error; failures are
  // reported through the per-entry promises below.
  let lateError: unknown;
  zip.on("error", (err: unknown) => {
    lateError ??= err;
  });
  const out = new Map<string, Buffer>();
  try {
    if (zip.entryCount > MAX_ZIP_ENTRIES) {
      throw new DocumentError("zip_bomb", `the archive has ${zip.entryCount} entries (at most ${MAX_ZIP_ENTRIES} allowed)`);
    }
    let declaredTotal = 0;
    let inflatedTotal = 0;
    let count = 0;
    for (;;) {
      checkDeadline(limits);
      const entry = await nextEntry(zip);
      if (entry === null) break;
      if (++count > MAX_ZIP_ENTRIES) {
        throw new DocumentError("zip_bomb", `the archive has more than ${MAX_ZIP_ENTRIES} entries`);
      }
      const name = entry.fileName;
      if (name.endsWith("/")) continue; // a directory
      const size = entry.uncompressedSize;
      if (size > limits.maxEntryBytes) {
        throw new DocumentError("zip_bomb", `the archive entry ${name} inflates to ${size} bytes (at most ${limits.maxEntryBytes} allowed)`);
      }
      declaredTotal += size;
      if (declaredTotal > limits.maxTotalBytes) {
        throw new DocumentError("zip_bomb", `the archive's entries inflate to more than ${limits.maxTotalBytes} bytes`);
      }
      if (size > RATIO_EXEMPT_BYTES && size > entry.compressedSize * limits.maxRatio) {
        throw new DocumentError("zip_bomb", `the archive entry ${name} is compressed more than ${limits.maxRatio}:1`);
      }
      if (!wanted(name)) continue;
      if (entry.isEncrypted()) throw new DocumentError("encrypted", `the archive entry ${name} is encrypted`);
      const data = await readEntry(zip, entry, limits, inflatedTotal);
      inflatedTotal += data.length;
      out.set(name, data);
    }
    if (lateError !== undefined) throw lateError;
    return out;
  } catch (err) {
    throw await mapZipError(err, path);
  } finally {
    zip.close();
  }
}

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, validateEntrySizes: true, autoClose: false, decodeStrings: true, strictFileNames: false },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    );
  });
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: Entry) => {
      cleanup();
      resolve(entry);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (err: unknown) => {
      cleanup();
      reject(err);
    };
    const cleanup = () => {
      zip.off("entry", onEntry);
      zip.off("end", onEnd);
      zip.off("error", onError);
    };
    zip.on("entry", onEntry);
    zip.on("end", onEnd);
    zip.on("error", onError);
    zip.readEntry();
  });
}

/** Inflates one entry, counting the bytes that actually come out against the limits. */
function readEntry(zip: ZipFile, entry: Entry, limits: ExtractLimits, inflatedBefore: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const chunks: Buffer[] = [];
      let inflated = 0;
      let done = false;
      const fail = (e: unknown) => {
        if (done) return;
        done = true;
        stream.destroy();
        reject(e);
      };
      stream.on("data", (chunk: Buffer) => {
        if (done) return;
        inflated += chunk.length;
        if (inflated > limits.maxEntryBytes || inflatedBefore + inflated > limits.maxTotalBytes) {
          return fail(new DocumentError("zip_bomb", `the archive entry ${entry.fileName} inflates beyond the allowed size`));
        }
        if (inflated > RATIO_EXEMPT_BYTES && inflated > entry.compressedSize * limits.maxRatio) {
          return fail(new DocumentError("zip_bomb", `the archive entry ${entry.fileName} is compressed more than ${limits.maxRatio}:1`));
        }
        if (Date.now() > limits.deadline) {
          try {
            checkDeadline(limits);
          } catch (e) {
            return fail(e);
          }
        }
        chunks.push(chunk);
      });
      stream.on("error", fail);
      stream.on("end", () => {
        if (done) return;
        done = true;
        resolve(Buffer.concat(chunks, inflated));
      });
    });
  });
}

/** Turns whatever yauzl, zlib or fs threw into a DocumentError. */
async function mapZipError(err: unknown, path: string): Promise<DocumentError> {
  if (err instanceof DocumentError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "ENOENT" || code === "EACCES" || code === "EISDIR" || code === "EPERM") {
    return new DocumentError("unreadable", `the file could not be opened: ${message}`);
  }
  const lower = message.toLowerCase();
  if (lower.includes("end of central directory record signature not found")) {
    // A ZIP that starts like one but has no end record was almost certainly cut short.
    return (await startsWithLocalHeader(path))
      ? new DocumentError("truncated", "the ZIP archive ends early (its central directory is missing)")
      : new DocumentError("corrupt", "not a valid ZIP archive (no central directory)");
  }
  if (lower.includes("too many bytes in the stream")) {
    return new DocumentError("zip_bomb", "an archive entry inflates beyond the size its header declares");
  }
  if (lower.includes("encrypted")) return new DocumentError("encrypted", "the archive is encrypted");
  if (lower.includes("unexpected eof")) return new DocumentError("truncated", "the ZIP archive ends early");
  return new DocumentError("corrupt", `the ZIP archive is damaged: ${message}`);
}

async function startsWithLocalHeader(path: string): Promise<boolean> {
  try {
    const fh = await openFile(path, "r");
    try {
      const buf = Buffer.alloc(4);
      const { bytesRead } = await fh.read(buf, 0, 4, 0);
      return bytesRead === 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
    } finally {
      await fh.close();
    }
  } catch {
    return false;
  }
}
