/**
 * E3 and E7 read the purpose of a message from its words. No library does this; the tables below
 * are the systems POLICY.md E3 names (code hosting, ad analytics, bookkeeping, cloud drives,
 * e-signature, web hosts and builders) and the phrases that say "give you access" or "talk about
 * the work over there". The words are data: src/locale/systems.ts and each locale's `purpose`.
 */
import { escapeRegExp } from "../core/regex.js";
import { LOCALES } from "../locale/index.js";
import { ACCESS_SYSTEMS } from "../locale/systems.js";

/** Systems someone is given access to (E3): one list with the request recognizer's context words. */
export { ACCESS_SYSTEMS };

/** Words that say the contact detail is for granting access (every locale). */
export const ACCESS_CUES: readonly string[] = [...new Set(LOCALES.flatMap((l) => l.purpose?.accessCues ?? []))];

/** A word list as an alternation, escaped; phrases keep their literal space. */
const literalAlternation = (words: readonly string[]): string => words.map((w) => escapeRegExp(w)).join("|");

/**
 * Talking about the job or the payment over the granted channel (E7), from each locale's work-talk
 * words: "discuss … the budget … by email", or "email me … the price".
 */
export const WORK_TALK = new RegExp(
  LOCALES.flatMap((l) => {
    const w = l.purpose?.workTalk;
    if (!w) return [];
    const alt = literalAlternation;
    return [
      `\\b(?:${alt(w.verbs)})\\b[^.!?\\n]{0,40}\\b(?:${alt(w.topics)})\\b[^.!?\\n]{0,40}\\b(?:${alt(w.prepositions)})\\s(?:${alt(w.channels)})\\b`,
      `\\b(?:${alt(w.writeVerbs)})\\s(?:${alt(w.writeObjects)})\\b[^.!?\\n]{0,30}\\b(?:${alt(w.moneyTopics)})\\b`,
    ];
  }).join("|"),
);

function compileWords(words: readonly string[]): RegExp {
  const alt = [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, "\\s+"));
  return new RegExp(`\\b(?:${alt.join("|")})\\b`, "g");
}

const SYSTEM_RE = compileWords(ACCESS_SYSTEMS);
const CUE_RE = compileWords(ACCESS_CUES);

export interface AccessPurpose {
  system: string;
  cue: string;
}

/** Whether a (lower-cased) text says the email is wanted to grant access to a named system. */
export function systemAccessPurpose(text: string): AccessPurpose | null {
  const lower = text.toLowerCase();
  SYSTEM_RE.lastIndex = 0;
  CUE_RE.lastIndex = 0;
  const system = SYSTEM_RE.exec(lower);
  const cue = CUE_RE.exec(lower);
  if (!system || !cue) return null;
  return { system: system[0], cue: cue[0] };
}

export function talksAboutWorkOverChannel(text: string): boolean {
  return WORK_TALK.test(text.toLowerCase());
}
