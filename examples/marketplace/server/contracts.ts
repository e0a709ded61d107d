import type { Contract, MpUser } from "./repository.js";
import type { MarketDeps } from "./deps.js";
import { badRequest, forbidden } from "./errors.js";
import { contractStarted } from "./context.js";
import { contractView, openRoomFor, roomView } from "./rooms.js";

/*
 * offer → accept → started → closed (an offer withdrawn or declined before it starts is `declined`). The client offers from the room (a start date and a kind:
 * a standard contract or a paid test project); the freelancer accepts. The contract has started
 * at the earlier of its start date and the acceptance (W1), and from then on the room's messages
 * are checked as after a contract (E6).
 */

export async function offerContract(deps: MarketDeps, me: MpUser, roomId: string, title: string, kind: Contract["kind"], startsAt: string | undefined) {
  const access = await openRoomFor(deps, roomId, me);
  if (me.id !== access.client.id) throw forbidden("only the client offers a contract");
  if (title.trim().length === 0) throw badRequest("title is required");
  const start = startsAt ? new Date(startsAt) : null;
  if (start && Number.isNaN(start.getTime())) throw badRequest("startsAt must be a date");
  const contract = await deps.market.offerContract(roomId, title, kind, start ? start.toISOString() : null, deps.now());
  return contractView(contract, deps.now());
}

async function partyOf(deps: MarketDeps, me: MpUser, contractId: string) {
  const contract = await deps.market.getContract(contractId);
  if (me.id !== contract.clientId && me.id !== contract.freelancerId) throw forbidden(`${me.id} is not a party to this contract`);
  return contract;
}

export async function acceptContract(deps: MarketDeps, me: MpUser, contractId: string) {
  const contract = await partyOf(deps, me, contractId);
  if (me.id !== contract.freelancerId) throw forbidden("only the freelancer accepts the offer");
  return contractView(await deps.market.acceptContract(contractId, deps.now()), deps.now());
}

/** Either party ends it: a started contract closes (E6 from then on); an offer that never started is declined. */
export async function closeContract(deps: MarketDeps, me: MpUser, contractId: string) {
  const contract = await partyOf(deps, me, contractId);
  const now = deps.now();
  return contractView(await deps.market.endContract(contractId, contractStarted(contract, now) ? "closed" : "declined", now), now);
}

/** The contract workroom: the contract and its room's conversation and files. */
export async function workroom(deps: MarketDeps, me: MpUser, contractId: string) {
  await partyOf(deps, me, contractId);
  const room = await deps.market.roomOfContract(contractId);
  return roomView(deps, await openRoomFor(deps, room.id, me));
}

export async function myContracts(deps: MarketDeps, me: MpUser) {
  const now = deps.now();
  return (await deps.market.contractsOf(me.id)).map((c) => contractView(c, now)!);
}
