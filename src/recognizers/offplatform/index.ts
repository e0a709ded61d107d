import type { Candidate, Recognizer, ScanInput } from "../types.js";
import { OFF_PLATFORM_LANGUAGES, type OffPlatformKind } from "./lexicon.js";
import { scanWindows, windowsAround } from "../windows.js";

/*
 * C9: "let's continue outside the platform", "pay me directly and skip the fees". Phrase tables in
 * ./lexicon.ts; weak cues ("no fees", "PayPal") only count with another cue in the same sentence,
 * so "the platform fee is 10%" and "PayPal integration" stay clean.
 */

interface Rule {
  re: RegExp;
  kind: OffPlatformKind;
  strong: boolean;
}

const RULES: Rule[] = OFF_PLATFORM_LANGUAGES.flatMap((lang) => [
  ...lang.strong.map((c) => ({ re: new RegExp(c.pattern, "g"), kind: c.kind, strong: true })),
  ...lang.weak.map((c) => ({ re: new RegExp(c.pattern, "g"), kind: c.kind, strong: false })),
]);

/** Skills and products that mention a payment app or "direct" without proposing anything. */
const SKILL_AFTER = /^\s?(?:integration|api|sdk|checkout|plugin|gateway|developer|development|experience|button|webhooks?|ipn|sandbox|account\s(?:setup|integration))\b/;
const HINT = /\b(?:off|outside|fuera|fora|dehors|hors|ausserhalb|außerhalb|fuori|direct|directly|directamente|direto|diretamente|directement|direkt|fee|fees|commission|comision|comissao|frais|gebuhren|provision|text|txt|whatsapp|telegram|call|ring|pay|paypal|venmo|zelle|cash|wise|revolut|payoneer|crypto|bitcoin|usdt|pix|bank|wire|discount|por|pagame|paga|pague|payer|paie|virement|zahl|pagami|around|bypass|skip|avoid|evitar|eviter|save)\b/;

interface Hit {
  start: number;
  end: number;
  kind: OffPlatformKind;
  strong: boolean;
  words: string;
}

const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 10;
/** Where the sentence holding `at` starts (bounded look-back, so hostile text stays linear). */
function sentenceStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < 300 && !isSentenceEnd(text.charCodeAt(s - 1))) s--;
  return s;
}

const HINT_ALL = new RegExp(HINT.source, "g");

function recognize(input: ScanInput): Candidate[] {
  const text = input.fold.text;
  if (!HINT.test(text)) return [];
  const hits: Hit[] = scanWindows(text, windowsAround(text, HINT_ALL, 160, 160), (slice) => {
    const found: Hit[] = [];
    for (const rule of RULES) {
      for (const m of slice.matchAll(rule.re)) {
        const end = m.index + m[0].length;
        if (SKILL_AFTER.test(slice.slice(end, end + 30))) continue;
        found.push({ start: m.index, end, kind: rule.kind, strong: rule.strong, words: m[0] });
      }
    }
    return found;
  });
  const out: Candidate[] = [];
  // One finding per sentence: from the first to the last cue, strong if any cue is strong or two cues meet.
  const bySentence = new Map<number, Hit[]>();
  for (const h of hits) {
    const s = sentenceStart(text, h.start);
    const list = bySentence.get(s) ?? [];
    list.push(h);
    bySentence.set(s, list);
  }
  for (const list of bySentence.values()) {
    const strong = list.filter((h) => h.strong);
    if (strong.length === 0 && list.length < 2) continue;
    if (strong.length === 0 && new Set(list.map((h) => h.kind)).size < 2) continue;
    const start = Math.min(...list.map((h) => h.start));
    const end = Math.max(...list.map((h) => h.end));
    const kind = (strong[0] ?? list[0])!.kind;
    out.push({
      type: "off_platform",
      view: "fold",
      start,
      end,
      value: `off_platform:${kind}`,
      confidence: strong.length > 0 ? (list.length > 1 ? 0.92 : 0.85) : 0.7,
      recognizer: "phrase.off_platform",
      contextWords: list.map((h) => h.words.trim()),
    });
  }
  return out;
}

export const offPlatformRecognizer: Recognizer = { name: "off_platform", types: ["off_platform"], find: recognize };
