import type { Disguise, FindingType } from "../core/types.js";
import type { MappedText } from "../normalize/view.js";

/** What every recognizer sees: the original text and its normalized views. */
export interface ScanInput {
  readonly original: string;
  /** Lower-cased, de-disguised text (entities, invisibles, look-alikes, spacing undone). */
  readonly fold: MappedText;
  /** The fold view with number words and leet digits turned into digits (computed on first use). */
  digits(): MappedText;
  readonly defaultRegion: string;
}

/**
 * A recognizer's raw result, in offsets of the view it read. The pipeline maps it back to the
 * original text and merges the disguise flags the view recorded for that range.
 */
export interface Candidate {
  type: FindingType;
  view: "fold" | "digits";
  start: number;
  end: number;
  value: string;
  confidence: number;
  recognizer: string;
  platform?: string;
  /** Disguises the recognizer itself undid (e.g. `spelled_at_dot`), on top of the view's. */
  disguises?: Disguise[];
  contextWords?: string[];
}

export interface Recognizer {
  /** Stable name, reported as the finding's `recognizer` prefix. */
  readonly name: string;
  readonly types: readonly FindingType[];
  find(input: ScanInput): Candidate[];
}
