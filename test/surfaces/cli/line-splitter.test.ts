import { describe, expect, it } from "vitest";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import fc from "fast-check";
import { LineSplitter } from "../../../src/surfaces/cli/line-splitter.js";

/*
 * `scan` splits its input itself (line-splitter.ts): the lines, and so the answers and the error lines'
 * numbers, must be readline's (crlfDelay: Infinity), which `scan` used before, wherever the chunks break.
 */

function split(chunks: Array<Buffer | string>): string[] {
  const s = new LineSplitter();
  return [...chunks.flatMap((c) => s.push(c)), ...s.end()];
}

async function readlineLines(chunks: Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks, { objectMode: false }), crlfDelay: Infinity })) lines.push(line);
  return lines;
}

/** `bytes` cut at `cuts` (any byte offsets, inside a character or a line ending too). */
function cut(bytes: Buffer, cuts: number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const c of [...at, bytes.length]) {
    if (c > start) chunks.push(bytes.subarray(start, c));
    start = c;
  }
  return chunks;
}

describe("LineSplitter", () => {
  it("joins a character split across chunks", () => {
    const bytes = Buffer.from('{"text":"café 😀"}\n', "utf8");
    const at = bytes.indexOf(0xf0) + 2; // inside the emoji's four bytes
    expect(split([bytes.subarray(0, at), bytes.subarray(at)])).toEqual(['{"text":"café 😀"}']);
    const e = bytes.indexOf(0xc3) + 1; // inside é
    expect(split([bytes.subarray(0, e), bytes.subarray(e)])).toEqual(['{"text":"café 😀"}']);
  });

  it("joins a line split across chunks, and a CRLF split between its two bytes", () => {
    expect(split([Buffer.from('{"a":'), Buffer.from("1}\r"), Buffer.from("\n{}\r\n")])).toEqual(['{"a":1}', "{}"]);
  });

  it("ends lines at \\n, \\r\\n and a lone \\r, as readline does", () => {
    expect(split([Buffer.from("a\r\nb\nc\rd\r\r\ne")])).toEqual(["a", "b", "c", "d", "", "e"]);
  });

  it("keeps empty lines and a last line without a newline", () => {
    expect(split([Buffer.from("\n\na\n\n"), Buffer.from("b")])).toEqual(["", "", "a", "", "b"]);
    expect(split([Buffer.from("a\n")])).toEqual(["a"]);
    expect(split([])).toEqual([]);
  });

  it("takes a huge line in many small chunks", () => {
    const huge = "x".repeat(3_000_000) + "é".repeat(1000);
    const bytes = Buffer.from(`${huge}\nnext\n`, "utf8");
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 4093) chunks.push(bytes.subarray(i, i + 4093));
    const lines = split(chunks);
    expect(lines).toHaveLength(2);
    expect(lines[0] === huge).toBe(true);
    expect(lines[1]).toBe("next");
  });

  it("gives readline's lines wherever the chunks break", async () => {
    const piece = fc.constantFrom("\n", "\r", "\r\n", "", " ", "a", "{\"id\":1}", "é", "😀", "中", "\u2028", "\ufffd");
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(400), { maxLength: 8 }), async (pieces, cuts) => {
        const bytes = Buffer.from(pieces.join(""), "utf8");
        const chunks = cut(bytes, cuts);
        expect(split(chunks)).toEqual(await readlineLines(chunks));
      }),
      { numRuns: 400 },
    );
  });

  it("drops an unfinished character at the very end, as readline does", async () => {
    const chunks = [Buffer.from('{"text":"x"}\n{"text":"y"}'), Buffer.from([0xe2, 0x82])];
    expect(split(chunks)).toEqual(await readlineLines(chunks));
  });
});
