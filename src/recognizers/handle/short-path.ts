import { escapeRegExp as escape } from "../../core/regex.js";
import type { Candidate, Recognizer, ScanInput } from "../types.js";
import { PLATFORMS } from "../platforms/index.js";
import type { Platform } from "../platforms/types.js";
import { allMatches } from "../../core/matches.js";
import { aliasEntry, findAliases } from "./aliases.js";
import { NOT_A_HANDLE } from "./tables.js";
import { sentenceAround } from "../link/words.js";
import { HANDLE_SCORES as SCORE } from "../scores.js";

/*
 * Account paths written without their host ("in/tomas-lindqvist (LinkedIn)", "u/kenji on Reddit"),
 * from the platform tables' `shortPaths`. Such a path is an account only when the sentence names
 * the platform, and only when the name is shaped like an account (a "-" or a digit): "log in/out of
 * LinkedIn" is not one.
 */

const BY_PATH = new Map<string, Platform>(PLATFORMS.flatMap((p) => (p.shortPaths ?? []).map((s): [string, Platform] => [s, p])));
/** The short paths; the start of a token is checked per match (a look-behind here would be tried at every position). */
const SHORT_PATH = new RegExp(`(?:${[...BY_PATH.keys()].map(escape).join("|") || "(?!)"})`, "g");
/** What may not come right before a short path: it would be inside a link ("linkedin.com/in/x") or a word ("plugin/x"). */
const INSIDE = /[\p{L}\p{N}_./@\-]/u;
/** The account after the path: letters, digits, ".", "_", "-", ending at a token boundary. */
const NAME_AT = /[a-z0-9][a-z0-9._\-]{1,99}/y;
const SHAPED = /[0-9_\-]/;

function nameAt(text: string, pos: number, p: Platform): string | null {
  NAME_AT.lastIndex = pos;
  const m = NAME_AT.exec(text);
  if (!m) return null;
  const name = m[0].replace(/[._\-]+$/, "");
  if (!SHAPED.test(name) || NOT_A_HANDLE.has(name)) return null;
  const shape = p.handle ? new RegExp(`^(?:${p.handle.source})$`) : null;
  return !shape || shape.test(name) ? name : null;
}

/** The sentence names the platform by one of its unambiguous words. */
function namesPlatform(sentence: string, p: Platform): boolean {
  return findAliases(sentence).some(([s, e]) => {
    const entry = aliasEntry(sentence.slice(s, e));
    return entry?.platform.id === p.id && !entry.ambiguous;
  });
}

export function shortPathAccounts(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!text.includes("/")) return out;
  for (const m of allMatches(SHORT_PATH, text)) {
    const p = BY_PATH.get(m[0])!;
    const start = m.index;
    if (INSIDE.test(text[start - 1] ?? "")) continue;
    const name = nameAt(text, start + m[0].length, p);
    if (!name) continue;
    const end = start + m[0].length + name.length;
    if (!namesPlatform(sentenceAround(text, start, end), p)) continue;
    out.push({
      type: p.type,
      view: "fold",
      start,
      end,
      value: `${p.id}:${name}`,
      confidence: SCORE.shortPath,
      recognizer: "handle.short_path",
      platform: p.id,
      contextWords: [p.name],
    });
  }
  return out;
}

export const shortPathRecognizer: Recognizer = {
  id: "handle.short_path",
  types: ["messenger", "social"],
  pretest: new RegExp(`(?:${[...BY_PATH.keys()].map(escape).join("|") || "(?!)"})`),
  find: (input: ScanInput) => shortPathAccounts(input.fold.text),
};
