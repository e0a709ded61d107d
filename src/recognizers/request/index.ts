import type { Candidate, Recognizer, ScanInput } from "../types.js";
import { REQUEST_LANGUAGES, type RequestCategory } from "./lexicon.js";
import { scanWindows, windowsAround } from "../windows.js";

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

/** Every frame ends in a contact noun, and nouns are rarer than "your": windows open around them. */
const NOUN_HINT = new RegExp(
  `(?:${[...new Set(REQUEST_LANGUAGES.flatMap((l) => Object.keys(l.nouns)))].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![a-z])|\\b(?:reach|contact|call|text|email)\\s(?:you|u)\\b`,
  "g",
);

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
  NOUN_HINT.lastIndex = 0;
  if (!NOUN_HINT.test(text)) return [];
  const out: Candidate[] = [];
  const seen: Array<[number, number]> = [];
  const matches = scanWindows(text, windowsAround(text, NOUN_HINT, 140, 24), (slice) => {
    const found: Array<{ start: number; end: number; text: string; c: Compiled }> = [];
    for (const c of COMPILED) for (const m of slice.matchAll(c.re)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], c });
    return found;
  });
  for (const { start: matchStart, end, text: matched, c } of matches) {
    {
      let start = matchStart;
      // Frames anchored on "not a letter" include that character; the request starts after it.
      while (start < end && !/[a-z0-9¿¡]/.test(text[start]!)) start++;
      if (seen.some(([s, e]) => start < e && s < end)) continue;
      seen.push([start, end]);
      const { category, noun } = categoryOf(matched, c);
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
