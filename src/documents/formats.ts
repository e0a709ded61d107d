import { extractCsv } from "./extract/csv.js";
import { extractHtml } from "./extract/html.js";
import { extractLines } from "./extract/text.js";
import { extractVcard } from "./extract/vcard.js";
import type { Extractor, FileType } from "./types.js";

/*
 * Every file format ContactGuard reads, one descriptor each: what it is called, the MIME type it is
 * reported as, the family a claim may be loose within (a .jpg that is really a PNG), the file-name
 * extensions and declared MIME types that claim it, the names `file-type` gives its magic numbers, and
 * its reader. Sniffing, claim checks, the "supported" message and reading are all derived from this
 * table, so a new format is its descriptor, its reader and its fixtures.
 */

export type Family = "pdf" | "word" | "text" | "image";

export interface Format {
  /** The MIME type results report. */
  mime: string;
  family: Family;
  /** How an error message names it ("supported: PDF, Word, …"). */
  label: string;
  /** File-name extensions (lower case, no dot) that claim this format. */
  extensions: readonly string[];
  /** Declared MIME types (besides `mime`) that claim it. */
  mimeClaims?: readonly string[];
  /** `file-type`'s `ext` answers that mean this format (binary formats only; text formats are sniffed by their lines). */
  magic?: readonly string[];
  /** Heavy readers (pdf.js, tesseract, the Word readers) load on first use, so `scan` on text starts fast. */
  extract: Extractor;
}

const image: Extractor = async (f, l) => (await import("./extract/image.js")).extractImage(f, l);

export const FORMATS: Readonly<Record<FileType, Format>> = {
  pdf: { mime: "application/pdf", family: "pdf", label: "PDF", extensions: ["pdf"], magic: ["pdf"], extract: async (f, l) => (await import("./extract/pdf.js")).extractPdf(f, l) },
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    family: "word",
    label: "Word",
    extensions: ["docx", "docm", "dotx"],
    magic: ["docx"],
    extract: async (f, l) => (await import("./extract/docx.js")).extractDocx(f, l),
  },
  // CFB (OLE2) containers are legacy Word files or encrypted Office files; the reader tells which.
  doc: { mime: "application/msword", family: "word", label: "Word", extensions: ["doc", "dot"], magic: ["cfb", "doc"], extract: async (f, l) => (await import("./extract/doc.js")).extractDoc(f, l) },
  rtf: { mime: "application/rtf", family: "word", label: "RTF", extensions: ["rtf"], mimeClaims: ["text/rtf"], magic: ["rtf"], extract: async (f, l) => (await import("./extract/rtf.js")).extractRtf(f, l) },
  text: { mime: "text/plain", family: "text", label: "text", extensions: ["txt", "text", "log"], extract: (f, l) => extractLines(f, l, "text") },
  markdown: { mime: "text/markdown", family: "text", label: "Markdown", extensions: ["md", "markdown"], extract: (f, l) => extractLines(f, l, "markdown") },
  html: { mime: "text/html", family: "text", label: "HTML", extensions: ["htm", "html", "xhtml"], extract: extractHtml },
  csv: { mime: "text/csv", family: "text", label: "CSV", extensions: ["csv", "tsv"], extract: extractCsv },
  vcard: { mime: "text/vcard", family: "text", label: "vCard", extensions: ["vcf", "vcard"], mimeClaims: ["text/x-vcard"], magic: ["vcf"], extract: extractVcard },
  png: { mime: "image/png", family: "image", label: "PNG", extensions: ["png"], magic: ["png"], extract: image },
  jpeg: { mime: "image/jpeg", family: "image", label: "JPEG", extensions: ["jpg", "jpeg", "jfif"], magic: ["jpg"], extract: image },
  webp: { mime: "image/webp", family: "image", label: "WebP", extensions: ["webp"], magic: ["webp"], extract: image },
};

const entries = Object.entries(FORMATS) as Array<[FileType, Format]>;

/** The MIME type each format is reported as. */
export const MIME_TYPES: Readonly<Record<FileType, string>> = Object.fromEntries(entries.map(([t, f]) => [t, f.mime])) as Record<FileType, string>;

/** File-name extensions and the format they claim. */
export const EXTENSION_CLAIMS: ReadonlyMap<string, FileType> = new Map(entries.flatMap(([t, f]) => f.extensions.map((e) => [e, t] as const)));

/** Declared MIME types and the format they claim (generic ones such as application/octet-stream claim nothing). */
export const MIME_CLAIMS: ReadonlyMap<string, FileType> = new Map(entries.flatMap(([t, f]) => [f.mime, ...(f.mimeClaims ?? [])].map((m) => [m, t] as const)));

/** `file-type`'s answers and the format they mean. */
export const MAGIC_TYPES: ReadonlyMap<string, FileType> = new Map(entries.flatMap(([t, f]) => (f.magic ?? []).map((m) => [m, t] as const)));

/** "PDF, Word, RTF, text, …" for messages, in table order, each label once. */
export const SUPPORTED_LABELS = [...new Set(entries.map(([, f]) => f.label))].join(", ");
