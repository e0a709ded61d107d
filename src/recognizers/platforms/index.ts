import { MESSENGERS } from "./messengers.js";
import { SOCIAL_NETWORKS } from "./social.js";
import type { Platform } from "./types.js";

export type { Platform } from "./types.js";
export const PLATFORMS: readonly Platform[] = [...MESSENGERS, ...SOCIAL_NETWORKS];

const byHost = new Map<string, Platform>();
const byScheme = new Map<string, Platform>();
for (const p of PLATFORMS) {
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

export function platformForScheme(scheme: string): Platform | undefined {
  return byScheme.get(scheme.toLowerCase());
}
