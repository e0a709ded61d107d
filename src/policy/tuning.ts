import type { Finding } from "../core/types.js";
import type { PolicyPreset } from "./preset.js";
import { counts, floorOf, thresholdsOf, type Thresholds } from "./strictness.js";

/**
 * What detection needs from the preset's strictness: the lowest threshold of any type as its
 * `minConfidence`, and the per-type filter. With every type `standard` there is no filter at all,
 * so the default preset detects exactly as before strictness existed.
 */
export function detectionTuning(preset: PolicyPreset): { minConfidence: number; counts?: (f: Finding) => boolean } {
  const thresholds = effectiveThresholds(preset);
  const minConfidence = floorOf(thresholds);
  if (Object.values(thresholds).every((t) => t.level === "standard")) return { minConfidence };
  return { minConfidence, counts: (f) => counts(f, thresholds) };
}

/** Every finding type's level, threshold and counted disguise families under this preset. */
export function effectiveThresholds(preset: PolicyPreset): Thresholds {
  return thresholdsOf(preset.strictness, preset.detection.minConfidence);
}
