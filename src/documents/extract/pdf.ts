/**
 * PDF files, read with pdf.js.
 *
 * - The text layer: one segment per line, `{kind: "page", page, line}` (lines count from 1 within
 *   the page, in the order the page draws them). Text runs on one baseline are joined, with a space
 *   where there is a horizontal gap between them.
 * - Link annotations: each distinct target (URL, mailto:, tel:…) of a page is one segment
 *   `{kind: "page", page, line: 0}`; line 0 means "a link on the page", not a line of its text.
 * - Scanned pages (fewer than `SCANNED_MAX_CHARS` non-space characters of text, but pictures drawn
 *   on them) are rendered at `RENDER_SCALE`× (144 dpi) and searched for QR codes
 *   (`{kind: "qr", page, bbox}`) and, when `limits.ocr`, read by OCR (`{kind: "ocr", page, line, bbox}`).
 *   Boxes are in PDF points of the unscaled page, origin at its top-left corner (the coordinates of
 *   pdf.js's `page.getViewport({scale: 1})`). At most `limits.maxOcrPages` pages are rendered; later
 *   scanned pages are skipped with a warning.
 *
 * Errors: a password → `encrypted`; a file that does not parse → `corrupt`, or `truncated` when it
 * has the shape of a PDF (objects) but its end (`%%EOF`) is missing; more pages than
 * `limits.maxPages` → `too_many_pages`; more text than `limits.maxTextChars` → `too_much_text`.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createCanvas, ImageData } from "@napi-rs/canvas";
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { scanPicture } from "./image.js";
import { checkDeadline, DocumentError, MAX_FILE_BYTES, type Extraction, type Extractor, type ExtractLimits, type Segment } from "../types.js";

/** A page with fewer non-space characters of text than this (and pictures on it) is a scan. */
export const SCANNED_MAX_CHARS = 10;
/** Scanned pages are rendered at this scale: 2 × 72 dpi = 144 dpi. */
const RENDER_SCALE = 2;
/** Largest rendered page, in pixels (the scale is lowered for huge pages). */
const RENDER_MAX_PIXELS = 16_000_000;

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve("pdfjs-dist/package.json"));
/** pdf.js's own data, from node_modules: nothing is ever fetched from the network. */
const DATA_URLS = {
  standardFontDataUrl: join(PDFJS_DIR, "standard_fonts") + "/",
  cMapUrl: join(PDFJS_DIR, "cmaps") + "/",
  wasmUrl: join(PDFJS_DIR, "wasm") + "/",
  iccUrl: join(PDFJS_DIR, "iccs") + "/",
};

const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObject,
  OPS.paintImageMaskXObjectGroup,
  OPS.paintImageMaskXObjectRepeat,
]);

/** The bits of pdf.js's text items we read (marked-content items have no `str`). */
interface TextRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** pdf.js's canvas factory (its own @napi-rs/canvas): rendering must use its canvases. */
interface CanvasAndContext {
  canvas: { width: number; height: number } | null;
  context: {
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  } | null;
}
interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(entry: CanvasAndContext): void;
}

function hasString(b: Uint8Array, s: string, from = 0): boolean {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(s, from, "latin1");
}

/** Has the shape of a PDF (objects) but no end: the file was cut short. */
function looksTruncated(bytes: Uint8Array): boolean {
  const tail = Math.max(0, bytes.length - 2048);
  if (hasString(bytes, "%%EOF", tail)) return false;
  return hasString(bytes, "endobj") || /\d+\s+\d+\s+obj\b/.test(Buffer.from(bytes.subarray(0, 65536)).toString("latin1"));
}

function classify(err: unknown, truncatedShape: boolean): DocumentError {
  if (err instanceof DocumentError) return err;
  const name = (err as { name?: unknown } | null)?.name;
  if (name === "PasswordException") return new DocumentError("encrypted", "the PDF is protected by a password");
  if (truncatedShape) return new DocumentError("truncated", "the PDF ends early: it was cut short");
  const message = err instanceof Error ? err.message : String(err);
  return new DocumentError("corrupt", `the PDF is damaged and cannot be read (${message})`);
}

/** Joins a page's text runs into lines. */
export function textLines(items: readonly unknown[]): string[] {
  const lines: string[] = [];
  let text = "";
  let lineY = 0;
  let endX = 0;
  let size = 0;
  const flush = () => {
    const t = text.trim();
    if (t) lines.push(t);
    text = "";
  };
  for (const raw of items) {
    if (!raw || typeof raw !== "object" || !("str" in raw)) continue; // marked content
    const item = raw as TextRun;
    const [a = 1, b = 0, c = 0, d = 1, x = 0, y = 0] = item.transform;
    const itemSize = Math.hypot(c, d) || item.height || 1;
    if (item.str) {
      if (text) {
        const rotated = Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a < 0;
        const tol = 0.5 * Math.min(size, itemSize);
        if (!rotated && Math.abs(y - lineY) > Math.max(1, tol)) {
          flush();
        } else if (!/\s$/.test(text) && !/^\s/.test(item.str)) {
          // A gap between runs on one line is a space; so is going back (overprint, columns).
          const gap = x - endX;
          if (gap > 0.15 * itemSize || gap < -itemSize) text += " ";
        }
      }
      if (!text) {
        lineY = y;
        size = itemSize;
      }
      text += item.str;
      endX = x + item.width;
    }
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

function nonSpaceChars(items: readonly unknown[]): number {
  let n = 0;
  for (const item of items) {
    if (item && typeof item === "object" && "str" in item) n += (item as TextRun).str.replace(/\s+/g, "").length;
  }
  return n;
}

async function hasPictures(page: PDFPageProxy): Promise<boolean> {
  const ops = await page.getOperatorList();
  return ops.fnArray.some((fn) => IMAGE_OPS.has(fn));
}

async function linkTargets(page: PDFPageProxy): Promise<string[]> {
  const targets: string[] = [];
  for (const annot of (await page.getAnnotations()) as Array<Record<string, unknown>>) {
    if (annot.subtype !== "Link") continue;
    const target = typeof annot.unsafeUrl === "string" ? annot.unsafeUrl : typeof annot.url === "string" ? annot.url : null;
    if (target && target.trim() && !targets.includes(target.trim())) targets.push(target.trim());
  }
  return targets;
}

/** Renders a page, then reads its QR codes and (when asked) its text by OCR. */
async function scanPage(
  doc: PDFDocumentProxy,
  page: PDFPageProxy,
  pageNo: number,
  limits: ExtractLimits,
  warnings: string[],
): Promise<{ segments: Segment[]; ocred: boolean }> {
  const base = page.getViewport({ scale: 1 });
  const maxPixels = Math.min(limits.maxPixels, RENDER_MAX_PIXELS);
  const scale = Math.min(RENDER_SCALE, Math.sqrt(maxPixels / Math.max(1, base.width * base.height)));
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));

  const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
  const entry = factory.create(width, height);
  let pixels: Uint8ClampedArray;
  try {
    await page.render({ canvas: entry.canvas as never, canvasContext: entry.context as never, viewport }).promise;
    pixels = entry.context!.getImageData(0, 0, width, height).data;
  } finally {
    factory.destroy(entry);
  }
  // Copy the pixels to a canvas of our own @napi-rs/canvas (pdf.js bundles another version of it).
  const canvas = createCanvas(width, height);
  canvas.getContext("2d").putImageData(new ImageData(pixels, width, height), 0, 0);
  return scanPicture(canvas, { ocr: limits.ocr, page: pageNo, scale, warnings, what: `page ${pageNo}` });
}

export const extractPdf: Extractor = async (file, limits) => {
  if (file.size >= MAX_FILE_BYTES) throw new DocumentError("file_too_large", "the PDF is too large to read");
  const buf = await readFile(file.path);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const truncatedShape = looksTruncated(bytes);

  const task = getDocument({
    data: bytes,
    ...DATA_URLS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    maxImageSize: limits.maxPixels,
    enableXfa: false,
    verbosity: 0,
  });
  let doc: PDFDocumentProxy | null = null;
  try {
    doc = await task.promise;
    if (doc.numPages > limits.maxPages) {
      throw new DocumentError("too_many_pages", `the PDF has ${doc.numPages} pages, more than the ${limits.maxPages} allowed`);
    }
    const segments: Segment[] = [];
    const warnings: string[] = [];
    let chars = 0;
    let rendered = 0;
    let ocrPages = 0;
    let skipped = 0;
    const add = (s: Segment) => {
      chars += s.text.length;
      if (chars > limits.maxTextChars) {
        throw new DocumentError("too_much_text", `the PDF holds more than ${limits.maxTextChars} characters of text`);
      }
      segments.push(s);
    };

    for (let p = 1; p <= doc.numPages; p++) {
      checkDeadline(limits);
      const page = await doc.getPage(p);
      try {
        const content = await page.getTextContent();
        textLines(content.items).forEach((text, i) => add({ text, location: { kind: "page", page: p, line: i + 1 } }));
        for (const url of await linkTargets(page)) add({ text: url, location: { kind: "page", page: p, line: 0 } });

        if (nonSpaceChars(content.items) < SCANNED_MAX_CHARS && (await hasPictures(page))) {
          if (rendered >= limits.maxOcrPages) {
            skipped++;
          } else {
            rendered++;
            checkDeadline(limits);
            const scan = await scanPage(doc, page, p, limits, warnings);
            if (scan.ocred) ocrPages++;
            scan.segments.forEach(add);
          }
        }
      } finally {
        page.cleanup();
      }
    }
    if (skipped) {
      warnings.push(
        `${skipped} scanned page${skipped === 1 ? " was" : "s were"} not ${limits.ocr ? "OCR'd" : "searched for QR codes"} (at most ${limits.maxOcrPages} per file)`,
      );
    }
    if (truncatedShape) warnings.push("the PDF seems cut short (no %%EOF at its end); what could be read was read");
    const result: Extraction = { type: "pdf", pages: doc.numPages, segments, ocrPages };
    if (warnings.length) result.warnings = warnings;
    return result;
  } catch (err) {
    throw classify(err, truncatedShape);
  } finally {
    try {
      if (doc) await doc.destroy();
    } catch {
      // already gone
    }
    try {
      await task.destroy();
    } catch {
      // already gone
    }
  }
};
