import { describe, expect, it } from "vitest";
import { EXTENSION_CLAIMS, FORMATS, MAGIC_TYPES, MIME_CLAIMS, MIME_TYPES, SUPPORTED_LABELS } from "../../src/documents/formats.js";
import { claimedType } from "../../src/documents/sniff.js";
import { FILE_TYPES } from "../../src/documents/types.js";

describe("the format table (src/documents/formats.ts)", () => {
  it("describes every file type, and no extension, MIME type or magic name claims two formats", () => {
    expect(Object.keys(FORMATS).sort()).toEqual([...FILE_TYPES].sort());
    const all = (pick: (f: (typeof FORMATS)[keyof typeof FORMATS]) => readonly string[]) => Object.values(FORMATS).flatMap(pick);
    for (const list of [all((f) => f.extensions), all((f) => [f.mime, ...(f.mimeClaims ?? [])]), all((f) => f.magic ?? [])]) {
      expect(new Set(list).size).toBe(list.length);
    }
    expect(EXTENSION_CLAIMS.size).toBe(all((f) => f.extensions).length);
    expect(MIME_CLAIMS.size + MAGIC_TYPES.size).toBeGreaterThan(FILE_TYPES.length);
  });

  it("derives claims from the table", () => {
    expect(claimedType("CV Final.PDF")).toBe("pdf");
    expect(claimedType("notes.tsv")).toBe("csv");
    expect(claimedType("card", "text/x-vcard; charset=utf-8")).toBe("vcard");
    expect(claimedType("archive.zip", "application/octet-stream")).toBeUndefined();
    expect(MIME_TYPES.jpeg).toBe("image/jpeg");
  });

  it("names each supported format once in messages", () => {
    expect(SUPPORTED_LABELS).toBe("PDF, Word, RTF, text, Markdown, HTML, CSV, vCard, PNG, JPEG, WebP");
  });
});
