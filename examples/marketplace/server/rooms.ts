import type { Attachment, Contract, Message, MpUser, Room } from "./repository.js";
import { contractStarted, type RoomState } from "./context.js";
import type { MarketDeps } from "./deps.js";
import { forbidden } from "./errors.js";
import { linksIn } from "./links.js";
import { ATTACHMENT_LIMIT } from "./limits.js";

/** A room with its two parties and its contract, loaded for a member (anyone else gets 403). */
export interface RoomAccess {
  room: Room;
  client: MpUser;
  freelancer: MpUser;
  contract: Contract | null;
  me: MpUser;
  other: MpUser;
}

export async function openRoomFor(deps: MarketDeps, roomId: string, me: MpUser): Promise<RoomAccess> {
  const room = await deps.market.getRoom(roomId);
  if (me.id !== room.clientId && me.id !== room.freelancerId) throw forbidden(`${me.id} is not a member of this room`);
  const [client, freelancer, contract] = await Promise.all([
    deps.market.getUser(room.clientId),
    deps.market.getUser(room.freelancerId),
    room.contractId ? deps.market.getContract(room.contractId) : Promise.resolve(null),
  ]);
  return { room, client, freelancer, contract, me, other: me.id === client.id ? freelancer : client };
}

/** What the guard needs to judge `me`'s next message here; `before` limits the history (for edits). */
export async function roomState(deps: MarketDeps, a: RoomAccess, before?: Message): Promise<RoomState> {
  let history = await deps.market.listMessages(a.room.id, 40);
  if (before) history = history.filter((m) => BigInt(m.seq) < BigInt(before.seq));
  return { room: a.room, sender: a.me, recipient: a.other, contract: a.contract, history };
}

export interface MessageView {
  id: string;
  senderId: string;
  body: string;
  status: Message["status"];
  decision: string;
  /** What the policy told the author; only the author sees it. */
  notice: string | null;
  mine: boolean;
  editedAt: string | null;
  createdAt: string;
  /** The decision that delivered, masked or held it; only the author sees it (to report a false alarm). */
  decisionId: string | null;
  /** The author's false-alarm report on that decision and where it stands (issue 20); only the author sees it. */
  dispute: { status: "pending" | "upheld" | "overturned" } | null;
}

/**
 * What a member may see: everything delivered; their own held or rejected messages (the other
 * party sees a held message only once a reviewer allows it); a removed message as a placeholder.
 */
export function visibleMessages(messages: Message[], viewerId: string): MessageView[] {
  const out: MessageView[] = [];
  for (const m of messages) {
    const mine = m.senderId === viewerId;
    if ((m.status === "held" || m.status === "rejected") && !mine) continue;
    out.push({
      id: m.id,
      senderId: m.senderId,
      body: m.status === "removed" ? "" : m.body,
      status: m.status,
      decision: m.decision,
      notice: mine ? m.notice : null,
      mine,
      editedAt: m.editedAt,
      createdAt: m.createdAt,
      decisionId: mine ? m.decisionId : null,
      dispute: null,
    });
  }
  return out;
}

/** The author's own messages with the false-alarm reports they filed on them. */
async function withDisputes(deps: MarketDeps, views: MessageView[]): Promise<MessageView[]> {
  const ids = views.flatMap((v) => (v.decisionId ? [v.decisionId] : []));
  const byDecision = await deps.repo.disputesOf(ids);
  return views.map((v) => {
    const status = v.decisionId ? byDecision.get(v.decisionId)?.status : undefined;
    return status ? { ...v, dispute: { status } } : v;
  });
}

export const publicUser = (u: MpUser) => ({ id: u.id, name: u.name, role: u.role, plan: u.plan, headline: u.headline });

export function contractView(c: Contract | null, now: Date) {
  return c ? { ...c, started: contractStarted(c, now) } : null;
}

export const attachmentView = (a: Attachment) => ({
  id: a.id,
  filename: a.filename,
  size: a.size,
  uploaderId: a.uploaderId,
  notice: a.notice,
  createdAt: a.createdAt,
  url: `/app/api/files/${a.id}`,
});

export async function roomView(deps: MarketDeps, a: RoomAccess) {
  const [messages, attachments] = await Promise.all([deps.market.listMessages(a.room.id), deps.market.listAttachments(a.room.id)]);
  const visible = await withDisputes(deps, visibleMessages(messages, a.me.id));
  return {
    room: { id: a.room.id, jobId: a.room.jobId, preExisting: a.room.preExisting },
    me: publicUser(a.me),
    client: publicUser(a.client),
    freelancer: publicUser(a.freelancer),
    contract: contractView(a.contract, deps.now()),
    messages: visible,
    attachments: attachments.map(attachmentView),
    links: linksIn(visible.filter((m) => m.status === "delivered")),
    limits: ATTACHMENT_LIMIT,
  };
}
