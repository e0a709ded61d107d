import type { Disguise, FindingType, PhoneInfo } from "../core/types.js";
import type { MappedText } from "../normalize/view.js";

/** What every recognizer sees: the original text and its normalized views. */
export interface ScanInput {
  readonly original: string;
  /** Lower-cased, de-disguised text (entities, invisibles, look-alikes, spacing undone). */
  readonly fold: MappedText;
  /** The fold view with number words and leet digits turned into digits (computed on first use). */
  digits(): MappedText;
  readonly defaultRegion: string;
  /**
   * Whether the caller named the region. When not, `defaultRegion` is only a fallback: a national number in
   * a text whose language points to another country ("98450 27316" in Hinglish) is read as that country's.
   */
  readonly regionGiven: boolean;
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
  /** The clause of allowed content when its type alone does not say (core/types.ts Finding.clause). */
  clause?: "S2" | "S3";
  /** Disguises the recognizer itself undid (e.g. `spelled_at_dot`), on top of the view's. */
  disguises?: Disguise[];
  contextWords?: string[];
  /**
   * Phone candidates: the number's country and type, as a function so it is worked out only for a
   * candidate that becomes a finding (from the PhoneNumber the recognizer already holds, no re-parse).
   */
  phone?: () => PhoneInfo;
}

/**
 * A cheap test on the RAW text (before `fold`) that is `false` only when `find` cannot report
 * anything. A RegExp is preferred: the prefilter merges the sources of every recognizer's RegExp
 * into one case-insensitive scan (their flags are not kept), where functions each cost a pass. It may assume a plain ASCII text without entities
 * or spaced letters: the prefilter sends every text the normalizer could change to `detect` anyway.
 */
export type Pretest = RegExp | ((text: string) => boolean);

/** Named confidence levels of one recognizer (../scores.ts), so a level is tuned in one place. */
export type Scores = Readonly<Record<string, number>>;

export interface Recognizer {
  /** Stable id, reported as the finding's `recognizer` prefix. */
  readonly id: string;
  readonly types: readonly FindingType[];
  /**
   * Shapes in the raw text this recognizer starts from (a digit, an "@", a dot between letters).
   * With `cueWords`, what `mayContainContact` is derived from: a recognizer with neither is
   * assumed to need nothing, and the prefilter then says "run detect" for every text.
   */
  readonly pretest?: Pretest;
  /**
   * Words (fold form: lower case, no accents) that can start a finding on their own, without a
   * `pretest` shape: "whatsapp", "five", "arroba". Matched as whole words, ignoring case.
   */
  readonly cueWords?: readonly string[] | ReadonlySet<string>;
  /** The confidence levels `find` reports. */
  readonly scores?: Scores;
  find(input: ScanInput): Candidate[];
}
