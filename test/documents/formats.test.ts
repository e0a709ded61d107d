import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createGuard } from "../../src/guard.js";
import { guessDocumentKind } from "../../src/policy/document-kind.js";
import { readDocument } from "../../src/documents/read.js";
import { checkFile, fileScanOutput } from "../../src/documents/scan.js";
import { checkClaim, claimedType, textType } from "../../src/documents/sniff.js";
import { DocumentError, MAX_FILE_BYTES } from "../../src/documents/types.js";
import { sampleDocx, zipWithoutDocument } from "./fixtures/word.js";
import { documentError } from "./fixtures/errors.js";

const dir = mkdtempSync(join(tmpdir(), "cg-formats-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const guard = createGuard();

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const errorCode = async (work: Promise<unknown>): Promise<string> => (await documentError(work)).code;

type Out = { findings: Array<{ type: string; text: string; location?: Record<string, unknown> }>; decision: string; violation: boolean; type: string; document: unknown };
async function scanned(path: string, context: unknown = {}): Promise<Out> {
  return fileScanOutput(path, await checkFile(guard, { path, name: basename(path), context })) as unknown as Out;
}

describe("type from the bytes", () => {
  it("tells the text formats apart by their first lines", () => {
    expect(textType("BEGIN:VCARD\r\nVERSION:4.0")).toBe("vcard");
    expect(textType("<!DOCTYPE html><html><body>hi")).toBe("html");
    expect(textType("<div class=x>hello</div>")).toBe("html");
    expect(textType("name,phone\nBob,555\nAmy,556\n")).toBe("csv");
    expect(textType("# Title\n\nSome *markdown* with a [link](https://x.y)")).toBe("markdown");
    expect(textType("Dear client,\nthank you for the offer.")).toBe("text");
    expect(textType("one line, with a comma")).toBe("text");
  });

  it("reads claims from the name first, then the declared MIME type", () => {
    expect(claimedType("CV.PDF")).toBe("pdf");
    expect(claimedType("photo.jpg")).toBe("jpeg");
    expect(claimedType("noext", "image/png")).toBe("png");
    expect(claimedType("noext", "application/octet-stream")).toBeUndefined();
    expect(claimedType(undefined, "text/csv; charset=utf-8")).toBe("csv");
  });

  it("accepts a claim within the same family and refuses one across families", () => {
    expect(() => checkClaim("png", "photo.jpg")).not.toThrow();
    expect(() => checkClaim("docx", "cv.doc")).not.toThrow();
    expect(() => checkClaim("html", "notes.txt")).not.toThrow();
    expect(() => checkClaim("png", "resume.pdf")).toThrow(/claims to be a PDF.*content is an image/);
    expect(() => checkClaim("text", "scan.png")).toThrow(DocumentError);
  });

  it("refuses a text file named .pdf with type_mismatch", async () => {
    const path = file("fake.pdf", "just text, call 415 555 0132");
    expect(await errorCode(readDocument(path, { name: "fake.pdf" }))).toBe("type_mismatch");
  });

  it("refuses types it does not read, empty files and missing files with their own codes", async () => {
    const gif = file("a.gif", Buffer.from("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;", "latin1"));
    expect(await errorCode(readDocument(gif))).toBe("unsupported_type");
    expect(await errorCode(readDocument(file("empty.txt", "")))).toBe("empty_file");
    expect(await errorCode(readDocument(join(dir, "missing.pdf")))).toBe("unreadable");
    const binary = file("blob.bin", new Uint8Array(4096).map((_, i) => (i * 7919) % 256));
    expect(await errorCode(readDocument(binary))).toBe("unsupported_type");
  });

  it("a ZIP archive is not read, unless its name says it is a Word document (then the reader says what is wrong)", async () => {
    const zip = zipWithoutDocument();
    expect(await errorCode(readDocument(file("backup.zip", zip), { name: "backup.zip" }))).toBe("unsupported_type");
    expect(await errorCode(readDocument(file("cv.docx", zip), { name: "cv.docx" }))).toBe("corrupt");
    const real = await sampleDocx();
    expect(await errorCode(readDocument(file("cut.docx", real.subarray(0, real.length >> 1)), { name: "cut.docx" }))).toBe("truncated");
  });

  it("refuses a 96 MB file by its size, before reading it", async () => {
    const path = join(dir, "huge.pdf");
    const fd = openSync(path, "w");
    ftruncateSync(fd, 96 * 1024 * 1024); // sparse: 96 MB on paper, nothing to read
    closeSync(fd);
    const started = Date.now();
    expect(await errorCode(readDocument(path))).toBe("file_too_large");
    expect(Date.now() - started).toBeLessThan(1000);
    // One byte under the limit is not refused for its size (it is then read, and found to be zeros).
    const justUnder = join(dir, "under.bin");
    const fd2 = openSync(justUnder, "w");
    ftruncateSync(fd2, MAX_FILE_BYTES - 1);
    closeSync(fd2);
    expect(await errorCode(readDocument(justUnder))).toBe("unsupported_type");
  });
});

describe("text formats", () => {
  it("plain text: findings located by line, numbers that are not phones left alone", async () => {
    const path = file("note.txt", "Hello!\n\nBudget $3,000, due 2026-12-01, invoice #88123.\nText me: 415-555-0132\n");
    const out = await scanned(path);
    expect(out.type).toBe("text");
    expect(out.findings.find((f) => f.type === "phone")).toMatchObject({ text: "415-555-0132", location: { kind: "line", line: 4 } });
    expect(out.findings.every((f) => (f.location as { line: number }).line === 4)).toBe(true);
    expect(out.decision).toBe("block");
  });

  it("plain text in UTF-16 with a byte-order mark and Windows-1252 text are decoded", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("écrivez à marie.dupont@example.fr\n", "utf16le")]);
    const out = await scanned(file("utf16.txt", utf16));
    expect(out.findings[0]).toMatchObject({ type: "email", text: "marie.dupont@example.fr", location: { kind: "line", line: 1 } });
    const latin = Buffer.from("Caf\xe9 owner \xb7 mail jose@example.es\n", "latin1");
    expect((await scanned(file("latin.txt", latin))).findings[0]).toMatchObject({ type: "email", text: "jose@example.es" });
  });

  it("Markdown: link targets are read", async () => {
    const out = await scanned(file("README.md", "# About me\n\nSee [my WhatsApp](https://wa.me/14155550132) or the docs.\n"));
    expect(out.type).toBe("markdown");
    expect(out.findings.map((f) => f.type)).toContain("messenger");
    expect(out.findings.find((f) => f.type === "messenger")!.location).toEqual({ kind: "line", line: 3 });
  });

  it("HTML: visible text and link targets, not scripts; entities are a disguise the normalizer undoes", async () => {
    const html = [
      "<!doctype html><html><head><style>.a{color:red}</style><script>var tel='212 555 0199';</script></head>",
      "<body><p>Hi, I'm Ana.</p>",
      '<p><a href="mailto:ana.silva@example.com">write me</a></p>',
      "<p>ana&#64;studio&#46;com</p>",
      "</body></html>",
    ].join("\n");
    const out = await scanned(file("page.html", html));
    expect(out.type).toBe("html");
    expect(out.findings.map((f) => [f.type, f.location])).toEqual([
      ["email", { kind: "line", line: 3 }],
      ["email", { kind: "line", line: 4 }],
    ]);
    expect(out.findings.some((f) => f.text.includes("212"))).toBe(false);
  });

  it("CSV: each finding names its row and column", async () => {
    const out = await scanned(file("leads.csv", "name;phone;note\nBob;+1 415 555 0199;hi\nAmy;;email amy.w@example.com\n"));
    expect(out.type).toBe("csv");
    expect(out.findings.map((f) => [f.type, f.location])).toEqual([
      ["phone", { kind: "cell", row: 2, column: 2 }],
      ["email", { kind: "cell", row: 3, column: 3 }],
    ]);
  });

  it("vCard: every contact property is reported, even one no recognizer would read", async () => {
    const card = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Jane Doe",
      "N:Doe;Jane;;;",
      "TEL;TYPE=CELL:+1 415 555 0132",
      "TEL;TYPE=WORK:ext. 42",
      "EMAIL;TYPE=INTERNET:jane@ex",
      " ample.com",
      "ADR;TYPE=HOME:;;12 Main St;Springfield;IL;62701;USA",
      "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ",
      "END:VCARD",
    ].join("\r\n");
    const out = await scanned(file("jane.vcf", card));
    expect(out.type).toBe("vcard");
    const byProperty = Object.fromEntries(out.findings.map((f) => [`${(f.location as { property: string }).property}:${(f.location as { line: number }).line}`, f.type]));
    expect(byProperty).toEqual({ "TEL:5": "phone", "TEL:6": "phone", "EMAIL:7": "email", "ADR:9": "address" });
    expect(out.findings.find((f) => f.text === "jane@example.com")).toBeDefined(); // folded line joined
    expect(out.decision).toBe("block");
  });

  it("a vCard with only a name has nothing to report", async () => {
    const out = await scanned(file("name.vcf", "BEGIN:VCARD\nVERSION:4.0\nFN:Jane Doe\nEND:VCARD\n"));
    expect(out.findings).toEqual([]);
  });

  it("the file name is checked too, without its extension", async () => {
    const out = await scanned(file("call-me-415-555-0132.txt", "nothing inside"));
    expect(out.findings[0]).toMatchObject({ type: "phone", location: { kind: "file_name" } });
    expect((await scanned(file("notes.md", "plain words"))).findings).toEqual([]);
  });

  it("a text file larger than the text limit is refused with too_much_text", async () => {
    const path = file("long.txt", "word ".repeat(30_000));
    expect(await errorCode(readDocument(path, { limits: { maxTextChars: 100_000 } }))).toBe("too_much_text");
  });

  it("a time budget that runs out yields timeout", async () => {
    const path = file("many-lines.txt", "line\n".repeat(20_000));
    expect(await errorCode(readDocument(path, { timeBudgetMs: -1 }))).toBe("timeout");
  });
});

describe("document kind (E2)", () => {
  it("guesses a résumé, and applies it", () => {
    const g = guessDocumentKind("Jane Doe\nCurriculum Vitae\nWork Experience\nACME 2019–2024\nEducation\nSkills: Figma");
    expect(g).toMatchObject({ kind: "resume", applied: true });
    expect(g!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it("needs strong evidence before a kind that loosens the decision is applied", () => {
    expect(guessDocumentKind("NON-DISCLOSURE AGREEMENT\ncall me 415 555 0132")).toMatchObject({ kind: "nda", applied: false });
    const nda = guessDocumentKind(
      "Mutual Non-Disclosure Agreement\nThe Disclosing Party and the Receiving Party agree that Confidential Information … Governing law: Delaware. In witness whereof",
    );
    expect(nda).toMatchObject({ kind: "nda", applied: true });
  });

  it("reports nothing for ordinary text", () => {
    expect(guessDocumentKind("Thanks for the update, see you tomorrow.")).toBeNull();
  });

  it("the context's document kind wins over the content, and decides E2", async () => {
    const nda = file("agreement.txt", "Non-disclosure agreement between ACME and the freelancer. Notices to legal@acme-corp.com.\n");
    const given = await scanned(nda, { document: { kind: "nda" } });
    expect(given.document).toEqual({ kind: "nda", source: "context" });
    expect(given.violation).toBe(false);
    const guessed = await scanned(nda);
    expect(guessed.document).toMatchObject({ source: "content", kind: "nda", applied: false });
    expect(guessed.decision).toBe("block");
  });
});

describe("never crashes on any bytes", () => {
  it("readDocument either reads or throws a DocumentError", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2048 }),
          fc.string({ maxLength: 2048 }).map((s) => new TextEncoder().encode(s)),
          fc.uint8Array({ maxLength: 512 }).map((b) => Uint8Array.from([...new TextEncoder().encode("BEGIN:VCARD\n"), ...b])),
          fc.uint8Array({ maxLength: 512 }).map((b) => Uint8Array.from([...new TextEncoder().encode("<html>"), ...b])),
        ),
        async (bytes) => {
          const path = file("fuzz.bin", bytes);
          try {
            const doc = await readDocument(path);
            expect(typeof doc.text).toBe("string");
          } catch (err) {
            expect(err).toBeInstanceOf(DocumentError);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
