/**
 * RTF → text, one segment per line (`{kind: "line", line}`; lines count from 1, empty ones too).
 *
 * There is no maintained RTF parser on npm (rtf-parser, the usual choice, has not been published in
 * years and builds a full document tree), so this is a small reader of our own: one pass over the
 * bytes with a group stack, no regular expressions, O(1) work per byte — so hostile input (100 KB of
 * `{` or of `\'`) costs no more than ordinary text.
 *
 * What it keeps: body text, header/footer text (`\header`, `\footer`…: the user wrote it), field
 * results, footnotes, shape text. What it skips: font/colour/style/list tables, document info,
 * pictures, embedded objects, shape properties, any `{\*\dest …}` group we do not know, and binary
 * data (`\binN`). `\par` `\line` `\sect` `\page` `\row` end a line; `\tab` and `\cell` give a tab.
 * Bytes (`\'hh` and raw 8-bit bytes) decode in the document's code page (`\ansicpgN`, default
 * windows-1252); `\uN` gives a UTF-16 unit and skips the next `\ucN` (default 1) fallback
 * characters. A HYPERLINK field's target (`{\*\fldinst HYPERLINK "mailto:…"}`) is emitted as an
 * extra segment with the line number where the field sits, right after that line's own segment.
 * Per-font charsets (`\fcharsetN`) are not honoured.
 */
import { readFile } from "node:fs/promises";
import { checkDeadline, DocumentError, type Extraction, type Extractor, type ExtractLimits, type Segment } from "../types.js";
import { hyperlinkFieldTargets } from "./docx.js";

/** Destinations whose content is not text the user wrote (or that repeat it, like \nonshppict). */
const SKIP_DESTINATIONS = new Set([
  "fonttbl",
  "colortbl",
  "stylesheet",
  "info",
  "pict",
  "object",
  "objdata",
  "listtable",
  "listoverridetable",
  "rsidtbl",
  "generator",
  "xmlnstbl",
  "themedata",
  "colorschememapping",
  "latentstyles",
  "datastore",
  "filetbl",
  "revtbl",
  "pgdsctbl",
  "nonshppict",
  "sp",
  "sn",
  "sv",
  "bkmkstart",
  "bkmkend",
  "fldinst",
  "xe",
  "tc",
  "template",
]);

const SYMBOLS: Record<string, string> = {
  par: "\n",
  line: "\n",
  sect: "\n",
  page: "\n",
  row: "\n",
  tab: "\t",
  cell: "\t",
  nestcell: "\t",
  nestrow: "\n",
  emdash: "\u2014",
  endash: "\u2013",
  emspace: "\u2003",
  enspace: "\u2002",
  qmspace: "\u2005",
  bullet: "\u2022",
  lquote: "\u2018",
  rquote: "\u2019",
  ldblquote: "\u201C",
  rdblquote: "\u201D",
  zwj: "\u200D",
  zwnj: "\u200C",
};

const enum Mode {
  Text,
  Skip,
  /** Inside \fldinst: collected for HYPERLINK targets. */
  Field,
}

interface Group {
  mode: Mode;
  uc: number;
  /** Set by `\*`: the next control word names a destination we may not know. */
  ignorable: boolean;
}

export interface RtfText {
  /** The text, lines separated by "\n". */
  lines: string[];
  /** HYPERLINK field targets with the (0-based) line they sit on. */
  links: { line: number; target: string }[];
}

/** Reads RTF bytes to lines of text. Throws DocumentError (`corrupt`, `truncated`, `too_much_text`, `timeout`). */
export function rtfToText(bytes: Uint8Array, limits: ExtractLimits): RtfText {
  if (!startsWithRtf(bytes)) throw new DocumentError("corrupt", "the file does not start with {\\rtf");

  let decoder = decoderFor(1252);
  const lines: string[] = [];
  const links: { line: number; target: string }[] = [];
  let line: string[] = [];
  let chars = 0;
  const pendingBytes: number[] = [];
  let fieldText: string[] = [];
  let fieldDepth = -1;

  const stack: Group[] = [];
  let g: Group = { mode: Mode.Text, uc: 1, ignorable: false };
  /** Fallback characters still to skip after a \uN. */
  let skip = 0;
  let started = false;

  const tooMuch = () => new DocumentError("too_much_text", `the document has more than ${limits.maxTextChars} characters of text`);
  const flushBytes = () => {
    if (pendingBytes.length === 0) return;
    const s = decoder.decode(Uint8Array.from(pendingBytes));
    pendingBytes.length = 0;
    emit(s);
  };
  const emit = (s: string) => {
    if (g.mode === Mode.Skip || s.length === 0) return;
    if (g.mode === Mode.Field) {
      fieldText.push(s);
      return;
    }
    chars += s.length;
    if (chars > limits.maxTextChars) throw tooMuch();
    if (s === "\n") {
      lines.push(line.join(""));
      line = [];
    } else line.push(s);
  };
  const emitByte = (b: number) => {
    if (g.mode === Mode.Skip) return;
    pendingBytes.push(b);
    if (pendingBytes.length >= 4096) flushBytes();
  };

  const n = bytes.length;
  let i = 0;
  let nextCheck = 1 << 16;
  while (i < n) {
    if (i >= nextCheck) {
      nextCheck = i + (1 << 16);
      checkDeadline(limits);
    }
    const c = bytes[i]!;
    if (c === 0x7b /* { */) {
      flushBytes();
      skip = 0;
      stack.push(g);
      g = { mode: g.mode, uc: g.uc, ignorable: false };
      started = true;
      i++;
      continue;
    }
    if (c === 0x7d /* } */) {
      flushBytes();
      skip = 0;
      if (fieldDepth === stack.length) {
        for (const target of hyperlinkFieldTargets(fieldText.join(""))) links.push({ line: lines.length, target });
        fieldText = [];
        fieldDepth = -1;
      }
      const parent = stack.pop();
      i++;
      if (parent === undefined) break; // a stray closing brace: ignore the rest
      g = parent;
      if (stack.length === 0) break; // the document group closed; anything after it is not RTF
      continue;
    }
    if (c === 0x5c /* \ */) {
      i++;
      if (i >= n) break;
      const d = bytes[i]!;
      if (isLetter(d)) {
        // Control word: letters, an optional signed number, an optional space delimiter.
        const start = i;
        while (i < n && isLetter(bytes[i]!) && i - start < 32) i++;
        while (i < n && isLetter(bytes[i]!)) i++; // over-long words: consumed, not used
        const word = latin1(bytes, start, Math.min(i, start + 32));
        let param: number | undefined;
        let negative = false;
        if (i < n && bytes[i] === 0x2d /* - */ && i + 1 < n && isDigit(bytes[i + 1]!)) {
          negative = true;
          i++;
        }
        if (i < n && isDigit(bytes[i]!)) {
          let value = 0;
          let digits = 0;
          while (i < n && isDigit(bytes[i]!)) {
            if (digits < 10) value = value * 10 + (bytes[i]! - 0x30);
            digits++;
            i++;
          }
          param = negative ? -value : value;
        }
        if (i < n && bytes[i] === 0x20) i++;

        if (word === "bin") {
          // Binary data: skip exactly N bytes, whatever they are.
          flushBytes();
          const len = param !== undefined && param > 0 ? param : 0;
          i = Math.min(n, i + len);
          if (skip > 0) skip--;
          continue;
        }
        if (skip > 0) {
          skip--;
          continue;
        }
        if (word === "u" && param !== undefined) {
          flushBytes();
          emit(String.fromCharCode(param < 0 ? param + 65536 : param & 0xffff));
          skip = g.uc;
          continue;
        }
        if (word === "uc") {
          g.uc = param !== undefined && param >= 0 ? Math.min(param, 16) : 1;
          continue;
        }
        if (word === "ansicpg" && param !== undefined) {
          flushBytes();
          decoder = decoderFor(param);
          continue;
        }
        if (word === "mac") {
          flushBytes();
          decoder = decoderFor(10000);
          continue;
        }
        if (word === "fldinst" && g.mode === Mode.Text) {
          flushBytes();
          g.mode = Mode.Field;
          fieldDepth = stack.length;
          fieldText = [];
          g.ignorable = false;
          continue;
        }
        if (SKIP_DESTINATIONS.has(word) || g.ignorable) {
          flushBytes();
          g.mode = Mode.Skip;
          g.ignorable = false;
          continue;
        }
        const symbol = SYMBOLS[word];
        if (symbol !== undefined) {
          flushBytes();
          emit(symbol);
        }
        continue;
      }
      // Control symbol.
      i++;
      if (d === 0x27 /* ' */) {
        const h1 = i < n ? hexValue(bytes[i]!) : -1;
        const h2 = i + 1 < n ? hexValue(bytes[i + 1]!) : -1;
        if (h1 >= 0 && h2 >= 0) {
          i += 2;
          if (skip > 0) skip--;
          else emitByte(h1 * 16 + h2);
        }
        continue;
      }
      if (d === 0x2a /* * */) {
        g.ignorable = true;
        continue;
      }
      if (skip > 0) {
        skip--;
        continue;
      }
      flushBytes();
      switch (d) {
        case 0x5c:
          emit("\\");
          break;
        case 0x7b:
          emit("{");
          break;
        case 0x7d:
          emit("}");
          break;
        case 0x7e /* ~ */:
          emit("\u00A0");
          break;
        case 0x5f /* _ */:
          emit("-");
          break;
        case 0x0a:
        case 0x0d:
          emit("\n"); // a backslash before a line break is \par
          break;
        case 0x09:
          emit("\t");
          break;
        // \- (optional hyphen), \: and \| and anything else: nothing.
      }
      continue;
    }
    i++;
    if (c === 0x0a || c === 0x0d || c === 0) continue; // raw line breaks are not text in RTF
    if (skip > 0) {
      skip--;
      continue;
    }
    if (c === 0x09) {
      flushBytes();
      emit("\t");
    } else if (c < 0x80) {
      flushBytes();
      if (c >= 0x20 && g.mode !== Mode.Skip) emit(String.fromCharCode(c));
    } else emitByte(c);
  }
  flushBytes();
  if (!started || stack.length > 0) {
    throw new DocumentError("truncated", "the RTF file ends before all its groups are closed");
  }
  lines.push(line.join(""));
  return { lines, links };
}

export const extractRtf: Extractor = async (file, limits) => {
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (err) {
    throw new DocumentError("unreadable", `the file could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  checkDeadline(limits);
  const { lines, links } = rtfToText(bytes, limits);
  const segments: Segment[] = [];
  let li = 0;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!;
    if (text.trim().length > 0) segments.push({ text, location: { kind: "line", line: index + 1 } });
    for (; li < links.length && links[li]!.line === index; li++) {
      segments.push({ text: links[li]!.target, location: { kind: "line", line: index + 1 } });
    }
  }
  return { type: "rtf", segments } satisfies Extraction;
};

function startsWithRtf(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length && i < 16 && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
  return b[i] === 0x7b && b[i + 1] === 0x5c && b[i + 2] === 0x72 && b[i + 3] === 0x74 && b[i + 4] === 0x66;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function latin1(b: Uint8Array, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
  return s;
}

interface ByteDecoder {
  decode(bytes: Uint8Array): string;
}

/** windows-1252's 0x80–0x9F (Node's TextDecoder treats "windows-1252" as ISO-8859-1, so we map them ourselves). */
const CP1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

const CP1252: ByteDecoder = {
  decode(bytes) {
    let s = "";
    for (const b of bytes) s += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    return s;
  },
};

/** A decoder for an RTF code page: windows-874/1250–1258, the CJK double-byte pages, Mac Roman; else windows-1252. */
function decoderFor(codePage: number): ByteDecoder {
  const labels: Record<number, string> = { 932: "shift_jis", 936: "gbk", 949: "euc-kr", 950: "big5", 10000: "macintosh", 65001: "utf-8" };
  const label = labels[codePage] ?? (codePage === 874 || (codePage >= 1250 && codePage <= 1258 && codePage !== 1252) ? `windows-${codePage}` : undefined);
  if (label === undefined) return CP1252;
  try {
    return new TextDecoder(label);
  } catch {
    return CP1252;
  }
}
