import type { Platform } from "./types.js";

/** Social networks (C5). Starter entries; see test/fixtures/platforms/. */
export const SOCIAL_NETWORKS: Platform[] = [
  {
    id: "instagram",
    name: "Instagram",
    type: "social",
    aliases: ["instagram", "insta", "instagramm"],
    ambiguousAliases: ["ig"],
    hosts: ["instagram.com", "instagr.am"],
    handle: /@?[a-z0-9._]{1,30}/,
  },
  {
    id: "x",
    name: "X (Twitter)",
    type: "social",
    aliases: ["twitter", "twiter"],
    ambiguousAliases: ["x"],
    hosts: ["twitter.com", "x.com"],
    handle: /@?[a-z0-9_]{1,15}/,
  },
];
