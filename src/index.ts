export * from "./core/types.js";
export { detect, detectWith } from "./detect/detect.js";
export { mayContainContact } from "./detect/prefilter.js";
export { CLAUSE_BY_TYPE, TYPE_LABEL } from "./core/clauses.js";
export type { MappedText } from "./normalize/view.js";
export { createGuard, check, type Guard, type GuardOptions } from "./guard.js";
export type { CheckResult, PolicyFinding } from "./policy/engine.js";
export { CheckContext, parseContext, ContextError, type CheckContextInput, type Surface } from "./policy/context.js";
export { PolicyPreset, parsePreset, loadPresetFile, builtinPreset, PresetError, type Decision } from "./policy/preset.js";
