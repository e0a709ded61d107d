/**
 * PNG, JPEG and WebP images: QR codes, and (when `limits.ocr`) the text read by OCR.
 *
 * The image's size is read from its header bytes before anything is decoded, and an image with more
 * than `limits.maxPixels` pixels is refused (`image_too_large`), so a decompression bomb never reaches
 * the decoder. The file's structure is then walked (PNG chunks up to IEND, JPEG markers up to EOI,
 * WebP RIFF chunks) so that a file that ends early is reported as `truncated` rather than decoded
 * into a half-grey picture; bytes that do not parse are `corrupt`.
 *
 * Boxes are in the pixels of the original image (top-left origin), even when the image was enlarged
 * for OCR.
 */
import { readFile } from "node:fs/promises";
import { createCanvas, loadImage, type Canvas, type Image } from "@napi-rs/canvas";
import { ocr } from "../ocr.js";
import { decodeQr } from "../qr.js";
import { checkDeadline, DocumentError, type Extraction, type Extractor, type Segment } from "../types.js";

export type ImageType = "png" | "jpeg" | "webp";

export interface ImageSize {
  width: number;
  height: number;
}

/** Images shorter than this are enlarged ×2 before OCR (small screenshots read much better). */
const OCR_UPSCALE_BELOW_HEIGHT = 600;
/** Largest picture handed to OCR; bigger images are shrunk for it (boxes are mapped back). */
const OCR_MAX_PIXELS = 16_000_000;
/** Smaller than this on either side and OCR is skipped (with a warning). */
const OCR_MIN_SIDE = 8;

/** The image type from the first bytes, or null when they are none of PNG, JPEG, WebP. */
export function imageType(head: Uint8Array): ImageType | null {
  if (head.length >= 8 && head[0] === 0x89 && ascii(head, 1, 3) === "PNG" && head[4] === 0x0d && head[5] === 0x0a && head[6] === 0x1a && head[7] === 0x0a) {
    return "png";
  }
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg";
  if (head.length >= 12 && ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 4) === "WEBP") return "webp";
  return null;
}

function ascii(b: Uint8Array, at: number, n: number): string {
  let s = "";
  for (let i = at; i < at + n && i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32le = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

const corrupt = (what: string) => new DocumentError("corrupt", `the ${what} is damaged and cannot be read`);
const truncated = (what: string) => new DocumentError("truncated", `the ${what} ends early: it was cut short`);

/** Thrown internally when `bytes` (the head of the file) stops before the size could be read. */
const NEED_MORE = Symbol("need more bytes");

function checkSize(type: ImageType, width: number, height: number): ImageSize {
  if (!(width > 0 && height > 0)) throw corrupt(`${type.toUpperCase()} image header`);
  return { width, height };
}

// ---- PNG ---------------------------------------------------------------------------------------

function pngSize(b: Uint8Array, complete: boolean): ImageSize {
  if (b.length < 33) {
    if (complete) throw b.length < 16 ? truncated("PNG image") : corrupt("PNG image header");
    throw NEED_MORE;
  }
  if (u32be(b, 8) !== 13 || ascii(b, 12, 4) !== "IHDR") throw corrupt("PNG image header");
  const width = u32be(b, 16);
  const height = u32be(b, 20);
  if (width > 0x7fffffff || height > 0x7fffffff) throw corrupt("PNG image header");
  return checkSize("png", width, height);
}

/** Walks the chunks: each must fit in the file, and the last must be IEND. */
function pngCheck(b: Uint8Array): void {
  let at = 8;
  let sawData = false;
  for (;;) {
    if (at + 8 > b.length) throw truncated("PNG image");
    const length = u32be(b, at);
    const type = ascii(b, at + 4, 4);
    if (length > 0x7fffffff || !/^[A-Za-z]{4}$/.test(type)) throw corrupt("PNG image");
    if (at + 12 + length > b.length) throw truncated("PNG image");
    if (type === "IDAT") sawData = true;
    if (type === "IEND") break;
    at += 12 + length;
  }
  if (!sawData) throw corrupt("PNG image");
}

// ---- JPEG --------------------------------------------------------------------------------------

const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
const standalone = (m: number) => m === 0x01 || (m >= 0xd0 && m <= 0xd7);

/**
 * Walks the JPEG's markers. With `complete` false (only the file's head is at hand) it stops at the
 * first frame header and returns the size, or throws NEED_MORE. With `complete` true it walks the
 * whole file, through the entropy-coded scans, until EOI; running out of bytes first is `truncated`.
 */
function jpegWalk(b: Uint8Array, complete: boolean): ImageSize {
  let size: ImageSize | null = null;
  let at = 2;
  let inScan = false;
  const ran_out = () => {
    if (!complete) throw NEED_MORE;
    return truncated("JPEG image");
  };
  for (;;) {
    if (inScan) {
      // Entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte), by RSTn, or by the next marker.
      let ff = at;
      for (;;) {
        ff = b.indexOf(0xff, ff);
        if (ff < 0 || ff + 1 >= b.length) throw ran_out();
        const next = b[ff + 1]!;
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
          ff += next === 0xff ? 1 : 2;
          continue;
        }
        break;
      }
      at = ff;
      inScan = false;
    }
    if (at >= b.length) throw ran_out();
    if (b[at] !== 0xff) {
      // Stray bytes before a marker: decoders skip them, and so do we.
      const ff = b.indexOf(0xff, at);
      if (ff < 0) throw ran_out();
      at = ff;
    }
    while (at < b.length && b[at] === 0xff) at++; // fill bytes
    if (at >= b.length) throw ran_out();
    const marker = b[at]!;
    at++;
    if (marker === 0xd9) {
      // EOI
      if (!size) throw corrupt("JPEG image");
      return size;
    }
    if (standalone(marker)) continue;
    if (marker === 0x00 || marker === 0xd8) throw corrupt("JPEG image");
    if (at + 2 > b.length) throw ran_out();
    const length = u16be(b, at);
    if (length < 2) throw corrupt("JPEG image");
    if (at + length > b.length) throw ran_out();
    if (isSof(marker) && !size) {
      if (length < 8) throw corrupt("JPEG image");
      size = checkSize("jpeg", u16be(b, at + 5), u16be(b, at + 3));
      if (!complete) return size;
    }
    if (marker === 0xda) {
      if (!size) throw corrupt("JPEG image");
      inScan = true;
    }
    at += length;
  }
}

// ---- WebP --------------------------------------------------------------------------------------

function webpSize(b: Uint8Array, complete: boolean): ImageSize {
  if (b.length < 30) {
    if (complete) throw truncated("WebP image");
    throw NEED_MORE;
  }
  const fourcc = ascii(b, 12, 4);
  const d = 20; // the first chunk's data
  if (fourcc === "VP8 ") {
    if (b[d + 3] !== 0x9d || b[d + 4] !== 0x01 || b[d + 5] !== 0x2a) throw corrupt("WebP image header");
    return checkSize("webp", u16le(b, d + 6) & 0x3fff, u16le(b, d + 8) & 0x3fff);
  }
  if (fourcc === "VP8L") {
    if (b[d] !== 0x2f) throw corrupt("WebP image header");
    const bits = u32le(b, d + 1);
    return checkSize("webp", (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (fourcc === "VP8X") return checkSize("webp", u24le(b, d + 4) + 1, u24le(b, d + 7) + 1);
  throw corrupt("WebP image header");
}

/** The RIFF container must fit in the file, and its chunks in the container. */
function webpCheck(b: Uint8Array): void {
  const riffEnd = 8 + u32le(b, 4);
  if (riffEnd < 20) throw corrupt("WebP image");
  if (riffEnd > b.length) throw truncated("WebP image");
  let at = 12;
  let sawImage = false;
  while (at + 8 <= riffEnd) {
    const fourcc = ascii(b, at, 4);
    const size = u32le(b, at + 4);
    if (at + 8 + size > riffEnd) throw truncated("WebP image");
    if (fourcc === "VP8 " || fourcc === "VP8L" || fourcc === "ANMF") sawImage = true;
    at += 8 + size + (size & 1);
  }
  if (!sawImage) throw corrupt("WebP image");
}

// ---- the header as a whole -----------------------------------------------------------------------

/**
 * The image's width and height, read from its header bytes. With `complete` false, `bytes` is only the
 * start of the file and null means "not enough bytes to tell"; with `complete` true, `bytes` is the
 * whole file and its structure is also checked (`truncated` when it ends early).
 * Throws `corrupt` / `truncated` DocumentErrors.
 */
export function readImageSize(type: ImageType, bytes: Uint8Array, complete: boolean): ImageSize | null {
  try {
    switch (type) {
      case "png": {
        const size = pngSize(bytes, complete);
        if (complete) pngCheck(bytes);
        return size;
      }
      case "jpeg":
        return jpegWalk(bytes, complete);
      case "webp": {
        const size = webpSize(bytes, complete);
        if (complete) webpCheck(bytes);
        return size;
      }
    }
  } catch (err) {
    if (err === NEED_MORE) return null;
    throw err;
  }
}

function refuseIfTooLarge(type: ImageType, size: ImageSize, maxPixels: number): void {
  if (size.width * size.height > maxPixels) {
    throw new DocumentError(
      "image_too_large",
      `the ${type.toUpperCase()} image is ${size.width}×${size.height} pixels, more than the ${maxPixels} allowed`,
    );
  }
}

async function decode(type: ImageType, bytes: Buffer): Promise<Image> {
  try {
    const img = await loadImage(bytes);
    if (!(img.width > 0 && img.height > 0)) throw new Error("no pixels");
    return img;
  } catch {
    throw corrupt(`${type.toUpperCase()} image`);
  }
}

/** The text (OCR) and QR codes of one picture already drawn on `canvas` (white behind transparency). */
export async function scanPicture(
  canvas: Canvas,
  opts: { ocr: boolean; page?: number; scale?: number; warnings: string[]; what: string },
): Promise<{ segments: Segment[]; ocred: boolean }> {
  const { width, height } = canvas;
  const scale = opts.scale ?? 1;
  const segments: Segment[] = [];
  const ctx2d = canvas.getContext("2d");
  const pixels = ctx2d.getImageData(0, 0, width, height).data;
  const codes = decodeQr(pixels, width, height);
  for (const code of codes) {
    const bbox = scale === 1 ? code.bbox : scaleBox(code.bbox, 1 / scale);
    segments.push({ text: code.data, location: opts.page === undefined ? { kind: "qr", bbox } : { kind: "qr", page: opts.page, bbox } });
  }
  if (!opts.ocr) return { segments, ocred: false };
  // OCR reads a QR code's modules as junk ("[=] : [=]"): paint the codes already read over first.
  if (codes.length) {
    ctx2d.fillStyle = "#ffffff";
    for (const { bbox: b } of codes) {
      const m = Math.ceil((b.x1 - b.x0) * 0.06) + 2;
      ctx2d.fillRect(b.x0 - m, b.y0 - m, b.x1 - b.x0 + 2 * m, b.y1 - b.y0 + 2 * m);
    }
  }
  if (width < OCR_MIN_SIDE || height < OCR_MIN_SIDE) {
    opts.warnings.push(`the ${opts.what} is too small (${width}×${height} pixels) to be read by OCR`);
    return { segments, ocred: false };
  }
  let factor = height < OCR_UPSCALE_BELOW_HEIGHT ? 2 : 1;
  if (width * height * factor * factor > OCR_MAX_PIXELS) factor = Math.sqrt(OCR_MAX_PIXELS / (width * height));
  let source = canvas;
  if (factor !== 1) {
    const w = Math.max(1, Math.round(width * factor));
    const h = Math.max(1, Math.round(height * factor));
    source = createCanvas(w, h);
    const ctx = source.getContext("2d");
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = "high";
    ctx.drawImage(canvas, 0, 0, w, h);
    factor = w / width;
  }
  const png = await source.encode("png");
  const lines = await ocr(png, { page: opts.page, scale: factor * scale });
  segments.push(...lines);
  return { segments, ocred: true };
}

function scaleBox(b: { x0: number; y0: number; x1: number; y1: number }, k: number) {
  return { x0: Math.floor(b.x0 * k), y0: Math.floor(b.y0 * k), x1: Math.ceil(b.x1 * k), y1: Math.ceil(b.y1 * k) };
}

export const extractImage: Extractor = async (file, limits) => {
  const type = imageType(file.head);
  if (!type) throw new DocumentError("unsupported_type", "the file is not a PNG, JPEG or WebP image");

  // The size from the first bytes alone, so that a bomb is refused before the file is even read.
  const complete = file.head.length >= file.size;
  const early = readImageSize(type, file.head, complete);
  if (early) refuseIfTooLarge(type, early, limits.maxPixels);

  const bytes = complete ? Buffer.from(file.head.buffer, file.head.byteOffset, file.head.byteLength) : await readFile(file.path);
  const size = readImageSize(type, bytes, true)!;
  refuseIfTooLarge(type, size, limits.maxPixels);
  checkDeadline(limits);

  const img = await decode(type, bytes);
  refuseIfTooLarge(type, img, limits.maxPixels);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, img.width, img.height);
  ctx.drawImage(img, 0, 0);
  checkDeadline(limits);

  const warnings: string[] = [];
  const { segments, ocred } = await scanPicture(canvas, { ocr: limits.ocr, warnings, what: "image" });
  checkDeadline(limits);

  let chars = 0;
  for (const s of segments) chars += s.text.length;
  if (chars > limits.maxTextChars) {
    throw new DocumentError("too_much_text", `the image yields more than ${limits.maxTextChars} characters of text`);
  }
  const result: Extraction = { type, pages: 1, segments, ocrPages: ocred ? 1 : 0 };
  if (warnings.length) result.warnings = warnings;
  return result;
};
