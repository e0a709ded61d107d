import { fileTypeFromFile } from "file-type";
import { EXTENSION_CLAIMS, FORMATS, MAGIC_TYPES, MIME_CLAIMS, SUPPORTED_LABELS, type Family } from "./formats.js";
import { DocumentError, type FileType } from "./types.js";

/*
 * What a file is, from its bytes. Binary formats are identified by `file-type` (magic numbers, and
 * for ZIP containers the entries that make a DOCX); text formats, which have no magic number, by
 * their first lines. The name and the declared MIME type are only claims: a claim from another
 * family than the bytes is refused (`type_mismatch`), so a PNG named résumé.pdf cannot slip past.
 */

const FAMILY_NAMES: Record<Family, string> = { pdf: "a PDF", word: "a Word document", text: "a text file", image: "an image" };

/** The type a file name or declared MIME type claims, if any. */
export function claimedType(name?: string, mime?: string): FileType | undefined {
  const ext = name?.toLowerCase().match(/\.([a-z0-9]{1,10})$/)?.[1];
  const byName = ext ? EXTENSION_CLAIMS.get(ext) : undefined;
  if (byName) return byName;
  const base = mime?.toLowerCase().split(";")[0]?.trim();
  return base ? MIME_CLAIMS.get(base) : undefined;
}

/**
 * `claimed` settles one ambiguity: a ZIP that file-type does not recognise as a DOCX (damaged, or
 * missing [Content_Types].xml) is read as a DOCX when the name says Word, so the reader can say what
 * is wrong with it; any other ZIP archive is a type we do not read.
 */
export async function sniffType(path: string, head: Uint8Array, claimed?: FileType): Promise<FileType> {
  const zipAsWord = (): FileType => {
    if (claimed && FORMATS[claimed].family === "word") return "docx";
    throw new DocumentError("unsupported_type", "ZIP archives are not scanned; attach the documents themselves");
  };
  let detected: { ext: string; mime: string } | undefined;
  try {
    detected = await fileTypeFromFile(path);
  } catch (err) {
    // file-type reads ZIP entries and may stop on a damaged one; the extractor reports what is wrong.
    if (startsWith(head, [0x50, 0x4b])) return zipAsWord();
    throw new DocumentError("corrupt", `the file could not be identified: ${(err as Error).message}`);
  }
  if (detected) {
    const type = MAGIC_TYPES.get(detected.ext);
    if (type) return type;
    if (detected.ext === "zip") return zipAsWord();
    // Some magic numbers are weak (0xFFFE, a UTF-16 byte-order mark, is also an MPEG frame sync): text that reads as text is text.
    const sample = textSample(head);
    if (sample !== null) return textType(sample);
    throw new DocumentError("unsupported_type", `${detected.mime} files are not scanned (supported: ${SUPPORTED_LABELS})`);
  }
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return "pdf"; // "%PDF" too short or damaged for file-type
  const text = textSample(head);
  if (text === null) throw new DocumentError("unsupported_type", "the file is neither a supported document or image nor text");
  return textType(text);
}

/** Refuses a file whose name or declared type claims another family than its bytes. */
export function checkClaim(detected: FileType, name?: string, mime?: string): void {
  const claimed = claimedType(name, mime);
  if (!claimed || FORMATS[claimed].family === FORMATS[detected].family) return;
  throw new DocumentError(
    "type_mismatch",
    `the file claims to be ${FAMILY_NAMES[FORMATS[claimed].family]} (${claimed}) but its content is ${FAMILY_NAMES[FORMATS[detected].family]} (${detected})`,
  );
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The first bytes as text, or null when they are binary (NULs, invalid UTF-8 that is not Latin-1 text). */
export function textSample(head: Uint8Array): string | null {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    return new TextDecoder(head[0] === 0xff ? "utf-16le" : "utf-16be").decode(head);
  }
  let controls = 0;
  for (const b of head) {
    if (b === 0) return null;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (controls > head.length / 100 + 1) return null;
  // A multi-byte character may be cut at the end of the sample; `stream` leaves it out instead of failing.
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
  } catch {
    return new TextDecoder("windows-1252").decode(head);
  }
}

/** Which text format the first lines look like. */
export function textType(sample: string): FileType {
  const start = sample.replace(/^\uFEFF/, "").trimStart();
  if (/^BEGIN:VCARD\b/i.test(start)) return "vcard";
  if (/^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<(?:!doctype html|html)/i.test(start)) return "html";
  if (/<(?:body|head|div|p|span|table|br|a\s+href)[\s>/]/i.test(start.slice(0, 2048))) return "html";
  if (looksLikeCsv(start)) return "csv";
  if (/^(?:#{1,6} \S|```|\* \S|- \S|\d+\. \S)|\]\([^)\s]+\)/m.test(start)) return "markdown";
  return "text";
}

/** Two or more lines with the same non-zero count of one delimiter (the last line may be cut short). */
function looksLikeCsv(sample: string): boolean {
  const lines = sample.split(/\r?\n/).filter((l) => l.length > 0).slice(0, 6);
  if (lines.length < 2) return false;
  const complete = lines.length > 2 ? lines.slice(0, -1) : lines;
  return [",", ";", "\t"].some((d) => {
    const counts = complete.map((l) => l.split(d).length - 1);
    return counts[0]! > 0 && counts.every((c) => c === counts[0]);
  });
}
