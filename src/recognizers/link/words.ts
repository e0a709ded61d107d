import { escapeRegExp as escape } from "../../core/regex.js";
import { LOCALES } from "../../locale/index.js";
import type { LinkWords } from "../../locale/types.js";
import { fold } from "../../normalize/fold.js";
import { allMatches } from "../../core/matches.js";
import { OUTSIDE_PORTAL_NAMES } from "./portals.js";
import { groupEnd, topLevel } from "../../core/regex.js";

/*
 * The link recognizer's words (C6, C7, S2), from every locale (src/locale/*.ts `link`), folded at
 * load so they compare equal to the fold view. A sentence may mix languages ("apply на сайте"), so
 * the words of every language are tried together, as the handle tables do.
 */

const wordsOf = (pick: (w: LinkWords) => readonly string[] | undefined): string[] =>
  LOCALES.flatMap((l) => pick(l.link ?? {}) ?? []).map((w) => fold(w).text);

/** Host labels of careers sites: "careers.acme.com", "karriere.firma.de". */
export const CAREER_HOST_LABELS: ReadonlySet<string> = new Set(wordsOf((w) => w.careerHosts));
/** Host labels of portals that are a place to apply only when the sentence says so: "suppliers.acme.com". */
export const PORTAL_HOST_LABELS: ReadonlySet<string> = new Set(wordsOf((w) => w.portalHosts));

/** Scripts written without spaces between words: their cue words count anywhere, not as whole words. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/**
 * One regular expression over a list of literal words: whole words where the script spaces words,
 * anywhere where it does not. An alternation of literals, tried once per position: linear.
 */
function literalMatcher(words: readonly string[]): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const spaced = sorted.filter((w) => !UNSPACED.test(w)).map((w) => escape(w).replace(/ /g, "\\s+"));
  const unspaced = sorted.filter((w) => UNSPACED.test(w)).map(escape);
  const parts: string[] = [];
  if (spaced.length) parts.push(`(?<![\\p{L}\\p{N}_])(?:${spaced.join("|")})(?![\\p{L}\\p{N}_])`);
  if (unspaced.length) parts.push(`(?:${unspaced.join("|")})`);
  return new RegExp(parts.join("|") || "(?!)", "gu");
}

const APPLY_CUES = literalMatcher(wordsOf((w) => w.applyCues));
const PROJECT_CUES = literalMatcher(wordsOf((w) => w.projectCues));
const REACH_CUES = literalMatcher(wordsOf((w) => w.reachCues));
const FORM_FIELD_CUES = literalMatcher(wordsOf((w) => w.formFields));
const QUESTIONNAIRE_CUES = literalMatcher(wordsOf((w) => w.questionnaireCues));

const hasMatch = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
};

/** The sentence says the link is a place to apply, register or bid ("apply at", "register on our supplier portal"). */
export const hasApplyCue = (sentence: string): boolean => hasMatch(APPLY_CUES, sentence);
/** The sentence makes the site the work itself: "the contact page … throws a 500, can you fix it?" (S2). */
export const hasProjectCue = (sentence: string): boolean => hasMatch(PROJECT_CUES, sentence);

/** The sentence offers the link as a way to reach the sender: "reach me through", "fale comigo", "找我" (C6). */
export const hasReachCue = (sentence: string): boolean => hasMatch(REACH_CUES, sentence);
/** The sentence says the form asks contact details: "with your name, email and phone" (C6). */
export const hasFormFieldCue = (sentence: string): boolean => hasMatch(FORM_FIELD_CUES, sentence);
/** The sentence makes the form a questionnaire about the project: "questionnaire on colours and style" (S3). */
export const hasQuestionnaireCue = (sentence: string): boolean => hasMatch(QUESTIONNAIRE_CUES, sentence);

/** Where a sentence ends: a full stop, question or exclamation mark before white space, or a line break. */
const SENTENCE_END = /[.!?;](?=\s)|[。！？；\n]/g;
/** How far around a link its sentence is looked for (characters each side). */
const SENTENCE_REACH = 240;

/**
 * The sentence around [start, end) of `text`, without the link itself (its path may spell "apply" or "bug").
 * `following` more sentences after it are read too: a request often comes right after the link's
 * sentence ("The form at … stopped sending. Can you fix it?").
 */
export function sentenceAround(text: string, start: number, end: number, following = 0): string {
  const from = Math.max(0, start - SENTENCE_REACH);
  let head = from;
  for (const m of allMatches(SENTENCE_END, text.slice(from, start))) head = from + m.index + m[0].length;
  const reach = SENTENCE_REACH * (following + 1);
  const tailText = text.slice(end, end + reach);
  SENTENCE_END.lastIndex = 0;
  let stop = SENTENCE_END.exec(tailText);
  for (let k = 0; k < following && stop; k++) stop = SENTENCE_END.exec(tailText);
  SENTENCE_END.lastIndex = 0;
  const tail = end + (stop ? stop.index : tailText.length);
  return `${text.slice(head, start)} ${text.slice(end, tail)}`;
}

/** Regular expression source from a locale: one space stands for white space, " ?" for optional white space. */
const sourceOf = (phrase: string) => fold(phrase).text.replace(/ \?/g, "\\s*").replace(/ /g, "\\s+");

/**
 * Whether every match of a phrase source starts with an ASCII letter or digit: a literal one, or a
 * group all of whose alternatives do, not made optional. Anything else answers false (the safe side).
 */
function startsWithAsciiWord(source: string): boolean {
  let next: number;
  if (/^[a-z0-9]/.test(source)) next = 1;
  else if (source.startsWith("(?:")) {
    const end = groupEnd(source, 0);
    if (end < 0 || !topLevel(source.slice(3, end)).every(startsWithAsciiWord)) return false;
    next = end + 1;
  } else return false;
  return !/^[?*{]/.test(source.slice(next));
}

/**
 * One alternation of a locale list. Word edges are checked on each match (./apply.ts `spansOf`),
 * not by a look-behind in the pattern: without one, the engine skips ahead to the phrases' first
 * letters instead of trying every position, about half the time on long job posts. Each run of phrases
 * that start with an ASCII letter or digit sits behind one `\\b`, so the engine tries them only where an
 * ASCII word starts: a match without it fails the start edge anyway (and so would any later phrase matching
 * there instead). The phrases keep their order, so each match is the plain alternation's.
 */
const alternation = (phrases: string[]): RegExp => {
  const runs: Array<{ ascii: boolean; sources: string[] }> = [];
  for (const source of phrases.map(sourceOf)) {
    const ascii = startsWithAsciiWord(source);
    const last = runs[runs.length - 1];
    if (last && last.ascii === ascii) last.sources.push(source);
    else runs.push({ ascii, sources: [source] });
  }
  const parts = runs.map((r) => (r.ascii ? `\\b(?:${r.sources.join("|")})` : r.sources.join("|")));
  return new RegExp(parts.join("|") || "(?!)", "g");
};

/** "fill in the application form", "envia tu solicitud", "応募は". */
export const APPLY_PHRASES = alternation(LOCALES.flatMap((l) => l.link?.applyPhrases ?? []));
/** "on our company website", "de nuestra web", "弊社サイトから", and the outside portals named in every language ("SAP Ariba"). */
export const OWN_SITES = alternation([...LOCALES.flatMap((l) => l.link?.ownSites ?? []), ...OUTSIDE_PORTAL_NAMES.map(escape)]);

/**
 * The ASCII words an application phrase can start with ("submit", "reichen"), for the prefilter: the
 * leading literal word, or that of each alternative of a leading group. A phrase whose start is
 * optional or not a plain word gives none (its apply cue must then be among `applyCues`).
 */
export function leadingWords(phrase: string): string[] {
  const source = sourceOf(phrase);
  const word = LEADING_WORD.exec(source);
  if (word) return /^[?*{]/.test(source.slice(word[0].length)) || word[0].length < MIN_CUE ? [] : [word[0]];
  if (!source.startsWith("(?:")) return [];
  const end = groupEnd(source, 0);
  if (end < 0 || /^[?*{]/.test(source.slice(end + 1))) return [];
  const alternatives = topLevel(source.slice(3, end)).map((a) => LEADING_WORD.exec(a)?.[0]);
  return alternatives.every((w) => w && w.length >= MIN_CUE) ? (alternatives as string[]) : [];
}
/** A whole leading word, hyphenated ones included ("i-submit"), that ends where the phrase's next part starts. */
const LEADING_WORD = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9]))*(?=[\s ]|\\s|$)/;
/** Shorter words ("i", "to") would pass nearly every text through the prefilter. */
const MIN_CUE = 3;

const WORD_UNIT = /[\p{L}\p{N}_]/u;
/** Whether a phrase match starts and ends at word edges (a Han or kana end needs none: those scripts do not space words). */
export function atWordEdges(text: string, start: number, end: number): boolean {
  const first = text[start] ?? "";
  const last = text[end - 1] ?? "";
  if (!UNSPACED.test(first) && WORD_UNIT.test(text[start - 1] ?? "")) return false;
  return UNSPACED.test(last) || !WORD_UNIT.test(text[end] ?? "");
}
