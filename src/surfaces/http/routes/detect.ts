import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { CLAUSE_BY_TYPE, CLAUSE_TEXT, TYPE_LABEL } from "../../../core/clauses.js";
import { DISGUISE_DESCRIPTION, DISGUISES, FINDING_TYPES, isContactType, PHONE_NUMBER_TYPES } from "../../../core/types.js";
import { DETECTION_LANGUAGES } from "../../../detect/options.js";
import { type RedactionOperatorName } from "../../../policy/redact.js";
import { redactWithLedgerHashes } from "../../../enforce/response-redaction.js";
import { DetectBody, DetectResponse, DetectTypesResponse } from "../detect-schemas.js";
import { answers, documentBodyExample, example, JSON_BODY_ERRORS, KEYED_ROUTE_ERRORS } from "../schemas.js";
import type { RouteDeps } from "./deps.js";

/*
 * POST /v1/detect: detection without policy, like Presidio's analyzer — the findings of a text, under
 * the service preset's detection settings unless the body narrows them; no context, no decision, and
 * nothing written to the ledger. GET /v1/detect/types: what detection can report.
 */

const OPERATOR_DESCRIPTION: Record<RedactionOperatorName, string> = {
  mask: "Every character of the span becomes `char` (default `*`); `keepLast` leaves the last characters readable, never more than half the span.",
  replace: "The span becomes a label: `label`, or the preset's (\"[phone hidden]\"), or \"[<type> hidden]\".",
  hash: "The span becomes `[<type>:<16 hex>]`: HMAC-SHA256 of the finding's normalized value under the ledger's secret (the findings' valueHash), so repeats match and no one without the secret can reverse it.",
  keep: "The span is left as written.",
};

const EXAMPLE_BODY = {
  text: "call me on 0612345678 or mail kenji@sato-studio.jp",
  entities: ["phone", "email"],
  minConfidence: 0.6,
  region: "NL",
  redaction: { default: { operator: "replace" }, byType: { phone: { operator: "mask", char: "*", keepLast: 2 } } },
};
const EXAMPLE_RESPONSE = {
  findings: [
    {
      type: "phone", start: 11, end: 21, text: "0612345678", value: "+31612345678", confidence: 0.9, recognizer: "phone.libphonenumber",
      phone: { country: "NL", numberType: "mobile" }, evidence: { disguises: [], contextWords: ["call"] },
    },
    { type: "email", start: 30, end: 50, text: "kenji@sato-studio.jp", value: "kenji@sato-studio.jp", confidence: 0.97, recognizer: "email.address", evidence: { disguises: [], contextWords: [] } },
  ],
  redactedText: "call me on ********78 or mail [email hidden]",
};

/** The catalogue is the same for every call: built once. */
const TYPES = {
  findingTypes: FINDING_TYPES.map((type) => ({
    type,
    clause: CLAUSE_BY_TYPE[type],
    label: TYPE_LABEL[type],
    description: CLAUSE_TEXT[CLAUSE_BY_TYPE[type]],
    contact: isContactType(type),
  })),
  languages: [...DETECTION_LANGUAGES],
  disguises: DISGUISES.map((family) => ({ family, description: DISGUISE_DESCRIPTION[family] })),
  redactionOperators: (Object.keys(OPERATOR_DESCRIPTION) as RedactionOperatorName[]).map((operator) => ({ operator, description: OPERATOR_DESCRIPTION[operator] })),
  phoneNumberTypes: [...PHONE_NUMBER_TYPES],
};

export function detectRoutes(app: FastifyInstance, { guard, checker }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/v1/detect",
    {
      config: { roles: ["platform"], swaggerTransform: documentBodyExample(EXAMPLE_BODY) },
      schema: {
        tags: ["detect"],
        summary: "Find contact details in a text, without policy",
        description:
          "Detection only, like Presidio's analyzer: every finding with its span, normalized value, confidence, recognizer and the disguises undone; phone findings add their country and number type. `entities`, `minConfidence` and `region` narrow it; `redaction` adds `redactedText`. No context, no decision, nothing recorded in the ledger. Invalid options answer 400 `invalid_request` naming the field.",
        body: DetectBody,
        response: answers({ 200: example(DetectResponse.describe("The findings, in order of position; `redactedText` when `redaction` was given."), EXAMPLE_RESPONSE as never) }, KEYED_ROUTE_ERRORS, JSON_BODY_ERRORS),
      },
    },
    async (req) => {
      const { text, redaction, ...options } = req.body;
      const { findings } = guard.detect(text, options);
      if (!redaction) return { findings };
      // The service's hash is the ledger's keyed valueHash, as on /v1/check.
      return { findings, redactedText: await redactWithLedgerHashes(text, findings, redaction, { labels: guard.preset.redaction, valueHash: (v) => checker.valueHash(v) }) };
    },
  );
  r.get(
    "/v1/detect/types",
    {
      config: { roles: ["platform", "reviewer"] },
      schema: {
        tags: ["detect"],
        summary: "What detection can report",
        description: "The finding types (with their POLICY.md clause, label and one line), the languages detection reads, the disguise families it undoes, the redaction operators and the phone number types.",
        response: answers({ 200: example(DetectTypesResponse.describe("What detection can report."), { ...TYPES, findingTypes: TYPES.findingTypes.slice(0, 1), disguises: TYPES.disguises.slice(0, 1) } as never) }, KEYED_ROUTE_ERRORS),
      },
    },
    async () => TYPES,
  );
}
