/**
 * DOCX (Office Open XML) text extraction.
 *
 * We walk the WordprocessingML ourselves with a SAX parser (saxes) instead of using mammoth:
 * mammoth drops headers and footers and gives no paragraph positions, and we need both — contact
 * details hide in footers, and a finding must point at "footer, paragraph 2" or "table 1, row 3,
 * cell 2". A SAX walk is also linear in the XML and never builds a DOM. (saxes runs without its own
 * namespace processing, which looks prefixes up through every open element — quadratic on deeply
 * nested hostile XML; {@link Namespaces} resolves them in O(1) per element instead.)
 *
 * Parts read: word/document.xml (body; paragraphs inside text boxes are part "textbox"),
 * word/header*.xml, word/footer*.xml, word/footnotes.xml, word/endnotes.xml, word/comments.xml,
 * and each part's relationships (word/_rels/<part>.rels) for external hyperlink targets.
 *
 * Locations: one segment per non-empty `w:p`. Paragraph numbers count every `w:p` (empty ones too,
 * so they match what Word shows) from 1, in document order, per location part: headers are numbered
 * across header1.xml, header2.xml, … in that order, likewise footers; footnote/endnote separators
 * are not counted. Tables are numbered the same way; row and cell are the 1-based `w:tr` / `w:tc`
 * index in the innermost table. Each external hyperlink target (relationship with
 * TargetMode="External", or a HYPERLINK field) is an extra segment right after its paragraph's,
 * with the same location plus `hyperlink: true`.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { checkDeadline, DocumentError, type Extraction, type Extractor, type ExtractLimits, type Location, type Segment } from "../types.js";
import { readZipEntries } from "./zip.js";

type Part = Extract<Location, { kind: "paragraph" }>["part"];
type ParagraphLocation = Extract<Location, { kind: "paragraph" }>;

const W_NS = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);
const R_NS = new Set(["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"]);
const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Feed the parser this many characters at a time, checking the deadline in between. */
const CHUNK_CHARS = 1 << 20;

interface PartFile {
  name: string;
  part: Part;
}

export const extractDocx: Extractor = async (file, limits) => {
  const entries = await readZipEntries(file.path, isWantedEntry, limits);
  const byLower = new Map<string, Buffer>();
  for (const [name, data] of entries) byLower.set(name.toLowerCase(), data);

  const main = byLower.get("word/document.xml");
  if (main === undefined) throw new DocumentError("corrupt", "the file is a ZIP archive but has no word/document.xml");

  const parts: PartFile[] = [{ name: "word/document.xml", part: "body" }];
  const numbered = (prefix: string) =>
    [...byLower.keys()]
      .filter((n) => n.startsWith(prefix) && n.endsWith(".xml") && !n.includes("/", prefix.length))
      .map((n) => ({ n, k: Number.parseInt(n.slice(prefix.length), 10) }))
      .sort((a, b) => (Number.isNaN(a.k) ? 0 : a.k) - (Number.isNaN(b.k) ? 0 : b.k) || (a.n < b.n ? -1 : 1))
      .map((x) => x.n);
  for (const n of numbered("word/header")) parts.push({ name: n, part: "header" });
  for (const n of numbered("word/footer")) parts.push({ name: n, part: "footer" });
  if (byLower.has("word/footnotes.xml")) parts.push({ name: "word/footnotes.xml", part: "footnote" });
  if (byLower.has("word/endnotes.xml")) parts.push({ name: "word/endnotes.xml", part: "endnote" });
  if (byLower.has("word/comments.xml")) parts.push({ name: "word/comments.xml", part: "comment" });

  const walker = new DocxWalker(limits);
  for (const p of parts) {
    checkDeadline(limits);
    const data = byLower.get(p.name);
    if (data === undefined) continue;
    const slash = p.name.lastIndexOf("/");
    const relsName = `${p.name.slice(0, slash)}/_rels/${p.name.slice(slash + 1)}.rels`;
    const relsData = byLower.get(relsName);
    const rels = relsData === undefined ? new Map<string, string>() : parseRelationships(relsData, relsName, limits);
    walker.walkPart(data, p.name, p.part, rels);
  }
  return { type: "docx", segments: walker.segments } satisfies Extraction;
};

function isWantedEntry(name: string): boolean {
  const n = name.toLowerCase();
  if (n === "word/document.xml" || n === "word/footnotes.xml" || n === "word/endnotes.xml" || n === "word/comments.xml") return true;
  if (!n.endsWith(".xml") && !n.endsWith(".rels")) return false;
  if (n.startsWith("word/_rels/")) return !n.includes("/", "word/_rels/".length);
  if (n.startsWith("word/header") || n.startsWith("word/footer")) return !n.includes("/", "word/".length);
  return false;
}

/** External relationship targets of one part, by relationship id. */
export function parseRelationships(data: Buffer, name: string, limits: ExtractLimits): Map<string, string> {
  const rels = new Map<string, string>();
  const parser = new SaxesParser({ xmlns: false, position: false });
  const ns = new Namespaces();
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const [uri, local] = ns.open(tag);
    if (local !== "Relationship" || (uri !== PKG_REL_NS && uri !== "")) return;
    const id = tag.attributes["Id"];
    const target = tag.attributes["Target"];
    const mode = tag.attributes["TargetMode"];
    if (id === undefined || target === undefined) return;
    if (mode === "External" || isExternalScheme(target)) rels.set(id, target);
  });
  parser.on("closetag", () => ns.close());
  feed(parser, data, name, limits);
  return rels;
}

function isExternalScheme(target: string): boolean {
  const t = target.trimStart().slice(0, 8).toLowerCase();
  return t.startsWith("http:") || t.startsWith("https:") || t.startsWith("mailto:") || t.startsWith("tel:");
}

interface TableFrame {
  table: number;
  row: number;
  cell: number;
}

interface ParagraphState {
  slot: number;
  location: ParagraphLocation;
  text: string[];
  chars: number;
  links: Set<string>;
  instr: string[];
}

/**
 * The SAX walk over one part at a time; segments accumulate across parts. Exported for tests (the
 * linear-time check feeds it hostile XML directly).
 */
export class DocxWalker {
  /** Segments in document order (a paragraph's place is reserved when it opens). */
  private slots: Segment[][] = [];
  private readonly paragraphCount = new Map<Part, number>();
  private readonly tableCount = new Map<Part, number>();
  private totalChars = 0;
  private paragraphsSinceCheck = 0;

  constructor(private readonly limits: ExtractLimits) {}

  get segments(): Segment[] {
    return this.slots.flat();
  }

  walkPart(data: Buffer | string, name: string, basePart: Part, rels: Map<string, string>): void {
    const limits = this.limits;
    // Element depth at which skipping began (0 = not skipping); everything below it is ignored.
    let skipFrom = 0;
    let depth = 0;
    const ns = new Namespaces();
    /** Per open element: its namespace group ("w", "mc" or "") and local name, for the close tag. */
    const open: string[] = [];
    /** Paragraphs open now (a text box paragraph sits inside a body paragraph). */
    const paragraphs: ParagraphState[] = [];
    /** Table frames; a text box starts a fresh stack (saved here) so its paragraphs are not "in" the cell around it. */
    let tables: TableFrame[] = [];
    const savedTables: TableFrame[][] = [];
    /** Text box nesting: paragraphs inside are part "textbox" in the body. */
    let textboxDepth = 0;
    /** For each open mc:AlternateContent, whether a mc:Choice has been taken. */
    const alternates: boolean[] = [];
    /** Inside w:t (1) or w:instrText (2), else 0. */
    let textMode = 0;
    /** Characters held by paragraphs still open (nested ones included). */
    let pendingChars = 0;

    const partOf = (): Part => (textboxDepth > 0 && basePart === "body" ? "textbox" : basePart);

    const append = (s: string) => {
      const p = paragraphs[paragraphs.length - 1];
      if (p === undefined || s.length === 0) return;
      p.text.push(s);
      p.chars += s.length;
      pendingChars += s.length;
      if (this.totalChars + pendingChars > limits.maxTextChars) {
        throw new DocumentError("too_much_text", `the document has more than ${limits.maxTextChars} characters of text`);
      }
    };

    const openParagraph = () => {
      const part = partOf();
      const n = (this.paragraphCount.get(part) ?? 0) + 1;
      this.paragraphCount.set(part, n);
      const location: ParagraphLocation = { kind: "paragraph", part, paragraph: n };
      const t = tables[tables.length - 1];
      if (t !== undefined) location.table = { table: t.table, row: t.row, cell: t.cell };
      paragraphs.push({ slot: this.slots.length, location, text: [], chars: 0, links: new Set(), instr: [] });
      this.slots.push([]);
    };

    const closeParagraph = () => {
      const p = paragraphs.pop();
      if (p === undefined) return;
      pendingChars -= p.chars;
      const out: Segment[] = [];
      const text = p.text.join("");
      if (text.trim().length > 0) out.push({ text, location: p.location });
      for (const link of hyperlinkFieldTargets(p.instr.join(""))) addLink(p, link);
      for (const link of p.links) out.push({ text: link, location: { ...p.location, hyperlink: true } });
      for (const s of out) this.totalChars += s.text.length;
      if (this.totalChars > limits.maxTextChars) {
        throw new DocumentError("too_much_text", `the document has more than ${limits.maxTextChars} characters of text`);
      }
      this.slots[p.slot] = out;
      if (++this.paragraphsSinceCheck >= 500) {
        this.paragraphsSinceCheck = 0;
        checkDeadline(limits);
      }
    };

    const addLink = (p: ParagraphState | undefined, target: string) => {
      const t = target.trim();
      if (p === undefined || t.length === 0) return;
      p.links.add(t);
    };

    const parser = new SaxesParser({ xmlns: false, position: false });
    parser.on("opentag", (tag: SaxesTagPlain) => {
      depth++;
      const [uri, local] = ns.open(tag);
      const group = W_NS.has(uri) ? "w" : uri === MC_NS ? "mc" : "";
      open.push(group === "" ? "" : `${group}:${local}`);
      if (skipFrom > 0) return;
      if (group === "mc") {
        if (local === "AlternateContent") alternates.push(false);
        else if (local === "Choice" || local === "Fallback") {
          const i = alternates.length - 1;
          // Take the first branch; the others (usually a VML fallback) repeat the same text.
          if (i >= 0 && alternates[i] === true) skipFrom = depth;
          else if (i >= 0) alternates[i] = true;
        }
        return;
      }
      if (group !== "w") return;
      switch (local) {
        case "p":
          openParagraph();
          break;
        case "t":
          textMode = 1;
          break;
        case "instrText":
          textMode = 2;
          break;
        case "tab":
        case "ptab":
          append("\t");
          break;
        case "br":
        case "cr":
          append("\n");
          break;
        case "noBreakHyphen":
          append("-");
          break;
        // Properties (w:pPr holds tab stops named w:tab), deleted and moved-away revisions carry no visible text.
        case "pPr":
        case "rPr":
        case "sectPr":
        case "del":
        case "moveFrom":
        case "delText":
          skipFrom = depth;
          break;
        case "footnote":
        case "endnote": {
          const type = attr(tag, ns, "type");
          if (type === "separator" || type === "continuationSeparator" || type === "continuationNotice") skipFrom = depth;
          break;
        }
        case "tbl": {
          const part = partOf();
          const n = (this.tableCount.get(part) ?? 0) + 1;
          this.tableCount.set(part, n);
          tables.push({ table: n, row: 0, cell: 0 });
          break;
        }
        case "tr": {
          const t = tables[tables.length - 1];
          if (t !== undefined) {
            t.row++;
            t.cell = 0;
          }
          break;
        }
        case "tc": {
          const t = tables[tables.length - 1];
          if (t !== undefined) t.cell++;
          break;
        }
        case "txbxContent":
          textboxDepth++;
          savedTables.push(tables);
          tables = [];
          break;
        case "hyperlink": {
          const id = relId(tag, ns);
          const target = id === undefined ? undefined : rels.get(id);
          if (target !== undefined) addLink(paragraphs[paragraphs.length - 1], target);
          break;
        }
        case "fldSimple": {
          const instr = attr(tag, ns, "instr");
          const p = paragraphs[paragraphs.length - 1];
          if (instr !== undefined && p !== undefined) p.instr.push(" ", instr, " ");
          break;
        }
      }
    });
    parser.on("closetag", () => {
      const d = depth--;
      ns.close();
      const id = open.pop() ?? "";
      if (skipFrom > 0) {
        if (d === skipFrom) skipFrom = 0;
        return;
      }
      switch (id) {
        case "mc:AlternateContent":
          alternates.pop();
          break;
        case "w:p":
          closeParagraph();
          break;
        case "w:t":
        case "w:instrText":
          textMode = 0;
          break;
        case "w:tbl":
          tables.pop();
          break;
        case "w:txbxContent":
          textboxDepth--;
          tables = savedTables.pop() ?? [];
          break;
      }
    });
    const onText = (text: string) => {
      if (skipFrom > 0 || textMode === 0) return;
      if (textMode === 1) append(text);
      else {
        const p = paragraphs[paragraphs.length - 1];
        if (p !== undefined) {
          p.instr.push(text);
          p.chars += text.length;
          pendingChars += text.length;
          if (this.totalChars + pendingChars > limits.maxTextChars) {
            throw new DocumentError("too_much_text", `the document has more than ${limits.maxTextChars} characters of text`);
          }
        }
      }
    };
    parser.on("text", onText);
    parser.on("cdata", onText);
    feed(parser, data, name, limits);
    // A well-formed part closes every paragraph; anything left means the XML ended early (feed would have thrown).
    while (paragraphs.length > 0) closeParagraph();
  }
}

function attr(tag: SaxesTagPlain, ns: Namespaces, local: string): string | undefined {
  for (const key in tag.attributes) {
    const colon = key.indexOf(":");
    if (colon < 0 || key.slice(colon + 1) !== local) continue;
    if (W_NS.has(ns.uri(key.slice(0, colon)))) return tag.attributes[key];
  }
  return undefined;
}

function relId(tag: SaxesTagPlain, ns: Namespaces): string | undefined {
  for (const key in tag.attributes) {
    const colon = key.indexOf(":");
    if (colon < 0 || key.slice(colon + 1) !== "id") continue;
    if (R_NS.has(ns.uri(key.slice(0, colon)))) return tag.attributes[key];
  }
  return undefined;
}

/**
 * XML namespace bindings in scope, resolved in O(1): one stack of URIs per prefix, pushed by the
 * element that declares it and popped when it closes.
 */
export class Namespaces {
  private readonly bindings = new Map<string, string[]>();
  private readonly declared: (string[] | null)[] = [];

  /** Enters an element: records its xmlns declarations and returns its [namespace URI, local name]. */
  open(tag: SaxesTagPlain): [string, string] {
    let pushed: string[] | null = null;
    for (const key in tag.attributes) {
      let prefix: string;
      if (key === "xmlns") prefix = "";
      else if (key.startsWith("xmlns:")) prefix = key.slice(6);
      else continue;
      let stack = this.bindings.get(prefix);
      if (stack === undefined) this.bindings.set(prefix, (stack = []));
      stack.push(tag.attributes[key] ?? "");
      (pushed ??= []).push(prefix);
    }
    this.declared.push(pushed);
    const name = tag.name;
    const colon = name.indexOf(":");
    return colon < 0 ? [this.uri(""), name] : [this.uri(name.slice(0, colon)), name.slice(colon + 1)];
  }

  /** Leaves the innermost element, dropping its declarations. */
  close(): void {
    const pushed = this.declared.pop();
    if (pushed) for (const prefix of pushed) this.bindings.get(prefix)?.pop();
  }

  uri(prefix: string): string {
    const stack = this.bindings.get(prefix);
    return stack?.[stack.length - 1] ?? "";
  }
}

/**
 * Targets of HYPERLINK fields in a paragraph's field instructions (`HYPERLINK "mailto:a@b.c" \o "tip"`);
 * `\l` (a bookmark in the document) is skipped. A plain scan, no regular expression.
 */
export function hyperlinkFieldTargets(instr: string): string[] {
  const out: string[] = [];
  if (instr.length === 0) return out;
  const upper = instr.toUpperCase();
  let from = 0;
  for (;;) {
    const at = upper.indexOf("HYPERLINK", from);
    if (at < 0) break;
    let i = at + 9;
    from = i;
    let local = false;
    for (;;) {
      while (i < instr.length && (instr[i] === " " || instr[i] === "\t")) i++;
      // Switches before the target: \l marks a local bookmark; others take no target.
      if (instr[i] === "\\" && i + 1 < instr.length) {
        if (instr[i + 1] === "l" || instr[i + 1] === "L") local = true;
        i += 2;
        continue;
      }
      break;
    }
    let target: string;
    if (instr[i] === '"') {
      const end = instr.indexOf('"', i + 1);
      target = instr.slice(i + 1, end < 0 ? instr.length : end);
      i = end < 0 ? instr.length : end + 1;
    } else {
      let end = i;
      while (end < instr.length && instr[end] !== " " && instr[end] !== "\t") end++;
      target = instr.slice(i, end);
      i = end;
    }
    from = Math.max(from, i);
    if (!local && target.length > 0) out.push(target);
  }
  return out;
}

/** Decodes a part's bytes (UTF-8, or UTF-16 with a BOM) and feeds them to the parser in chunks. */
function feed(parser: SaxesParser<{ xmlns: false; position: false }>, data: Buffer | string, name: string, limits: ExtractLimits): void {
  try {
    if (typeof data === "string") {
      for (let i = 0; i < data.length; i += CHUNK_CHARS) {
        checkDeadline(limits);
        parser.write(data.slice(i, i + CHUNK_CHARS));
      }
    } else {
      let encoding = "utf-8";
      if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) encoding = "utf-16le";
      else if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) encoding = "utf-16be";
      const decoder = new TextDecoder(encoding); // strips the BOM
      const step = CHUNK_CHARS & ~1;
      for (let i = 0; i < data.length; i += step) {
        checkDeadline(limits);
        parser.write(decoder.decode(data.subarray(i, i + step), { stream: true }));
      }
      const rest = decoder.decode();
      if (rest.length > 0) parser.write(rest);
    }
    parser.close();
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new DocumentError("corrupt", `${name} is not well-formed XML: ${message}`);
  }
}
