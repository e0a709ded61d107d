import { rmSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadImage } from "@napi-rs/canvas";
import { extractImage, imageType, readImageSize } from "../../src/documents/extract/image.js";
import { closeOcr } from "../../src/documents/ocr.js";
import { decodeQr } from "../../src/documents/qr.js";
import { DocumentError, type BBox, type Extraction, type Segment } from "../../src/documents/types.js";
import {
  chatScreenshot,
  cut,
  fileInput,
  forgedJpeg,
  forgedPng,
  forgedWebp,
  jpegOf,
  qrPicture,
  tempDir,
  testLimits,
  textPicture,
  twoQrCodes,
  webpOf,
  withAppSegment,
  write,
} from "./fixtures/image.js";
import { documentError } from "./fixtures/errors.js";

// Count decoder calls: a decompression bomb must be refused before the decoder ever sees it.
vi.mock("@napi-rs/canvas", async (importOriginal) => {
  const mod = await importOriginal<typeof import("@napi-rs/canvas")>();
  return { ...mod, loadImage: vi.fn(mod.loadImage) };
});

const OCR_TIMEOUT = 60_000;
const digits = (s: string) => s.replace(/\D/g, "");
const overlaps = (a: BBox, b: BBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: BBox, b: BBox, slack = 0) =>
  a.x0 >= b.x0 - slack && a.y0 >= b.y0 - slack && a.x1 <= b.x1 + slack && a.y1 <= b.y1 + slack;

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(async () => {
  await closeOcr();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  vi.mocked(loadImage).mockClear();
});

async function extract(name: string, bytes: Uint8Array, limits = {}): Promise<Extraction> {
  return extractImage(fileInput(write(dir, name, bytes)), testLimits(limits));
}

const failure = (name: string, bytes: Uint8Array, limits = {}): Promise<DocumentError> => documentError(extract(name, bytes, limits), name);

function ocrSegments(x: Extraction): Segment[] {
  return x.segments.filter((s) => s.location.kind === "ocr");
}

describe("image type and size from the header", () => {
  it("recognizes PNG, JPEG and WebP by their magic bytes", () => {
    const pic = textPicture("x", { width: 40, height: 30 });
    expect(imageType(pic.canvas.toBuffer("image/png"))).toBe("png");
    expect(imageType(jpegOf(pic.canvas))).toBe("jpeg");
    expect(imageType(webpOf(pic.canvas))).toBe("webp");
    expect(imageType(Buffer.from("GIF89a......"))).toBeNull();
  });

  it("reads width and height without decoding", () => {
    const pic = textPicture("x", { width: 123, height: 45 });
    for (const [type, bytes] of [
      ["png", pic.canvas.toBuffer("image/png")],
      ["jpeg", jpegOf(pic.canvas)],
      ["webp", webpOf(pic.canvas)],
    ] as const) {
      expect(readImageSize(type, bytes, true)).toEqual({ width: 123, height: 45 });
      expect(readImageSize(type, bytes.subarray(0, 4096), false)).toEqual({ width: 123, height: 45 });
    }
    expect(readImageSize("jpeg", withAppSegment(jpegOf(pic.canvas)).subarray(0, 4096), false)).toBeNull();
    expect(loadImage).not.toHaveBeenCalled();
  });
});

describe("OCR of images", () => {
  it(
    "reads the phone number in a chat screenshot, with a box inside its bubble",
    async () => {
      const chat = chatScreenshot();
      const x = await extract("chat.png", chat.png);
      expect(x).toMatchObject({ type: "png", pages: 1, ocrPages: 1 });
      const lines = ocrSegments(x);
      expect(lines.length).toBeGreaterThanOrEqual(4);
      expect(lines.map((s) => s.text).join("\n")).toMatch(/sofa/i);
      lines.forEach((s, i) => expect(s.location).toMatchObject({ kind: "ocr", line: i + 1 }));

      const phone = lines.find((s) => digits(s.text).includes("4155550132"));
      expect(phone, lines.map((s) => s.text).join("\n")).toBeDefined();
      const loc = phone!.location as Extract<Segment["location"], { kind: "ocr" }>;
      expect(loc.page).toBeUndefined();
      // In original-image pixels (the picture was enlarged ×2 for OCR): inside the bubble it was drawn in.
      expect(inside(loc.bbox, chat.phoneBubble, 2)).toBe(true);
      expect(loc.bbox.y1 - loc.bbox.y0).toBeLessThan(60);

      // Word boxes: offsets into the text, boxes inside the line's box.
      expect(phone!.words!.length).toBeGreaterThan(2);
      for (const w of phone!.words!) {
        expect(phone!.text.slice(w.start, w.end)).not.toMatch(/^\s|\s$/);
        expect(inside(w.bbox, loc.bbox)).toBe(true);
      }
      const digitWords = phone!.words!.filter((w) => /\d/.test(phone!.text.slice(w.start, w.end)));
      expect(digitWords.length).toBeGreaterThan(0);
      for (const w of digitWords) expect(overlaps(w.bbox, chat.phoneBubble)).toBe(true);
    },
    OCR_TIMEOUT,
  );

  it(
    "reads a JPEG",
    async () => {
      const pic = textPicture("Email me: anna.k@example.org or +44 20 7946 0958");
      const x = await extract("text.jpg", jpegOf(pic.canvas));
      expect(x).toMatchObject({ type: "jpeg", pages: 1, ocrPages: 1 });
      const text = ocrSegments(x).map((s) => s.text).join("\n");
      expect(text.replace(/\s+/g, "")).toContain("anna.k@example.org");
      expect(digits(text)).toContain("442079460958");
      const seg = ocrSegments(x).find((s) => digits(s.text).includes("442079460958"));
      expect(overlaps((seg!.location as { bbox: BBox }).bbox, pic.rect)).toBe(true);
    },
    OCR_TIMEOUT,
  );

  it(
    "reads a WebP",
    async () => {
      const pic = textPicture("WhatsApp +49 151 2345 6789", { width: 700, height: 160, y: 90 });
      const x = await extract("text.webp", webpOf(pic.canvas));
      expect(x).toMatchObject({ type: "webp", pages: 1, ocrPages: 1 });
      const seg = ocrSegments(x).find((s) => digits(s.text).includes("4915123456789"));
      expect(seg, ocrSegments(x).map((s) => s.text).join("\n")).toBeDefined();
      expect(overlaps((seg!.location as { bbox: BBox }).bbox, pic.rect)).toBe(true);
    },
    OCR_TIMEOUT,
  );

  it("skips OCR when limits.ocr is off", async () => {
    const pic = textPicture("Call +1 415 555 0132");
    const x = await extract("no-ocr.png", pic.canvas.toBuffer("image/png"), { ocr: false });
    expect(x).toEqual({ type: "png", pages: 1, segments: [], ocrPages: 0 });
  });

  it("warns instead of OCR'ing an image too small to read", async () => {
    const pic = textPicture("", { width: 5, height: 5 });
    const x = await extract("tiny.png", pic.canvas.toBuffer("image/png"));
    expect(x.ocrPages).toBe(0);
    expect(x.warnings?.[0]).toMatch(/too small/);
  });
});

describe("QR codes", () => {
  it("gives the payload and the code's box", async () => {
    const q = await qrPicture("tel:+14155550132");
    vi.mocked(loadImage).mockClear(); // the fixture itself used the decoder
    const x = await extract("qr.png", q.png, { ocr: false });
    expect(x.segments).toHaveLength(1);
    expect(x.segments[0]).toMatchObject({ text: "tel:+14155550132", location: { kind: "qr" } });
    const bbox = (x.segments[0]!.location as { bbox: BBox }).bbox;
    expect(inside(bbox, q.rect, 1)).toBe(true);
    expect(bbox.x1 - bbox.x0).toBeGreaterThan(150);
    expect(loadImage).toHaveBeenCalledTimes(1);
  });

  it("reads an inverted (light on dark) code", async () => {
    const q = await qrPicture("https://wa.me/14155550132", { inverted: true });
    const x = await extract("qr-inverted.png", q.png, { ocr: false });
    expect(x.segments.map((s) => s.text)).toEqual(["https://wa.me/14155550132"]);
  });

  it(
    "keeps the code out of OCR (no junk text from its modules)",
    async () => {
      const q = await qrPicture("https://wa.me/14155550132");
      const x = await extract("qr-ocr.png", q.png);
      const qr = x.segments.find((s) => s.location.kind === "qr");
      expect(qr?.text).toBe("https://wa.me/14155550132");
      const lines = ocrSegments(x);
      expect(lines.map((s) => s.text).join(" ")).toMatch(/Scan to reach me/);
      for (const s of lines) expect(overlaps((s.location as { bbox: BBox }).bbox, q.rect)).toBe(false);
    },
    OCR_TIMEOUT,
  );

  it("finds several codes in a large picture (shrunk for speed), boxes in the original pixels", async () => {
    const { rgba, width, height, rects } = await twoQrCodes("https://t.me/somehandle", "mailto:bob@example.com");
    const codes = decodeQr(rgba, width, height);
    expect(codes.map((c) => c.data).sort()).toEqual(["https://t.me/somehandle", "mailto:bob@example.com"]);
    for (const c of codes) {
      const rect = c.data.startsWith("https") ? rects[0]! : rects[1]!;
      expect(inside(c.bbox, rect, 4)).toBe(true);
    }
  });

  it("finds nothing in a picture without a code", () => {
    const pic = textPicture("no code here", { width: 300, height: 100 });
    const { data } = pic.canvas.getContext("2d").getImageData(0, 0, 300, 100);
    expect(decodeQr(data, 300, 100)).toEqual([]);
  });
});

describe("bad images", () => {
  it("refuses a PNG claiming 100000×100000 pixels before decoding it", async () => {
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const err = await failure("bomb.png", forgedPng(100_000, 100_000));
    expect(performance.now() - started).toBeLessThan(200);
    expect(err.code).toBe("image_too_large");
    expect(err.message).toMatch(/100000×100000/);
    expect(loadImage).not.toHaveBeenCalled();
    expect(process.memoryUsage().rss - rss).toBeLessThan(64 * 1024 * 1024);
  });

  it("refuses JPEG and WebP bombs, also when the frame header lies beyond the first 4 KB", async () => {
    const jpeg = jpegOf(textPicture("x", { width: 64, height: 64 }).canvas);
    const webp = webpOf(textPicture("x", { width: 64, height: 64 }).canvas);
    expect((await failure("bomb.jpg", forgedJpeg(jpeg))).code).toBe("image_too_large");
    expect((await failure("bomb-exif.jpg", withAppSegment(forgedJpeg(jpeg)))).code).toBe("image_too_large");
    expect((await failure("bomb.webp", forgedWebp(webp))).code).toBe("image_too_large");
    // a small limit applies to ordinary images too
    expect((await failure("small-limit.jpg", jpeg, { maxPixels: 1000 })).code).toBe("image_too_large");
    expect(loadImage).not.toHaveBeenCalled();
  });

  it("reads a JPEG whose frame header lies beyond the first 4 KB", async () => {
    const q = await qrPicture("tel:+14155550132");
    const jpeg = withAppSegment(jpegOf(await loadImageToCanvas(q.png)));
    const x = await extract("exif.jpg", jpeg, { ocr: false });
    expect(x.segments.map((s) => s.text)).toEqual(["tel:+14155550132"]);
  });

  it("reports files that end early as truncated", async () => {
    const pic = textPicture("Call me on +1 415 555 0132");
    for (const [name, bytes] of [
      ["cut.png", pic.canvas.toBuffer("image/png")],
      ["cut.jpg", jpegOf(pic.canvas)],
      ["cut.webp", webpOf(pic.canvas)],
    ] as const) {
      expect((await failure(name, cut(bytes, 0.6))).code, name).toBe("truncated");
    }
    expect(loadImage).not.toHaveBeenCalled();
  });

  it("reports damaged headers as corrupt", async () => {
    const pic = textPicture("x", { width: 64, height: 64 });
    const png = pic.canvas.toBuffer("image/png");
    const badPng = Buffer.from(png);
    badPng.write("JUNK", 12, "latin1"); // the first chunk is not IHDR
    expect((await failure("bad.png", badPng)).code).toBe("corrupt");
    expect((await failure("zero.jpg", forgedJpeg(jpegOf(pic.canvas), 0, 64))).code).toBe("corrupt");
    const webp = Buffer.from(webpOf(pic.canvas));
    webp.write("XXXX", 12, "latin1");
    expect((await failure("bad.webp", webp)).code).toBe("corrupt");
  });

  it("refuses bytes that are not an image it reads", async () => {
    expect((await failure("x.gif", Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"))).code).toBe("unsupported_type");
  });

  it("enforces the text limit and the deadline", async () => {
    const q = await qrPicture("https://wa.me/14155550132");
    expect((await failure("qr-limit.png", q.png, { ocr: false, maxTextChars: 5 })).code).toBe("too_much_text");
    expect((await failure("qr-late.png", q.png, { deadline: Date.now() - 1 })).code).toBe("timeout");
  });
});

async function loadImageToCanvas(png: Buffer) {
  const { createCanvas } = await import("@napi-rs/canvas");
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  canvas.getContext("2d").drawImage(img, 0, 0);
  return canvas;
}
