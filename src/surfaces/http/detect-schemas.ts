import { z } from "zod";
import { DISGUISES, FINDING_TYPES, PHONE_NUMBER_TYPES } from "../../core/types.js";
import { DetectionOptions } from "../../detect/options.js";
import { REDACTION_OPERATORS, RedactionSpec } from "../../policy/redact.js";

/** Request and response schemas of POST /v1/detect and GET /v1/detect/types (published at /openapi.json). */

export const DetectBody = DetectionOptions.extend({
  text: z.string().max(1_000_000).describe("The text to look in."),
  redaction: RedactionSpec.optional().describe("When given, the answer has `redactedText`: every returned finding under its operator (default: the preset's labels for contact types, others kept)."),
})
  .strict()
  .describe("Detection without policy: no context, no decision, nothing recorded.");

export const PhoneInfoSchema = z
  .object({
    country: z.string().nullable().describe("ISO 3166-1 alpha-2; null for a non-geographic number or a local one without a country."),
    numberType: z.enum(PHONE_NUMBER_TYPES).nullable().describe("From libphonenumber-js's metadata; null off an assigned range."),
  })
  .describe("Phone findings only: what the numbering plan says about the number.");

export const DetectedFinding = z
  .object({
    type: z.enum(FINDING_TYPES),
    start: z.number().int().describe("UTF-16 offset into the text (inclusive)."),
    end: z.number().int().describe("UTF-16 offset into the text (exclusive)."),
    text: z.string().describe("The text's slice, `text.slice(start, end)`."),
    value: z.string().describe("Normalized: E.164 phone, lower-case email, canonical link, `platform:handle`."),
    confidence: z.number().min(0).max(1),
    recognizer: z.string().describe("What found it, e.g. `phone.libphonenumber`."),
    platform: z.string().optional().describe("Messenger and social findings, platform links."),
    clause: z.string().optional().describe("For allowed content, the clause that allows it when its type alone does not say (S2, S3)."),
    phone: PhoneInfoSchema.optional(),
    evidence: z.object({
      disguises: z.array(z.enum(DISGUISES)).describe("Disguises undone inside the span."),
      contextWords: z.array(z.string()).describe("Words around it that raised it."),
    }),
  })
  .describe("One finding, in order of position.");

export const DetectResponse = z.object({
  findings: z.array(DetectedFinding),
  redactedText: z.string().optional().describe("Only when `redaction` was given."),
});

export const DetectTypesResponse = z.object({
  findingTypes: z.array(
    z.object({
      type: z.enum(FINDING_TYPES),
      clause: z.string().describe("The POLICY.md clause it falls under (C1–C9, S1–S2)."),
      label: z.string().describe("In plain words."),
      description: z.string().describe("The clause's one line."),
      contact: z.boolean().describe("Contact information (C1–C9) rather than a link the policy may allow."),
    }),
  ),
  languages: z.array(z.string()).describe("Locales whose words detection reads, all at once (BCP 47)."),
  disguises: z.array(z.object({ family: z.enum(DISGUISES), description: z.string() })).describe("What the normalizer undoes, as findings report it in `evidence.disguises`."),
  redactionOperators: z.array(z.object({ operator: z.enum(REDACTION_OPERATORS), description: z.string() })),
  phoneNumberTypes: z.array(z.enum(PHONE_NUMBER_TYPES)).describe("The values of a phone finding's `phone.numberType`."),
});
