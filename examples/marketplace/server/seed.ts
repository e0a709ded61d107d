import type { MarketplaceRepository, MpUser } from "./repository.js";

/*
 * The demo's people and first room, created on every start unless they exist (so a restart keeps
 * what the demo did). `/rooms/demo?as=demo-freelancer` opens the room below as the freelancer.
 */
export const DEMO_USERS: MpUser[] = [
  { id: "demo-client", name: "Dana Client", role: "client", plan: "basic", headline: "Runs a food truck in Austin", bio: "Looking for a logo and a simple menu site." },
  { id: "demo-freelancer", name: "Kenji Sato", role: "freelancer", plan: "basic", headline: "Brand designer and front-end developer", bio: "Logos, menus and small websites. Samples on GitHub: github.com/kenji" },
  { id: "demo-enterprise", name: "Acme Corp (Enterprise)", role: "client", plan: "enterprise", headline: "Enterprise client", bio: "On the Enterprise plan: contact details may be shared before a contract (E1)." },
  { id: "demo-reviewer", name: "Riley Reviewer", role: "reviewer", plan: "basic", headline: "Trust & safety", bio: "" },
];

export const DEMO_ROOM = { id: "demo", clientId: "demo-client", freelancerId: "demo-freelancer" };
/** A second room where the Enterprise exemption (E1) can be seen at work. */
export const ENTERPRISE_ROOM = { id: "demo-enterprise", clientId: "demo-enterprise", freelancerId: "demo-freelancer" };

export async function seedDemo(market: MarketplaceRepository): Promise<void> {
  for (const u of DEMO_USERS) await market.ensureUser(u);
  for (const r of [DEMO_ROOM, ENTERPRISE_ROOM]) await market.ensureRoom(r.id, r.clientId, r.freelancerId);
}
