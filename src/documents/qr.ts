/**
 * QR codes in images and rendered pages, read with jsQR.
 *
 * jsQR finds at most one code per call. To read an image holding several codes, each code found is
 * painted over (white) and the image is searched again, up to `MAX_CODES` codes; codes that overlap
 * each other or sit very close together may still be missed. Both dark-on-light and inverted
 * (light-on-dark) codes are tried.
 *
 * Images larger than `MAX_QR_PIXELS` are shrunk (box filter, whole-number factor) before decoding, for
 * speed; boxes are given back in the coordinates of the image passed in. A code that becomes too
 * small to read after shrinking is missed.
 */
import jsQRModule from "jsqr";
import type { BBox } from "./types.js";

type JsQR = typeof import("jsqr").default;
// jsqr is a UMD bundle: depending on the loader, the function is the module itself or its `default`.
const jsQR: JsQR =
  typeof jsQRModule === "function" ? (jsQRModule as JsQR) : (jsQRModule as unknown as { default: JsQR }).default;

/** Above this many pixels the image is shrunk before decoding. */
export const MAX_QR_PIXELS = 4_000_000;
/** At most this many codes are read from one image. */
export const MAX_CODES = 4;

export interface QrCode {
  data: string;
  bbox: BBox;
}

/** Shrinks an RGBA image by a whole-number factor, averaging each factor×factor block. */
function shrink(rgba: Uint8ClampedArray, width: number, height: number, factor: number) {
  const w = Math.max(1, Math.floor(width / factor));
  const h = Math.max(1, Math.floor(height / factor));
  const out = new Uint8ClampedArray(w * h * 4);
  const n = factor * factor;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let dy = 0; dy < factor; dy++) {
        let i = ((y * factor + dy) * width + x * factor) * 4;
        for (let dx = 0; dx < factor; dx++, i += 4) {
          r += rgba[i]!;
          g += rgba[i + 1]!;
          b += rgba[i + 2]!;
        }
      }
      const o = (y * w + x) * 4;
      out[o] = r / n;
      out[o + 1] = g / n;
      out[o + 2] = b / n;
      out[o + 3] = 255;
    }
  }
  return { data: out, width: w, height: h };
}

/** Paints a rectangle white (with a margin), so the next search does not find the same code again. */
function blank(rgba: Uint8ClampedArray, width: number, height: number, box: BBox): void {
  const margin = Math.ceil(Math.max(box.x1 - box.x0, box.y1 - box.y0) * 0.1) + 2;
  const x0 = Math.max(0, Math.floor(box.x0) - margin);
  const y0 = Math.max(0, Math.floor(box.y0) - margin);
  const x1 = Math.min(width, Math.ceil(box.x1) + margin);
  const y1 = Math.min(height, Math.ceil(box.y1) + margin);
  for (let y = y0; y < y1; y++) rgba.fill(255, (y * width + x0) * 4, (y * width + x1) * 4);
}

/**
 * Finds the QR codes in an RGBA image (`width * height * 4` bytes). Each code comes back with its
 * payload and its box in the image's pixels (the smallest rectangle around its four corners).
 */
export function decodeQr(rgba: Uint8ClampedArray, width: number, height: number): QrCode[] {
  if (width <= 0 || height <= 0 || rgba.length < width * height * 4) return [];
  let data: Uint8ClampedArray;
  let w = width;
  let h = height;
  let factor = 1;
  if (width * height > MAX_QR_PIXELS) {
    factor = Math.ceil(Math.sqrt((width * height) / MAX_QR_PIXELS));
    ({ data, width: w, height: h } = shrink(rgba, width, height, factor));
  } else {
    data = rgba.slice(0, width * height * 4); // a copy: found codes are painted over
  }

  const codes: QrCode[] = [];
  for (let i = 0; i < MAX_CODES; i++) {
    const code = jsQR(data, w, h, { inversionAttempts: "attemptBoth" });
    if (!code) break;
    const { topLeftCorner: a, topRightCorner: b, bottomLeftCorner: c, bottomRightCorner: d } = code.location;
    const xs = [a.x, b.x, c.x, d.x];
    const ys = [a.y, b.y, c.y, d.y];
    const box: BBox = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
    codes.push({
      data: code.data,
      bbox: {
        x0: Math.max(0, Math.floor(box.x0 * factor)),
        y0: Math.max(0, Math.floor(box.y0 * factor)),
        x1: Math.min(width, Math.ceil(box.x1 * factor)),
        y1: Math.min(height, Math.ceil(box.y1 * factor)),
      },
    });
    if (i + 1 < MAX_CODES) blank(data, w, h, box);
  }
  return codes.filter((c) => c.data.length > 0);
}
