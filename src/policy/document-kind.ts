import { LOCALES } from "../locale/index.js";
import type { DocumentKindCues, DocumentWords } from "../locale/types.js";
import { fold } from "../normalize/fold.js";
import type { DOCUMENT_KINDS } from "./context.js";
import { PhraseSet, phraseVariants, sentencesOf } from "../recognizers/phrases/tokens.js";

/*
 * What kind of document a text is, when the caller does not say (E2: an NDA or a business licence
 * may carry contact details; W2/S5: a résumé is held to the rules, also when it is offered as a
 * portfolio). A guess from cue phrases with a confidence; kinds that loosen the decision need more
 * evidence before they are applied, because a user could write "non-disclosure agreement" on top of
 * a page of phone numbers. The cue phrases are language data: each locale's `documents`
 * (src/locale/types.ts), read for every language at once, since the text's language is not known.
 */

type Kind = (typeof DOCUMENT_KINDS)[number];
type Tier = keyof DocumentKindCues;

/** A title names the kind by itself; a section heading is typical of it; a word merely fits it. */
const TIER_WEIGHTS: Readonly<Record<Tier, number>> = { titles: 3, sections: 2, words: 1 };

interface KindRule {
  kind: Kind;
  /** The locale field holding this kind's cues. */
  field: keyof DocumentWords;
  /** The confidence is the weight found over `fullAt`. */
  fullAt: number;
  /** Confidence at which the guess is applied to the decision. */
  applyAt: number;
}

const KIND_RULES: readonly KindRule[] = [
  { kind: "resume", field: "resume", fullAt: 5, applyAt: 0.6 },
  { kind: "nda", field: "nda", fullAt: 8, applyAt: 0.85 },
  { kind: "business_license", field: "businessLicense", fullAt: 7, applyAt: 0.85 },
  { kind: "background_check", field: "backgroundCheck", fullAt: 7, applyAt: 0.85 },
  { kind: "brief", field: "brief", fullAt: 5, applyAt: 0.6 },
  // S5 lets a portfolio carry contact details with a notice, so one "portfolio" in a file name is not enough.
  { kind: "portfolio", field: "portfolio", fullAt: 6, applyAt: 0.85 },
];

interface Cue {
  kind: Kind;
  /** The phrase as a locale writes it (reported back). */
  phrase: string;
  tier: Tier;
}

/** Every locale's cues, by their folded token sequence ("lebenslauf", "職 務 経 歴 書"). */
function buildCues(): { set: PhraseSet; byKey: Map<string, Cue[]> } {
  const byKey = new Map<string, Cue[]>();
  const phrases: string[] = [];
  for (const locale of LOCALES) {
    for (const rule of KIND_RULES) {
      const cues = locale.documents?.[rule.field];
      if (!cues) continue;
      for (const tier of Object.keys(TIER_WEIGHTS) as Tier[]) {
        for (const phrase of cues[tier] ?? []) {
          phrases.push(phrase);
          for (const tokens of phraseVariants(phrase)) {
            const key = tokens.join(" ");
            const list = byKey.get(key) ?? [];
            // One phrase in two locales (ru/uk "резюме") counts once, at its strongest.
            const same = list.find((c) => c.kind === rule.kind);
            if (!same) list.push({ kind: rule.kind, phrase, tier });
            else if (TIER_WEIGHTS[tier] > TIER_WEIGHTS[same.tier]) same.tier = tier;
            byKey.set(key, list);
          }
        }
      }
    }
  }
  return { set: new PhraseSet(phrases), byKey };
}

/*
 * Built when the module loads, not on first use: phrase words are numbered once for every phrase set
 * (../recognizers/phrases/tokens.ts), and a set made after the first text was cut would be refused.
 */
const CUE_TABLE = buildCues();
const cues = () => CUE_TABLE;

export interface KindGuess {
  kind: Kind;
  confidence: number;
  /** The cue phrases found. */
  cues: string[];
  /** Whether the confidence is enough for the policy to use the guess. */
  applied: boolean;
  /** Whether a title or a section heading of the kind was found, not only words that merely fit it. */
  named: boolean;
}

/** Below this a guess is not reported at all (one stray word such as "budget"). */
const REPORT_AT = 0.3;

/** Cues are looked for in the first part of a document, where titles and headings are. */
const SAMPLE_CHARS = 20_000;

/** The cue phrases of each kind found in `text`: the longest phrase at each word, each phrase once. */
function cuesFound(text: string): Map<Kind, Cue[]> {
  const { set, byKey } = cues();
  const found = new Map<Kind, Cue[]>();
  for (const sentence of sentencesOf(fold(text.slice(0, SAMPLE_CHARS)))) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; ) {
      const end = set.longest(tokens, i);
      if (end < 0) {
        i++;
        continue;
      }
      const key = tokens
        .slice(i, end)
        .map((t) => t.text)
        .join(" ");
      for (const cue of byKey.get(key) ?? []) {
        const list = found.get(cue.kind) ?? [];
        if (!list.some((c) => c.phrase === cue.phrase)) list.push(cue);
        found.set(cue.kind, list);
      }
      i = end;
    }
  }
  return found;
}

function guessFor(rule: KindRule, found: readonly Cue[]): KindGuess {
  const score = found.reduce((sum, c) => sum + TIER_WEIGHTS[c.tier], 0);
  const confidence = Math.round(Math.min(1, score / rule.fullAt) * 100) / 100;
  return {
    kind: rule.kind,
    confidence,
    cues: found.map((c) => c.phrase),
    applied: confidence >= rule.applyAt,
    named: found.some((c) => c.tier !== "words"),
  };
}

/** Every kind with some evidence in `text`, most confident first. */
export function documentKindEvidence(text: string): KindGuess[] {
  const found = cuesFound(text);
  return KIND_RULES.filter((r) => found.has(r.kind))
    .map((r) => guessFor(r, found.get(r.kind)!))
    .sort((a, b) => b.confidence - a.confidence);
}

/** The most likely kind of a document, or null when nothing points to one. */
export function guessDocumentKind(text: string): KindGuess | null {
  const best = documentKindEvidence(text)[0];
  return best && best.confidence >= REPORT_AT ? best : null;
}

/**
 * Whether `text` reads as a résumé, a C.V. or a listing of past jobs (S5's limit): enough résumé
 * evidence to apply, including a title or a section heading ("Lebenslauf", "work experience",
 * "past jobs"), whatever else the text also looks like. Words alone ("experience", "skills") are
 * how a portfolio describes itself too.
 */
export function readsAsResume(text: string): KindGuess | null {
  const resume = documentKindEvidence(text).find((g) => g.kind === "resume");
  return resume && resume.applied && resume.named ? resume : null;
}
