import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCanvas } from "@napi-rs/canvas";
import { createDocumentPool, type DocumentPool } from "../../src/documents/pool.js";
import { parseContext } from "../../src/policy/context.js";
import { tempDir, write } from "./fixtures/image.js";

/*
 * Issue 16, defect 5: long texts shared the one-thread document pool with OCR, so a 22 KB check
 * waited for every image queued before it (18.6 s behind six large images). Long texts now have
 * their own lane. The assertion is about order, not wall-clock time: with several large OCR jobs
 * queued on a one-thread file lane, the text's decision arrives before the first of them.
 */

/** A scan full of lines of text: seconds of OCR each (about 5 s on a busy 2-core machine). */
function largeScan(): Buffer {
  const width = 1600;
  const height = 1200;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = "#000000";
  ctx.font = "34px DejaVu Sans, sans-serif";
  for (let line = 0; line < 25; line++) {
    ctx.fillText(`Line ${line}: the quick brown fox jumps over the lazy dog, invoice ${1000 + line} for the logo work`, 60, 80 + line * 44);
  }
  return canvas.toBuffer("image/png");
}

/** About 22 KB of ordinary marketplace text with one phone number near the end. */
function longText(): string {
  const para = "I can deliver the brand refresh in three rounds: concepts, refinement and the final files with a short guide. ";
  let text = "";
  while (text.length < 22_000) text += para;
  return `${text} Call me at (415) 555-0199 when you are ready.`;
}

describe("document pool lanes", () => {
  let dir: string;
  let pool: DocumentPool;
  beforeAll(() => {
    dir = tempDir();
    // One file thread, as on the 2-core machine of the report.
    pool = createDocumentPool({ threads: 1 });
  });
  afterAll(async () => {
    await pool?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    "a 22 KB text check completes before large OCR jobs queued ahead of it",
    async () => {
      const context = parseContext({ surface: "message", sender: { id: "s1", role: "freelancer" } });
      const text = longText();
      expect(text.length).toBeGreaterThanOrEqual(22_000);
      // The text lane's thread is started (and its guard built) first, so start-up is not part of the race.
      await pool.checkText("hello", context);
      const order: string[] = [];
      const ocr = Array.from({ length: 4 }, (_, i) =>
        pool.check({ path: write(dir, `scan-${i}.png`, largeScan()), context: { surface: "attachment" } }).then((out) => {
          order.push(`ocr-${i}`);
          return out;
        }),
      );
      const checked = pool.checkText(text, context).then((result) => {
        order.push("text");
        return result;
      });
      const result = await checked;
      expect(result.findings.some((f) => f.type === "phone")).toBe(true);
      const outcomes = await Promise.all(ocr);
      // Each scan is read, or — on a machine so loaded that a scan overruns the file budget — stopped by
      // that budget; the order is the point here, and no scan may fail any other way.
      for (const o of outcomes) if (!o.ok) expect(o.error.code, o.error.message).toBe("timeout");
      expect(order[0]).toBe("text");
    },
    240_000,
  );

  it("a text that overruns its lane's budget is still decided (on the calling thread)", async () => {
    const tight = createDocumentPool({ threads: 1, textTimeBudgetMs: 1 });
    try {
      const result = await tight.checkText(longText(), parseContext({ surface: "message" }));
      expect(result.findings.some((f) => f.type === "phone")).toBe(true);
    } finally {
      await tight.close();
    }
  }, 60_000);
});
