import { isSupportedCountry } from "libphonenumber-js/max";
import { z } from "zod";
import { FINDING_TYPES } from "../core/types.js";
import { LOCALES } from "../locale/index.js";

/*
 * The options of a detection-only call (guard.detect, POST /v1/detect), validated once here for the
 * library and the service. Unlike `DetectOptions` (the engine's own, trusted), these come from callers,
 * so a region libphonenumber-js does not know is refused instead of quietly matching nothing.
 */

/** An ISO 3166-1 alpha-2 code of a region libphonenumber-js has metadata for, any case; upper-cased. */
export const Region = z
  .string()
  .transform((r) => r.toUpperCase())
  .refine((r) => /^[A-Z]{2}$/.test(r) && isSupportedCountry(r), "must be an ISO 3166-1 alpha-2 country code libphonenumber-js knows (e.g. US, GB, IN)");

export const DetectionOptions = z
  .object({
    entities: z.array(z.enum(FINDING_TYPES)).min(1).optional().describe("Only these finding types are returned (default: all)."),
    minConfidence: z.number().min(0).max(1).optional().describe("Findings below this confidence are left out (default: the preset's, 0.5)."),
    region: Region.optional().describe("The region of numbers written without a country code (default: read from the text's languages, else the preset's)."),
  })
  .strict();
export type DetectionOptions = z.output<typeof DetectionOptions>;

/** The languages whose words detection reads (src/locale), all at once: a text needs no language hint. */
export const DETECTION_LANGUAGES: readonly string[] = LOCALES.map((l) => l.code);
