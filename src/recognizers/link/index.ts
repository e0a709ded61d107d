import { LinkifyIt } from "linkify-it";
import { parse as parseHost } from "tldts";
import type { FindingType } from "../../core/types.js";
import { platformById, platformForHost } from "../platforms/index.js";
import type { Candidate, Recognizer, ScanInput } from "../types.js";
import { LINK_SCORES as SCORE } from "../scores.js";
import { APPLY_PATH, CONTACT_PATH, FILE_LIKE_TLDS, LINK_RULES, type LinkRule } from "./hosts.js";
import { allMatches } from "../../core/matches.js";
import { EXTRA_TLDS, mayHoldLink } from "./tlds.js";
import { isSpace } from "../../normalize/windows.js";
import { defangLinks } from "./defang.js";
import { disguisesIn, toOriginal } from "../../normalize/view.js";
import {
  CAREER_HOST_LABELS,
  PORTAL_HOST_LABELS,
  hasApplyCue,
  hasFormFieldCue,
  hasProjectCue,
  hasQuestionnaireCue,
  hasReachCue,
  sentenceAround,
} from "./words.js";
import { PHONE_SCHEMES, PLATFORM_SCHEMES, platformSchemeStarts, schemeAccount, schemeValidator } from "./schemes.js";

/*
 * Links of every class (C4–C7, S1/S2): linkify-it finds them (with and without a scheme),
 * tldts splits the host, and the tables in ../platforms and ./hosts say what each one is.
 */

/** The configured linkify-it (exported so tests can hold ./tlds.ts to it). */
export const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, maxLength: 2048 });
// Every platform's schemes (from the platform tables) and the phone schemes (./schemes.ts).
for (const scheme of [...PLATFORM_SCHEMES.keys(), ...PHONE_SCHEMES]) linkify.add(`${scheme}:`, { validate: schemeValidator(scheme) });
linkify.tlds([...EXTRA_TLDS], true);

interface Classified {
  type: FindingType;
  label: string;
  platform?: string;
  confidence: number;
  /**
   * Classed by the shape of any site's address, not by a known host: a contact or careers page, a
   * careers host, or a portal host that needs an apply cue. The sentence around it may still make it
   * the work itself (S2) or, for a portal, the place to apply (C7). A form builder's link ("form") may
   * be a questionnaire about the project (S3).
   */
  generic?: "page" | "portal" | "form";
  /** What the sentence made of a generic link: the work itself (S2) or a questionnaire about it (S3). */
  clause?: "S2" | "S3";
}

/** A subdomain label of the host names a careers site ("careers.acme.com") or a portal ("suppliers.acme.com"). */
function siteKindOf(host: string): "careers" | "portal" | undefined {
  const subdomain = parseHost(host).subdomain;
  if (!subdomain) return undefined;
  const labels = subdomain.split(".");
  if (labels.some((l) => CAREER_HOST_LABELS.has(l))) return "careers";
  if (labels.some((l) => PORTAL_HOST_LABELS.has(l))) return "portal";
  return undefined;
}

/** A fragment that holds a path ("signal.me/#p/+4479…", "facebook.com/#!/kenji"): some platforms keep the account there. */
const FRAGMENT_PATH = /^#!?[a-z]{0,3}\/[^/\s]/i;

function ruleMatches(rule: LinkRule, host: string, path: string): boolean {
  if (host !== rule.host && !host.endsWith(`.${rule.host}`)) return false;
  return !rule.paths || rule.paths.some((p) => path.startsWith(p));
}

export function classifyUrl(url: string): Classified {
  const schemeEnd = url.indexOf(":");
  const scheme = url.slice(0, schemeEnd + 1).toLowerCase();
  if (scheme && !scheme.startsWith("http") && scheme !== "ftp:" && scheme !== "mailto:") {
    const platform = PLATFORM_SCHEMES.get(scheme.slice(0, -1));
    if (platform) return { type: platform.type, label: platform.name, platform: platform.id, confidence: SCORE.platformScheme };
    if (PHONE_SCHEMES.has(scheme.slice(0, -1))) return { type: "phone", label: "phone link", confidence: SCORE.phoneScheme };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { type: "url", label: "link", confidence: SCORE.unparsed };
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  const path = decodeURIComponent(parsed.pathname).toLowerCase();
  const hasPath = path.length > 1 || parsed.search.length > 1 || FRAGMENT_PATH.test(parsed.hash);
  for (const rule of LINK_RULES) {
    if (ruleMatches(rule, host, path)) return { type: rule.type, label: rule.label, confidence: SCORE.rule, ...(rule.form ? { generic: "form" as const } : {}) };
  }
  const platform = platformForHost(host);
  if (platform) {
    const pathOk = platform.linkPaths?.length ? platform.linkPaths.some((p) => path.startsWith(p)) : hasPath;
    if (pathOk) return { type: platform.type, label: platform.name, platform: platform.id, confidence: SCORE.platformPath };
    return { type: "url", label: platform.name, platform: platform.id, confidence: SCORE.platformHost };
  }
  if (CONTACT_PATH.test(path)) return { type: "contact_link", label: "contact page", confidence: SCORE.contactPage, generic: "page" };
  if (APPLY_PATH.test(path)) return { type: "external_application", label: "careers page", confidence: SCORE.careersPage, generic: "page" };
  const site = siteKindOf(host);
  if (site === "careers") return { type: "external_application", label: "careers site", confidence: SCORE.careersPage, generic: "page" };
  if (site === "portal") return { type: "url", label: "portal", confidence: SCORE.link, generic: "portal" };
  return { type: "url", label: "link", confidence: SCORE.link };
}

function canonical(url: string): string {
  try {
    const u = new URL(url);
    if (!u.protocol.startsWith("http")) return url.toLowerCase();
    u.hostname = u.hostname.toLowerCase();
    return u.toString().replace(/\/$/, "");
  } catch {
    return url.toLowerCase();
  }
}

/**
 * `platform:handle` for a platform link: "wa.me/14155550199" → "+14155550199", "x.com/@kenji" → "kenji".
 * Where the platform's account pages sit under a path ("freelancer.com/u/kenji"), the account follows it.
 */
function handleOf(url: string, linkPaths?: readonly string[]): string {
  const schemeEnd = url.indexOf(":");
  if (!/^https?:/i.test(url) && schemeEnd > 0) return schemeAccount(url);
  try {
    const u = new URL(url);
    const phone = u.searchParams.get("phone");
    if (phone) return `+${phone.replace(/\D/g, "")}`;
    // The account is the first path segment, or the fragment's last one ("signal.me/#p/+4479…").
    const path = u.pathname.toLowerCase();
    const prefix = linkPaths?.find((p) => p.endsWith("/") && path.startsWith(p));
    const segments = (prefix ? u.pathname.slice(prefix.length) : u.pathname).split("/").filter(Boolean);
    const first = segments[0] ?? u.hash.split("/").filter(Boolean).pop() ?? "";
    if (/^\+?\d{7,15}$/.test(first)) return `+${first.replace("+", "")}`;
    return (first.replace(/^@/, "") || u.hostname).toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/** A marketplace's account pages sit under a path ("freelancer.com/u/kenji"): the account is what follows it. */
function accountPaths(platformId: string): readonly string[] | undefined {
  const p = platformById(platformId);
  return p?.family === "marketplace" ? p.linkPaths : undefined;
}

const LINK_HINT = /[a-z0-9]\.[a-z]|:\/|www\./g;
const MAX_TOKEN = 2048;
/** Pieces at least this long are long tokens' windows: their linkify-it answers are kept for the text. */
const MEMO_PIECE = 512;
type Found = ReturnType<typeof linkify.match>;

/**
 * linkify.match(piece), kept per text for long pieces. A token longer than MAX_TOKEN is read in windows of up
 * to 2 × MAX_TOKEN characters that overlap by up to MAX_TOKEN; hostile text repeats itself ("http://a.co/" ×
 * 8,000), so its windows are often the same string, and linkify-it's answer depends on the string alone.
 */
function matchPiece(piece: string, memo: Map<string, Found> | undefined): Found {
  if (memo === undefined || piece.length < MEMO_PIECE) return linkify.match(piece);
  const known = memo.get(piece);
  if (known !== undefined || memo.has(piece)) return known!;
  const found = linkify.match(piece);
  memo.set(piece, found);
  return found;
}

interface LinkMatch {
  schema: string;
  index: number;
  lastIndex: number;
  raw: string;
  url: string;
}

/** Where a token may hold a link: a dot host or "://" (LINK_HINT), or a platform scheme ("skype:kenji88"). */
function hintsIn(text: string): number[] {
  const hints: number[] = [];
  for (const m of allMatches(LINK_HINT, text)) hints.push(m.index);
  const schemes = platformSchemeStarts(text);
  if (schemes.length === 0) return hints;
  return [...hints, ...schemes].sort((a, b) => a - b);
}

/**
 * linkify-it over the whole text costs more than the rest of detection together, and links never
 * contain white space: so only the white-space-delimited tokens that look like links, and that
 * could hold one by ./tlds.ts, are handed to it.
 */
function matchLinks(text: string, memoize = true): LinkMatch[] {
  const out: LinkMatch[] = [];
  let covered = -1;
  // Only a text longer than one window can repeat a long piece.
  const memo = memoize && text.length > 2 * MAX_TOKEN ? new Map<string, Found>() : undefined;
  for (const index of hintsIn(text)) {
    if (index < covered) continue;
    let start = index;
    while (start > 0 && index - start < MAX_TOKEN && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = index;
    while (end < text.length && end - index < MAX_TOKEN && !isSpace(text.charCodeAt(end))) end++;
    covered = end;
    // One character of context on each side keeps linkify-it's boundary rules intact.
    const from = Math.max(0, start - 1);
    const piece = text.slice(from, end);
    if (!mayHoldLink(piece)) continue;
    let offset = from;
    let found = matchPiece(piece, memo);
    if (!found) {
      // linkify-it takes no link right after ":", which the fold view also writes for "：" ("简历：jobs.acme.cn"):
      // a label glued to the link is cut off and the rest tried alone.
      // One label only: "path:to:file.pm" is a path of colons, not "to:" before a link.
      const colon = text.lastIndexOf(":", index);
      if (colon >= start && text[colon + 1] !== "/" && text.lastIndexOf(":", colon - 1) < start) {
        offset = colon + 1;
        found = matchPiece(text.slice(offset, end), memo);
      }
    }
    for (const m of found ?? []) {
      out.push({ schema: m.schema, index: m.index + offset, lastIndex: m.lastIndex + offset, raw: m.raw, url: m.url });
    }
  }
  return out;
}

/**
 * "H.No. 45", "B.Sc", "M.Com": a capital, a dot and a capitalized short word is an abbreviation (a
 * house number, a degree) even when the word is a top-level domain; a host is not written so.
 */
function isAbbreviation(input: ScanInput, c: Candidate): boolean {
  if (!/^[a-z]\.[a-z]{2,3}$/.test(input.fold.text.slice(c.start, c.end))) return false;
  const { start, end } = toOriginal(input.fold, c.start, c.end);
  return /^\p{Lu}\.\p{Lu}\p{Ll}{1,2}$/u.test(input.original.slice(start, end));
}

function recognize(input: ScanInput): Candidate[] {
  const out = recognizeIn(input.fold.text).filter((c) => !isAbbreviation(input, c));
  // Defanged and spelled-out links ("t[.]me/x", "linkedin dot com slash in slash x"), read from a view
  // of the fold text and mapped back to it; a link the plain text already holds is not repeated.
  const defanged = defangLinks(input.fold.text);
  if (defanged) {
    for (const c of recognizeIn(defanged.text)) {
      const disguises = disguisesIn(defanged, c.start, c.end);
      if (disguises.length === 0) continue;
      const span = toOriginal(defanged, c.start, c.end);
      if (out.some((o) => o.start < span.end && span.start < o.end)) continue;
      out.push({ ...c, start: span.start, end: span.end, disguises });
    }
  }
  return out;
}

/**
 * What the sentence around a link by shape makes of it: a portal offered as the place to apply or
 * bid is an application (C7); a site's own contact or careers page that is the work itself ("the
 * contact page on our site throws a 500, can you fix it?", the request often in the next sentence)
 * is a plain link (S2), unless its sentence also offers it as the place to apply or as a way to reach
 * the sender ("reach me through the contact form on my site": C6). A form builder's link is a
 * questionnaire about the project (S3) when its sentence says so and names no contact detail it asks.
 */
function inItsSentence(c: Classified, text: string, start: number, end: number): Classified {
  if (!c.generic) return c;
  const sentence = sentenceAround(text, start, end);
  if (c.generic === "portal") {
    return hasApplyCue(sentence) ? { ...c, type: "external_application", label: "application portal", confidence: SCORE.careersPage } : c;
  }
  if (c.generic === "form") {
    if (hasQuestionnaireCue(sentence) && !hasFormFieldCue(sentence) && !hasReachCue(sentence)) {
      return { ...c, type: "url", label: "project questionnaire", clause: "S3", confidence: SCORE.link };
    }
    return c;
  }
  // A careers page offered to apply on, a contact page offered to reach the sender: not the work.
  if (c.type === "external_application" ? hasApplyCue(sentence) : hasReachCue(sentence)) return c;
  if (hasProjectCue(sentenceAround(text, start, end, 1))) return { ...c, type: "url", label: "project page", clause: "S2", confidence: SCORE.link };
  return c;
}

function recognizeIn(text: string): Candidate[] {
  if (!text.includes(".") && !text.includes(":")) return [];
  const out: Candidate[] = [];
  for (const m of matchLinks(text)) {
    const fuzzy = m.schema === "";
    if (fuzzy && !m.raw.toLowerCase().startsWith("www.")) {
      const info = parseHost(m.url);
      // "readme.md", "main.py": a file name, not a site.
      if (info.publicSuffix && FILE_LIKE_TLDS.has(info.publicSuffix) && !/\//.test(m.raw)) continue;
      // Part of an email address or a handle ("kenji@gmail.com" is the email recognizer's).
      if (text[m.index - 1] === "@") continue;
    }
    const c = inItsSentence(classifyUrl(m.url), text, m.index, m.lastIndex);
    out.push({
      type: c.type,
      view: "fold",
      start: m.index,
      end: m.lastIndex,
      value: c.platform && c.type !== "url" ? `${c.platform}:${handleOf(m.url, accountPaths(c.platform))}` : canonical(m.url),
      confidence: fuzzy ? Math.min(c.confidence, SCORE.fuzzyCap) : c.confidence,
      recognizer: `link.${c.type}`,
      ...(c.platform ? { platform: c.platform } : {}),
      ...(c.clause ? { clause: c.clause } : {}),
      contextWords: [c.label],
    });
  }
  return out;
}

/** matchLinks, with its per-text memo of linkify-it's answers on or off (for the test that holds the two equal). */
export const matchLinksForTests = matchLinks;

export const linkRecognizer: Recognizer = {
  id: "link",
  types: ["url", "portfolio_link", "contact_link", "external_application", "messenger", "social", "phone", "off_platform"],
  // A host ("site.com", "wa.me") or a scheme ("https://"): what LINK_HINT hands to linkify-it; and
  // a platform scheme, which needs neither ("skype:kenji88").
  pretest: /[a-z0-9]\.[a-z]|:\/|[a-z0-9](?:\[\.\]|\(\.\))[a-z0-9]|\s\.\s[a-z]/,
  cueWords: [...PLATFORM_SCHEMES.keys()],
  scores: SCORE,
  find: recognize,
};
