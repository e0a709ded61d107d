/**
 * OCR with tesseract.js: one worker per thread (created on first use, reused by every later call,
 * terminated by `closeOcr()`), English LSTM model from `@tesseract.js-data/eng` (the `best_int`
 * variant: the fastest of the bundled ones). Nothing is downloaded: the model is read from
 * node_modules and never cached elsewhere.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createWorker, OEM, type Worker, type Bbox } from "tesseract.js";
import { unionBox, type BBox, type Segment, type WordBox } from "./types.js";

const require = createRequire(import.meta.url);

/** The directory holding `eng.traineddata.gz`, resolved once. */
function langPath(): string {
  return join(dirname(require.resolve("@tesseract.js-data/eng/package.json")), "4.0.0_best_int");
}

let workerPromise: Promise<Worker> | null = null;

function getWorker(): Promise<Worker> {
  if (!workerPromise) {
    const created = createWorker("eng", OEM.LSTM_ONLY, {
      langPath: langPath(),
      gzip: true,
      cacheMethod: "none",
      logger: () => {},
      errorHandler: () => {},
    });
    // A failed start is not remembered: the next call tries again.
    created.catch(() => {
      if (workerPromise === created) workerPromise = null;
    });
    workerPromise = created;
  }
  return workerPromise;
}

/** Terminates this thread's OCR worker (if one was started); the next `ocr()` call starts a new one. */
export async function closeOcr(): Promise<void> {
  const pending = workerPromise;
  workerPromise = null;
  if (!pending) return;
  try {
    const worker = await pending;
    await worker.terminate();
  } catch {
    // never started, or already gone
  }
}

export interface OcrOptions {
  /** Page number to put in the locations (scanned PDF pages); absent for a standalone image. */
  page?: number;
  /**
   * How much the image was enlarged (or shrunk) before being handed to OCR: every box is divided by
   * it, so boxes come back in the coordinates of the original image (or page). Default 1.
   */
  scale?: number;
}

/** Words below this confidence that hold no letter or digit are noise (bubble edges, icons, lines). */
const NOISE_CONFIDENCE = 30;
const HAS_ALNUM = /[\p{L}\p{N}]/u;

function mapBox(b: Bbox, scale: number): BBox {
  if (scale === 1) return { x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 };
  return {
    x0: Math.floor(b.x0 / scale),
    y0: Math.floor(b.y0 / scale),
    x1: Math.ceil(b.x1 / scale),
    y1: Math.ceil(b.y1 / scale),
  };
}

/**
 * Reads the text of a PNG image. Returns one segment per OCR line, in reading order, with
 * `location: {kind: "ocr", page?, line, bbox}` (lines count from 1 within the image) and the box of
 * every word (`words`, offsets into the segment's text, which is the words joined by single spaces).
 */
export async function ocr(image: Buffer, opts: OcrOptions = {}): Promise<Segment[]> {
  const scale = opts.scale && opts.scale > 0 ? opts.scale : 1;
  const worker = await getWorker();
  const result = await worker.recognize(image, {}, { text: true, blocks: true });
  const segments: Segment[] = [];
  let lineNo = 0;
  for (const block of result.data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        let text = "";
        const words: WordBox[] = [];
        for (const word of line.words) {
          const w = word.text.trim();
          if (!w) continue;
          if (word.confidence < NOISE_CONFIDENCE && !HAS_ALNUM.test(w)) continue;
          if (text) text += " ";
          const start = text.length;
          text += w;
          words.push({ start, end: text.length, bbox: mapBox(word.bbox, scale) });
        }
        if (!words.length) continue;
        lineNo++;
        const bbox = unionBox(words.map((w) => w.bbox));
        segments.push({
          text,
          location: opts.page === undefined ? { kind: "ocr", line: lineNo, bbox } : { kind: "ocr", page: opts.page, line: lineNo, bbox },
          words,
        });
      }
    }
  }
  return segments;
}
