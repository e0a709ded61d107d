export * from "./core/types.js";
export { detect, detectWith } from "./detect/detect.js";
export { mayContainContact } from "./detect/prefilter.js";
export { CLAUSE_BY_TYPE, TYPE_LABEL } from "./core/clauses.js";
export type { MappedText } from "./normalize/view.js";
