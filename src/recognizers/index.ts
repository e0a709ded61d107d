/** The recognizer list and contract, for code that imported them from here before ./registry.ts. */
export { RECOGNIZERS } from "./registry.js";
export type { Candidate, Pretest, Recognizer, ScanInput, Scores } from "./types.js";
