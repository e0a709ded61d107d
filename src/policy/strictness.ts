import { z } from "zod";
import { DISGUISES, FINDING_TYPES, type Disguise, type Finding, type FindingType } from "../core/types.js";

/*
 * Strictness per finding type (issue 20), as data: each level is a confidence threshold and the
 * disguise families a finding may show at that threshold. The preset picks a level per type
 * (`strictness.default`, `strictness.byType`); `thresholdsOf` turns it into the per-type table that
 * detection filters candidates with, before overlaps are resolved, so a dropped candidate never hides
 * another. `standard` is exactly what detection did before levels existed: the preset's
 * `detection.minConfidence`, every disguise family.
 */

export const STRICTNESS_LEVELS = ["relaxed", "standard", "strict"] as const;
export type StrictnessLevel = (typeof STRICTNESS_LEVELS)[number];

/**
 * Disguise families that software produces as readily as an evader does: an HTML-escaped "@", a
 * full-width digit typed with a CJK input method. A relaxed type still counts a finding showing only these.
 */
const ENCODING_FAMILIES: readonly Disguise[] = ["html_entity", "compatibility"];

export interface StrictnessRule {
  /** One line for people: what counts at this level. */
  describe: string;
  /**
   * The confidence a finding needs, from the preset's `detection.minConfidence` (`base`): the level's
   * own number, bounded so that strict is never stricter and relaxed never looser than standard.
   */
  minConfidence: (base: number) => number;
  /** The disguise families a finding may show and still count at `minConfidence`. */
  families: readonly Disguise[];
  /** A finding showing any other family counts only from this confidence ("very confident"). */
  otherFamiliesMinConfidence: number;
}

export const STRICTNESS: Readonly<Record<StrictnessLevel, StrictnessRule>> = {
  strict: {
    describe: "also pointers and weak cues (a lone weak hint, a bare invitation): threshold 0.35, every disguise family",
    minConfidence: (base) => Math.min(0.35, base),
    families: DISGUISES,
    otherFamiliesMinConfidence: 1,
  },
  standard: {
    describe: "the preset's detection.minConfidence (0.5 by default), every disguise family",
    minConfidence: (base) => base,
    families: DISGUISES,
    otherFamiliesMinConfidence: 1,
  },
  relaxed: {
    describe:
      "only plain, well-formed details: threshold 0.8; a finding whose evidence shows a disguise family other than html_entity or compatibility counts only from 0.95",
    minConfidence: (base) => Math.max(0.8, base),
    families: ENCODING_FAMILIES,
    otherFamiliesMinConfidence: 0.95,
  },
};

/** The preset's `strictness` field. */
export const Strictness = z
  .object({
    default: z.enum(STRICTNESS_LEVELS).default("standard"),
    byType: z.partialRecord(z.enum(FINDING_TYPES), z.enum(STRICTNESS_LEVELS)).default({}),
  })
  .strict()
  .default({ default: "standard", byType: {} });
export type Strictness = z.output<typeof Strictness>;

/** The effective rule of one finding type. */
export interface TypeThreshold {
  level: StrictnessLevel;
  minConfidence: number;
  families: ReadonlySet<Disguise>;
  otherFamiliesMinConfidence: number;
}
export type Thresholds = Readonly<Record<FindingType, TypeThreshold>>;

/** Every finding type's level, threshold and counted families under a preset's strictness. */
export function thresholdsOf(strictness: Strictness, baseMinConfidence: number): Thresholds {
  const out = {} as Record<FindingType, TypeThreshold>;
  for (const type of FINDING_TYPES) {
    const level = strictness.byType[type] ?? strictness.default;
    const rule = STRICTNESS[level];
    out[type] = {
      level,
      minConfidence: rule.minConfidence(baseMinConfidence),
      families: new Set(rule.families),
      otherFamiliesMinConfidence: Math.max(rule.otherFamiliesMinConfidence, rule.minConfidence(baseMinConfidence)),
    };
  }
  return out;
}

/** The lowest threshold of any type: what detection must keep candidates from before filtering per type. */
export function floorOf(thresholds: Thresholds): number {
  return Math.min(...Object.values(thresholds).map((t) => t.minConfidence));
}

/** Whether a finding counts under its type's threshold and families. */
export function counts(f: Pick<Finding, "type" | "confidence" | "evidence">, thresholds: Thresholds): boolean {
  const t = thresholds[f.type];
  if (f.confidence < t.minConfidence) return false;
  const disguised = f.evidence.disguises.some((d) => !t.families.has(d));
  return !disguised || f.confidence >= t.otherFamiliesMinConfidence;
}
