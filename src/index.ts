/**
 * `contactguard`: detection and policy, pure and synchronous (no database, no network). The act stage
 * and the HTTP service are `contactguard/server`. Explicit named exports only: this list is the public
 * API, pinned by test/public-api.test.ts — adding to it is a decision, not a side effect of a new file.
 */

// Finding types and the detection contract.
export {
  CONTACT_TYPES,
  LINK_TYPES,
  DISGUISES,
  isContactType,
  type ContactType,
  type LinkType,
  type FindingType,
  type Disguise,
  type Evidence,
  type Finding,
  type DetectOptions,
  FINDING_TYPES,
  PHONE_NUMBER_TYPES,
  type PhoneInfo,
  type PhoneNumberType,
} from "./core/types.js";
export { CLAUSE_BY_TYPE, TYPE_LABEL, CLAUSE_TEXT, explainClause, type ClauseId } from "./core/clauses.js";

// normalize → detect
export type { MappedText } from "./normalize/view.js";
export { detect, detectWith } from "./detect/detect.js";
export { mayContainContact } from "./detect/prefilter.js";

// decide (policy)
export { createGuard, check, type Guard, type GuardOptions, type CheckOptions, type DetectCallOptions, type DetectResult } from "./guard.js";
export { REDACTION_OPERATORS, type RedactionOperator, type RedactionSpec, type RedactionSpecInput } from "./policy/redact.js";
export { contractStarted, type CheckResult, type PolicyFinding } from "./policy/engine.js";
export { CheckContext, parseContext, ContextError, type CheckContextInput, type Surface } from "./policy/context.js";
export { PolicyPreset, parsePreset, loadPresetFile, builtinPreset, PresetError, type Decision } from "./policy/preset.js";
export { ContactGuardError, createError, formatMessage, isErrorCode, ERRORS, ERROR_CODES, ERROR_CATEGORIES, type ErrorCode, type ErrorCategory, type ErrorBody, type ErrorSpec, type ValidationIssue } from "./core/errors.js";
