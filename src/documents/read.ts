import { open, stat } from "node:fs/promises";
import type { Finding } from "../core/types.js";
import type { CardSegment } from "./extract/vcard.js";
import { FORMATS } from "./formats.js";
import { checkClaim, claimedType, sniffType } from "./sniff.js";
import {
  DEFAULT_LIMITS,
  DocumentError,
  MAX_FILE_BYTES,
  type Extraction,
  type Extractor,
  type ExtractLimits,
  type FileType,
  type Location,
  type WordBox,
  unionBox,
} from "./types.js";

/*
 * File → located text: refuse by size before reading (F1), identify the type from the bytes, check
 * the name's claim, extract segments, and join them into one text the detectors read as a whole
 * (so a number split over two lines is still one number) while remembering where each segment sits.
 */

export interface ReadOptions {
  /** The file's name as the user gave it; only a claim, checked against the bytes. */
  name?: string;
  /** The declared MIME type; only a claim. */
  mime?: string;
  limits?: Partial<Omit<ExtractLimits, "deadline">>;
  /** Milliseconds the whole file may take (default 60 s). */
  timeBudgetMs?: number;
}

/** A segment's place in the joined text. */
export interface PlacedSegment {
  start: number;
  end: number;
  location: Location;
  words?: WordBox[];
}

export interface DocumentText {
  type: FileType;
  size: number;
  pages?: number;
  ocrPages?: number;
  warnings: string[];
  /** All segments joined by line breaks. */
  text: string;
  segments: PlacedSegment[];
  /** Findings the file's structure declares (vCard properties). */
  structural: Finding[];
}

export const DEFAULT_TIME_BUDGET_MS = 60_000;
const HEAD_BYTES = 4096;

export async function readDocument(path: string, options: ReadOptions = {}): Promise<DocumentText> {
  const limits: ExtractLimits = { ...DEFAULT_LIMITS, ...options.limits, deadline: Date.now() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS) };
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DocumentError("unreadable", "not a regular file");
    size = info.size;
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    throw new DocumentError("unreadable", `the file could not be opened: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (size >= MAX_FILE_BYTES) {
    throw new DocumentError("file_too_large", `the file is ${(size / 1024 / 1024).toFixed(1)} MB; files must be smaller than 95 MB (F1)`);
  }
  if (size === 0) throw new DocumentError("empty_file", "the file is empty");
  const head = await readHead(path, Math.min(size, HEAD_BYTES));
  const type = await sniffType(path, head, claimedType(options.name, options.mime));
  checkClaim(type, options.name, options.mime);
  const extraction = await FORMATS[type].extract({ path, size, head }, limits);
  const stem = options.name ? nameStem(options.name) : "";
  // The name is text the user chose (résumé-call-555-0132.pdf); its extension is left out, so "notes.md" is not a link to Moldova.
  if (stem) extraction.segments.unshift({ text: stem, location: { kind: "file_name" } });
  return place(extraction, size);
}

function nameStem(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}

async function readHead(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function place(extraction: Extraction, size: number): DocumentText {
  const parts: string[] = [];
  const segments: PlacedSegment[] = [];
  const structural: Finding[] = [];
  let offset = 0;
  for (const segment of extraction.segments) {
    const start = offset;
    const end = start + segment.text.length;
    parts.push(segment.text);
    segments.push({ start, end, location: segment.location, ...(segment.words ? { words: segment.words } : {}) });
    const declared = (segment as CardSegment).declaredType;
    if (declared) structural.push(declaredFinding(segment.text, start, declared, segment.location));
    offset = end + 1;
  }
  return {
    type: extraction.type,
    size,
    ...(extraction.pages !== undefined ? { pages: extraction.pages } : {}),
    ...(extraction.ocrPages ? { ocrPages: extraction.ocrPages } : {}),
    warnings: extraction.warnings ?? [],
    text: parts.join("\n"),
    segments,
    structural,
  };
}

/** A vCard property's value as a finding of the type the property declares ("TEL: …" → phone). */
function declaredFinding(segmentText: string, start: number, type: NonNullable<CardSegment["declaredType"]>, location: Location): Finding {
  const valueAt = segmentText.indexOf(": ") + 2;
  const value = segmentText.slice(valueAt);
  const property = location.kind === "card" ? location.property : "";
  return {
    type,
    start: start + valueAt,
    end: start + segmentText.length,
    text: value,
    value: value.trim(),
    confidence: 1,
    recognizer: "document.vcard",
    evidence: { disguises: [], contextWords: [property] },
  };
}

/** Where a span of the joined text is: the segment it starts in, and for OCR the box of the words it covers. */
export function locate(doc: DocumentText, start: number, end: number): Location | undefined {
  const i = segmentAt(doc.segments, start);
  const segment = doc.segments[i];
  if (!segment) return undefined;
  if (segment.location.kind !== "ocr" || !segment.words?.length) return segment.location;
  const from = start - segment.start;
  const to = end - segment.start;
  const boxes = segment.words.filter((w) => w.start < to && from < w.end).map((w) => w.bbox);
  return boxes.length ? { ...segment.location, bbox: unionBox(boxes) } : segment.location;
}

function segmentAt(segments: PlacedSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
