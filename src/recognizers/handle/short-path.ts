import { escapeRegExp as escape } from "../../core/regex.js";
import type { Candidate, Recognizer, ScanInput } from "../types.js";
import { PLATFORMS } from "../platforms/index.js";
import type { Platform } from "../platforms/types.js";
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
/** The short paths, longest first: the leftmost of them ending at a "/" is the longest. */
const SHORT_PATHS = [...BY_PATH.keys()].sort((a, b) => b.length - a.length);
if (SHORT_PATHS.some((s) => s.indexOf("/") !== s.length - 1)) throw new Error("a short path must end with its only \"/\"");

/**
 * Where a short path occurs, left to right and not overlapping (what a global alternation of them
 * finds), read from the "/" each ends with: a "/" is rare and found by indexOf, where a regex would try
 * every position. The start of a token is checked per match by the caller.
 */
function shortPathsIn(text: string): Array<{ index: number; path: string }> {
  const out: Array<{ index: number; path: string }> = [];
  let from = 0;
  for (let slash = text.indexOf("/"); slash >= 0; slash = text.indexOf("/", slash + 1)) {
    for (const path of SHORT_PATHS) {
      const start = slash + 1 - path.length;
      if (start >= from && text.startsWith(path, start)) {
        out.push({ index: start, path });
        from = slash + 1;
        break;
      }
    }
  }
  return out;
}
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
  for (const m of shortPathsIn(text)) {
    const p = BY_PATH.get(m.path)!;
    const start = m.index;
    if (INSIDE.test(text[start - 1] ?? "")) continue;
    const name = nameAt(text, start + m.path.length, p);
    if (!name) continue;
    const end = start + m.path.length + name.length;
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
