import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chatScreenshot } from "./fixtures/image.js";
import { corruptPdf, scannedPdf, SCANNED_PDF, textPdf, TEXT_PDF } from "./fixtures/pdf.js";
import { sampleDocx, WORD } from "./fixtures/word.js";

/*
 * The acceptance run: `contactguard scan-file` over real files generated here — a PDF with a
 * text layer, a scanned PDF, a DOCX with a table and a footer, a PNG screenshot of a chat, a vCard,
 * a corrupt PDF, a 96 MB file and a missing one — one JSON line per file, in order, each finding
 * with its type and location, and the unreadable files with their error codes.
 */

const bin = fileURLToPath(new URL("../../bin/contactguard.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "cg-scanfile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

type Finding = { type: string; text: string; location?: Record<string, unknown> };
type Line = { file: string; type?: string; decision?: string; findings?: Finding[]; error?: { code: string; message: string }; pages?: number };

const paths: Record<string, string> = {};
let lines: Line[] = [];

beforeAll(async () => {
  const write = (name: string, bytes: Uint8Array | string) => {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], bytes);
  };
  write("listing.pdf", await textPdf());
  write("scan.pdf", (await scannedPdf()).bytes);
  write("portfolio.docx", await sampleDocx());
  write("chat.png", chatScreenshot().png);
  write("jane.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nTEL;TYPE=CELL:+44 20 7946 0958\r\nEND:VCARD\r\n");
  write("broken.pdf", corruptPdf());
  paths["huge.pdf"] = join(dir, "huge.pdf");
  const fd = openSync(paths["huge.pdf"], "w");
  ftruncateSync(fd, 96 * 1024 * 1024);
  closeSync(fd);
  paths["missing.txt"] = join(dir, "missing.txt");
  const order = ["listing.pdf", "scan.pdf", "portfolio.docx", "chat.png", "jane.vcf", "broken.pdf", "huge.pdf", "missing.txt"];
  const r = await run(["scan-file", ...order.map((n) => paths[n]!), "--context", JSON.stringify({ sender: { role: "freelancer" } })]);
  // Three files cannot be read: an input error (exit 2), each said in one line on stderr too (issue 19).
  expect(r.stderr.trim().split("\n").map((l) => l.replace(/^contactguard scan-file: cannot read (\S+): .*$/, "$1"))).toEqual(["broken.pdf", "huge.pdf", "missing.txt"].map((n) => paths[n]));
  expect(r.code).toBe(2);
  lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Line);
}, 120_000);

const lineFor = (name: string) => lines.find((l) => l.file === paths[name])!;
const digits = (s: string) => s.replace(/\D/g, "");

describe("scan-file", () => {
  it("prints one line per file, in the order given", () => {
    expect(lines.map((l) => l.file)).toEqual(["listing.pdf", "scan.pdf", "portfolio.docx", "chat.png", "jane.vcf", "broken.pdf", "huge.pdf", "missing.txt"].map((n) => paths[n]));
  });

  it("PDF with a text layer: findings by page and line, and the link annotation", () => {
    const l = lineFor("listing.pdf");
    expect(l).toMatchObject({ type: "pdf", pages: 2, decision: "block" });
    expect(l.findings!.find((f) => f.type === "email")).toMatchObject({ text: TEXT_PDF.email, location: { kind: "page", page: 1, line: 2 } });
    expect(l.findings!.find((f) => f.type === "phone")).toMatchObject({ location: { kind: "page", page: 2, line: 2 } });
    expect(l.findings!.some((f) => f.type === "messenger" && f.location?.page === 1)).toBe(true); // t.me link
  });

  it("scanned PDF: OCR finds the phone number with its page and box, and the QR code's payload", () => {
    const l = lineFor("scan.pdf");
    expect(l.type).toBe("pdf");
    const phone = l.findings!.find((f) => f.type === "phone")!;
    expect(digits(phone.text)).toContain(digits(SCANNED_PDF.phoneText));
    expect(phone.location).toMatchObject({ kind: "ocr", page: 1, bbox: expect.any(Object) });
    expect(l.findings!.some((f) => f.location?.kind === "qr" && f.location.page === 2)).toBe(true);
  });

  it("DOCX: the phone in a table cell and the email in the footer", () => {
    const l = lineFor("portfolio.docx");
    expect(l.type).toBe("docx");
    expect(l.findings!.find((f) => f.type === "phone")).toMatchObject({ text: WORD.phone, location: { kind: "paragraph", part: "body", table: { table: 1, row: 2, cell: 2 } } });
    expect(l.findings!.find((f) => f.type === "email" && f.location?.part === "footer")).toBeDefined();
  });

  it("PNG chat screenshot: the phone number read by OCR, with a box inside its bubble", () => {
    const l = lineFor("chat.png");
    const shot = chatScreenshot();
    const phone = l.findings!.find((f) => f.type === "phone")!;
    expect(digits(phone.text)).toBe(digits(shot.phone));
    const box = phone.location!.bbox as { x0: number; y0: number; x1: number; y1: number };
    expect(box.y0).toBeGreaterThanOrEqual(shot.phoneBubble.y0 - 4);
    expect(box.y1).toBeLessThanOrEqual(shot.phoneBubble.y1 + 4);
    expect(box.x0).toBeGreaterThanOrEqual(shot.phoneBubble.x0 - 4);
  });

  it("vCard: the TEL property is a phone finding", () => {
    expect(lineFor("jane.vcf")).toMatchObject({ type: "vcard", findings: [{ type: "phone", location: { kind: "card", property: "TEL", line: 4 } }] });
  });

  it("unreadable files yield their error in their place, and the others are still scanned", () => {
    expect(lineFor("broken.pdf").error?.code).toMatch(/^(corrupt|truncated)$/);
    expect(lineFor("huge.pdf").error).toMatchObject({ code: "file_too_large" });
    expect(lineFor("missing.txt").error).toMatchObject({ code: "unreadable" });
  });

  it("rejects a bad --context before reading any file", async () => {
    const r = await run(["scan-file", paths["jane.vcf"]!, "--context", '{"surface":"nowhere"}']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("context.surface");
    expect(r.stdout).toBe("");
  });
});
