import type { Candidate, Recognizer, ScanInput } from "../types.js";
import { LOCALES } from "../../locale/index.js";
import { LINK_SCORES as SCORE } from "../scores.js";
import { APPLY_PHRASES, OWN_SITES, atWordEdges, hasProjectCue, leadingWords, sentenceAround } from "./words.js";
import { anchorsOf, nextAnchor } from "./apply-anchors.js";

/*
 * C7 without a link: asking applicants to apply on the company's own site ("fill in the application
 * form on our company website", "envía tu solicitud desde la sección «Trabaja con nosotros» de
 * nuestra web", "官网投递简历"). An application phrase and an own-site phrase of the locales
 * (src/locale/*.ts `link`) close together in one sentence make one finding. Each list is one
 * alternation scanned once; pairing them is a walk over two sorted lists: linear.
 */

/** How far (characters) an own-site phrase may follow an application phrase. */
const AFTER_REACH = 64;
/** How far it may come before it ("官网投递简历", "弊社サイトから応募"): word order of verb-final languages. */
const BEFORE_REACH = 12;
/** A sentence boundary between the two phrases splits them. */
const BOUNDARY = /[.!?。！？\n]/;

export interface Span {
  start: number;
  end: number;
}

/** The phrase matches at word edges; after one that is not, the search goes on from its next character. */
export function spansOf(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > m.index && atWordEdges(text, m.index, end)) out.push({ start: m.index, end });
    else re.lastIndex = m.index + 1;
  }
  return out;
}

/** Where an application phrase can start (null: the whole regex reads every text, as spansOf does). */
export const APPLY_ANCHORS = anchorsOf(APPLY_PHRASES);

/**
 * spansOf(APPLY_PHRASES, text), with the phrase regex tried only at its anchors (./apply-anchors.ts): the
 * alternation over every text cost 400 ms of the corpus's 10 s. A span starts at an anchor, and the global
 * search gives up a match that is not a span by moving one unit on, so trying the anchors in order, moving
 * to the end of each span, finds the same spans.
 */
export function applySpans(text: string): Span[] {
  const anchors = APPLY_ANCHORS;
  if (anchors === null) return spansOf(APPLY_PHRASES, text);
  const out: Span[] = [];
  const re = anchors.sticky;
  for (let i = nextAnchor(anchors, text, 0); i >= 0; ) {
    re.lastIndex = i;
    const m = re.exec(text);
    let next = i + 1;
    if (m) {
      const end = i + m[0].length;
      if (end > i && atWordEdges(text, i, end)) {
        out.push({ start: i, end });
        next = end;
      }
    }
    i = nextAnchor(anchors, text, next);
  }
  return out;
}

/** How long an own-site phrase may be: the window read around an application phrase. */
const SITE_MAX = 80;

/**
 * Own-site phrases only in reach of an application phrase: those are rare, so the second list is read
 * in a few short windows instead of over a whole job post. Windows are merged, so no text is read twice.
 */
function sitesNear(applies: Span[], text: string): Span[] {
  const out: Span[] = [];
  let readTo = 0;
  for (const a of applies) {
    const from = Math.max(readTo, a.start - BEFORE_REACH - SITE_MAX);
    const to = Math.min(text.length, a.end + AFTER_REACH + SITE_MAX);
    if (to <= from) continue;
    for (const s of spansOf(OWN_SITES, text.slice(from, to))) out.push({ start: s.start + from, end: s.end + from });
    readTo = to;
  }
  return out;
}

/** Pairs each application phrase with the first own-site phrase in reach; both lists are in text order. */
function pairs(applies: Span[], sites: Span[], text: string): Span[] {
  const out: Span[] = [];
  let first = 0;
  for (const a of applies) {
    // Sites that end too far before this phrase end too far before every later one.
    while (first < sites.length && sites[first]!.end < a.start - BEFORE_REACH) first++;
    for (let k = first; k < sites.length && sites[k]!.start <= a.end + AFTER_REACH; k++) {
      const s = sites[k]!;
      const after = s.start >= a.end;
      const gap = after ? text.slice(a.end, s.start) : s.end <= a.start ? text.slice(s.end, a.start) : "";
      if (gap.length > (after ? AFTER_REACH : BEFORE_REACH) || BOUNDARY.test(gap)) continue;
      out.push({ start: Math.min(a.start, s.start), end: Math.max(a.end, s.end) });
      break;
    }
  }
  return out;
}

export function applyElsewhere(text: string): Candidate[] {
  const applies = applySpans(text);
  if (applies.length === 0) return [];
  const sites = sitesNear(applies, text);
  if (sites.length === 0) return [];
  // "The application form on our website throws an error, can you fix it?": the form is the work (S2).
  const offered = pairs(applies, sites, text).filter((s) => !hasProjectCue(sentenceAround(text, s.start, s.end)));
  return offered.map((s) => ({
    type: "external_application",
    view: "fold",
    start: s.start,
    end: s.end,
    value: "external_application:own_site",
    confidence: SCORE.applyElsewhere,
    recognizer: "link.apply_elsewhere",
    contextWords: [text.slice(s.start, s.end)],
  }));
}

export const applyElsewhereRecognizer: Recognizer = {
  id: "link.apply_elsewhere",
  types: ["external_application"],
  // Every application phrase holds one of the locales' apply cues ("application", "solicitud") or starts
  // with one of its leading words ("submit the proposal", "reichen Sie").
  cueWords: [...new Set(LOCALES.flatMap((l) => [...(l.link?.applyCues ?? []), ...(l.link?.applyPhrases ?? []).flatMap(leadingWords)]))],
  find: (input: ScanInput) => applyElsewhere(input.fold.text),
};
