import type { Candidate, Recognizer, ScanInput } from "../types.js";
import { REQUEST_LANGUAGES, type RequestCategory } from "./lexicon.js";

/*
 * C8 asks: "what's your WhatsApp?", "¿me pasas tu número?". No library reads requests, so the
 * frames are data (./lexicon.ts) compiled once into one regex per language. Gaps are bounded and
 * the alternations are literal words, so matching stays linear.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s");

interface Compiled {
  re: RegExp;
  nouns: Map<string, RequestCategory>;
  nounRe: RegExp;
}

const COMPILED: Compiled[] = REQUEST_LANGUAGES.map((lang) => {
  const nouns = new Map(Object.entries(lang.nouns));
  const nounAlt = [...nouns.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
  const possAlt = [...lang.possessives].sort((a, b) => b.length - a.length).map(escape).join("|");
  // "number of years" is not a phone number; "your GitHub email" allows up to two modifier words.
  const noun = `(?:[a-z0-9]{2,12}\\s){0,2}?(?:${nounAlt})(?![a-z])(?!\\sof\\b)`;
  const frames = lang.frames.map((f) => f.replaceAll("{POSS}", `(?:${possAlt})`).replaceAll("{NOUN}", noun));
  return { re: new RegExp(frames.map((f) => `(?:${f})`).join("|"), "g"), nouns, nounRe: new RegExp(`(?:${nounAlt})(?![a-z])`, "g") };
});

const HINT = /\?|\b(?:your|ur|yr|tu|su|seu|sua|teu|tua|ton|ta|votre|deine?n?|ihre?n?|tuo|tua|which|how|what|do|have|are|tienes|tem|hast|haben|hai)\b/;

/** Which contact detail a matched request asks for: the last contact noun in the match. */
function categoryOf(match: string, c: Compiled): { category: RequestCategory; noun: string } {
  let found: { category: RequestCategory; noun: string } = { category: "contact", noun: "" };
  c.nounRe.lastIndex = 0;
  for (const m of match.matchAll(c.nounRe)) {
    const category = c.nouns.get(m[0]);
    if (category) found = { category, noun: m[0] };
  }
  return found;
}

function recognize(input: ScanInput): Candidate[] {
  const text = input.fold.text;
  if (!HINT.test(text)) return [];
  const out: Candidate[] = [];
  const seen: Array<[number, number]> = [];
  for (const c of COMPILED) {
    for (const m of text.matchAll(c.re)) {
      let start = m.index;
      // Frames anchored on "not a letter" include that character; the request starts after it.
      while (start < m.index + m[0].length && !/[a-z0-9¿¡]/.test(text[start]!)) start++;
      const end = m.index + m[0].length;
      if (seen.some(([s, e]) => start < e && s < end)) continue;
      seen.push([start, end]);
      const { category, noun } = categoryOf(m[0], c);
      const platform = category === "messenger" || category === "social" ? noun.split(" ")[0] : undefined;
      out.push({
        type: "contact_request",
        view: "fold",
        start,
        end,
        value: `request:${platform ?? category}`,
        confidence: 0.85,
        recognizer: "phrase.contact_request",
        contextWords: noun ? [noun] : [],
      });
    }
  }
  return out;
}

export const contactRequestRecognizer: Recognizer = { name: "contact_request", types: ["contact_request"], find: recognize };
