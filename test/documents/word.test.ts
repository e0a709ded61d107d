import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractDoc } from "../../src/documents/extract/doc.js";
import { DocxWalker, extractDocx, hyperlinkFieldTargets } from "../../src/documents/extract/docx.js";
import { extractRtf, rtfToText } from "../../src/documents/extract/rtf.js";
import { MAX_ZIP_ENTRIES, readZipEntries } from "../../src/documents/extract/zip.js";
import { DEFAULT_LIMITS, DocumentError, type ExtractLimits, type FileInput } from "../../src/documents/types.js";
import {
  buildCfb,
  buildZip,
  docxFromXml,
  encryptedEntryDocx,
  fib,
  malformedXmlDocx,
  MINIMAL_DOC,
  minimalDoc,
  SAMPLE_RTF,
  SAMPLE_RTF_LINES,
  sampleDocx,
  truncated,
  WORD,
  zipBombDocx,
  zipWithoutDocument,
} from "./fixtures/word.js";

let dir: string;
let counter = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cg-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function limits(over: Partial<ExtractLimits> = {}): ExtractLimits {
  return { ...DEFAULT_LIMITS, deadline: Date.now() + 30_000, ...over };
}

function put(bytes: Buffer | string, ext: string): FileInput {
  const path = join(dir, `f${++counter}.${ext}`);
  const data = typeof bytes === "string" ? Buffer.from(bytes, "latin1") : bytes;
  writeFileSync(path, data);
  return { path, size: data.length, head: data.subarray(0, 4096) };
}

async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    return (err as DocumentError).code;
  }
  throw new Error("expected a DocumentError");
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const rels = (items: [string, string][]) =>
  Buffer.from(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
      .map(([id, target]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${target}" TargetMode="External"/>`)
      .join("")}</Relationships>`,
  );

describe("extractDocx", () => {
  it("reads body, table cells, hyperlinks, header, footer and footnotes with exact locations", async () => {
    const file = put(await sampleDocx(), "docx");
    const result = await extractDocx(file, limits());
    expect(result.type).toBe("docx");
    expect(result.segments).toEqual([
      { text: "Logo design portfolio", location: { kind: "paragraph", part: "body", paragraph: 1 } },
      // paragraph 2 is empty: counted, not emitted
      { text: "Name", location: { kind: "paragraph", part: "body", paragraph: 3, table: { table: 1, row: 1, cell: 1 } } },
      { text: "Phone", location: { kind: "paragraph", part: "body", paragraph: 4, table: { table: 1, row: 1, cell: 2 } } },
      { text: "Jane", location: { kind: "paragraph", part: "body", paragraph: 5, table: { table: 1, row: 2, cell: 1 } } },
      { text: WORD.phone, location: { kind: "paragraph", part: "body", paragraph: 6, table: { table: 1, row: 2, cell: 2 } } },
      { text: "See my portfolio", location: { kind: "paragraph", part: "body", paragraph: 7 } },
      { text: WORD.link, location: { kind: "paragraph", part: "body", paragraph: 7, hyperlink: true } },
      { text: "Email me", location: { kind: "paragraph", part: "body", paragraph: 8 } },
      { text: WORD.mailto, location: { kind: "paragraph", part: "body", paragraph: 8, hyperlink: true } },
      { text: "Jane Doe Design Studio", location: { kind: "paragraph", part: "header", paragraph: 1 } },
      { text: `Contact: ${WORD.email}`, location: { kind: "paragraph", part: "footer", paragraph: 1 } },
      { text: `Find me as ${WORD.handle}`, location: { kind: "paragraph", part: "footnote", paragraph: 1 } },
    ]);
  });

  it("handles runs, text boxes (once), revisions, fields, nested tables and several headers", async () => {
    const body = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W} ${R} ${MC}><w:body>
      <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t></w:r></w:p>
      <w:p><w:r><w:t xml:space="preserve">kept </w:t></w:r><w:del w:id="1"><w:r><w:delText>deleted</w:delText><w:tab/></w:r></w:del><w:ins w:id="2"><w:r><w:t>inserted</w:t></w:r></w:ins></w:p>
      <w:p><w:r><w:t>before box</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>call 555 0100</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>call 555 0100</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t> after box</w:t></w:r></w:p>
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "tel:+14155550132" \\o "tip" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>ring me</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
      <w:p><w:fldSimple w:instr=" HYPERLINK &quot;https://t.me/janedoe&quot; "><w:r><w:t>telegram</w:t></w:r></w:fldSimple></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>outer</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>inner</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>outer again</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      <w:p><w:r><w:t>   </w:t></w:r></w:p>
      <w:sectPr/></w:body></w:document>`;
    const header = (text: string, link?: string) =>
      Buffer.from(
        `<w:hdr ${W} ${R}><w:p><w:r><w:t>${text}</w:t></w:r></w:p>${
          link ? `<w:p><w:hyperlink r:id="rId9"><w:r><w:t>site</w:t></w:r></w:hyperlink></w:p>` : ""
        }</w:hdr>`,
      );
    const file = put(
      docxFromXml(body, [
        { name: "word/header10.xml", data: header("third") },
        { name: "word/header2.xml", data: header("second", "x") },
        { name: "word/_rels/header2.xml.rels", data: rels([["rId9", "https://example.com/me?a=1&amp;b=2"]]) },
        { name: "word/header1.xml", data: header("first") },
      ]),
      "docx",
    );
    const { segments } = await extractDocx(file, limits());
    const body1 = (paragraph: number, extra: object = {}) => ({ kind: "paragraph", part: "body", paragraph, ...extra });
    expect(segments).toEqual([
      { text: "a\tb\nc-d", location: body1(1) },
      { text: "kept inserted", location: body1(2) },
      { text: "before box after box", location: body1(3) },
      { text: "call 555 0100", location: { kind: "paragraph", part: "textbox", paragraph: 1 } },
      { text: "ring me", location: body1(4) },
      { text: "tel:+14155550132", location: body1(4, { hyperlink: true }) },
      { text: "telegram", location: body1(5) },
      { text: "https://t.me/janedoe", location: body1(5, { hyperlink: true }) },
      { text: "outer", location: body1(6, { table: { table: 1, row: 1, cell: 1 } }) },
      // paragraph 7 is the empty inner cell
      { text: "inner", location: body1(8, { table: { table: 2, row: 1, cell: 2 } }) },
      { text: "outer again", location: body1(9, { table: { table: 1, row: 1, cell: 1 } }) },
      // paragraph 10 is blank
      { text: "first", location: { kind: "paragraph", part: "header", paragraph: 1 } },
      { text: "second", location: { kind: "paragraph", part: "header", paragraph: 2 } },
      { text: "site", location: { kind: "paragraph", part: "header", paragraph: 3 } },
      { text: "https://example.com/me?a=1&b=2", location: { kind: "paragraph", part: "header", paragraph: 3, hyperlink: true } },
      { text: "third", location: { kind: "paragraph", part: "header", paragraph: 4 } },
    ]);
  });

  it("parses HYPERLINK field instructions without regular expressions", () => {
    expect(hyperlinkFieldTargets(' HYPERLINK "mailto:a@b.c" \\o "x" ')).toEqual(["mailto:a@b.c"]);
    expect(hyperlinkFieldTargets(" HYPERLINK \\l \"_Toc1\" ")).toEqual([]);
    expect(hyperlinkFieldTargets("hyperlink https://x.y/z PAGEREF HYPERLINK \"")).toEqual(["https://x.y/z"]);
    expect(hyperlinkFieldTargets(" PAGE ")).toEqual([]);
  });

  it("refuses a zip bomb by its declared sizes", async () => {
    const file = put(await zipBombDocx(150), "docx");
    expect(file.size).toBeLessThan(1024 * 1024);
    await expect(errorCode(extractDocx(file, limits()))).resolves.toBe("zip_bomb");
  });

  it("refuses a zip bomb whose headers lie about the inflated size", async () => {
    const file = put(await zipBombDocx(150, { lie: true }), "docx");
    const started = Date.now();
    await expect(errorCode(extractDocx(file, limits()))).resolves.toBe("zip_bomb");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("applies each archive limit", async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 0x61);
    const file = put(buildZip([{ name: "word/document.xml", data: big }]), "docx");
    const all = () => true;
    // ratio: 3 MiB of "a" deflates far beyond 200:1
    await expect(errorCode(readZipEntries(file.path, all, limits()))).resolves.toBe("zip_bomb");
    await expect(errorCode(readZipEntries(file.path, all, limits({ maxRatio: 1e9, maxEntryBytes: 1024 * 1024 })))).resolves.toBe("zip_bomb");
    await expect(errorCode(readZipEntries(file.path, all, limits({ maxRatio: 1e9, maxTotalBytes: 2 * 1024 * 1024 })))).resolves.toBe("zip_bomb");
    const read = await readZipEntries(file.path, all, limits({ maxRatio: 1e9 }));
    expect(read.get("word/document.xml")?.length).toBe(big.length);
    // the unwanted entries are not inflated
    expect((await readZipEntries(file.path, () => false, limits({ maxRatio: 1e9 }))).size).toBe(0);
  });

  it("refuses more than 10,000 entries", async () => {
    const entries = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `f${i}`, data: Buffer.alloc(0), stored: true }));
    const file = put(buildZip(entries), "docx");
    await expect(errorCode(extractDocx(file, limits()))).resolves.toBe("zip_bomb");
  });

  it("maps bad archives to their error codes", async () => {
    const real = await sampleDocx();
    await expect(errorCode(extractDocx(put(truncated(real), "docx"), limits()))).resolves.toBe("truncated");
    await expect(errorCode(extractDocx(put(zipWithoutDocument(), "docx"), limits()))).resolves.toBe("corrupt");
    await expect(errorCode(extractDocx(put(encryptedEntryDocx(), "docx"), limits()))).resolves.toBe("encrypted");
    await expect(errorCode(extractDocx(put(malformedXmlDocx(), "docx"), limits()))).resolves.toBe("corrupt");
    await expect(errorCode(extractDocx(put(Buffer.from("this is not a zip at all, just some text"), "docx"), limits()))).resolves.toBe("corrupt");
    await expect(errorCode(extractDocx(put(real, "docx"), limits({ maxTextChars: 50 })))).resolves.toBe("too_much_text");
    await expect(errorCode(extractDocx(put(real, "docx"), limits({ deadline: Date.now() - 1 })))).resolves.toBe("timeout");
    await expect(errorCode(extractDocx({ path: join(dir, "missing.docx"), size: 0, head: new Uint8Array() }, limits()))).resolves.toBe("unreadable");
  });

  it("walks hostile XML in linear time", () => {
    const cases = [
      `<w:document ${W}>${"<w:p>".repeat(20_000)}${"</w:p>".repeat(20_000)}</w:document>`,
      `<w:document ${W}>${"<w:tbl><w:tr><w:tc>".repeat(5_000)}${"</w:tc></w:tr></w:tbl>".repeat(5_000)}</w:document>`,
      `<w:document ${W}><w:p>${"<w:r><w:t>x</w:t><w:tab/></w:r>".repeat(4_000)}</w:p></w:document>`,
      `<w:document ${W} ${MC}>${"<mc:AlternateContent><mc:Choice>".repeat(5_000)}${"</mc:Choice></mc:AlternateContent>".repeat(5_000)}</w:document>`,
    ];
    for (const xml of cases) {
      expect(xml.length).toBeGreaterThanOrEqual(100_000);
      const started = Date.now();
      const walker = new DocxWalker(limits());
      walker.walkPart(xml, "word/document.xml", "body", new Map());
      expect(Date.now() - started).toBeLessThan(2_000);
    }
    const started = Date.now();
    const walker = new DocxWalker(limits());
    expect(() => walker.walkPart(`<w:document ${W}>${"<w:p>".repeat(30_000)}`, "word/document.xml", "body", new Map())).toThrow(DocumentError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("extractRtf", () => {
  it("reads text, header, escapes, unicode and hyperlink fields line by line", async () => {
    const result = await extractRtf(put(SAMPLE_RTF, "rtf"), limits());
    expect(result.type).toBe("rtf");
    const expected = SAMPLE_RTF_LINES.flatMap((text, i) => {
      const seg = { text, location: { kind: "line", line: i + 1 } };
      return text === "write to me" ? [seg, { text: WORD.mailto, location: { kind: "line", line: i + 1 } }] : [seg];
    });
    expect(result.segments).toEqual(expected);
  });

  it("honours \\ansicpg and \\bin, and skips ignorable destinations", () => {
    const text = (rtf: string) => rtfToText(Buffer.from(rtf, "latin1"), limits()).lines.join("\n");
    expect(text("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2}")).toBe("Привет");
    expect(text("{\\rtf1\\ansi\\ansicpg1250 \\'8a\\'e8}")).toBe("Šč");
    expect(text("{\\rtf1 a{\\*\\unknowndest secret}b\\bin3 {}}c}")).toBe("abc");
    expect(text("{\\rtf1 x\\-y\\_z\\\\\\{\\}}")).toBe("xy-z\\{}");
    expect(text("{\\rtf1 \\u-4064?\\u55357?\\u56832?\\uc0\\u55357\\u56832}")).toBe("\uF020\uD83D\uDE00\uD83D\uDE00");
  });

  it("maps broken files to their error codes", async () => {
    await expect(errorCode(extractRtf(put("{\\rtf1 {\\b hello} world", "rtf"), limits()))).resolves.toBe("truncated");
    await expect(errorCode(extractRtf(put("hello world", "rtf"), limits()))).resolves.toBe("corrupt");
    await expect(errorCode(extractRtf(put(`{\\rtf1 ${"abc ".repeat(100)}}`, "rtf"), limits({ maxTextChars: 100 })))).resolves.toBe("too_much_text");
    await expect(errorCode(extractRtf(put(SAMPLE_RTF, "rtf"), limits({ deadline: Date.now() - 1 })))).resolves.toBe("timeout");
  });

  it("reads hostile input in linear time", () => {
    const size = 100_000;
    const cases = [
      "{\\rtf1 " + "{".repeat(size),
      "{\\rtf1 " + "\\'".repeat(size / 2) + "}",
      "{\\rtf1 " + "\\u".repeat(size / 2) + "}",
      "{\\rtf1 " + "\\uc9\\u65".repeat(size / 9) + "}",
      "{\\rtf1 " + "\\" + "a".repeat(size) + "}",
      "{\\rtf1 " + "\\par9".repeat(size / 5) + "}",
      "{\\rtf1 " + "{\\*\\fldinst HYPERLINK}".repeat(size / 22) + "}",
      "{\\rtf1 " + "}{".repeat(size / 2),
      "{\\rtf1 \\bin999999999 " + "x".repeat(size) + "}",
    ];
    for (const rtf of cases) {
      const started = Date.now();
      try {
        rtfToText(Buffer.from(rtf, "latin1"), limits());
      } catch (err) {
        expect(err).toBeInstanceOf(DocumentError);
      }
      expect(Date.now() - started).toBeLessThan(2_000);
    }
  });
});

describe("extractDoc", () => {
  // LibreOffice is not installed here, so the only readable .doc is a minimal hand-built one.
  it("reads body lines and footnotes of a minimal Word 97 document", async () => {
    const result = await extractDoc(put(minimalDoc(), "doc"), limits());
    expect(result.type).toBe("doc");
    expect(result.segments).toEqual([
      { text: MINIMAL_DOC.body[0], location: { kind: "line", line: 1 } },
      { text: MINIMAL_DOC.body[1], location: { kind: "line", line: 2 } },
      // line 3 is empty
      { text: MINIMAL_DOC.body[3], location: { kind: "line", line: 4 } },
      { text: MINIMAL_DOC.footnote, location: { kind: "paragraph", part: "footnote", paragraph: 1 } },
    ]);
    await expect(errorCode(extractDoc(put(minimalDoc(), "doc"), limits({ maxTextChars: 20 })))).resolves.toBe("too_much_text");
  });

  it("maps a CFB header followed by garbage to corrupt", async () => {
    const garbage = Buffer.alloc(4096);
    Buffer.from("d0cf11e0a1b11ae1", "hex").copy(garbage);
    for (let i = 8; i < garbage.length; i++) garbage[i] = (i * 7919) & 0xff;
    await expect(errorCode(extractDoc(put(garbage, "doc"), limits()))).resolves.toBe("corrupt");
  });

  it("maps a password-protected Office file (EncryptedPackage) to encrypted", async () => {
    const file = put(
      buildCfb([
        { name: "EncryptionInfo", data: Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]) },
        { name: "EncryptedPackage", data: Buffer.alloc(5000, 0x5a) },
      ]),
      "doc",
    );
    await expect(errorCode(extractDoc(file, limits()))).resolves.toBe("encrypted");
  });

  it("maps a .doc with the fEncrypted bit to encrypted", async () => {
    const file = put(buildCfb([{ name: "WordDocument", data: fib({ encrypted: true }) }]), "doc");
    await expect(errorCode(extractDoc(file, limits()))).resolves.toBe("encrypted");
  });

  it("maps a compound file that is not a Word document to corrupt", async () => {
    await expect(errorCode(extractDoc(put(buildCfb([{ name: "Workbook", data: Buffer.alloc(10) }]), "doc"), limits()))).resolves.toBe("corrupt");
    await expect(errorCode(extractDoc(put(buildCfb([{ name: "WordDocument", data: fib({ magic: 0x1234 }) }]), "doc"), limits()))).resolves.toBe("corrupt");
    // a valid FIB but no table stream: word-extractor fails inside, and that is corrupt too
    await expect(errorCode(extractDoc(put(buildCfb([{ name: "WordDocument", data: fib() }]), "doc"), limits()))).resolves.toBe("corrupt");
  });

  it("stops a file whose sector chain loops at the deadline, without taking the process down", async () => {
    const file = put(buildCfb([{ name: "WordDocument", data: fib() }], { cycle: true }), "doc");
    const started = Date.now();
    const code = await errorCode(extractDoc(file, limits({ deadline: Date.now() + 1_500 })));
    expect(["timeout", "corrupt"]).toContain(code);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("reports timeout when the deadline has passed", async () => {
    const file = put(buildCfb([{ name: "WordDocument", data: fib() }]), "doc");
    await expect(errorCode(extractDoc(file, limits({ deadline: Date.now() - 1 })))).resolves.toBe("timeout");
  });
});
