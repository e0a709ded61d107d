import type { Finding, FindingType } from "../core/types.js";

/**
 * When two findings overlap, which one stands. Declared as data: `[winner, loser]` means a
 * `winner` finding removes an overlapping `loser` finding. Pairs not listed both stay (a phone
 * inside "WhatsApp me on +91…" is both a phone and a messenger finding, as C1 and C4 both apply).
 */
export const OVERLAP_RULES: ReadonlyArray<readonly [FindingType, FindingType]> = [
  ["email", "url"], // the domain of an address is not a separate link
  ["email", "social"], // "kenji@gmail.com" is not an @mention
  ["email", "messenger"],
  ["email", "phone"], // digits inside a mailbox name
  ["email", "portfolio_link"],
  ["contact_link", "url"],
  ["external_application", "url"],
  ["portfolio_link", "url"],
  ["messenger", "url"],
  ["social", "url"],
  ["messenger", "social"], // a messenger link beats a generic handle reading of it
  ["phone", "url"], // "555.201.3344" read as a host name
  ["address", "url"],
];

const beats = new Map<FindingType, Set<FindingType>>();
for (const [w, l] of OVERLAP_RULES) {
  if (!beats.has(w)) beats.set(w, new Set());
  beats.get(w)!.add(l);
}

const overlaps = (a: Finding, b: Finding) => a.start < b.end && b.start < a.end;

/** Resolves overlaps: same-type overlaps keep the longer/more confident one; cross-type by the table. */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end || b.confidence - a.confidence);
  const removed = new Uint8Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    if (removed[i]) continue;
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < a.end; j++) {
      if (removed[j]) continue;
      const b = sorted[j]!;
      if (!overlaps(a, b)) continue;
      if (a.type === b.type) {
        const aScore = a.end - a.start + a.confidence;
        const bScore = b.end - b.start + b.confidence;
        if (bScore > aScore) {
          removed[i] = 1;
          break;
        }
        removed[j] = 1;
      } else if (beats.get(a.type)?.has(b.type)) removed[j] = 1;
      else if (beats.get(b.type)?.has(a.type)) {
        removed[i] = 1;
        break;
      }
    }
  }
  return sorted.filter((_, i) => !removed[i]);
}
