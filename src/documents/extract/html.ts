import { Parser } from "htmlparser2";
import { DocumentError, type Extraction, type Extractor, type Segment } from "../types.js";
import { readWholeText } from "./text.js";

/*
 * HTML: the visible text, line by line of the source, plus the targets of links and forms
 * (mailto:, tel:, wa.me …), which a reader sees by hovering or clicking. Scripts and styles are
 * not text a person reads and are skipped. htmlparser2 is forgiving, so broken markup still yields text.
 */

const SKIPPED = new Set(["script", "style", "noscript", "template"]);
const BREAKS = new Set(["p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "blockquote", "pre", "table", "ul", "ol", "dd", "dt"]);
const LINK_ATTRIBUTES: Record<string, string[]> = { a: ["href"], area: ["href"], form: ["action"], link: ["href"], img: ["alt", "title"] };

export const extractHtml: Extractor = async (file, limits): Promise<Extraction> => {
  const source = await readWholeText(file, limits);
  const segments: Segment[] = [];
  // Line starts of the source, to give each piece of text the line it was written on.
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (index: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  let skipping = 0;
  let current = "";
  let currentLine = 1;
  const flush = () => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text) segments.push({ text, location: { kind: "line", line: currentLine } });
    current = "";
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skipping++;
        if (BREAKS.has(name)) flush();
        for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute]?.trim();
          if (value && !value.startsWith("#") && !value.startsWith("javascript:")) {
            segments.push({ text: value, location: { kind: "line", line: lineOf(parser.startIndex) } });
          }
        }
      },
      ontext(text) {
        if (skipping > 0) return;
        if (current.trim() === "") currentLine = lineOf(parser.startIndex + (text.length - text.trimStart().length));
        current += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        if (BREAKS.has(name)) flush();
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  // Entities stay encoded: the normalizer decodes them and reports them as a disguise (html_entity).
  try {
    parser.end(source);
  } catch (err) {
    throw new DocumentError("corrupt", `the HTML could not be read: ${(err as Error).message}`);
  }
  flush();
  segments.sort((a, b) => lineNumber(a) - lineNumber(b));
  return { type: "html", segments };
};

const lineNumber = (s: Segment) => (s.location.kind === "line" ? s.location.line : 0);
