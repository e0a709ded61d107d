import { parse as parseDomain } from "tldts";
import type { Disguise } from "../../core/types.js";
import type { Candidate, Recognizer, ScanInput } from "../types.js";
import { toOriginal } from "../../normalize/view.js";
import {
  AT_WORDS,
  DOMAIN_WORDS,
  DOT_WORDS,
  EMAIL_CUE,
  EMAIL_LABEL,
  MAIL_PROVIDERS,
  MAILBOX_WORDS,
  NAMED_PROVIDERS,
  NOT_A_MAILBOX,
  NUMERIC_MAILBOX_DOMAINS,
  PROVIDER_CONNECTORS,
  SPLIT_DOMAIN_CUES,
  SPLIT_DOMAIN_CUE_WORDS,
  WORDLIKE_PROVIDERS,
  alternation,
  PROVIDER_LINKS,
  PROVIDER_POSSESSIVES,
  PROVIDER_PREPOSITIONS,
  PROVIDER_PREPOSITION_WORDS,
  PROVIDER_POSSESSIVE_WORDS,
  SPELLED_AT,
  isNotAMailbox,
} from "./tables.js";
import { allMatches } from "../../core/matches.js";
import { EMAIL_SCORES as SCORE } from "../scores.js";
import { PARTICLES } from "../../normalize/tables/number-words.js";
import { prefixShared } from "../../core/regex.js";
import { MESSENGERS, SOCIAL_NETWORKS } from "../platforms/index.js";

/*
 * C2: email addresses, plain and disguised. linkify-it's email matcher only knows "@" and ".";
 * users write "kenji (at) sato-studio (dot) jp", "arroba", "Punkt" and "kasia.wrobel on gmail",
 * so we anchor on every way of writing "@" and expand both ways with bounded, linear scans.
 * The domain is validated against the public-suffix list (tldts).
 */

const wordAlt = (words: readonly string[]) => words.map((w) => w.replace(/ /g, "\\s")).join("|");
const AT_TOKEN = new RegExp(
  `\\s?@\\s?|\\s?[\\[({<]\\s?(?:${wordAlt(AT_WORDS)}|@)\\s?[\\])}>]\\s?|\\s(?:${wordAlt(AT_WORDS)})\\s`,
  "g",
);
const DOT_BRACKETED = `\\s?[\\[({<]\\s?(?:${wordAlt(DOT_WORDS)}|\\.)\\s?[\\])}>]\\s?`;
const DOT_SPELLED = `\\s(?:${wordAlt(DOT_WORDS)})\\s`;
/** A dot token at a position (sticky). */
// A dot with space on one side only ends a sentence ("cyclists.\nMy"); spaced on both sides it is spelled out.
const DOT_AT = new RegExp(`\\.|\\s\\.\\s|${DOT_BRACKETED}|${DOT_SPELLED}`, "y");
/** A dot token ending at the end of a string. */
const DOT_BEFORE = new RegExp(`(?:\\.|${DOT_BRACKETED}|${DOT_SPELLED})$`);
const LABEL_AT = /[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?/y;
/**
 * A provider or suffix name in another script, as a whole word ("яндекс", "ру", "جيميل", "كوم"), or with
 * a particle written against it ("컴으로": Locale.particles).
 */
const DOMAIN_WORD_ALT = alternation(Object.keys(DOMAIN_WORDS).sort((a, b) => b.length - a.length));
const DOMAIN_WORD_AT = new RegExp(`(?:${DOMAIN_WORD_ALT})(?=(?:${alternation(PARTICLES)})?(?![\\p{L}\\p{N}_]))`, "uy");

/** The domain label at `at`: ASCII as written, or a name read aloud in another script, transliterated. */
function readLabel(text: string, at: number): { label: string; end: number; transliterated: boolean } | null {
  const asciiEnd = asciiLabelEnd(text, at);
  if (asciiEnd > at) return { label: text.slice(at, asciiEnd), end: asciiEnd, transliterated: false };
  DOMAIN_WORD_AT.lastIndex = at;
  const word = DOMAIN_WORD_AT.exec(text);
  return word ? { label: DOMAIN_WORDS[word[0]]!, end: at + word[0].length, transliterated: true } : null;
}
/** a-z and 0-9 (1), "-" (2): LABEL_AT's characters. */
const LABEL_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) LABEL_CHAR[c] = /[a-z0-9]/.test(String.fromCharCode(c)) ? 1 : c === 45 ? 2 : 0;
/**
 * The end of LABEL_AT's match at `at` (`at` itself when none), by code: a run of [a-z0-9-] opened by [a-z0-9],
 * at most 63 long, without its trailing hyphens (the regex's greedy middle backs off to its last [a-z0-9]).
 */
function asciiLabelEnd(text: string, at: number): number {
  if (at >= text.length) return at;
  const c0 = text.charCodeAt(at);
  if (c0 >= 0x80 || LABEL_CHAR[c0] !== 1) return at;
  const cap = Math.min(text.length, at + 63);
  let end = at + 1;
  let lastAlnum = end;
  while (end < cap) {
    const c = text.charCodeAt(end);
    if (c >= 0x80) break;
    const k = LABEL_CHAR[c];
    if (k === 0) break;
    end++;
    if (k === 1) lastAlnum = end;
  }
  return lastAlnum;
}
/**
 * Whether DOT_AT may match at `pos`: each of its alternatives opens with ".", white space or an opening bracket.
 * False: no dot token there (hostile text "a@a@…" asks at every "@").
 */
function mayDotAt(text: string, pos: number): boolean {
  if (pos >= text.length) return false;
  const c = text.charCodeAt(pos);
  if (c === 46 || c === 91 || c === 40 || c === 123 || c === 60) return true;
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return WHITE_SPACE.test(text[pos]!);
}
const WHITE_SPACE = /\s/;
const LOCAL_CHAR = /[a-z0-9._%+\-']/;
const MAX_LOCAL = 64;
const MAX_LABELS = 6;

interface Domain {
  end: number;
  domain: string;
  disguised: boolean;
  /** Dots written as spaces or semicolons: weaker evidence. */
  spaced?: boolean;
}

type Label = NonNullable<ReturnType<typeof readLabel>>;

/**
 * Reads `label(DOT label)+` starting at `pos`; the longest prefix with a real public suffix wins. `first` is
 * readLabel(text, pos), which the caller has read already.
 */
function readDomain(text: string, pos: number, input: ScanInput, first: Label | null): Domain | null {
  // A domain needs two labels: no dot token after the first, no domain (hostile text "a@a@…" or "@a @a …"
  // asks at every "@"; this answers before the arrays below).
  if (!first) return null;
  DOT_AT.lastIndex = first.end;
  let dot = DOT_AT.exec(text);
  if (!dot) return null;
  const labels: string[] = [];
  const ends: number[] = [];
  const spelledDots: boolean[] = [];
  let transliterated = false;
  // Each label is read once: the one read after a dot (to know the dot leads somewhere) is the next one's.
  let label: Label | null = first;
  for (let k = 0; k < MAX_LABELS; k++) {
    if (!label) break;
    labels.push(label.label);
    transliterated ||= label.transliterated;
    const end = label.end;
    ends.push(end);
    if (k > 0) {
      DOT_AT.lastIndex = end;
      dot = DOT_AT.exec(text);
    }
    if (!dot) break;
    const next = readLabel(text, end + dot[0].length);
    if (!next) break;
    spelledDots.push(dot[0].trim() !== ".");
    label = next;
  }
  // "gmail.com. Thanks" reads a label too many; drop trailing labels until the suffix is real.
  for (let n = labels.length; n >= 2; n--) {
    const domain = labels.slice(0, n).join(".");
    if (validDomain(domain)) return { end: ends[n - 1]!, domain, disguised: transliterated || spelledDots.slice(0, n - 1).some(Boolean) };
    // "aol.comDarren": the address ran into the next word when line breaks were lost; the capital
    // letter where the next word starts (in the original text) says where to cut.
    const last = labels[n - 1]!;
    for (let cut = Math.min(last.length - 1, 6); cut >= 2; cut--) {
      const at = ends[n - 1]! - (last.length - cut);
      if (!startsCapitalised(input, at) && !/[0-9]/.test(text[at] ?? "")) continue;
      const trimmed = [...labels.slice(0, n - 1), last.slice(0, cut)].join(".");
      if (validDomain(trimmed)) return { end: ends[n - 1]! - (last.length - cut), domain: trimmed, disguised: spelledDots.slice(0, n - 1).some(Boolean) };
    }
  }
  return null;
}

/** Whether the fold-view position starts a capitalised word in the original ("comDarren" at "D"). */
function startsCapitalised(input: ScanInput, foldPos: number): boolean {
  const { start } = toOriginal(input.fold, foldPos, foldPos + 1);
  const here = input.original[start] ?? "";
  const before = input.original[start - 1] ?? "";
  return /\p{Lu}/u.test(here) && /\p{Ll}/u.test(before);
}

function validDomain(domain: string): boolean {
  // The same domain comes again and again in one text (hostile text: thousands of times), and tldts parses
  // it whole each time: a bounded memo of the answers.
  const known = VALID_DOMAIN_MEMO.get(domain);
  if (known !== undefined) return known;
  const info = parseDomain(domain, { allowPrivateDomains: false });
  const valid = !!info.domain && !!info.isIcann && !!info.publicSuffix && info.publicSuffix !== domain;
  if (VALID_DOMAIN_MEMO.size >= VALID_DOMAIN_MEMO_MAX) VALID_DOMAIN_MEMO.clear();
  VALID_DOMAIN_MEMO.set(domain, valid);
  return valid;
}
const VALID_DOMAIN_MEMO = new Map<string, boolean>();
const VALID_DOMAIN_MEMO_MAX = 4096;


/** Written in plain ASCII in the original (not "user＠example．com"): what a placeholder looks like. */
function plainAscii(input: ScanInput, start: number, end: number): boolean {
  const o = toOriginal(input.fold, start, end);
  return /^[\x21-\x7e]+$/.test(input.original.slice(o.start, o.end));
}

/** Common top-level domains: the only ones trusted when dots are written as spaces or semicolons. */
// Only suffixes that are not also everyday words ("in", "it", "me", "us", "co" are left out).
const COMMON_TLDS = new Set(["com", "net", "org", "edu", "gov", "io", "info", "biz", "uk"]);
const SPELLED_DOT_WORDS: ReadonlySet<string> = new Set(DOT_WORDS);
const SPACED_LABELS = /[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:(?:\s|;|\s;\s)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){1,4}/y;

/**
 * "pal at cs stanford edu", "jks at robotics;stanford;edu": dots written as spaces or semicolons.
 * Accepted only after a spelled-out "at" and when the last label is a common TLD.
 */
function readSpacedDomain(text: string, pos: number, first: Label | null): Domain | null {
  // SPACED_LABELS's first label is LABEL_AT's at `pos` (a shorter one would stand before a label character,
  // not a separator): a spelled dot or a number there rejects the match below, so it is read first, without
  // the match and its split ("at dot at dot …" asks at every "at"). LABEL_AT's match at `pos` is `first`, the
  // readLabel(text, pos) the caller read, when that is ASCII (readLabel tries LABEL_AT first); none otherwise.
  if (!first || first.transliterated || !/[a-z]/.test(first.label) || SPELLED_DOT_WORDS.has(first.label)) return null;
  SPACED_LABELS.lastIndex = pos;
  const m = SPACED_LABELS.exec(text);
  if (!m) return null;
  const labels = m[0].split(/\s;\s|\s|;/);
  // "john at sign gmail dot com": a spelled dot is not a label of a space-separated domain.
  if (labels.some((l) => !/[a-z]/.test(l) || SPELLED_DOT_WORDS.has(l))) return null;
  // Take labels up to (and including) the first common TLD after at least one label.
  for (let n = 2; n <= labels.length; n++) {
    if (!COMMON_TLDS.has(labels[n - 1]!)) continue;
    const domain = labels.slice(0, n).join(".");
    if (!validDomain(domain)) continue;
    let end = pos;
    for (let k = 0; k < n; k++) end = text.indexOf(labels[k]!, end) + labels[k]!.length;
    return { end, domain, disguised: true, spaced: true };
  }
  return null;
}

interface Local {
  start: number;
  local: string;
  disguised: boolean;
}

/** Reads the mailbox name that ends at `pos`, walking back over chars and spelled dots. */
function readLocal(text: string, pos: number, floor: number): Local | null {
  let start = pos;
  let disguised = false;
  const parts: string[] = [];
  for (let k = 0; k < 6; k++) {
    let s = start;
    while (s > floor && pos - s < MAX_LOCAL && LOCAL_CHAR.test(text[s - 1]!)) s--;
    if (s === start) break;
    parts.unshift(text.slice(s, start));
    start = s;
    if (!disguisedDotBefore(text, start, floor)) break;
    const m = DOT_BEFORE.exec(text.slice(Math.max(floor, start - 12), start))!;
    parts.unshift(".");
    start -= m[0].length;
    disguised = true;
  }
  let local = parts.join("");
  // Leading punctuation is not part of a mailbox: "(kenji" / ".kenji".
  while (local.length && /[.'\-+%]/.test(local[0]!)) {
    local = local.slice(1);
    start++;
  }
  if (local.length === 0 || !/[a-z0-9]/.test(local)) return null;
  return { start, local, disguised };
}

function disguisedDotBefore(text: string, pos: number, floor: number): boolean {
  const window = text.slice(Math.max(floor, pos - 12), pos);
  const m = DOT_BEFORE.exec(window);
  return !!m && m[0] !== "." && LOCAL_CHAR.test(text[pos - m[0].length - 1] ?? "");
}

const PROVIDER_NAMES = Object.keys(MAIL_PROVIDERS).map((p) => p.replace(".", "\\.")).join("|");
/** "kasia.wrobel on gmail", "my gmail is kasia.wrobel", "kasia.wrobel at gmail" (no ".com"). */
const PROVIDER_MAILBOX = new RegExp(
  `(?<![a-z0-9._@-])([a-z0-9][a-z0-9._+\\-]{1,63})\\s(?:${PROVIDER_PREPOSITIONS})\\s(${PROVIDER_NAMES})(?![a-z0-9.@-])` +
    `|\\b(?:${PROVIDER_POSSESSIVES})\\s(${PROVIDER_NAMES})\\s(?:${PROVIDER_LINKS})\\s?:?\\s?([a-z0-9][a-z0-9._+\\-]{1,63})(?![a-z0-9@])`,
  "g",
);


/*
 * An address given in two parts, the "@" left to the reader: "username is pedro.alves.3d and the
 * domain is protonmail.com", "логин alexey.morozov.dev, домен gmail.com", "first half: tom.lindqvist
 * / second half: hey.com". Only a webmail domain (MAIL_PROVIDERS) written out with its suffix, after
 * a mailbox-shaped name (a dot, "_" or digit inside) at most SPLIT_GAP characters before it, with no
 * "@", sentence end or link between.
 */
const SPLIT_GAP = 60;
const webmailLabels = [...new Set(Object.values(MAIL_PROVIDERS).map((d) => d.split(".")[0]!))];
const SPLIT_DOMAIN = new RegExp(`(?<![@/.\\w-])((?:${alternation(webmailLabels)})\\.(?:[a-z]{2,3})(?:\\.[a-z]{2})?)(?![\\w@/-]|\\.[a-z0-9])`, "g");
const SPLIT_LOCAL = /(?<![\w@/.:-])([a-z0-9][a-z0-9-]*(?:[._][a-z0-9-]+)+|[a-z][a-z-]*\d+[a-z0-9]*)(?![\w@/-]|\.[a-z0-9])/g;

/** A site or a file, not a mailbox: "www.site.com", "node.js", "notes.txt". */
const NOT_A_LOCAL = /^www\.|\.(?:com|net|org|io|co|js|ts|py|md|txt|json|html?|css|php|pdf|docx?|xlsx?|png|jpe?g|gif|zip|exe|sh)$/;

/**
 * Any real domain right after a locale's word for the second half ("the domain is acme-studio.com",
 * "hinten: posteo.de"): the word says a split address is meant, so the domain need not be a webmail one.
 */
const SPLIT_CUED_DOMAIN = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${SPLIT_DOMAIN_CUES})(?:\\s(?:is|es|e|ist|est|это|jest))?\\s?[:：—–-]?\\s?` +
    `((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){1,3}[a-z]{2,6})(?![\\w@/-]|\\.[a-z0-9])`,
  "gu",
);

/** Where the second half of a split address may start: a webmail domain, or any domain after a cue word. */
function splitDomains(text: string): Array<{ index: number; domain: string }> {
  const out: Array<{ index: number; domain: string }> = [];
  for (const d of allMatches(SPLIT_DOMAIN, text)) out.push({ index: d.index, domain: d[1]! });
  for (const d of allMatches(SPLIT_CUED_DOMAIN, text)) {
    const index = d.index + d[0].length - d[1]!.length;
    if (!out.some((o) => o.index === index)) out.push({ index, domain: d[1]! });
  }
  return out;
}

/** A mailbox whose domain the writer left to the reader (split parts, a provider as label or after "on"/"my"). */
function impliedMailbox(start: number, end: number, name: string, domain: string, recognizer: string, disguise: Disguise, context: string): Candidate {
  return {
    type: "email",
    view: "fold",
    start,
    end,
    value: `${name}@${domain}`,
    confidence: SCORE.impliedDomain,
    recognizer,
    disguises: [disguise],
    contextWords: [context],
  };
}

function splitParts(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const d of splitDomains(text)) {
    const domain = d.domain;
    if (!validDomain(domain)) continue;
    const from = Math.max(0, d.index - SPLIT_GAP);
    const window = text.slice(from, d.index);
    // No "@", link or sentence end between the parts.
    let last: RegExpExecArray | undefined;
    for (const m of allMatches(SPLIT_LOCAL, window)) last = m;
    if (!last) continue;
    const between = window.slice(last.index + last[0].length);
    if (/[@?!]|https?:|www\.|\.\s|\n\s*\n/.test(between) || between.trim().length === 0) continue;
    const local = last[1]!;
    if (NOT_A_MAILBOX.has(local) || local.length < 3 || NOT_A_LOCAL.test(local)) continue;
    const start = from + last.index;
    const end = d.index + domain.length;
    if (found.some((c) => c.start < end && start < c.end)) continue;
    out.push(impliedMailbox(start, end, local, domain, "email.split_parts", "spelled_at_dot", domain));
  }
  return out;
}

/*
 * A provider named as the label of a bare mailbox name, the domain left to the reader: "gmail:
 * lena.kraus91", "GMX-Postfach erreichbar: k.berger77", "на яндексе — sokolova.art", "네이버 메일
 * jimin_0420", "yahoo ko po: jcruz_ph2019", "QQ邮箱就是我的QQ号 38472916". The provider (a product name or
 * a locale's name for it), optionally a mailbox word and a connector (locale data), then ":" or a dash,
 * or only a space after a mailbox word or connector; the name must look like a mailbox (see labelledName).
 */
const LABELLING_PROVIDERS = Object.keys(NAMED_PROVIDERS)
  .filter((p) => !WORDLIKE_PROVIDERS.has(p))
  .sort((a, b) => b.length - a.length);
// The provider is scanned for first and its left edge checked behind it (a leading look-behind would be
// tried at every position of every text).
const LABELLING_ALTERNATION = alternation(LABELLING_PROVIDERS);
const PROVIDER_LABEL = new RegExp(
  `(${LABELLING_ALTERNATION})(?<![a-z0-9_.@/\\-](?:${LABELLING_ALTERNATION}))(?![a-z0-9])` +
    `(?:[\\s-]?(${MAILBOX_WORDS}))?(?:\\s?,?\\s?(${PROVIDER_CONNECTORS}))?` +
    `(\\s?[:：]\\s?|\\s?[—–]\\s?|\\s-\\s|\\s)([a-z0-9][a-z0-9._+\\-]{1,63})(?![a-z0-9@]|\\.[a-z0-9])`,
  "g",
);

/** A name that can only be a mailbox: letters with a dot, "_" or digit ("lena.kraus91"), or a QQ-style number. */
function labelledName(name: string, domain: string): boolean {
  if (/^\d+$/.test(name)) return NUMERIC_MAILBOX_DOMAINS.has(domain) && name.length >= 5 && name.length <= 11;
  // "gmail: v2.3.1", "gmail: 15gb": at least three letters; "gmail: notes.txt", "gmail: support.google.com": files and sites.
  const letters = name.match(/[a-z]/g)?.length ?? 0;
  // "yahoo is yahoo.co.jp": a site under a country's second-level suffix.
  const site = NOT_A_LOCAL.test(name) || /\.(?:co|com|net|org|ac|gov|edu|ne|or)\.[a-z]{2}$/.test(name);
  return letters >= 3 && /[._\d]/.test(name) && !site && !NOT_A_MAILBOX.has(name);
}

function providerLabelled(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(PROVIDER_LABEL, text)) {
    const [, provider, mailboxWord, connector, separator, written] = m as unknown as string[];
    // A bare space says nothing: "I use gmail daily.report" is prose, "네이버 메일 jimin_0420" is a label.
    if (separator!.trim() === "" && !mailboxWord && !connector) continue;
    // "加我QQ：2847193650" is the QQ messenger number, "page 163: item_2" a page: a number (as the name or as
    // the provider, "163邮箱") counts only with a mailbox word after it.
    if ((/^\d+$/.test(written!) || /^\d+$/.test(provider!)) && !mailboxWord) continue;
    // "gmail: lena.kraus91." — the sentence's full stop is not part of the name.
    const name = written!.replace(/[._\-]+$/, "");
    const domain = NAMED_PROVIDERS[provider!]!;
    if (!labelledName(name, domain)) continue;
    const start = m.index;
    const end = m.index + m[0].length - (written!.length - name.length);
    if (found.some((c) => c.start < end && start < c.end)) continue;
    out.push(impliedMailbox(start, end, name, domain, "email.provider_label", "provider_mailbox", provider!));
  }
  return out;
}

/** "kasia.wrobel on gmail", "my gmail is kasia.wrobel": PROVIDER_MAILBOX's two readings. */
function providerMailboxes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(PROVIDER_MAILBOX, text)) {
    const name = (m[1] ?? m[4])!;
    const provider = (m[2] ?? m[3])!;
    // The name must look like a mailbox, not a word: a dot, underscore or digit, or "as"/"is" before it.
    // "my gmail is full": after a possessive, an ordinary word says how the inbox is, not what it is called.
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const mailboxLike = /[._\d]/.test(name) || (m[3] === undefined && /\b(?:as|is|:)\s?$/.test(before));
    if (!mailboxLike || NOT_A_MAILBOX.has(name)) continue;
    const domain = MAIL_PROVIDERS[provider];
    if (!domain) continue;
    out.push(impliedMailbox(m.index, m.index + m[0].length, name, domain, "email.provider_mailbox", "provider_mailbox", provider));
  }
  return out;
}

/**
 * Necessary for the provider and split-address passes (PROVIDER_MAILBOX, PROVIDER_LABEL, SPLIT_DOMAIN,
 * SPLIT_CUED_DOMAIN), one scan instead of one per pass: a provider name or a split cue word at an ASCII word
 * edge (the passes' own edges are all stricter); a webmail domain's first label only with its dot ("web.",
 * not "web"); a provider that is an everyday word ("live", "hey") only after the preposition or possessive
 * PROVIDER_MAILBOX needs before it ("on live", "my hey"), the one pass that reads it.
 */
const isAscii = (w: string) => /^[\x00-\x7F]+$/.test(w);
const byLength = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length);
const HINT_WORDS = byLength([...LABELLING_PROVIDERS, ...SPLIT_DOMAIN_CUE_WORDS]);
/** Each word as its own regex source, for prefixShared. */
const sourcesOf = (words: readonly string[]): string[] => words.map((w) => alternation([w]));
// All ASCII alternatives share one `\b` and one trie: the scan tests one edge and one first character per
// position instead of a trie per group (a test() only asks whether any matches, so order does not matter).
const ASCII_HINTS = [
  ...sourcesOf(HINT_WORDS.filter(isAscii)),
  ...sourcesOf(byLength(webmailLabels)).map((w) => `${w}\\.`),
  ...[...PROVIDER_PREPOSITION_WORDS, ...PROVIDER_POSSESSIVE_WORDS].flatMap((p) =>
    sourcesOf(byLength(WORDLIKE_PROVIDERS)).map((w) => `${alternation([p])}\\s${w}\\b`),
  ),
];
const EMAIL_WORD_HINT = new RegExp(
  `\\b(?:${prefixShared(ASCII_HINTS)})|(?:${prefixShared(sourcesOf(HINT_WORDS.filter((w) => !isAscii(w))))})`,
);

/**
 * Messaging and social platforms by name ("instagram", "telegram", "ig"), with their handle shape:
 * "DM us on Instagram @glowbar.studio" is a handle after its platform, not the address
 * instagram@glowbar.studio. A platform's name is no mailbox when a space stands before the "@" and
 * what follows is a valid handle there (Telegram handles have no dots: "telegram @ivan.dev" stays an email).
 */
const PLATFORM_HANDLES: ReadonlyMap<string, RegExp> = new Map(
  [...MESSENGERS, ...SOCIAL_NETWORKS].flatMap((p) => {
    if (!p.handle) return [];
    const whole = new RegExp(`^(?:${p.handle.source})$`, p.handle.flags.replace(/[gy]/g, ""));
    return [p.id, ...p.aliases, ...(p.ambiguousAliases ?? [])].filter((a) => /^[a-z0-9]+$/.test(a)).map((a) => [a, whole] as const);
  }),
);

/** Whether `local @domain` is a platform's name followed by one of its handles. */
const platformHandle = (local: string, handle: string): boolean => PLATFORM_HANDLES.get(local)?.test(handle) ?? false;

function recognize(input: ScanInput): Candidate[] {
  const text = input.fold.text;
  const out: Candidate[] = [];
  const hasAt = text.includes("@") || SPELLED_AT.test(text);
  if (hasAt) {
    let floor = 0;
    // allMatches(AT_TOKEN, text) written out (no generator step per "@"; AT_TOKEN never matches empty).
    for (let from = 0; from <= text.length; ) {
      AT_TOKEN.lastIndex = from;
      const m = AT_TOKEN.exec(text);
      AT_TOKEN.lastIndex = 0;
      if (m === null) break;
      const atStart = m.index;
      const atEnd = m.index + m[0].length;
      from = atEnd;
      const token = m[0].trim();
      const spelled = token !== "@";
      // A plain "@" before an ASCII label with no dot token after it: readDomain has no second label, and the
      // spaced reading is only for a spelled "at" (hostile text "a@a@…": no label object, no DOT_AT run).
      if (!spelled) {
        const firstEnd = asciiLabelEnd(text, atEnd);
        if (firstEnd > atEnd && !mayDotAt(text, firstEnd)) continue;
      }
      const first = readLabel(text, atEnd);
      const domain = readDomain(text, atEnd, input, first) ?? (spelled ? readSpacedDomain(text, atEnd, first) : null);
      if (!domain || domain.domain.startsWith("www.")) continue;
      const bracketed = /^[\[({<]/.test(token);
      const local = readLocal(text, atStart, floor);
      if (local && /^\s/.test(m[0]) && platformHandle(local.local, domain.domain)) continue;
      if (!local || isNotAMailbox(local.local, domain.domain, text, domain.end, !spelled && plainAscii(input, local.start, domain.end))) continue;
      // "we met at home com": spaced domains need three labels or an email cue before them.
      if (domain.spaced && domain.domain.split(".").length < 3 && !EMAIL_CUE.test(text.slice(Math.max(0, local.start - 48), local.start))) continue;
      if (spelled && !bracketed) {
        // " at " is an ordinary word: demand a mailbox-like name and a mail-like domain.
        // Right after a label ("Email: work at example dot com") even a common word is a mailbox.
        const labelled = EMAIL_LABEL.test(text.slice(Math.max(0, local.start - 20), local.start)) && (domain.disguised || bracketed);
        if ((NOT_A_MAILBOX.has(local.local) && !labelled) || local.local.length < 2 || !/[a-z]/.test(local.local)) continue;
        const provider = Object.values(MAIL_PROVIDERS).includes(domain.domain);
        // "issues at all. it" and "properties at www.x.com" are prose: without a mailbox-like name,
        // a webmail domain or a spelled-out dot, a plain " at " is not an address.
        const cue = EMAIL_CUE.exec(text.slice(Math.max(0, local.start - 48), local.start));
        if (!domain.disguised && !provider && !local.disguised && !/[._\d]/.test(local.local) && !cue) continue;
      }
      const disguises: Disguise[] = spelled || domain.disguised || local.disguised ? ["spelled_at_dot"] : [];
      const value = `${local.local}@${domain.domain}`;
      out.push({
        type: "email",
        view: "fold",
        start: local.start,
        end: domain.end,
        value,
        confidence: spelled ? SCORE.disguised : SCORE.address,
        recognizer: spelled ? "email.disguised" : "email.address",
        disguises,
      });
      floor = domain.end;
    }
  }
  // Every pass below starts from a provider name or a split-address cue word: one scan says whether any occurs.
  if (!EMAIL_WORD_HINT.test(text)) return out;
  out.push(...splitParts(text, out));
  out.push(...providerMailboxes(text));
  out.push(...providerLabelled(text, out));
  return out;
}

/** The domain readers and what they use, for the tests that hold readDomain to its earlier definition. */
export const EMAIL_READERS_FOR_TESTS = { asciiLabelEnd, mayDotAt, AT_TOKEN, readLabel, readDomain, readSpacedDomain, validDomain, startsCapitalised, DOT_AT, LABEL_AT, MAX_LABELS };

export const emailRecognizer: Recognizer = {
  id: "email",
  types: ["email"],
  // "@" itself, or a word that stands for it, for a dot, for a mail provider ("kasia on gmail", "gmail: …"),
  // or for the second half of a split address ("the domain is …").
  pretest: /@/,
  cueWords: [...AT_WORDS, ...DOT_WORDS, ...Object.keys(NAMED_PROVIDERS), ...SPLIT_DOMAIN_CUE_WORDS],
  find: recognize,
};
