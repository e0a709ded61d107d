import { contractStarted as policyContractStarted, type CheckContextInput, type Surface } from "contactguard";
import type { Contract, Message, MpUser, Room } from "./repository.js";

/*
 * The check context a marketplace builds from its own state: who writes to whom, on which
 * surface, under which contract, after which messages. This is the integration a platform
 * writes; the guard decides from it alone.
 */

type Party = NonNullable<CheckContextInput["sender"]>;

export function party(u: MpUser): Party {
  // Reviewers never write on a policy surface; the guard knows only clients and freelancers.
  return { id: u.id, role: u.role === "client" ? "client" : "freelancer", plan: u.plan };
}

export function contractContext(c: Contract | null): CheckContextInput["contract"] {
  // An offer declined before it started never made a contract: as if there were none (W1).
  if (!c || c.status === "declined") return { status: "none" };
  return {
    status: c.status,
    kind: c.kind,
    ...(c.startsAt ? { startsAt: c.startsAt } : {}),
    ...(c.acceptedAt ? { acceptedAt: c.acceptedAt } : {}),
    ...(c.endedAt ? { endedAt: c.endedAt } : {}),
  };
}

/** W1: started at the earlier of the start date and the acceptance — asked of the policy itself, never re-implemented. */
export function contractStarted(c: Contract | null, now: Date): boolean {
  return policyContractStarted({ contract: contractContext(c) }, now);
}

/** How many earlier messages go with a check: enough for contact details split over several (the preset reads 4). */
export const HISTORY_MESSAGES = 20;

export interface RoomState {
  room: Room;
  sender: MpUser;
  recipient: MpUser;
  contract: Contract | null;
  /** Earlier messages, oldest first; only delivered ones are part of the conversation. */
  history: Message[];
}

/** The marketplace's UI is in English: the language its users read the policy's messages in. */
export const MARKET_LANGUAGE = "en";

export function messageContext(s: RoomState, now: Date, surface: Surface = "message"): CheckContextInput {
  const history = s.history
    .filter((m) => m.status === "delivered")
    .slice(-HISTORY_MESSAGES)
    .map((m) => ({ text: m.body, senderId: m.senderId, at: m.createdAt }));
  return {
    surface,
    sender: party(s.sender),
    recipient: party(s.recipient),
    contract: contractContext(s.contract),
    ...(s.room.preExisting ? { relationship: { preExisting: true } } : {}),
    history,
    now: now.toISOString(),
    // The room is the conversation: the leakage dashboard counts the rooms that tried to leave before a contract.
    conversationId: s.room.id,
    language: MARKET_LANGUAGE,
  };
}

/** Job posts, profiles, portfolios: written to everyone, so there is no recipient and no contract. */
export function publicContext(surface: Surface, author: MpUser, now: Date): CheckContextInput {
  return { surface, sender: party(author), contract: { status: "none" }, now: now.toISOString(), language: MARKET_LANGUAGE };
}

/** Proposals and invites: one party writes to the other, under their contract if they have one. */
export function pairContext(surface: Surface, sender: MpUser, recipient: MpUser, contract: Contract | null, now: Date): CheckContextInput {
  return { surface, sender: party(sender), recipient: party(recipient), contract: contractContext(contract), now: now.toISOString(), language: MARKET_LANGUAGE };
}
