import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPdf, textLines } from "../../src/documents/extract/pdf.js";
import { closeOcr } from "../../src/documents/ocr.js";
import { DocumentError, type BBox, type Extraction, type Segment } from "../../src/documents/types.js";
import { cut, fileInput, tempDir, testLimits, write } from "./fixtures/image.js";
import { corruptPdf, SCANNED_PDF, scannedPdf, TEXT_PDF, textPdf, type ScannedPdf } from "./fixtures/pdf.js";
import { documentError } from "./fixtures/errors.js";

const OCR_TIMEOUT = 60_000;
const digits = (s: string) => s.replace(/\D/g, "");
const inside = (a: BBox, b: BBox, slack = 0) =>
  a.x0 >= b.x0 - slack && a.y0 >= b.y0 - slack && a.x1 <= b.x1 + slack && a.y1 <= b.y1 + slack;
const overlaps = (a: BBox, b: BBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

let dir: string;
let text: Buffer;
let scanned: ScannedPdf;
beforeAll(async () => {
  dir = tempDir();
  text = await textPdf();
  scanned = await scannedPdf();
});
afterAll(async () => {
  await closeOcr();
  rmSync(dir, { recursive: true, force: true });
});

async function extract(name: string, bytes: Uint8Array, limits = {}): Promise<Extraction> {
  return extractPdf(fileInput(write(dir, name, bytes)), testLimits(limits));
}

const failure = (name: string, bytes: Uint8Array, limits = {}): Promise<DocumentError> => documentError(extract(name, bytes, limits), name);

describe("PDF text layer", () => {
  it("gives one segment per line, with page and line", async () => {
    const x = await extract("text.pdf", text);
    expect(x).toMatchObject({ type: "pdf", pages: 2, ocrPages: 0 });
    expect(x.warnings).toBeUndefined();
    for (const [i, lines] of TEXT_PDF.pages.entries()) {
      const page = x.segments.filter((s) => s.location.kind === "page" && s.location.page === i + 1 && s.location.line > 0);
      expect(page.map((s) => s.text)).toEqual(lines);
      page.forEach((s, j) => expect(s.location).toEqual({ kind: "page", page: i + 1, line: j + 1 }));
    }
    expect(x.segments.find((s) => s.text.includes(TEXT_PDF.email))?.location).toEqual({ kind: "page", page: 1, line: 2 });
    // three runs (regular, bold, regular) on one baseline make one line
    expect(x.segments.find((s) => s.text.includes(TEXT_PDF.phone))).toEqual({
      text: "Or call +1 415 555 0132 after 6pm",
      location: { kind: "page", page: 2, line: 2 },
    });
  });

  it("gives link targets as line 0 of their page", async () => {
    const x = await extract("links.pdf", text);
    const links = x.segments.filter((s) => s.location.kind === "page" && s.location.line === 0);
    expect(links).toEqual([{ text: TEXT_PDF.link, location: { kind: "page", page: 1, line: 0 } }]);
  });

  it("joins runs into lines", () => {
    const run = (str: string, x: number, y: number, width: number, hasEOL = false, size = 12) => ({
      str,
      transform: [size, 0, 0, size, x, y],
      width,
      height: size,
      hasEOL,
    });
    expect(
      textLines([
        run("Call", 72, 700, 22),
        run("me", 100, 700, 14), // a gap: a space
        run("@", 114, 700, 8), // touching: no space
        run("home", 122, 700.4, 30), // the same baseline, give or take
        run("next", 72, 686, 22), // a new baseline: a new line
        run("", 94, 686, 0, true), // an empty end-of-line run
        { type: "beginMarkedContent", id: "x" },
        run("last", 72, 672, 22, true),
        run("   ", 72, 658, 10, true), // blank lines are dropped
      ]),
    ).toEqual(["Call me@home", "next", "last"]);
  });
});

describe("scanned PDF", () => {
  it(
    "OCRs picture-only pages and reads their QR codes, with page and box (PDF points, top-left origin)",
    async () => {
      const started = performance.now();
      const x = await extract("scanned.pdf", scanned.bytes);
      const ms = performance.now() - started;
      expect(x).toMatchObject({ type: "pdf", pages: 2, ocrPages: 2 });
      expect(ms).toBeLessThan(OCR_TIMEOUT);

      const page1 = x.segments.filter((s) => s.location.kind === "ocr" && s.location.page === 1);
      const phone = page1.find((s) => digits(s.text).includes("14155550132"));
      expect(phone, page1.map((s) => s.text).join("\n")).toBeDefined();
      expect(phone!.text).toMatch(/call/i);
      const loc = phone!.location as Extract<Segment["location"], { kind: "ocr" }>;
      expect(loc).toMatchObject({ kind: "ocr", page: 1, line: 1 });
      expect(inside(loc.bbox, scanned.picture)).toBe(true);
      expect(overlaps(loc.bbox, scanned.text)).toBe(true);
      expect(Math.abs(loc.bbox.y0 - scanned.text.y0)).toBeLessThan(16);
      expect(phone!.words!.length).toBeGreaterThanOrEqual(5);

      const qr = x.segments.filter((s) => s.location.kind === "qr");
      expect(qr).toHaveLength(1);
      expect(qr[0]!.text).toBe(SCANNED_PDF.qrPayload);
      expect(qr[0]!.location).toMatchObject({ kind: "qr", page: 2 });
      expect(inside((qr[0]!.location as { bbox: BBox }).bbox, scanned.qr, 2)).toBe(true);

      // nothing from a text layer: there is none
      expect(x.segments.some((s) => s.location.kind === "page")).toBe(false);
    },
    OCR_TIMEOUT,
  );

  it(
    "OCRs at most limits.maxOcrPages pages, and says so",
    async () => {
      const x = await extract("scanned-limit.pdf", scanned.bytes, { maxOcrPages: 1 });
      expect(x).toMatchObject({ pages: 2, ocrPages: 1 });
      expect(x.segments.every((s) => "page" in s.location && s.location.page === 1)).toBe(true);
      expect(x.warnings).toEqual([expect.stringMatching(/1 scanned page was not OCR'd/)]);
    },
    OCR_TIMEOUT,
  );

  it("still reads QR codes of scanned pages when OCR is off", async () => {
    const x = await extract("scanned-no-ocr.pdf", scanned.bytes, { ocr: false });
    expect(x.ocrPages).toBe(0);
    expect(x.segments.map((s) => [s.text, s.location.kind])).toEqual([[SCANNED_PDF.qrPayload, "qr"]]);
  });
});

describe("bad PDFs", () => {
  it("reports a password-protected PDF as encrypted", async () => {
    expect((await failure("encrypted.pdf", await textPdf({ userPassword: "secret" }))).code).toBe("encrypted");
  });

  it("reports garbage after the header as corrupt", async () => {
    expect((await failure("corrupt.pdf", corruptPdf())).code).toBe("corrupt");
  });

  it("reports a PDF cut short as truncated", async () => {
    expect((await failure("truncated.pdf", cut(text, 0.6))).code).toBe("truncated");
  });

  it("reads what it can of a PDF missing only its very end, with a warning", async () => {
    const x = await extract("almost.pdf", cut(text, 0.98));
    expect(x.segments.some((s) => s.text.includes(TEXT_PDF.email))).toBe(true);
    expect(x.warnings).toEqual([expect.stringMatching(/cut short/)]);
  });

  it("enforces the page, text and time limits", async () => {
    expect((await failure("pages.pdf", text, { maxPages: 1 })).code).toBe("too_many_pages");
    expect((await failure("chars.pdf", text, { maxTextChars: 40 })).code).toBe("too_much_text");
    expect((await failure("late.pdf", text, { deadline: Date.now() - 1 })).code).toBe("timeout");
  });
});
