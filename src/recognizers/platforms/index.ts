import { MESSENGERS as MESSENGER_ROWS } from "./messengers.js";
import { MEETINGS as MEETING_ROWS } from "./meetings.js";
import { SOCIAL_NETWORKS as SOCIAL_ROWS } from "./social.js";
import { MARKETPLACES as MARKETPLACE_ROWS } from "./marketplaces.js";
import { FINDING_TYPE_OF_FAMILY, type Platform, type PlatformEntry } from "./types.js";

export { FINDING_TYPE_OF_FAMILY, type Platform, type PlatformEntry, type PlatformFamily } from "./types.js";

/** A table row with the finding type its family gives (declared once, in FINDING_TYPE_OF_FAMILY). */
const typed = (row: PlatformEntry): Platform => ({ ...row, type: FINDING_TYPE_OF_FAMILY[row.family] });

export const MESSENGERS: readonly Platform[] = MESSENGER_ROWS.map(typed);
export const MEETINGS: readonly Platform[] = MEETING_ROWS.map(typed);
export const SOCIAL_NETWORKS: readonly Platform[] = SOCIAL_ROWS.map(typed);
export const MARKETPLACES: readonly Platform[] = MARKETPLACE_ROWS.map(typed);

/** Every platform: messengers and meeting tools (C4), then social networks and other marketplaces (C5). */
export const PLATFORMS: readonly Platform[] = [...MESSENGERS, ...MEETINGS, ...SOCIAL_NETWORKS, ...MARKETPLACES];

const byId = new Map<string, Platform>();
const byHost = new Map<string, Platform>();
const byScheme = new Map<string, Platform>();
for (const p of PLATFORMS) {
  byId.set(p.id, p);
  for (const h of p.hosts ?? []) byHost.set(h, p);
  for (const s of p.schemes ?? []) byScheme.set(s, p);
}

/** The platform a host belongs to: exact host first, then each parent domain. */
export function platformForHost(host: string): Platform | undefined {
  let h = host.toLowerCase().replace(/^www\./, "");
  for (;;) {
    const p = byHost.get(h);
    if (p) return p;
    const dot = h.indexOf(".");
    if (dot < 0 || h.indexOf(".", dot + 1) < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

/** The hosts of one dot by their last label: "t.me" under "me" as "t". */
const FIRST_LABELS_BY_LAST = new Map<string, Set<string>>();
for (const h of byHost.keys()) {
  const dot = h.indexOf(".");
  if (dot < 0 || h.indexOf(".", dot + 1) >= 0) continue;
  const last = h.slice(dot + 1);
  let firsts = FIRST_LABELS_BY_LAST.get(last);
  if (!firsts) FIRST_LABELS_BY_LAST.set(last, (firsts = new Set()));
  firsts.add(h.slice(0, dot));
}

/**
 * False only when isPlatformHostOfTwoLabels(label, last) is false for every label: no host of one dot ends in
 * `last` and `last` is no host itself ("at dot at dot …" asks about "at" at every other token).
 */
export function mayBePlatformHostUnder(last: string): boolean {
  return FIRST_LABELS_BY_LAST.has(last) || byHost.has(last);
}

/** Per last label, the first code unit and length (capped at 63) of its hosts' first labels, as c * 64 + length. */
const FIRST_LABEL_SHAPES_BY_LAST = new Map<string, Set<number>>();
for (const [last, firsts] of FIRST_LABELS_BY_LAST) {
  FIRST_LABEL_SHAPES_BY_LAST.set(last, new Set([...firsts].map((f) => f.charCodeAt(0) * 64 + Math.min(f.length, 63))));
}

/**
 * False only when isPlatformHostOfTwoLabels(label, last) is false for a label of this first code unit and
 * length: known without making the label (spelled links build it from tokens).
 */
export function mayBePlatformHostOfShape(last: string, firstCode: number, length: number): boolean {
  if (firstCode === 119 && length === 3 && byHost.has(last)) return true; // "www"
  return FIRST_LABEL_SHAPES_BY_LAST.get(last)?.has(firstCode * 64 + Math.min(length, 63)) ?? false;
}

/**
 * Whether platformForHost(`${label}.${last}`) finds a platform, for a `label` and `last` without dots and in lower
 * case, without making the host string: the host itself is one (platformForHost looks no further for a host of
 * one dot), or for label "www" the bare `last` is.
 */
export function isPlatformHostOfTwoLabels(label: string, last: string): boolean {
  if (label === "www") return byHost.has(last);
  return FIRST_LABELS_BY_LAST.get(last)?.has(label) ?? false;
}

export function platformForScheme(scheme: string): Platform | undefined {
  return byScheme.get(scheme.toLowerCase());
}

export function platformById(id: string): Platform | undefined {
  return byId.get(id);
}
