import { escapeRegExp } from "../../core/regex.js";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import type { Disguise } from "../../core/types.js";
import { fold } from "../../normalize/fold.js";
import { toOriginal, type MappedText } from "../../normalize/view.js";
import { PLATFORMS, type Platform } from "../platforms/index.js";
import type { Candidate, Recognizer, ScanInput } from "../types.js";
import { HANDLE_SCORES as SCORE } from "../scores.js";
import { aliasBounds, aliasEntry, allAliases, mentionsPlatform, type AliasEntry } from "./aliases.js";
import {
  AT_ONLY_ALIASES,
  CUE_VERBS,
  HANDLE_ONLY_ALIASES,
  DETERMINERS,
  QUANTIFIERS,
  EXPLICIT_WORDS,
  FILLER_WORDS,
  FOLLOW_OK,
  INVITE_BEFORE,
  NOT_A_HANDLE,
  PHONE_WORDS,
  SPELLED_DOT_WORDS,
  POSSESSIVE_BEFORE,
  REFUSAL_PHRASES,
  SKILL_NOUNS,
  SKILL_PHRASES,
  WARNING_PHRASES,
  WEAK_INVITE,
  guardText,
} from "./tables.js";

import { shortPathRecognizer } from "./short-path.js";
import { NextChar } from "./next-char.js";
export { AT_ONLY_ALIASES as AT_ONLY_ALIASES_FOR_TESTS } from "./tables.js";
export { ALIAS_REGEX, ALIAS_CONFLICTS, aliasEntry, allAliases, findAliases, mentionsPlatform, type AliasEntry } from "./aliases.js";

/*
 * C4/C5 (and C9 when a channel is named): a platform word from ../platforms followed by what makes
 * it an account — a handle ("skype: kenji.sato"), a phone number ("WhatsApp me on +91 98200 12345"),
 * a meeting number ("zoom 812 3456 7890") — or preceded by an invitation ("find me on instagram").
 *
 * Everything starts from a platform word: a bare "@kenji" is a mention on this platform, not
 * contact information. The platform word is dropped when it is a skill or product ("Slack bots",
 * "Signal processing"), part of a link (the link recognizer's), or, for words that are also
 * ordinary words ("line", "signal", "x", "teams"), when no explicit marker ("LINE: kenji88",
 * "x: @kenji") follows. Every scan below is bounded by a small window after or before the word,
 * so the recognizer stays linear in the text.
 */

interface Hit {
  start: number;
  end: number;
  entry: AliasEntry;
  matched: string;
}

/**
 * Which platform word starts at a position (its index in `hits`), asked several times per platform word: a
 * table by position rather than a Map (hostile text: "whatsapp " × 11,000 words, "x (at) y (dot) " × 7,000).
 */
export class HitStarts {
  /** Index + 1 of the hit starting at each position; 0: none. */
  private readonly at: Int32Array;

  constructor(length: number, hits: readonly { start: number }[]) {
    this.at = new Int32Array(length + 1);
    for (let i = 0; i < hits.length; i++) this.at[hits[i]!.start] = i + 1;
  }

  has(pos: number): boolean {
    return pos >= 0 && pos < this.at.length && this.at[pos] !== 0;
  }

  get(pos: number): number | undefined {
    if (pos < 0 || pos >= this.at.length) return undefined;
    const v = this.at[pos]!;
    return v === 0 ? undefined : v - 1;
  }
}

interface Invite {
  start: number;
  confidence: number;
  phrase: string;
}

const MAX_FILLER_STEPS = 8;
const AT_LOOKAHEAD = 40;
const INVITE_WINDOW = 80;

// Character tests by code, not by regex: they run several times per platform word, and on hostile text
// ("whatsapp " × 11,000) the regex calls were a fifth of the recognizer's time.
const isSpace = (ch: string | undefined) => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0;
};
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{N}]/u;
/** WORD_CHAR for ASCII, as a table (ASCII letters are Latin, ASCII digits the only \p{N}). */
const WORD_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_ASCII[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
const isWordChar = (ch: string | undefined) => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 0x80 ? WORD_ASCII[c] === 1 : WORD_CHAR.test(ch);
};
/** Where the next "@" and the next clause break ([,:–—], handleAfterCue's) are: asked once per platform word. */
// Shared by every NextChar: it sets lastIndex before each use.
const AT_SIGN = /@/g;
const CUE_BREAK = /[,:–—]/g;
interface Marks {
  at: NextChar;
  cueBreak: NextChar;
}
/** One word at a position: letters/digits with an inner apostrophe ("it's", "let's"). */
const WORD_AT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{N}]{1,40}(?:['’][\p{Script=Latin}]{1,3})?/uy;
/** Words and markers of scripts without spaces, matched by prefix ("微信号kenji"). */
const UNSPACED_MARKERS = ["號碼", "号码", "账号", "帳號", "帐号", "id号", "號", "号", "아이디", "번호", "是"].map((w) => fold(w).text);
const IS_MARKER = fold("是").text;
/** First code units of UNSPACED_MARKERS: a position starting with another is none of them (no search of the list). */
const UNSPACED_MARKER_FIRST: ReadonlySet<number> = new Set(UNSPACED_MARKERS.map((w) => w.charCodeAt(0)));
const UNSPACED_INVITE_END = /(?:加我?|联系我|聯繫我|私聊)\s?$/;
/**
 * UNSPACED_INVITE_END over the 4 characters before `start`. Its last Han character stands right before `start`
 * or one white-space character before: with no code unit ≥ U+4E00 there, no regex and no slice.
 */
function unspacedInviteEnd(text: string, start: number): boolean {
  if (!(start >= 1 && text.charCodeAt(start - 1) >= 0x4e00) && !(start >= 2 && text.charCodeAt(start - 2) >= 0x4e00)) return false;
  return UNSPACED_INVITE_END.test(text.slice(Math.max(0, start - 4), start));
}
const PHONE_AT = /(?:\+|00)?\(?[0-9][0-9 \-.()/]{5,22}[0-9]/y;
const PHONE_SEPARATOR_TAIL = /[ \-.()/]+[^ \-.()/]*$/;
/** Words that may end an invitation phrase; a cheap test before the invitation regex. */
const INVITE_LAST_WORD = new Set([
  "on", "via", "over", "through", "thru", "in", "at", "using", "to", "onto", "into", "a", "an", "my", "the", "our",
  "your", "quick", "short", "video", "voice", "private", "join", "me", "us", "up", "out", "back", "directly",
  "privately", "there", "anytime",
]);

function skipSpaces(text: string, pos: number, max = 4): number {
  let n = 0;
  while (pos < text.length && n < max && isSpace(text[pos])) {
    pos++;
    n++;
  }
  return pos;
}

function wordAt(text: string, pos: number): string | null {
  // ASCII fast path (WORD_AT with /u costs several times more, and runs three times per platform word): an
  // ASCII letter/digit run under 40 that ends at an ASCII character other than an apostrophe is WORD_AT's
  // match exactly; anything else (non-ASCII, an apostrophe, a long run) goes to the regex.
  let end = pos;
  while (end < text.length && end - pos < 40) {
    const c = text.charCodeAt(end);
    if (c >= 0x80) break;
    if (WORD_ASCII[c] === 0) {
      if (c === 39) break;
      return end === pos ? null : text.slice(pos, end);
    }
    end++;
  }
  if (end >= text.length && end - pos < 40) return end === pos ? null : text.slice(pos, end);
  WORD_AT.lastIndex = pos;
  const m = WORD_AT.exec(text);
  return m ? m[0] : null;
}

/** /[0-9]/ by code unit (NaN past the end: no digit). */
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** isSpace by code unit. */
const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0;
/** isWordChar of the code unit at `i` (i < text.length), by code for ASCII. */
const isWordCharAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 0x80 ? WORD_ASCII[c] === 1 : WORD_CHAR.test(text[i]!);
};

/** The word that ends right before `pos` (skipping spaces), or "" if punctuation comes first. */
function wordBefore(text: string, pos: number): string {
  const s = wordBeforeStart(text, pos);
  return text.slice(s, WORD_BEFORE_END);
}

/**
 * A cheap "not in these sets" test for the word at a position, before the word is sliced: the pairs of
 * first two code units of the sets' words that are both ASCII word characters. When the two units at a word's
 * start are ASCII word characters (so wordAt's word, or wordBefore's, starts with exactly them) and their pair
 * is none of the words', the word is in none of the sets; otherwise `may*` answers true and the caller reads
 * the word as before. Hostile text ("whatsapp " × 11,000) sliced and hashed three words per platform word.
 */
export class WordGate {
  private readonly pairs = new Uint8Array(128 * 128);

  constructor(sets: ReadonlyArray<Iterable<string>>) {
    for (const set of sets) {
      for (const w of set) {
        if (w.length < 2) continue;
        const c1 = w.charCodeAt(0);
        const c2 = w.charCodeAt(1);
        if (c1 < 0x80 && c2 < 0x80) this.pairs[c1 * 128 + c2] = 1;
      }
    }
  }

  /** False only when no word of the sets can be the word of text[s, e) (e - s ≥ 2 needed for a no). */
  mayBe(text: string, s: number, e: number): boolean {
    if (e - s < 2) return true;
    const c1 = text.charCodeAt(s);
    const c2 = text.charCodeAt(s + 1);
    if (c1 >= 0x80 || c2 >= 0x80 || WORD_ASCII[c1] === 0 || WORD_ASCII[c2] === 0) return true;
    return this.pairs[c1 * 128 + c2] === 1;
  }

  /** False only when wordAt(text, pos) is in none of the sets (null counts as in none only when it is). */
  mayStartAt(text: string, pos: number): boolean {
    return this.mayBe(text, pos, pos + 2 <= text.length ? pos + 2 : pos);
  }
}

/** Start of wordBefore's word (its end in WORD_BEFORE_END): the bounds without the slice. */
let WORD_BEFORE_END = 0;
function wordBeforeStart(text: string, pos: number): number {
  let e = pos;
  let n = 0;
  while (e > 0 && n < 3 && isSpaceCode(text.charCodeAt(e - 1))) {
    e--;
    n++;
  }
  let s = e;
  for (; s > 0 && e - s < 24; s--) {
    const c = text.charCodeAt(s - 1);
    if (c !== 39 && c !== 0x2019 && !isWordCharAt(text, s - 1)) break;
  }
  WORD_BEFORE_END = e;
  return s;
}

function toE164(raw: string, region: string): string | null {
  let digits = raw.replace(/[^0-9+]/g, "");
  if (digits.startsWith("00")) digits = `+${digits.slice(2)}`;
  digits = digits[0] === "+" ? `+${digits.slice(1).replace(/\+/g, "")}` : digits.replace(/\+/g, "");
  try {
    const n = parsePhoneNumberFromString(digits, region as CountryCode);
    return n && n.isValid() ? n.number : null;
  } catch {
    return null;
  }
}

/** A valid phone number starting exactly at `pos` (longest grouping that validates). */
function phoneAt(text: string, pos: number, region: string): { end: number; e164: string; plus: boolean } | null {
  PHONE_AT.lastIndex = pos;
  const m = PHONE_AT.exec(text);
  if (!m) return null;
  let raw = m[0];
  for (let tries = 0; tries < 4; tries++) {
    const after = text[pos + raw.length];
    if (!isWordChar(after)) {
      const e164 = toE164(raw, region);
      if (e164) return { end: pos + raw.length, e164, plus: raw.startsWith("+") || raw.startsWith("00") };
    }
    const cut = raw.search(PHONE_SEPARATOR_TAIL);
    if (cut <= 0) break;
    raw = raw.slice(0, cut);
    if (raw.replace(/[^0-9]/g, "").length < 7) break;
  }
  return null;
}

const stickyHandles = new Map<string, RegExp>();
function stickyHandle(p: Platform): RegExp | null {
  if (!p.handle) return null;
  let re = stickyHandles.get(p.id);
  if (!re) {
    re = new RegExp(p.handle.source, "y");
    stickyHandles.set(p.id, re);
  }
  return re;
}

/*
 * "IG: lena (dot) makes (dot) things", "no insta eu sou bia ponto arq ponto interiores": a handle with its
 * dots spelled out like an address's. Parts of two or more letters/digits/"_"/".", joined by a bracketed dot or
 * a dot word between spaces; the joined name must then be the platform's handle shape, whole.
 */
const DOT_TOKEN = `\\s?[\\[({<]\\s?(?:${SPELLED_DOT_WORDS}|\\.)\\s?[\\])}>]\\s?|\\s(?:${SPELLED_DOT_WORDS})\\s`;
// A part may hold written dots too ("k.berger [punkt] design"), never at its edges.
const HANDLE_PART = "[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])";
const SPELLED_DOT_HANDLE = new RegExp(`${HANDLE_PART}(?:(?:${DOT_TOKEN})${HANDLE_PART}){1,4}(?![a-z0-9_@]|\\.[a-z0-9])`, "y");
const DOT_TOKENS = new RegExp(DOT_TOKEN, "g");

function spelledDotHandleAt(text: string, pos: number, p: Platform): { end: number; handle: string } | null {
  SPELLED_DOT_HANDLE.lastIndex = pos;
  const m = SPELLED_DOT_HANDLE.exec(text);
  const re = m && stickyHandle(p);
  if (!m || !re) return null;
  const handle = m[0].replace(DOT_TOKENS, ".");
  re.lastIndex = 0;
  return re.exec(handle)?.[0] === handle ? { end: pos + m[0].length, handle } : null;
}

/**
 * Whether the word `w` at `pos` is a filler ("is", "ich bin", "mio") standing as a whole token: "mio" in
 * "IDは mio.works" or "telegram mio.works" is the handle's first part, not Italian "my".
 */
function isFillerAt(text: string, pos: number, w: string): boolean {
  if (!FILLER_WORDS.has(w)) return false;
  const end = pos + w.length;
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  // FILLER_NEXT for ASCII by table: ". _ - @", letters and digits.
  if (c < 0x80) return FILLER_NEXT_ASCII[c] === 0;
  return !FILLER_NEXT.test(text[end]!);
}
/** What may not follow a filler standing as a whole token. */
const FILLER_NEXT = /[._\-@\p{L}\p{N}]/u;
const FILLER_NEXT_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) FILLER_NEXT_ASCII[c] = FILLER_NEXT.test(String.fromCharCode(c)) ? 1 : 0;

/** The handle shape of `p` starting exactly at `pos`, ending at a token boundary. */
function handleAt(text: string, pos: number, p: Platform): { end: number; handle: string } | null {
  const re = stickyHandle(p);
  if (!re) return null;
  const spelled = spelledDotHandleAt(text, pos, p);
  if (spelled) return spelled;
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return null;
  const handle = m[0].replace(/[._\-,:]+$/, "");
  if (handle.length === 0) return null;
  const end = pos + handle.length;
  const next = text[end];
  // Longer than the shape allows, or the mailbox of an e-mail address (the e-mail recognizer's).
  if (isWordChar(next) || next === "_" || next === "@") return null;
  if ((next === "." || next === "-" || next === "'" || next === "’") && isWordChar(text[end + 1])) return null;
  return { end, handle };
}

function plausibleHandle(h: string, p: Platform): boolean {
  if (h.length < 2) return false;
  if (!p.numericHandle && !/[a-z]/.test(h)) return false;
  if (NOT_A_HANDLE.has(h)) return false;
  if (/^v?[0-9]+(?:\.[0-9]+)+$/.test(h)) return false;
  if (/^(?:https?|www)\b/.test(h)) return false;
  if (aliasEntry(h)) return false;
  return true;
}

/** A handle that does not look like a word: digits, "_", "#", or an inner dot. */
function shapedHandle(h: string): boolean {
  return h.length >= 3 && (/[0-9_#]/.test(h) || /[a-z0-9]\.[a-z0-9]/.test(h));
}

/** A plain word with an English adjective/verb/noun ending ("outdated", "working", "really"). */
function wordLike(h: string): boolean {
  return !shapedHandle(h) && /(?:ed|ing|ly|ful|ous|ive|able|ible|ness|ment|tion|sion|est|er)$/.test(h);
}

function possessiveBefore(text: string, start: number): boolean {
  return POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

function normalizeHandle(h: string): string {
  let v = h.replace(/^\/?u\//, "");
  if (/^[0-9][0-9 \-]*$/.test(v)) v = v.replace(/[ \-]/g, "");
  return v;
}

const LITERAL_ALIASES = new Set(allAliases().map((a) => a.alias));
function aliasDisguises(hit: Hit): Disguise[] {
  if (LITERAL_ALIASES.has(hit.matched)) return [];
  const out: Disguise[] = [];
  const alias = hit.entry.alias;
  if (/[.\-_ ]/.test(hit.matched.replace(/[.\-_ ]+$/, "")) && !/[.\-_ ]/.test(alias)) out.push("spacing");
  if (/[0-9@$!|]/.test(hit.matched) && !/[0-9@$!|]/.test(alias)) out.push("leet");
  return out;
}

/**
 * SKILL_PHRASES by first word: the second words of the phrases that start with it. `${w1} ${w2}` (two words
 * without spaces) is a phrase exactly when w2 is among w1's second words, so no key string is built per
 * platform word (hostile text: "whatsapp " × 11,000).
 */
const SKILL_SECOND_WORDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const out = new Map<string, Set<string>>();
  for (const phrase of SKILL_PHRASES) {
    const sp = phrase.indexOf(" ");
    if (sp < 0) continue;
    const first = phrase.slice(0, sp);
    let seconds = out.get(first);
    if (!seconds) out.set(first, (seconds = new Set()));
    seconds.add(phrase.slice(sp + 1));
  }
  return out;
})();

/** Words whose first two units the gates below let through to the slice and the set. */
const SKILL_GATE = new WordGate([SKILL_NOUNS, SKILL_SECOND_WORDS.keys()]);
const QUANTIFIER_GATE = new WordGate([QUANTIFIERS]);
const INVITE_LAST_GATE = new WordGate([INVITE_LAST_WORD]);
const PARSE_WORD_GATE = new WordGate([EXPLICIT_WORDS, PHONE_WORDS, FILLER_WORDS, ["or", "and"]]);

/**
 * Whether the platform word is usable at all: not inside a link, a compound word or a skill phrase. -1 when
 * not; else the start of the word before it (wordBefore's, which inviteBefore reads too), its end left in
 * WORD_BEFORE_END. Words are sliced only past the WordGates.
 */
function usableBeforeStart(text: string, hit: Hit, hitAt: HitStarts): number {
  const prev = text[hit.start - 1];
  if (prev === "." || prev === "@" || prev === "#" || prev === "\\" || prev === "=" || prev === "&") return -1;
  if (prev === "/") {
    // "example.com/whatsapp" is a path; "whatsapp/telegram" is a list.
    let s = hit.start - 1;
    while (s > 0 && hit.start - s < 120 && !isSpace(text[s - 1])) s--;
    if (/[.:/]/.test(text.slice(s, hit.start - 1))) return -1;
  }
  const next = text[hit.end];
  const next2 = text[hit.end + 1];
  if (next === "." && isWordChar(next2)) return -1; // a domain: "wa.me", "zoom.us"
  if (next === "/" && isWordChar(next2) && !hitAt.has(hit.end + 1)) return -1; // a path
  // "Threema-ID: 7XK4P2RM": a label word joined by a hyphen is the account's label, not a compound.
  const labelled = next === "-" && EXPLICIT_WORDS.has(wordAt(text, hit.end + 1) ?? "");
  if ((next === "-" || next === "_" || next === "'" || next === "’" || next === "@") && isWordChar(next2) && !labelled) return -1; // "x-axis"
  // Skills and products: "Slack bots", "WhatsApp Business API", "Signal processing".
  const p1 = skipSpaces(text, hit.end, 3);
  const w1 = SKILL_GATE.mayStartAt(text, p1) ? wordAt(text, p1) : null;
  if (w1) {
    if (SKILL_NOUNS.has(w1)) return -1;
    const seconds = SKILL_SECOND_WORDS.get(w1);
    if (seconds) {
      const w2 = wordAt(text, skipSpaces(text, p1 + w1.length, 3));
      if (w2 && seconds.has(w2)) return -1;
    }
  }
  // "skype:kenji.sato" written as a URI is the link recognizer's.
  if (next === ":" && !isSpace(next2) && next2 !== undefined && hit.entry.platform.schemes?.includes(hit.matched)) return -1;
  const bs = wordBeforeStart(text, hit.start);
  const be = WORD_BEFORE_END;
  if (QUANTIFIER_GATE.mayBe(text, bs, be) && QUANTIFIERS.has(text.slice(bs, be))) return -1; // "cut me some slack"
  if (hit.entry.ambiguous) {
    const before = text.slice(bs, be);
    // "온라인" (online), "ガイドライン" (guideline): an ambiguous word inside a longer word of its own script.
    if (compoundTail(text, hit.start)) return -1;
    // "텔레비전" (television): a handle-only word at the head of a longer word of its own script.
    if (HANDLE_ONLY_ALIASES.has(hit.entry.alias) && compoundTail(text, hit.end)) return -1;
    // "the line", "a signal", "5 teams", "3 x 4".
    if (before && (DETERMINERS.has(before) || /^[0-9]/.test(before))) return -1;
    if (/[0-9*×+=<>]\s{0,2}$/.test(text.slice(Math.max(0, hit.start - 3), hit.start))) return -1;
  }
  WORD_BEFORE_END = be;
  return bs;
}

/** Scripts without spaces whose words run on: a platform word right after a letter of its script is a word's tail. */
const RUN_ON_SCRIPTS = [/\p{Script=Katakana}/u, /\p{Script=Hangul}/u];
function compoundTail(text: string, start: number): boolean {
  const prev = text[start - 1];
  const first = text[start];
  if (prev === undefined || first === undefined) return false;
  // Katakana and Hangul are far from ASCII: an ASCII first character is in neither script.
  if (first.charCodeAt(0) < 0x80) return false;
  return RUN_ON_SCRIPTS.some((script) => script.test(first) && (script.test(prev) || prev === "ー"));
}

/** inviteBefore for the platform word at `start`, given `last`, the wordBefore(text, start). */
function inviteBefore(text: string, start: number, last: string): Invite | null {
  if (!INVITE_LAST_WORD.has(last) && !unspacedInviteEnd(text, start)) return null;
  const from = Math.max(0, start - INVITE_WINDOW);
  const m = INVITE_BEFORE.exec(text.slice(from, start));
  if (!m || m[1] === undefined) return null;
  const s = from + m.index + (m[0].startsWith(m[1]) ? 0 : 1);
  const phrase = m[1];
  return { start: s, confidence: WEAK_INVITE.test(phrase) ? SCORE.inviteWeak : SCORE.invite, phrase };
}

/** How far around an invitation the refusal and warning guards read. */
const GUARD_WINDOW = 120;
const CLAUSE_END = /[.!?;\n,:(]/;
const SENTENCE_END = /[.!?;\n]/;

/**
 * An invitation inside a refusal, a warning or reported speech is not one: "I won't move to
 * WhatsApp", "scammers often ask to move to Telegram", "… asking us to move to WhatsApp will be
 * reported". Negations count in the clause before the invitation, warnings in the whole sentence.
 * Runs only for an invitation already found, over a bounded window.
 */
function refusedOrWarned(text: string, inviteStart: number, end: number): boolean {
  let s = inviteStart;
  const lo = Math.max(0, inviteStart - GUARD_WINDOW);
  while (s > lo && !SENTENCE_END.test(text[s - 1]!)) s--;
  let c = inviteStart;
  while (c > s && !CLAUSE_END.test(text[c - 1]!)) c--;
  let e = end;
  const hi = Math.min(text.length, end + GUARD_WINDOW);
  while (e < hi && !SENTENCE_END.test(text[e]!)) e++;
  const clause = guardText(text.slice(c, end));
  if (REFUSAL_PHRASES.some((w) => clause.includes(w))) return true;
  const sentence = guardText(text.slice(s, e));
  return WARNING_PHRASES.some((w) => sentence.includes(w));
}

/** The word after the platform word leaves an ambiguous word free to be an invitation target. */
function followOk(text: string, end: number): boolean {
  const p = skipSpaces(text, end, 3);
  if (p >= text.length) return true;
  const ch = text[p]!;
  if (/[.,!?;:)\]"”'’\n]/.test(ch) || /\p{Extended_Pictographic}/u.test(ch)) return true;
  const w = wordAt(text, p);
  return w !== null && FOLLOW_OK.has(w);
}

interface Parsed {
  pos: number;
  explicit: boolean;
  explicitWord: boolean;
  /** "number", "tel", "no.": a phone number is announced. */
  phoneMarker: boolean;
  sawIs: boolean;
  sawMe: boolean;
  meEnd: number;
  group: Array<{ hit: Hit; index: number }>;
}

/** Walks markers and filler words after the platform word, up to where the handle should start. */
function parseAfter(text: string, hits: Hit[], index: number, hitAt: HitStarts): Parsed {
  const hit = hits[index]!;
  const r: Parsed = { pos: hit.end, explicit: false, explicitWord: false, phoneMarker: false, sawIs: false, sawMe: false, meEnd: -1, group: [{ hit, index }] };
  // "w.a." — the trailing dot belongs to the abbreviation.
  if (text[r.pos] === "." && hit.matched.includes(".")) r.pos++;
  let connector = false;
  for (let step = 0; step < MAX_FILLER_STEPS; step++) {
    const pos = skipSpaces(text, r.pos);
    const ch = text[pos];
    if (ch === undefined) {
      r.pos = pos;
      break;
    }
    const other = hitAt.get(pos);
    if (other !== undefined) {
      if (!connector) {
        r.pos = pos;
        break;
      }
      const h = hits[other]!;
      r.group.push({ hit: h, index: other });
      r.pos = h.end;
      connector = false;
      continue;
    }
    connector = false;
    if (ch === ":" || ch === "=" || ch === "：") {
      r.explicit = true;
      r.pos = pos + 1;
      continue;
    }
    if (ch === "-" && step === 0 && EXPLICIT_WORDS.has(wordAt(text, pos + 1) ?? "")) {
      r.pos = pos + 1;
      continue;
    }
    if ((ch === "-" || ch === "–" || ch === "—" || ch === ">") && (isSpace(text[pos + 1]) || text[pos + 1] === ">" || text[pos + 1] === "@")) {
      r.explicit = true;
      r.pos = pos + (text[pos + 1] === ">" ? 2 : 1);
      continue;
    }
    if (ch === "/" || ch === "," || ch === "&") {
      const nextPos = skipSpaces(text, pos + 1);
      if (hitAt.has(nextPos)) {
        connector = true;
        r.pos = pos + 1;
        continue;
      }
      r.pos = pos;
      break;
    }
    if ((ch === "(" || ch === "[" || ch === '"' || ch === "“" || ch === "'" || ch === "«") && !isDigitCode(text.charCodeAt(pos + 1))) {
      r.pos = pos + 1;
      continue;
    }
    const unspaced = UNSPACED_MARKER_FIRST.has(text.charCodeAt(pos)) ? UNSPACED_MARKERS.find((w) => text.startsWith(w, pos)) : undefined;
    if (unspaced) {
      if (unspaced !== IS_MARKER) {
        r.explicit = true;
        r.explicitWord = true;
      } else r.sawIs = true;
      r.pos = pos + unspaced.length;
      continue;
    }
    // "라인 아이디는 kenji88", "LINEのIDは": particles written against the word before.
    const particle = unspacedFillerAt(text, pos);
    if (particle) {
      r.pos = pos + particle.length;
      continue;
    }
    // A word in none of the sets below ends the walk here, as does no word: most first units say so unsliced.
    if (!PARSE_WORD_GATE.mayStartAt(text, pos)) {
      r.pos = pos;
      break;
    }
    const w = wordAt(text, pos);
    if (w === null) {
      r.pos = pos;
      break;
    }
    if ((w === "or" || w === "and") && hitAt.has(skipSpaces(text, pos + w.length))) {
      connector = true;
      r.pos = pos + w.length;
      continue;
    }
    const explicitWord = EXPLICIT_WORDS.has(w);
    const phoneWord = PHONE_WORDS.has(w);
    if (!explicitWord && !phoneWord && !isFillerAt(text, pos, w)) {
      r.pos = pos;
      break;
    }
    if (explicitWord) {
      r.explicit = true;
      r.explicitWord = true;
    } else if (phoneWord) {
      r.phoneMarker = true;
      // "no." / "nr." / "tel."
      if (text[pos + w.length] === ".") {
        r.pos = pos + w.length + 1;
        continue;
      }
    }
    if (w === "is" || w === "are" || w === "it's" || w === "its" || w === "be") r.sawIs = true;
    if (w === "me" || w === "us") {
      if (step === 0 || r.meEnd < 0) r.meEnd = pos + w.length;
      r.sawMe = true;
    }
    r.pos = pos + w.length;
  }
  return r;
}

/**
 * "I'm on Viber and WeChat, WeChat ID kevin_88": a platform named again right before the handle is the one
 * it belongs to, so platforms named twice in a group are tried first (otherwise the group keeps its order).
 */
function namedTwiceFirst(group: Parsed["group"]): Parsed["group"] {
  if (group.length < 3) return group;
  const count = new Map<string, number>();
  for (const { hit } of group) count.set(hit.entry.platform.id, (count.get(hit.entry.platform.id) ?? 0) + 1);
  const twice = group.filter(({ hit }) => count.get(hit.entry.platform.id)! > 1);
  return twice.length === 0 ? group : [...twice, ...group.filter(({ hit }) => count.get(hit.entry.platform.id) === 1)];
}

interface Accepted {
  hit: Hit;
  /** Where the finding starts when the handle comes before the platform word. */
  start?: number;
  end: number;
  value: string;
  confidence: number;
  kind: "phone" | "id";
}

function tryCandidate(
  text: string,
  parsed: Parsed,
  region: string,
  invite: () => Invite | null,
  hitAt: HitStarts,
): Accepted | null {
  const pos = parsed.pos;
  if (pos >= text.length || hitAt.has(pos)) return null;
  const at = text[pos] === "@";
  const hs = at ? pos + 1 : pos;
  for (const { hit } of namedTwiceFirst(parsed.group)) {
    const p = hit.entry.platform;
    const ambiguous = hit.entry.ambiguous;
    // "x", "threads", "element": so common that only an "@handle" makes them a platform.
    const atOnly = AT_ONLY_ALIASES.has(hit.entry.alias);
    if (!at && p.phoneIsHandle && !HANDLE_ONLY_ALIASES.has(hit.entry.alias)) {
      const ph = phoneAt(text, pos, region);
      const marked = parsed.explicit || parsed.phoneMarker;
      if (ph && (!ambiguous || marked || ph.plus) && !atOnly) {
        const confidence = ambiguous
          ? marked
            ? SCORE.phoneAmbiguousMarked
            : SCORE.phoneAmbiguous
          : marked || parsed.sawIs || parsed.sawMe
            ? SCORE.phoneMarked
            : SCORE.phone;
        return { hit, end: ph.end, value: `${p.id}:${ph.e164}`, confidence, kind: "phone" };
      }
    }
    // An at-only word without its "@" (and no strict shape to score) gets confidence 0 below, whatever the handle.
    if (atOnly && !at && !p.strictHandle) continue;
    const h = handleAt(text, hs, p);
    if (!h || !plausibleHandle(h.handle, p)) continue;
    const value = `${p.id}:${normalizeHandle(h.handle)}`;
    let confidence = 0;
    if (p.strictHandle && !at) confidence = parsed.explicit ? SCORE.strictMarked : SCORE.strict;
    else if (atOnly) confidence = at ? SCORE.atOnly : 0;
    else if (at) confidence = ambiguous ? SCORE.atAmbiguous : SCORE.at;
    else if (ambiguous) {
      if (parsed.explicit && (parsed.explicitWord || shapedHandle(h.handle))) confidence = SCORE.ambiguousExplicit;
      else if (parsed.sawIs && shapedHandle(h.handle) && possessiveBefore(text, hit.start)) confidence = SCORE.ambiguousPossessive;
    } else if (parsed.explicit) confidence = SCORE.explicit;
    else if (parsed.sawIs && possessiveBefore(text, hit.start) && !wordLike(h.handle)) confidence = SCORE.possessive;
    else if ((parsed.sawMe || invite()) && !wordLike(h.handle)) confidence = SCORE.invited;
    else if (shapedHandle(h.handle)) confidence = SCORE.shaped;
    if (confidence > 0) return { hit, end: h.end, value, confidence, kind: "id" };
  }
  return null;
}

/**
 * "Мой телеграм, если будут вопросы по коду: @ivan_petrov_dev": after "my <platform>" a clause may
 * stand before the handle when a colon hands it over. Words and characters that may stand between.
 */
const LABELLED_AT_WORDS = 8;
const LABELLED_AT_LOOKAHEAD = 72;

/** "instagram, follow @kenji.art": an "@handle" a few words after the platform word. */
function atHandleAhead(text: string, parsed: Parsed, hits: Hit[], index: number, marks: Marks): Accepted | null {
  const from = parsed.pos;
  // No "@" in the wider window: nothing to find, without the possessive test and the window's slices.
  if (!marks.at.within(from, from + LABELLED_AT_LOOKAHEAD)) return null;
  // The wider window only after a possessive ("my Telegram", "мой телеграм"): most platform words have none.
  const owned = possessiveBefore(text, parsed.group[0]!.hit.start);
  const window = text.slice(from, from + (owned ? LABELLED_AT_LOOKAHEAD : AT_LOOKAHEAD));
  const stop = window.search(/[!?;\n]|\.(?:\s|$)/);
  const scope = stop >= 0 ? window.slice(0, stop) : window;
  const rel = scope.search(/(?:^|[\s(,:])@/);
  if (rel < 0) return null;
  const atPos = from + rel + (scope[rel] === "@" ? 0 : 1);
  const before = scope.slice(0, rel + (scope[rel] === ":" ? 1 : 0)).trim();
  const words = before.split(/\s+/).filter(Boolean).length;
  // One clause between, opened by the comma after the platform word: "my Telegram, if …: @handle".
  const clause = before.replace(/^[,–—-]\s*/, "");
  const labelled = owned && clause.endsWith(":") && !/[,;]/.test(clause) && clause.split(/\s+/).length <= LABELLED_AT_WORDS;
  if (!labelled && (words > 3 || rel >= AT_LOOKAHEAD)) return null;
  const nextHit = hits[index + parsed.group.length];
  if (nextHit && nextHit.start < atPos) return null;
  for (const { hit } of parsed.group) {
    const p = hit.entry.platform;
    const h = handleAt(text, atPos + 1, p);
    if (!h || !plausibleHandle(h.handle, p)) continue;
    return { hit, end: h.end, value: `${p.id}:${normalizeHandle(h.handle)}`, confidence: SCORE.atAhead, kind: "id" };
  }
  return null;
}

/** How far after the platform word a handle given after a cue is looked for. */
const CUE_LOOKAHEAD = 60;

/**
 * "Interviews happen on Discord, add kairo.mods", "quicker on Skype, ID: live:.cid.7f3a…",
 * "Discord is easier, I'm pixel_witch there": the platform word, at most three words, a clause break,
 * then a contact verb, a label word or "I'm", and a handle-shaped word (dots, digits, "_") or an "@handle".
 */
function handleAfterCue(text: string, parsed: Parsed, hits: Hit[], index: number, marks: Marks): Accepted | null {
  const from = parsed.pos;
  // The clause break is needed in the window: without one, no slices and searches.
  if (!marks.cueBreak.within(from, from + CUE_LOOKAHEAD)) return null;
  const window = text.slice(from, from + CUE_LOOKAHEAD);
  const stop = window.search(/[!?;\n]|\.(?:\s|$)/);
  const scope = stop >= 0 ? window.slice(0, stop) : window;
  const brk = scope.search(/[,:–—]/);
  if (brk < 0 || scope.slice(0, brk).trim().split(/\s+/).filter(Boolean).length > 3) return null;
  let pos = skipSpaces(text, from + brk + 1, 3);
  const cue = wordAt(text, pos);
  if (cue === null) return null;
  const self = WEAK_INVITE.test(cue) && /^(?:i|we)/.test(cue);
  if (!CUE_VERBS.has(cue) && !EXPLICIT_WORDS.has(cue) && !self) return null;
  pos = skipSpaces(text, pos + cue.length, 3);
  if (text[pos] === ":") pos = skipSpaces(text, pos + 1, 3);
  const at = text[pos] === "@";
  const hs = at ? pos + 1 : pos;
  const nextHit = hits[index + parsed.group.length];
  if (nextHit && nextHit.start < hs + 40) return null;
  for (const { hit } of parsed.group) {
    const p = hit.entry.platform;
    if (hit.entry.ambiguous && !at) continue;
    const h = handleAt(text, hs, p);
    if (!h || !plausibleHandle(h.handle, p)) continue;
    if (!at && !shapedHandle(h.handle) && !EXPLICIT_WORDS.has(cue)) continue;
    return { hit, end: h.end, value: `${p.id}:${normalizeHandle(h.handle)}`, confidence: SCORE.atAhead, kind: "id" };
  }
  return null;
}

/** How far after the platform word a label word ("ID", "아디", "ник") is looked for. */
const LABEL_LOOKAHEAD = 48;
const SENTENCE_STOP = /[!?;\n。！？]|\.(?:\s|$)/;
const QUESTION_MARKS = new Set(["?", "？"]);
/** Label words that name an account, not a phone number ("номер" and "번호" announce numbers). */
const LABELS_LATER: readonly string[] = [...EXPLICIT_WORDS].filter((w) => !PHONE_WORDS.has(w));
/** Fillers that may follow a label written without a space: "IDは", "아디는", "账号是". */
const UNSPACED_FILLERS: readonly string[] = [...FILLER_WORDS].filter((w) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}：]/u.test(w));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The particle of an unspaced script at `pos` ("は", "는", "是", "："); none below U+3000, so Latin text costs one comparison. */
function unspacedFillerAt(text: string, pos: number): string | undefined {
  return text.charCodeAt(pos) >= 0x3000 ? UNSPACED_FILLERS.find((f) => text.startsWith(f, pos)) : undefined;
}
const LATIN_OR_CYRILLIC = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;
const LATIN = /\p{Script=Latin}/u;
/** What may stand right before a label in a spaced script: a clause break ("…, ID: kenji_88"). */
const CLAUSE_BREAK_BEFORE = /[,:;–—、，(?？]\s{0,3}$/;

/** Every label word as one alternation of literals, longest first: one regex pass over the scope. */
const LABEL_LATER_RE = new RegExp(
  [...LABELS_LATER].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w)).join("|"),
  "g",
);

/** Whether a label found at `pos` stands as a word where its script has spaces ("id", not "said" or "idea"). */
function boundedLabel(text: string, pos: number, label: string): boolean {
  if (!LATIN_OR_CYRILLIC.test(label)) return true;
  const prev = text[pos - 1];
  const next = text[pos + label.length];
  return !(prev !== undefined && LETTER_OR_DIGIT.test(prev) && LATIN_OR_CYRILLIC.test(prev)) && !(next !== undefined && LATIN_OR_CYRILLIC.test(next));
}

/**
 * "카톡으로 얘기해요 ㅋㅋ 아디 sori_ink", "ラインで話しましょう、IDは mio.works です", "Discord is easier, my id
 * kairo_88": the platform word, then later in the same sentence a label word, optional fillers or a colon,
 * and a handle that does not look like a word (digits, "_", an inner dot) or an "@handle". A label in a
 * spaced script must open a clause or follow a possessive ("the id user_id" in code is no account); an
 * ambiguous platform word ("ライン", "тг") counts only in another script than Latin ("line id: user_id").
 */
function labelledHandleLater(text: string, parsed: Parsed, hits: Hit[], index: number): Accepted | null {
  const from = parsed.pos;
  // The next platform word right here leaves no scope (limit <= from below): return before the window's work.
  const following = hits[index + parsed.group.length];
  if (following && following.start <= from) return null;
  // The group without ambiguous Latin words; filtered (a new array) only when some, not all, are left out.
  let kept = 0;
  for (const { hit } of parsed.group) if (!(hit.entry.ambiguous && LATIN.test(hit.entry.alias))) kept++;
  if (kept === 0) return null;
  const group = kept === parsed.group.length ? parsed.group : parsed.group.filter(({ hit }) => !(hit.entry.ambiguous && LATIN.test(hit.entry.alias)));
  const window = text.slice(from, from + LABEL_LOOKAHEAD);
  let stop = window.search(SENTENCE_STOP);
  // "ラインやってる？ID: yuki_0312", "Telegram? ID: kenji_88": a question about the app, answered by the label.
  if (stop >= 0 && QUESTION_MARKS.has(window[stop]!)) {
    const next = window.slice(stop + 1).search(SENTENCE_STOP);
    stop = next >= 0 ? stop + 1 + next : -1;
  }
  const scopeEnd = from + (stop >= 0 ? stop : window.length);
  const nextHit = hits[index + parsed.group.length];
  const limit = Math.min(scopeEnd, nextHit ? nextHit.start : scopeEnd);
  if (limit <= from) return null;
  const scope = text.slice(from, limit);
  LABEL_LATER_RE.lastIndex = 0;
  for (let m = LABEL_LATER_RE.exec(scope); m !== null; m = LABEL_LATER_RE.exec(scope)) {
    const pos = from + m.index;
    const label = m[0];
    if (!boundedLabel(text, pos, label)) continue;
    if (LATIN_OR_CYRILLIC.test(label)) {
      const before = text.slice(Math.max(0, pos - 30), pos);
      if (!CLAUSE_BREAK_BEFORE.test(before) && !POSSESSIVE_BEFORE.test(before)) continue;
    }
    let hs = pos + label.length;
    for (let step = 0; step < 3; step++) {
      const p = skipSpaces(text, hs, 3);
      const ch = text[p];
      if (ch === ":" || ch === "：" || ch === "=") hs = p + 1;
      else {
        const filler = unspacedFillerAt(text, p);
        const w = filler ? null : wordAt(text, p);
        if (filler) hs = p + filler.length;
        else if (w !== null && !EXPLICIT_WORDS.has(w) && isFillerAt(text, p, w)) hs = p + w.length;
        else break;
      }
    }
    hs = skipSpaces(text, hs, 3);
    const at = text[hs] === "@";
    if (at) hs++;
    for (const { hit } of group) {
      const p = hit.entry.platform;
      const h = handleAt(text, hs, p);
      if (!h || !plausibleHandle(h.handle, p)) continue;
      if (!at && !shapedHandle(h.handle)) continue;
      return { hit, end: h.end, value: `${p.id}:${normalizeHandle(h.handle)}`, confidence: SCORE.atAhead, kind: "id" };
    }
    return null;
  }
  return null;
}

/** "I'm @rhea.k on the Lisbon Devs Slack": an "@handle", a preposition and at most four words before the platform word. */
const AT_BEFORE = /(?:^|[\s(,:])@([\p{L}\p{N}][\p{L}\p{N}._-]{1,40})\s{1,3}([\p{L}]{1,6})\s{1,3}((?:[\p{L}\p{N}'’-]{1,24}\s{1,3}){0,4})$/u;
const AT_BEFORE_WINDOW = 100;
const AT_BEFORE_PREPOSITIONS = new Set(["on", "via", "at", "over", "en", "em", "no", "na", "auf", "bei", "su", "sur"]);

function atHandleBefore(text: string, hit: Hit, prev: Hit | undefined, marks: Marks): Accepted | null {
  const from = Math.max(0, hit.start - AT_BEFORE_WINDOW, prev ? prev.end : 0);
  if (!marks.at.within(from, hit.start)) return null; // AT_BEFORE needs its "@"
  const m = AT_BEFORE.exec(text.slice(from, hit.start));
  if (!m || !AT_BEFORE_PREPOSITIONS.has(m[2]!)) return null;
  // "cc @maria in the team channel on Slack": only the preposition itself, no other filler, between.
  if (m[3]!.split(/\s+/).some((w) => w !== "" && w !== "the" && FILLER_WORDS.has(w))) return null;
  const atPos = from + m.index + m[0].indexOf("@");
  const p = hit.entry.platform;
  if (hit.entry.ambiguous && !/^\s*(?:the\s+)?$/.test(m[3]!)) return null;
  const h = handleAt(text, atPos + 1, p);
  if (!h || !plausibleHandle(h.handle, p)) return null;
  return { hit, end: hit.end, value: `${p.id}:${normalizeHandle(h.handle)}`, confidence: SCORE.atAhead, kind: "id", start: atPos };
}

function contextWord(input: ScanInput, view: MappedText, start: number, end: number): string {
  const o = toOriginal(view, start, end);
  return input.original.slice(o.start, o.end);
}

function recognize(input: ScanInput): Candidate[] {
  // The digits view (shared with the phone recognizer, which has made it already) has number words
  // as digits. No platform word in it, nothing to do.
  const view = input.digits();
  const text = view.text;
  const aliases = aliasBounds(text);
  if (aliases.length === 0) return [];
  const hits: Hit[] = [];
  for (let k = 0; k < aliases.length; k += 2) {
    const start = aliases[k]!;
    const end = aliases[k + 1]!;
    const matched = text.slice(start, end);
    const entry = aliasEntry(matched);
    if (entry) hits.push({ start, end, entry, matched });
  }
  const hitAt = new HitStarts(text.length, hits);

  const out: Candidate[] = [];
  const consumed = new Uint8Array(hits.length);
  const marks: Marks = { at: new NextChar(text, AT_SIGN), cueBreak: new NextChar(text, CUE_BREAK) };
  let lastInvite: { index: number; invite: Invite } | null = null;
  // The platform word being read, and its invitation (computed at most once, when asked): one closure for
  // the whole text rather than one per platform word.
  let i = 0;
  let hit: Hit = hits[0]!;
  // The word before the platform word, as its bounds: sliced only when an invitation is asked for and the
  // word may be one of INVITE_LAST_WORD (inviteBefore reads it for that test alone).
  let beforeStart = 0;
  let beforeEnd = 0;
  let inviteMemo: Invite | null | undefined;
  const invite = (): Invite | null => {
    if (inviteMemo !== undefined) return inviteMemo;
    const before = INVITE_LAST_GATE.mayBe(text, beforeStart, beforeEnd) ? text.slice(beforeStart, beforeEnd) : "";
    inviteMemo = inviteBefore(text, hit.start, before);
    // "find me on whatsapp or telegram": the second word shares the first one's invitation.
    if (!inviteMemo && lastInvite && lastInvite.index === i - 1) {
      const gap = text.slice(hits[i - 1]!.end, hit.start);
      if (/^\s{0,3}(?:,|\/|&|or|and|,\s{0,3}or)\s{0,3}$/.test(gap)) inviteMemo = { ...lastInvite.invite, start: hit.start };
    }
    return inviteMemo;
  };
  /** A finding of the platform word `at` (the one that names the platform); mapping and slices only here. */
  const finding = (at: Hit, p: Platform, start: number, end: number, value: string, confidence: number, recognizer: string, contextWords: string[]): Candidate => {
    const disguises = aliasDisguises(at);
    return {
      type: p.type,
      view: "digits",
      start,
      end,
      value,
      confidence,
      recognizer,
      platform: p.id,
      ...(disguises.length ? { disguises } : {}),
      contextWords,
    };
  };
  for (; i < hits.length; i++) {
    if (consumed[i]) continue;
    hit = hits[i]!;
    const bs = usableBeforeStart(text, hit, hitAt);
    if (bs < 0) continue;
    beforeStart = bs;
    beforeEnd = WORD_BEFORE_END;
    inviteMemo = undefined;
    const p = hit.entry.platform;
    const parsed = parseAfter(text, hits, i, hitAt);
    const accepted =
      tryCandidate(text, parsed, input.defaultRegion, invite, hitAt) ??
      atHandleAhead(text, parsed, hits, i, marks) ??
      handleAfterCue(text, parsed, hits, i, marks) ??
      labelledHandleLater(text, parsed, hits, i) ??
      atHandleBefore(text, hit, hits[i - 1], marks);
    if (accepted) {
      // The disguises and context word are the platform word's read here, the type and platform the accepted one's.
      const aliasWord = contextWord(input, view, hit.start, hit.end);
      for (const g of parsed.group) consumed[g.index] = 1;
      const first = parsed.group[0]!.hit;
      const c = finding(hit, accepted.hit.entry.platform, accepted.start ?? first.start, accepted.end, accepted.value, accepted.confidence, `handle.${accepted.kind}`, [aliasWord]);
      out.push(c);
      continue;
    }
    // (c) An invitation to the channel without the account itself.
    const inv = invite();
    if (inv && (!hit.entry.ambiguous || followOk(text, hit.end)) && !refusedOrWarned(text, inv.start, hit.end)) {
      lastInvite = { index: i, invite: inv };
      const aliasWord = contextWord(input, view, hit.start, hit.end);
      out.push(finding(hit, p, inv.start, hit.end, `${p.id}:`, inv.confidence, "handle.invite", [contextWord(input, view, inv.start, hit.start).trim(), aliasWord]));
      continue;
    }
    // "WhatsApp me", "Skype me".
    if (p.verb && !hit.entry.ambiguous && parsed.meEnd > 0 && /^\s{1,3}(?:me|us)$/.test(text.slice(hit.end, parsed.meEnd))) {
      out.push(finding(hit, p, hit.start, parsed.meEnd, `${p.id}:`, SCORE.verb, "handle.invite", [contextWord(input, view, hit.start, hit.end)]));
    }
  }
  return out;
}

/** Every platform word of the tables, as written there (fold form). */
const PLATFORM_WORDS: readonly string[] = PLATFORMS.flatMap((p) => [...p.aliases, ...(p.ambiguousAliases ?? [])]);

/** Messenger, meeting and social accounts named next to a platform word (C4, C5, C9). */
export const handleRecognizer: Recognizer = {
  id: "handle",
  types: ["messenger", "social"],
  // Everything starts from a platform word: as written ("whatsapp"), or spaced and leet forms only
  // the alias regex reads ("wh@ts.app").
  cueWords: PLATFORM_WORDS,
  pretest: mentionsPlatform,
  scores: SCORE,
  find: recognize,
};

export const handleRecognizers: Recognizer[] = [handleRecognizer, shortPathRecognizer];

/** Routines that replaced slower ones, for the tests that hold them to their earlier definitions. */
export const HANDLE_INTERNALS_FOR_TESTS = { wordBefore, isFillerAt, wordAt, WordGate, SKILL_GATE, QUANTIFIER_GATE, INVITE_LAST_GATE, PARSE_WORD_GATE, SKILL_NOUNS, SKILL_SECOND_WORDS_KEYS: () => [...SKILL_SECOND_WORDS.keys()], QUANTIFIERS, INVITE_LAST_WORD, EXPLICIT_WORDS, PHONE_WORDS, FILLER_WORDS, unspacedInviteEnd, UNSPACED_INVITE_END, SKILL_SECOND_WORDS, isSpace, isWordChar };
