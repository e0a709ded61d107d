/**
 * The vocabulary of document scanning: what a file is, where in it a piece of text was found, and
 * the errors a file can fail with. Extractors turn a file into located text segments; the scanner
 * joins them, runs the same detect → decide pipeline as for a message, and maps each finding back
 * to its location.
 */

import { ContactGuardError, ERROR_CODES, ERRORS, type ErrorCode } from "../core/errors.js";

/**
 * F1: files must be smaller than 95 MB. Binary megabytes, so a file the operating system shows as
 * "95 MB" is already refused.
 */
export const MAX_FILE_BYTES = 95 * 1024 * 1024;

/** File types identified from the bytes (never from the name); each has its descriptor in formats.ts. */
export const FILE_TYPES = ["pdf", "docx", "doc", "rtf", "text", "markdown", "html", "csv", "vcard", "png", "jpeg", "webp"] as const;
export type FileType = (typeof FILE_TYPES)[number];

/** A rectangle in image pixels (OCR, QR codes): left, top, right, bottom. */
export interface BBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a segment of text came from. Pages, lines, paragraphs, rows and cards count from 1. */
export type Location =
  /** A PDF's text layer. */
  | { kind: "page"; page: number; line: number }
  /** Text read by OCR from an image, or from a rendered page of a scanned PDF (`page` set). */
  | { kind: "ocr"; page?: number; line: number; bbox: BBox }
  /** The payload of a QR code in an image or a rendered page. */
  | { kind: "qr"; page?: number; bbox: BBox }
  /** A Word paragraph: in the body, a header, a footer, a footnote/endnote or a comment; in a table cell; or a hyperlink's target. */
  | {
      kind: "paragraph";
      part: "body" | "header" | "footer" | "footnote" | "endnote" | "comment" | "textbox";
      paragraph: number;
      table?: { table: number; row: number; cell: number };
      hyperlink?: boolean;
    }
  /** A line of a plain-text-like file (text, Markdown, HTML, RTF, DOC). */
  | { kind: "line"; line: number }
  /** A CSV cell. */
  | { kind: "cell"; row: number; column: number }
  /** The file's name (without its extension), which the user wrote too. */
  | { kind: "file_name" }
  /** A vCard property. */
  | { kind: "card"; card: number; property: string; line: number };

/** The smallest box holding all of `boxes`. */
export function unionBox(boxes: readonly BBox[]): BBox {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x0);
    y0 = Math.min(y0, b.y0);
    x1 = Math.max(x1, b.x1);
    y1 = Math.max(y1, b.y1);
  }
  return { x0, y0, x1, y1 };
}

export interface WordBox {
  /** UTF-16 offsets inside the segment's text. */
  start: number;
  end: number;
  bbox: BBox;
}

export interface Segment {
  text: string;
  location: Location;
  /** For OCR: each word's box, so a finding gets the box of just the words it covers. */
  words?: WordBox[];
}

export interface Extraction {
  type: FileType;
  /** Pages for PDFs (and 1 for an image); absent for flowing text. */
  pages?: number;
  segments: Segment[];
  /** Pages or images that went through OCR. */
  ocrPages?: number;
  /** Things the reader should know but that did not stop the scan (e.g. an image too small to OCR). */
  warnings?: string[];
}

/** The codes a file can fail with: the registry's `document` category (src/core/errors.ts). */
export type DocumentErrorCode = { [C in ErrorCode]: (typeof ERRORS)[C]["category"] extends "document" ? C : never }[ErrorCode];
export const DOCUMENT_ERROR_CODES: readonly DocumentErrorCode[] = ERROR_CODES.filter((c): c is DocumentErrorCode => ERRORS[c].category === "document");

/** An expected failure of one file; its code and message go to the caller as they are. */
export class DocumentError extends ContactGuardError<DocumentErrorCode> {
  constructor(code: DocumentErrorCode, message: string) {
    super(code, message);
    this.name = "DocumentError";
  }
}

export interface ExtractLimits {
  /** Epoch milliseconds after which an extractor stops with `timeout`. */
  deadline: number;
  maxPages: number;
  /** Pages of a scanned PDF that are rendered and OCR'd. */
  maxOcrPages: number;
  /** Pixels an image (or rendered page) may have. */
  maxPixels: number;
  /** Bytes one archive entry may inflate to, and all entries together. */
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Largest inflated/compressed ratio an archive entry may have. */
  maxRatio: number;
  /** Characters of text a file may yield. */
  maxTextChars: number;
  /** Whether images and scanned pages are OCR'd (off: images yield only QR codes). */
  ocr: boolean;
}

export const DEFAULT_LIMITS: Omit<ExtractLimits, "deadline"> = {
  maxPages: 500,
  maxOcrPages: 20,
  maxPixels: 40_000_000,
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  maxTextChars: 10_000_000,
  ocr: true,
};

/** The file as the scanner hands it to an extractor: on disk, its size known, its first bytes read. */
export interface FileInput {
  path: string;
  size: number;
  /** The first (up to) 4 KB. */
  head: Uint8Array;
}

export type Extractor = (file: FileInput, limits: ExtractLimits) => Promise<Extraction>;

/** Throws `timeout` once the deadline has passed; extractors call it between pages, entries and images. */
export function checkDeadline(limits: ExtractLimits): void {
  if (Date.now() > limits.deadline) throw new DocumentError("timeout", "the file took longer to read than its time budget allows");
}
