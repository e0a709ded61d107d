/**
 * npm run bench:documents — how fast files are read, on this machine, one file at a time on one
 * thread (readDocument: type sniffing, extraction, OCR where needed; then detect → decide):
 *   - text-layer PDF: pages/s over a 60-page generated PDF (pdfkit, ~40 lines a page);
 *   - OCR: images/s over generated chat screenshots (800×500 PNG);
 *   - scanned PDF: pages/s (each page rendered by pdf.js and OCR'd);
 *   - DOCX: pages-equivalent is meaningless, so paragraphs/s over a 2,000-paragraph document.
 * Each is run --runs times (default 3) after a warm-up; the median run is reported.
 * A report, not a test: always exits 0. Writes bench/results/documents.latest.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import PDFDocument from "pdfkit";
import { Document, Packer, Paragraph } from "docx";
import { createGuard } from "../../src/guard.js";
import { closeOcr } from "../../src/documents/ocr.js";
import { checkFile } from "../../src/documents/scan.js";
import { chatScreenshot } from "../../test/documents/fixtures/image.js";
import { scannedPdf } from "../../test/documents/fixtures/pdf.js";
import { watchMachine } from "../lib/machine.js";

const runs = Math.max(1, Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3);
const dir = mkdtempSync(join(tmpdir(), "cg-bench-docs-"));
const guard = createGuard();

const LOREM = "Experienced designer available for branding, packaging and web projects; budget $1,200 due 2026-12-01, order #88123.";

function textPdf(pages: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: "A4", margin: 48 });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    for (let p = 0; p < pages; p++) {
      if (p > 0) doc.addPage();
      doc.fontSize(10);
      for (let l = 0; l < 40; l++) doc.text(l === 20 && p % 10 === 0 ? `Reach me at person${p}@example.com or 415 555 01${String(p % 100).padStart(2, "0")}` : LOREM);
    }
    doc.end();
  });
}

async function time(label: string, path: string, units: number, unit: string) {
  await checkFile(guard, { path }); // warm-up (loads pdf.js / tesseract)
  const results: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    const out = await checkFile(guard, { path });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r === 0 && out.result.findings.length === 0) console.warn(`  (warning: ${label} found nothing)`);
    results.push(ms);
  }
  results.sort((a, b) => a - b);
  const ms = results[Math.floor(results.length / 2)]!;
  const rate = units / (ms / 1000);
  console.log(`${label.padEnd(34)} ${units.toString().padStart(5)} ${unit.padEnd(10)} ${ms.toFixed(0).padStart(7)} ms   ${rate.toFixed(1).padStart(8)} ${unit}/s`);
  return { label, units, unit, ms: Math.round(ms), perSecond: Math.round(rate * 10) / 10 };
}

async function main() {
  const stop = watchMachine();
  console.log(`Document reading on ${cpus()[0]?.model ?? "?"} (${cpus().length} cores), one thread, median of ${runs} runs\n`);
  const rows = [];
  const pdfPath = join(dir, "text.pdf");
  writeFileSync(pdfPath, await textPdf(60));
  rows.push(await time("PDF, text layer (60 pages)", pdfPath, 60, "pages"));

  const shot = join(dir, "chat.png");
  writeFileSync(shot, chatScreenshot().png);
  rows.push(await time("OCR, chat screenshot 800×500", shot, 1, "images"));

  const scanned = join(dir, "scanned.pdf");
  writeFileSync(scanned, (await scannedPdf()).bytes);
  rows.push(await time("PDF, scanned (render + OCR)", scanned, 2, "pages"));

  const docx = join(dir, "long.docx");
  const paragraphs = Array.from({ length: 2000 }, (_, i) => new Paragraph(i % 200 === 0 ? `Call 415 555 01${String(i % 100).padStart(2, "0")}` : LOREM));
  writeFileSync(docx, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
  rows.push(await time("DOCX (2,000 paragraphs)", docx, 2000, "paragraphs"));

  await closeOcr();
  rmSync(dir, { recursive: true, force: true });
  const machine = stop();
  console.log(`machine: load ${machine.loadBefore.join(" ")} → ${machine.loadAfter.join(" ")}; other processes used ${machine.othersCores} of a core${machine.quiet ? " (quiet)" : " (NOT quiet)"}`);
  // Only a quiet machine's figures become the record (bench/README.md); others are kept apart, marked.
  const out = fileURLToPath(new URL(`../results/documents.${machine.quiet ? "latest" : "noisy"}.json`, import.meta.url));
  mkdirSync(fileURLToPath(new URL("../results/", import.meta.url)), { recursive: true });
  writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), cpu: cpus()[0]?.model, runs, machine, noisy: !machine.quiet, rows }, null, 2) + "\n");
  console.log(`\nwritten ${out}`);
}

await main();
