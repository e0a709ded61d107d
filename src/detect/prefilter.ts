import { RECOGNIZERS } from "../recognizers/registry.js";
import type { Recognizer } from "../recognizers/types.js";

/*
 * A cheap pre-test for callers that check millions of messages: `false` means `detect` would find
 * nothing, so the text can be passed through without the full pipeline. It errs towards `true`.
 *
 * It is derived from the registered recognizers (../recognizers/registry.ts): each one declares the
 * shapes (`pretest`) and the words (`cueWords`) it can start from, and the prefilter asks whether
 * any of them occurs in the text. It knows no recognizer's tables itself. What it does know is the
 * normalizer: a text `fold` could change (an entity, a non-ASCII character, spaced letters) could
 * turn into anything, so it goes to `detect` before any recognizer is asked.
 */

/** An entity ("&#64;") or a non-ASCII character (look-alikes, invisibles, full-width, other scripts). */
const NORMALIZER_SIGNALS = ["[^\\x00-\\x7F]", "&"];
/** Spaced letters ("k e n j i") and one-letter-per-line text hide words from the word test. */
const SPACED_LETTERS = /(?:^|\s)\S\s\S\s\S\s\S(?:\s|$)/;
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Derived {
  /** Every RegExp pretest (and the normalizer's signal) as one alternation: one scan of the text. */
  shapes: RegExp;
  /** Every cue word, whole words, case-insensitive; longest first. */
  words: RegExp | null;
  /** Function pretests, run last (each costs a pass). */
  tests: ReadonlyArray<(text: string) => boolean>;
  /** A recognizer that declares neither a pretest nor cue words: every text may hold its findings. */
  unbounded: boolean;
}

/** A pattern that matches exactly one character: a positive class ("[0-9]") or one (escaped) literal. */
const ONE_CHARACTER = /^(?:\[(?!\^)((?:[^\]\\]|\\.)+)\]|(\\?[^\\[\]()|.*+?{}^$]))$/;

/**
 * "[0-9]", "@" and "&" become "[0-9@&]": one class test per position instead of an alternative
 * each, which keeps the merged pattern as cheap as a hand-written one.
 */
function mergeSingleCharacters(sources: readonly string[]): string[] {
  let chars = "";
  const rest: string[] = [];
  for (const source of sources) {
    const m = ONE_CHARACTER.exec(source);
    // A lone "-" inside the merged class would read as a range.
    if (m) chars += m[1] ?? (m[2] === "-" ? "\\-" : m[2]);
    else rest.push(source);
  }
  return chars ? [`[${chars}]`, ...rest] : rest;
}

function derivePrefilter(recognizers: readonly Recognizer[]): Derived {
  const sources = new Set<string>(NORMALIZER_SIGNALS);
  const words = new Set<string>();
  const tests: Array<(text: string) => boolean> = [];
  let unbounded = false;
  for (const r of recognizers) {
    if (r.pretest instanceof RegExp) sources.add(r.pretest.source);
    else if (r.pretest) tests.push(r.pretest);
    // Non-ASCII words need no test of their own: a non-ASCII character already says "run detect".
    for (const w of r.cueWords ?? []) if (/^[\x00-\x7F]+$/.test(w)) words.add(w);
    if (!r.pretest && r.cueWords === undefined) unbounded = true;
  }
  const alternation = [...words].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  return {
    shapes: new RegExp(mergeSingleCharacters([...sources]).join("|"), "i"),
    words: alternation ? new RegExp(`\\b(?:${alternation})\\b`, "i") : null,
    tests,
    unbounded,
  };
}

/** The prefilter of a recognizer list (`detectWith`'s counterpart): `false` only when none can report. */
export function prefilterFor(recognizers: readonly Recognizer[]): (text: string) => boolean {
  const { shapes, words, tests, unbounded } = derivePrefilter(recognizers);
  return (text) => {
    if (typeof text !== "string" || text.length === 0) return false;
    if (unbounded || shapes.test(text) || SPACED_LETTERS.test(text)) return true;
    if (words !== null && words.test(text)) return true;
    for (let i = 0; i < tests.length; i++) if (tests[i]!(text)) return true;
    return false;
  };
}

/** `false` only when `detect(text)` cannot find anything; `true` means "run detect". */
export const mayContainContact: (text: string) => boolean = prefilterFor(RECOGNIZERS);
