import { LinkifyIt } from "linkify-it";
import { parse as parseHost } from "tldts";
import type { FindingType } from "../../core/types.js";
import { platformForHost, platformForScheme } from "../platforms/index.js";
import type { Candidate, Recognizer, ScanInput } from "../types.js";
import { LINK_SCORES as SCORE } from "../scores.js";
import { APPLY_PATH, CONTACT_PATH, FILE_LIKE_TLDS, LINK_RULES, type LinkRule } from "./hosts.js";
import { allMatches } from "../../core/matches.js";
import { EXTRA_TLDS, mayHoldLink } from "./tlds.js";
import { isSpace } from "../../normalize/windows.js";

/*
 * Links of every class (C4–C7, S1/S2): linkify-it finds them (with and without a scheme),
 * tldts splits the host, and the tables in ../platforms and ./hosts say what each one is.
 */

const SCHEME_TAIL = /^[a-z0-9+/][a-z0-9.,\-_:+=?&%/@]{2,79}/i;
const schemeValidator = (text: string, pos: number) => SCHEME_TAIL.exec(text.slice(pos, pos + 96))?.[0].length ?? 0;

/** The configured linkify-it (exported so tests can hold ./tlds.ts to it). */
export const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, maxLength: 2048 });
for (const scheme of ["skype:", "tg:", "whatsapp:", "viber:", "tel:", "sms:", "callto:", "facetime:"]) {
  linkify.add(scheme, { validate: schemeValidator });
}
linkify.tlds([...EXTRA_TLDS], true);

interface Classified {
  type: FindingType;
  label: string;
  platform?: string;
  confidence: number;
}

function ruleMatches(rule: LinkRule, host: string, path: string): boolean {
  if (host !== rule.host && !host.endsWith(`.${rule.host}`)) return false;
  return !rule.paths || rule.paths.some((p) => path.startsWith(p));
}

export function classifyUrl(url: string): Classified {
  const schemeEnd = url.indexOf(":");
  const scheme = url.slice(0, schemeEnd + 1).toLowerCase();
  if (scheme && !scheme.startsWith("http") && scheme !== "ftp:" && scheme !== "mailto:") {
    const platform = platformForScheme(scheme.slice(0, -1));
    if (platform) return { type: platform.type, label: platform.name, platform: platform.id, confidence: SCORE.platformScheme };
    if (["tel:", "sms:", "callto:", "facetime:"].includes(scheme)) return { type: "phone", label: "phone link", confidence: SCORE.phoneScheme };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { type: "url", label: "link", confidence: SCORE.unparsed };
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  const path = decodeURIComponent(parsed.pathname).toLowerCase();
  const hasPath = path.length > 1 || parsed.search.length > 1;
  for (const rule of LINK_RULES) {
    if (ruleMatches(rule, host, path)) return { type: rule.type, label: rule.label, confidence: SCORE.rule };
  }
  const platform = platformForHost(host);
  if (platform) {
    const pathOk = platform.linkPaths?.length ? platform.linkPaths.some((p) => path.startsWith(p)) : hasPath;
    if (pathOk) return { type: platform.type, label: platform.name, platform: platform.id, confidence: SCORE.platformPath };
    return { type: "url", label: platform.name, platform: platform.id, confidence: SCORE.platformHost };
  }
  if (CONTACT_PATH.test(path)) return { type: "contact_link", label: "contact page", confidence: SCORE.contactPage };
  if (APPLY_PATH.test(path)) return { type: "external_application", label: "careers page", confidence: SCORE.careersPage };
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

/** `platform:handle` for a platform link: "wa.me/14155550199" → "+14155550199", "x.com/@kenji" → "kenji". */
function handleOf(url: string): string {
  const schemeEnd = url.indexOf(":");
  if (!/^https?:/i.test(url) && schemeEnd > 0) return url.slice(schemeEnd + 1).replace(/^\/\//, "").split("?")[0]!.toLowerCase();
  try {
    const u = new URL(url);
    const phone = u.searchParams.get("phone");
    if (phone) return `+${phone.replace(/\D/g, "")}`;
    const first = u.pathname.split("/").filter(Boolean)[0] ?? "";
    if (/^\+?\d{7,15}$/.test(first)) return `+${first.replace("+", "")}`;
    return (first.replace(/^@/, "") || u.hostname).toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

const LINK_HINT = /[a-z0-9]\.[a-z]|:\/|www\./g;
const MAX_TOKEN = 2048;

interface LinkMatch {
  schema: string;
  index: number;
  lastIndex: number;
  raw: string;
  url: string;
}

/**
 * linkify-it over the whole text costs more than the rest of detection together, and links never
 * contain white space: so only the white-space-delimited tokens that look like links, and that
 * could hold one by ./tlds.ts, are handed to it.
 */
function matchLinks(text: string): LinkMatch[] {
  const out: LinkMatch[] = [];
  let covered = -1;
  for (const hint of allMatches(LINK_HINT, text)) {
    if (hint.index < covered) continue;
    let start = hint.index;
    while (start > 0 && hint.index - start < MAX_TOKEN && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = hint.index;
    while (end < text.length && end - hint.index < MAX_TOKEN && !isSpace(text.charCodeAt(end))) end++;
    covered = end;
    // One character of context on each side keeps linkify-it's boundary rules intact.
    const from = Math.max(0, start - 1);
    const piece = text.slice(from, end);
    if (!mayHoldLink(piece)) continue;
    for (const m of linkify.match(piece) ?? []) {
      out.push({ schema: m.schema, index: m.index + from, lastIndex: m.lastIndex + from, raw: m.raw, url: m.url });
    }
  }
  return out;
}

function recognize(input: ScanInput): Candidate[] {
  const text = input.fold.text;
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
    const c = classifyUrl(m.url);
    out.push({
      type: c.type,
      view: "fold",
      start: m.index,
      end: m.lastIndex,
      value: c.platform && c.type !== "url" ? `${c.platform}:${handleOf(m.url)}` : canonical(m.url),
      confidence: fuzzy ? Math.min(c.confidence, SCORE.fuzzyCap) : c.confidence,
      recognizer: `link.${c.type}`,
      ...(c.platform ? { platform: c.platform } : {}),
      contextWords: [c.label],
    });
  }
  return out;
}

export const linkRecognizer: Recognizer = {
  id: "link",
  types: ["url", "portfolio_link", "contact_link", "external_application", "messenger", "social", "phone"],
  // A host ("site.com", "wa.me") or a scheme ("https://"): what LINK_HINT hands to linkify-it.
  pretest: /[a-z0-9]\.[a-z]|:\//,
  scores: SCORE,
  find: recognize,
};
