import type { DetectOptions, Disguise, Finding, FindingType } from "../core/types.js";
import { fold } from "../normalize/fold.js";
import { digitsView } from "../normalize/digits.js";
import { disguisesIn, toOriginal, type MappedText } from "../normalize/view.js";
import type { Candidate, Recognizer, ScanInput } from "../recognizers/types.js";
import { RECOGNIZERS } from "../recognizers/registry.js";
import { phoneInfoOfValue } from "../recognizers/phone/metadata.js";
import { resolveOverlaps } from "./resolve.js";

const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * The view's disguises then the recognizer's own, each once, in that order: what
 * `[...new Set([...fromView, ...own])]` gives, without the set and the two spread copies per finding.
 * `fromView` is disguisesIn's fresh array (nobody else holds it), so it is returned when nothing is added.
 */
export function mergedDisguises(fromView: Disguise[], own: readonly Disguise[] | undefined): Disguise[] {
  const ownCount = own === undefined ? 0 : own.length;
  if (ownCount === 0 && fromView.length <= 1) return fromView;
  const out: Disguise[] = [];
  for (let i = 0; i < fromView.length; i++) if (!out.includes(fromView[i]!)) out.push(fromView[i]!);
  for (let i = 0; i < ownCount; i++) if (!out.includes(own![i]!)) out.push(own![i]!);
  return out;
}

function toFinding(c: Candidate, original: string, view: MappedText): Finding | null {
  const { start, end } = toOriginal(view, c.start, c.end);
  if (!(start >= 0 && end <= original.length && start < end)) return null;
  const disguises = mergedDisguises(disguisesIn(view, c.start, c.end), c.disguises);
  const finding: Finding = {
    type: c.type,
    start,
    end,
    text: original.slice(start, end),
    value: c.value,
    confidence: Math.round(Math.min(1, Math.max(0, c.confidence)) * 100) / 100,
    recognizer: c.recognizer,
    evidence: { disguises, contextWords: c.contextWords ?? [] },
  };
  if (c.platform) finding.platform = c.platform;
  if (c.clause) finding.clause = c.clause;
  // Every phone finding says its country and type; a `tel:` link's number is read from its value.
  if (c.type === "phone") finding.phone = c.phone ? c.phone() : phoneInfoOfValue(c.value);
  return finding;
}

/** A phone finding made outside `detect` (a vCard's TEL property) gets its country and type as a detected one has. */
export function withPhoneInfo<F extends Finding>(f: F): F {
  return f.type === "phone" && !f.phone ? { ...f, phone: phoneInfoOfValue(f.value) } : f;
}

/**
 * Finds contact information in `text`. Synchronous and pure: the same text and options always
 * give the same findings, in order of position. Never throws on a string.
 */
export function detect(text: string, options: TunedDetectOptions = {}): Finding[] {
  return detectWith(RECOGNIZERS, text, options);
}

/** The engine's options plus the policy's per-type filter (src/policy/strictness.ts). */
export interface TunedDetectOptions extends DetectOptions {
  /**
   * Whether a finding counts, beyond `minConfidence` (then the lowest threshold of any type). Asked
   * before overlaps are resolved, so a finding that does not count never removes one that does.
   */
  counts?: (finding: Finding) => boolean;
}

/** `detect` with an explicit recognizer list (tests, custom builds). */
export function detectWith(recognizers: readonly Recognizer[], text: string, options: TunedDetectOptions = {}): Finding[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const folded = fold(text);
  let digits: MappedText | undefined;
  const input: ScanInput = {
    original: text,
    fold: folded,
    digits: () => (digits ??= digitsView(folded)),
    defaultRegion: (options.defaultRegion ?? options.fallbackRegion ?? "US").toUpperCase(),
    regionGiven: options.defaultRegion !== undefined,
  };
  const wanted: ReadonlySet<FindingType> | null = options.types ? new Set(options.types) : null;
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const findings: Finding[] = [];
  for (const recognizer of recognizers) {
    if (wanted && !recognizer.types.some((t) => wanted.has(t))) continue;
    let candidates: Candidate[];
    try {
      candidates = recognizer.find(input);
    } catch {
      // A recognizer bug must not take the whole check down; the others still report.
      continue;
    }
    // An index, not `for…of`: candidate lists come from nine recognizers with arrays of different
    // element kinds, and the iterator's map check deoptimized this loop in the cold pass.
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (wanted && !wanted.has(c.type)) continue;
      if (c.confidence < minConfidence) continue;
      const f = toFinding(c, text, c.view === "digits" ? input.digits() : folded);
      if (f && (!options.counts || options.counts(f))) findings.push(f);
    }
  }
  // Most texts have no finding, or one: nothing can overlap (resolveOverlaps would copy, sort and filter).
  return findings.length <= 1 ? findings : resolveOverlaps(findings);
}
