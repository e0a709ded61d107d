import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { Transform } from "node:stream";
import { checkDeadline, DocumentError, type Extraction, type ExtractLimits, type FileInput, type FileType, type Segment } from "../types.js";

/*
 * Plain text and Markdown: streamed line by line, so a large log never sits in memory twice.
 * Markdown needs no parser here: its link targets and code spans are already text the detectors read.
 */

/** The encoding the first bytes announce: a UTF-16 byte-order mark, valid UTF-8, or else Windows-1252. */
export function encodingOf(head: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

export function tooMuchText(limits: ExtractLimits): DocumentError {
  return new DocumentError("too_much_text", `the file holds more than ${limits.maxTextChars.toLocaleString("en")} characters of text`);
}

/** The whole file as text, for formats parsed in one piece (HTML, CSV, vCard, RTF). */
export async function readWholeText(file: FileInput, limits: ExtractLimits): Promise<string> {
  // Even a one-byte-per-character encoding cannot yield fewer characters than bytes / 4.
  if (file.size / 4 > limits.maxTextChars) throw tooMuchText(limits);
  const text = new TextDecoder(encodingOf(file.head)).decode(await readFile(file.path));
  if (text.length > limits.maxTextChars) throw tooMuchText(limits);
  return text.replace(/^\uFEFF/, "");
}

export async function extractLines(file: FileInput, limits: ExtractLimits, type: FileType): Promise<Extraction> {
  const encoding = encodingOf(file.head);
  const decoder = new TextDecoder(encoding);
  const stream = createReadStream(file.path);
  // TextDecoder in streaming mode keeps multi-byte characters cut at chunk edges intact.
  const decoded = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
  let failure: Error | undefined;
  stream.on("error", (err) => (failure = err)).pipe(decoded);
  const lines = createInterface({ input: decoded, crlfDelay: Infinity });
  const segments: Segment[] = [];
  let chars = 0;
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? raw.replace(/^\uFEFF/, "") : raw;
      chars += text.length + 1;
      if (chars > limits.maxTextChars) throw tooMuchText(limits);
      if (line % 5000 === 0) checkDeadline(limits);
      if (text.trim() !== "") segments.push({ text, location: { kind: "line", line } });
    }
  } finally {
    lines.close();
    stream.destroy();
    decoded.destroy();
  }
  if (failure) throw new DocumentError("unreadable", `the file could not be read: ${failure.message}`);
  return { type, segments };
}

/** Splits a whole text into line segments, numbering from `firstLine`. */
export function lineSegments(text: string, firstLine = 1): Segment[] {
  const segments: Segment[] = [];
  let line = firstLine;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const piece = text.slice(start, i).replace(/\r$/, "");
      if (piece.trim() !== "") segments.push({ text: piece, location: { kind: "line", line } });
      line++;
      start = i + 1;
    }
  }
  return segments;
}
