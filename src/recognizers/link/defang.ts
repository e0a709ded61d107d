import { LOCALES } from "../../locale/index.js";
import { DISGUISE_BIT as BIT, ViewBuilder, identityView, type MappedText } from "../../normalize/view.js";
import { isPlatformHostOfTwoLabels, mayBePlatformHostOfShape, mayBePlatformHostUnder } from "../platforms/index.js";

/*
 * Defanged and spelled-out links, undone over the fold view: "t[.]me/kenji", "instagram(.)com/x",
 * "hxxps://site[.]com", "t . me / mira_codes", "wa dot me slash 447956283147",
 * "linkedin punkt com slash in slash jonas-weber". The result is a view whose offsets are positions
 * in the fold text (built over an identity view of it), so the link recognizer maps its matches
 * straight back. Spelled-out hosts are read only when they name a platform host ("t.me",
 * "linkedin.com", "fb.com"): "the end . com" or "version dot net" are left alone.
 */

/** Bracketed dots and colons between two characters of a host: "t[.]me", "site(dot)com", "hxxps[:]//". */
const BRACKETED = /(?<=[a-z0-9])(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\})(?=[a-z0-9])|(?<=hxxps?|https?)\[:\](?=\/\/)|\bhxxp(?=s?(?::|\[:\])\/\/)/g;
/**
 * Necessary for a BRACKETED match (each of its forms holds one of these literally): most texts that
 * pass DEFANG_HINT do so by a spaced dot, and skip the scan with BRACKETED's look-behinds.
 */
const BRACKETED_HINT = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|\[:\]|hxxp/;
/** BRACKETED at one position (its look-behinds still read before it). */
const BRACKETED_AT = new RegExp(BRACKETED.source, "y");
/** BRACKETED_HINT's literals, found one by one: every BRACKETED match starts where one of them does. */
const BRACKETED_START = new RegExp(BRACKETED_HINT.source, "g");

/**
 * The matches of BRACKETED, as `text.matchAll(BRACKETED)` finds them, tried only where a literal of
 * BRACKETED_HINT starts: a match starts with one ("[.]", "(dot)", "[:]", "hxxp"), and none of them holds the
 * first unit of another after its own first, so each candidate start is visited. The look-behind regex scanned
 * every position ("x (at) y (dot) …" × 7,000 has a "(dot)" with a space before it everywhere and no match).
 */
function bracketedMatches(text: string): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  let from = 0;
  while (from <= text.length) {
    BRACKETED_START.lastIndex = from;
    const c = BRACKETED_START.exec(text);
    if (c === null) break;
    BRACKETED_AT.lastIndex = c.index;
    const m = BRACKETED_AT.exec(text);
    if (m !== null) {
      out.push({ index: c.index, text: m[0] });
      from = c.index + m[0].length;
    } else from = c.index + 1;
  }
  return out;
}

/** Cheap pre-test for everything this module undoes. */
const DEFANG_HINT = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|hxxp|\s\.\s|\sdot\s|\s(?:punkt|punto|point|ponto|nokta|titik|kropka|точка|cham)\s/;

/** Dot words of every locale (single words) and the dot itself, written between spaces. */
const DOT_WORDS: ReadonlySet<string> = new Set([
  ".",
  ...LOCALES.flatMap((l) => l.email?.dotWords ?? []).filter((w) => !w.includes(" ")),
]);
/** Slash, spelled: the symbol, and the English word most people use in every language. */
const SLASH_WORDS: ReadonlySet<string> = new Set(["/", "\\", "slash", "barra"]);
const SLASH_PREFIX = new Set(["forward", "back"]);

/** A code unit that `\s` matches (ECMAScript white space and line terminators). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The white-space-delimited tokens of a text (what `/\S+/g` finds) as start and end offsets: the spelled
 * links are looked for only around dot words, so a job post's thousands of tokens are not each made a string.
 */
function tokenBounds(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWhiteSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    starts.push(i);
    while (i < n && !isWhiteSpace(text.charCodeAt(i))) i++;
    ends.push(i);
  }
  return { starts, ends };
}

/** First code units of the dot words: a token starting with any other is no dot word (no string made). */
const DOT_WORD_FIRST: ReadonlySet<number> = new Set([...DOT_WORDS].map((w) => w.charCodeAt(0)));
const LONGEST_DOT_WORD = Math.max(...[...DOT_WORDS].map((w) => w.length));

const SEGMENT = /^[a-z0-9._\-+@~]{1,60}$/;
const LABEL = /^[a-z0-9\-]{1,30}$/;
const TLD = /^[a-z]{2,6}$/;
/** Trailing punctuation a sentence adds after a segment ("…/mira_codes,"). */
const TRAILING = /[.,;:!?)]+$/;

/** Spelled-out platform links, found token by token from each dot word (linear: each token is read a bounded number of times). */
function spelledLinks(text: string): Array<{ from: number; to: number; url: string }> {
  const { starts, ends } = tokenBounds(text);
  const tok = (k: number): string => text.slice(starts[k], ends[k]);
  const out: Array<{ from: number; to: number; url: string }> = [];
  let covered = -1;
  for (let k = 1; k + 1 < starts.length; k++) {
    if (ends[k]! - starts[k]! > LONGEST_DOT_WORD || !DOT_WORD_FIRST.has(text.charCodeAt(starts[k]!))) continue;
    if (!DOT_WORDS.has(tok(k)) || starts[k]! < covered) continue;
    const tldText = tok(k + 1);
    const tld = tldText.replace(TRAILING, "");
    if (!TLD.test(tld)) continue;
    // No platform host under this last label: no host is found below, whatever the labels before it.
    if (!mayBePlatformHostUnder(tld)) continue;
    // The host label: one token, or two ("linked in", "f b") written apart.
    // No arrays or closures per dot word, and each host looked up once per text: hostile text ("at dot at dot …")
    // has a dot word every other token, and their allocations were most of this function's time.
    let host: string | undefined;
    let from = -1;
    for (let n = 2; n >= 1; n--) {
      if (k - n < 0) continue;
      // The label's first unit and length, unsliced: a shape no host under `tld` has is no host.
      let length = 0;
      for (let t = k - n; t < k; t++) length += ends[t]! - starts[t]!;
      if (!mayBePlatformHostOfShape(tld, text.charCodeAt(starts[k - n]!), length)) continue;
      let label = "";
      let labels = true;
      for (let t = k - n; t < k && labels; t++) {
        const part = tok(t);
        labels = LABEL.test(part);
        label += part;
      }
      if (!labels) continue;
      // platformForHost(`${label}.${tld}`), without making the host string ("at dot at dot …": every other token).
      if (isPlatformHostOfTwoLabels(label, tld)) {
        host = `${label}.${tld}`;
        from = starts[k - n]!;
        break;
      }
    }
    if (!host) continue;
    // The path: "/ seg", "slash seg", "forward slash seg", repeated.
    let url = host;
    let to = starts[k + 1]! + tld.length;
    let j = k + 2;
    if (tld === tldText) {
      for (;;) {
        let s = j;
        if (s < starts.length && SLASH_PREFIX.has(tok(s)) && s + 1 < starts.length && tok(s + 1) === "slash") s++;
        if (s + 1 >= starts.length || !SLASH_WORDS.has(tok(s))) break;
        const segText = tok(s + 1);
        const clean = segText.replace(TRAILING, "");
        if (!SEGMENT.test(clean)) break;
        url += `/${clean}`;
        to = starts[s + 1]! + clean.length;
        j = s + 2;
        if (clean !== segText) break;
      }
    }
    out.push({ from, to, url });
    covered = to;
  }
  return out;
}

/** The fold text with defanged and spelled-out links written as links; `null` when there is none. */
/** For the tests that hold bracketedMatches to matchAll(BRACKETED). */
export const DEFANG_INTERNALS_FOR_TESTS = { bracketedMatches, BRACKETED };

export function defangLinks(text: string): MappedText | null {
  if (!DEFANG_HINT.test(text)) return null;
  const edits: Array<{ from: number; to: number; out: string }> = [];
  for (const m of BRACKETED_HINT.test(text) ? bracketedMatches(text) : []) {
    const s = m.text;
    edits.push({ from: m.index, to: m.index + s.length, out: s === "hxxp" ? "http" : s === "[:]" ? ":" : "." });
  }
  for (const l of spelledLinks(text)) edits.push({ from: l.from, to: l.to, out: l.url });
  if (edits.length === 0) return null;
  edits.sort((a, b) => a.from - b.from);
  const b = new ViewBuilder(identityView(text));
  let last = 0;
  for (const e of edits) {
    if (e.from < last) continue;
    b.copy(last, e.from);
    b.emit(e.out, e.from, e.to, BIT.spelled_at_dot);
    last = e.to;
  }
  b.copy(last, text.length);
  return b.build();
}
