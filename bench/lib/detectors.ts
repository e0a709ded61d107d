/** ContactGuard and the baseline behind one interface, with finding types folded into scoring categories. */
import type { Finding } from "../../src/index.js";
import { shipped } from "./shipped.js";

const { detect } = shipped;
import { baselineDetect } from "../baseline.js";

/** Scoring categories. All link types (url, portfolio_link, contact_link, external_application) fold into "url". */
export type Cat = "phone" | "email" | "url" | "messenger" | "social" | "address";
export const CATS: readonly Cat[] = ["phone", "email", "url", "messenger", "social", "address"];

export interface Det {
  cat: Cat;
  /** The detector's own type name (e.g. "contact_link"). */
  kind: string;
  start: number;
  end: number;
  value: string;
}

export interface Detector {
  name: "contactguard" | "baseline";
  label: string;
  supports: ReadonlySet<Cat>;
  run(text: string, region: string): Det[];
}

const CG_CAT: Record<string, Cat | undefined> = {
  phone: "phone",
  email: "email",
  address: "address",
  messenger: "messenger",
  social: "social",
  url: "url",
  portfolio_link: "url",
  contact_link: "url",
  external_application: "url",
  // contact_request / off_platform are phrases, not values: not scored here.
};

export const contactGuard: Detector = {
  name: "contactguard",
  label: "ContactGuard",
  supports: new Set(CATS),
  run(text, region) {
    const out: Det[] = [];
    let findings: Finding[];
    try {
      findings = detect(text, { defaultRegion: region });
    } catch {
      return out; // detect promises never to throw; a throw is scored as "found nothing".
    }
    for (const f of findings) {
      const cat = CG_CAT[f.type];
      if (cat) out.push({ cat, kind: f.type, start: f.start, end: f.end, value: f.value });
    }
    return out;
  },
};

export const baseline: Detector = {
  name: "baseline",
  label: "baseline",
  supports: new Set<Cat>(["phone", "email", "url"]),
  run(text, region) {
    return baselineDetect(text, region).map((f) => ({ cat: f.type, kind: f.type, start: f.start, end: f.end, value: f.value }));
  },
};

export const DETECTORS: readonly Detector[] = [contactGuard, baseline];

/**
 * Which found categories satisfy a gold category. A URL found as a messenger/social link
 * (wa.me/…, instagram.com/…) still found the URL; Skype vs. "social" is not held against a detector.
 */
export const ACCEPT: Record<Cat, readonly Cat[]> = {
  phone: ["phone"],
  email: ["email"],
  url: ["url", "messenger", "social"],
  messenger: ["messenger", "social"],
  social: ["social", "messenger"],
  address: ["address"],
};
