/*
 * Builds regex sources for large alternations of words. V8 tries the alternatives of `(?:a|b|…)`
 * one after another at every position; with hundreds of words that per-position cost dominates a
 * scan. Sharing common leading characters (a trie) lets a position that starts no word fail after
 * one character test.
 */

const QUANTIFIER_START = new Set(["?", "*", "+", "{"]);
const SPECIAL = new Set(["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"]);

/**
 * The leading atom of a regex source when it matches exactly one fixed character (a literal or an
 * escaped punctuation mark, not followed by a quantifier), else null.
 */
function leadingLiteral(src: string): string | null {
  if (src.length === 0) return null;
  let atom: string;
  if (src[0] === "\\") {
    const next = src[1];
    // `\.`, `\/`, `\-`: escaped punctuation is one fixed character; `\s`, `\d`, `\p{…}` are classes.
    if (next === undefined || /[0-9A-Za-z]/.test(next)) return null;
    atom = src.slice(0, 2);
  } else {
    atom = String.fromCodePoint(src.codePointAt(0)!);
    if (SPECIAL.has(atom)) return null;
  }
  return QUANTIFIER_START.has(src[atom.length] ?? "") ? null : atom;
}

/**
 * `(?:a|b|…)` over regex sources `alternatives`, with common leading characters shared. Matches
 * exactly what the plain alternation matches, with the same preference: alternatives that start
 * with different fixed characters can never match at the same position, so only the relative order
 * of those sharing a start matters, and it is kept (an alternative that starts with anything else
 * keeps its place: those after it are grouped anew).
 */
export function prefixShared(alternatives: readonly string[]): string {
  type Group = { atom: string; rests: string[] };
  const open = new Map<string, Group>();
  const order: Array<Group | string> = [];
  for (const alt of alternatives) {
    const atom = leadingLiteral(alt);
    if (atom === null) {
      order.push(alt);
      // Alternatives after this one must not move before it: they start new groups.
      open.clear();
      continue;
    }
    let group = open.get(atom);
    if (!group) {
      group = { atom, rests: [] };
      open.set(atom, group);
      order.push(group);
    }
    group.rests.push(alt.slice(atom.length));
  }
  const parts = order.map((g) =>
    typeof g === "string" ? g : g.rests.length === 1 ? g.atom + g.rests[0] : g.atom + prefixShared(g.rests),
  );
  return parts.length === 1 ? parts[0]! : `(?:${parts.join("|")})`;
}

/** `s` with every character a regex gives a meaning to escaped, to stand for itself inside a pattern. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/*
 * Reading a compiled alternation's own source, so tables derived from it (link/words.ts's ASCII test,
 * link/apply-anchors.ts's anchors) cannot fall behind the locales it was built from.
 */

/** The end of the group that opens at `open` ("(?:…)"), or -1. */
export function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let k = open; k < source.length; k++) {
    if (source[k] === "\\") k++;
    else if (source[k] === "(") depth++;
    else if (source[k] === ")" && --depth === 0) return k;
  }
  return -1;
}

/** The top-level alternatives of a group's inside ("a|b(?:c|d)" → "a", "b(?:c|d)"). */
export function topLevel(inside: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < inside.length; k++) {
    if (inside[k] === "\\") k++;
    else if (inside[k] === "(") depth++;
    else if (inside[k] === ")") depth--;
    else if (inside[k] === "|" && depth === 0) {
      out.push(inside.slice(from, k));
      from = k + 1;
    }
  }
  out.push(inside.slice(from));
  return out;
}
