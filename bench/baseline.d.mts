export type BaselineType = "phone" | "email" | "url";

export interface BaselineFinding {
  type: BaselineType;
  /** UTF-16 offsets into the input, end exclusive. */
  start: number;
  end: number;
  /** E.164 for phones, lower-case address for emails, normalized URL for links. */
  value: string;
}

export declare const BASELINE_LINKIFY_OPTIONS: Readonly<{ fuzzyLink: true; fuzzyEmail: true }>;

export declare function baselineDetect(text: string, defaultCountry?: string): BaselineFinding[];
