import type { DOCUMENT_KINDS } from "../policy/context.js";

/*
 * What kind of document a file is, when the caller does not say (E2: a résumé is held to the
 * rules, an NDA or a business licence may carry contact details). A guess from cue phrases with a
 * confidence; kinds that loosen the decision need more evidence before they are applied, because a
 * user could write "non-disclosure agreement" on top of a page of phone numbers.
 */

type Kind = (typeof DOCUMENT_KINDS)[number];

interface KindCues {
  kind: Kind;
  /** Phrases (lower case) and their weight; the confidence is the weight found over `fullAt`. */
  cues: Record<string, number>;
  fullAt: number;
  /** Confidence at which the guess is applied to the decision. */
  applyAt: number;
}

export const KIND_CUES: readonly KindCues[] = [
  {
    kind: "resume",
    cues: {
      "curriculum vitae": 3,
      "résumé": 2,
      resume: 2,
      "work experience": 2,
      "professional experience": 2,
      experience: 1,
      education: 1,
      skills: 1,
      "technical skills": 1,
      certifications: 1,
      references: 1,
      "professional summary": 2,
      "employment history": 2,
      languages: 0.5,
    },
    fullAt: 5,
    applyAt: 0.6,
  },
  {
    kind: "nda",
    cues: {
      "non-disclosure agreement": 4,
      "nondisclosure agreement": 4,
      "confidentiality agreement": 4,
      "confidential information": 2,
      "disclosing party": 2,
      "receiving party": 2,
      "governing law": 1,
      "in witness whereof": 1,
      "term of this agreement": 1,
      signature: 0.5,
    },
    fullAt: 8,
    applyAt: 0.85,
  },
  {
    kind: "business_license",
    cues: {
      "business license": 3,
      "business licence": 3,
      "certificate of incorporation": 3,
      "certificate of registration": 3,
      "license number": 2,
      "licence number": 2,
      "registration number": 2,
      "date of issue": 1,
      "issued by": 1,
      "expiration date": 1,
      "expiry date": 1,
      "registered office": 1,
    },
    fullAt: 7,
    applyAt: 0.85,
  },
  {
    kind: "background_check",
    cues: {
      "background check": 3,
      "background screening": 3,
      "consumer report": 2,
      "criminal record": 2,
      "criminal history": 2,
      "fair credit reporting act": 2,
      "identity verification": 1,
      "sex offender registry": 1,
      "employment verification": 1,
    },
    fullAt: 7,
    applyAt: 0.85,
  },
  {
    kind: "brief",
    cues: {
      "project brief": 3,
      "creative brief": 3,
      "scope of work": 2,
      deliverables: 2,
      "target audience": 1,
      timeline: 1,
      budget: 1,
      requirements: 1,
      milestones: 1,
      objectives: 1,
    },
    fullAt: 5,
    applyAt: 0.6,
  },
  {
    kind: "portfolio",
    cues: {
      portfolio: 3,
      "case study": 2,
      "case studies": 2,
      "selected work": 2,
      "selected works": 2,
      "featured projects": 2,
      client: 0.5,
      "my work": 1,
    },
    // S5 lets a portfolio carry contact details with a notice, so one "portfolio" in a file name is not enough.
    fullAt: 6,
    applyAt: 0.85,
  },
];

export interface KindGuess {
  kind: Kind;
  confidence: number;
  /** The cue phrases found. */
  cues: string[];
  /** Whether the confidence is enough for the policy to use the guess. */
  applied: boolean;
}

/** Below this a guess is not reported at all (one stray word such as "budget"). */
const REPORT_AT = 0.3;

/** Cues are looked for in the first part of a document, where titles and headings are. */
const SAMPLE_CHARS = 20_000;

export function guessDocumentKind(text: string): KindGuess | null {
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  let best: KindGuess | null = null;
  for (const entry of KIND_CUES) {
    const found = Object.keys(entry.cues).filter((cue) => containsWord(sample, cue));
    const score = found.reduce((sum, cue) => sum + entry.cues[cue]!, 0);
    const confidence = Math.round(Math.min(1, score / entry.fullAt) * 100) / 100;
    if (confidence > 0 && (!best || confidence > best.confidence)) {
      best = { kind: entry.kind, confidence, cues: found, applied: confidence >= entry.applyAt };
    }
  }
  return best && best.confidence >= REPORT_AT ? best : null;
}

/** `cue` occurs in `text` with no letter right before or after it. */
function containsWord(text: string, cue: string): boolean {
  for (let i = text.indexOf(cue); i !== -1; i = text.indexOf(cue, i + 1)) {
    const before = i === 0 ? "" : text[i - 1]!;
    const after = text[i + cue.length] ?? "";
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}
