import { randomUUID } from "node:crypto";
import type { Db, Queryable } from "contactguard/server";
import { ConflictError, NotFoundError } from "contactguard/server";

/*
 * The reference marketplace's storage (issue #5): demo users, jobs, proposals, invites, profiles,
 * portfolios, contracts, rooms, messages, attachments and reports. All of the marketplace's SQL is
 * here; the guard's own records (decisions, violations, appeals) stay in repository.ts.
 */

export type UserRole = "client" | "freelancer" | "reviewer";
export type Plan = "basic" | "plus" | "business" | "enterprise";
export type MessageStatus = "delivered" | "held" | "rejected" | "removed";
/** declined: an offer withdrawn or declined before it started (it never was a contract, W1). */
export type ContractStatus = "offered" | "active" | "closed" | "declined";

export interface MpUser {
  id: string;
  name: string;
  role: UserRole;
  plan: Plan;
  headline: string;
  bio: string;
}

export interface PortfolioItem {
  id: string;
  userId: string;
  title: string;
  description: string;
  notice: string | null;
  createdAt: string;
}

export interface Job {
  id: string;
  clientId: string;
  title: string;
  description: string;
  createdAt: string;
}

export interface Proposal {
  id: string;
  jobId: string;
  freelancerId: string;
  coverLetter: string;
  createdAt: string;
}

export interface Invite {
  id: string;
  jobId: string;
  clientId: string;
  freelancerId: string;
  message: string;
  createdAt: string;
}

export interface Contract {
  id: string;
  clientId: string;
  freelancerId: string;
  title: string;
  kind: "standard" | "test";
  status: ContractStatus;
  startsAt: string | null;
  offeredAt: string;
  acceptedAt: string | null;
  endedAt: string | null;
}

export interface Room {
  id: string;
  clientId: string;
  freelancerId: string;
  jobId: string | null;
  contractId: string | null;
  preExisting: boolean;
  createdAt: string;
}

export interface Message {
  id: string;
  roomId: string;
  senderId: string;
  body: string;
  status: MessageStatus;
  decision: string;
  decisionId: string | null;
  notice: string | null;
  editedAt: string | null;
  createdAt: string;
  seq: string;
}

export interface Attachment {
  id: string;
  roomId: string;
  uploaderId: string;
  filename: string;
  mime: string;
  size: number;
  path: string;
  notice: string | null;
  createdAt: string;
}

export interface Report {
  id: string;
  messageId: string;
  reporterId: string;
  reason: string;
  decisionId: string;
  status: "pending" | "dismissed" | "upheld";
  createdAt: string;
}

type Row = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

const toUser = (r: Row): MpUser => ({
  id: r.id as string,
  name: r.name as string,
  role: r.role as UserRole,
  plan: r.plan as Plan,
  headline: r.headline as string,
  bio: r.bio as string,
});
const toPortfolio = (r: Row): PortfolioItem => ({
  id: r.id as string,
  userId: r.user_id as string,
  title: r.title as string,
  description: r.description as string,
  notice: str(r.notice),
  createdAt: r.created_at as string,
});
const toJob = (r: Row): Job => ({
  id: r.id as string,
  clientId: r.client_id as string,
  title: r.title as string,
  description: r.description as string,
  createdAt: r.created_at as string,
});
const toProposal = (r: Row): Proposal => ({
  id: r.id as string,
  jobId: r.job_id as string,
  freelancerId: r.freelancer_id as string,
  coverLetter: r.cover_letter as string,
  createdAt: r.created_at as string,
});
const toInvite = (r: Row): Invite => ({
  id: r.id as string,
  jobId: r.job_id as string,
  clientId: r.client_id as string,
  freelancerId: r.freelancer_id as string,
  message: r.message as string,
  createdAt: r.created_at as string,
});
const toContract = (r: Row): Contract => ({
  id: r.id as string,
  clientId: r.client_id as string,
  freelancerId: r.freelancer_id as string,
  title: r.title as string,
  kind: r.kind as Contract["kind"],
  status: r.status as ContractStatus,
  startsAt: str(r.starts_at),
  offeredAt: r.offered_at as string,
  acceptedAt: str(r.accepted_at),
  endedAt: str(r.ended_at),
});
const toRoom = (r: Row): Room => ({
  id: r.id as string,
  clientId: r.client_id as string,
  freelancerId: r.freelancer_id as string,
  jobId: str(r.job_id),
  contractId: str(r.contract_id),
  preExisting: Boolean(r.pre_existing),
  createdAt: r.created_at as string,
});
const toMessage = (r: Row): Message => ({
  id: r.id as string,
  roomId: r.room_id as string,
  senderId: r.sender_id as string,
  body: r.body as string,
  status: r.status as MessageStatus,
  decision: r.decision as string,
  decisionId: str(r.decision_id),
  notice: str(r.notice),
  editedAt: str(r.edited_at),
  createdAt: r.created_at as string,
  seq: String(r.seq),
});
const toAttachment = (r: Row): Attachment => ({
  id: r.id as string,
  roomId: r.room_id as string,
  uploaderId: r.uploader_id as string,
  filename: r.filename as string,
  mime: r.mime as string,
  size: Number(r.size),
  path: r.path as string,
  notice: str(r.notice),
  createdAt: r.created_at as string,
});
const toReport = (r: Row): Report => ({
  id: r.id as string,
  messageId: r.message_id as string,
  reporterId: r.reporter_id as string,
  reason: r.reason as string,
  decisionId: r.decision_id as string,
  status: r.status as Report["status"],
  createdAt: r.created_at as string,
});

export interface NewMessage {
  roomId: string;
  senderId: string;
  body: string;
  status: MessageStatus;
  decision: string;
  decisionId: string | null;
  notice: string | null;
  clientKey?: string | null;
}

export class MarketplaceRepository {
  constructor(readonly db: Db) {}

  // -- users, profiles, portfolios -------------------------------------------------------------

  /** Creates the user unless it exists (the demo seed runs on every start). */
  async ensureUser(u: MpUser): Promise<void> {
    await this.db.query(
      "INSERT INTO mp_users (id, name, role, plan, headline, bio) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING",
      [u.id, u.name, u.role, u.plan, u.headline, u.bio],
    );
  }

  async findUser(id: string): Promise<MpUser | null> {
    const rows = await this.db.query<Row>("SELECT * FROM mp_users WHERE id = $1", [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async getUser(id: string): Promise<MpUser> {
    const u = await this.findUser(id);
    if (!u) throw new NotFoundError(`user ${id}`);
    return u;
  }

  async listUsers(): Promise<MpUser[]> {
    return (await this.db.query<Row>("SELECT * FROM mp_users ORDER BY role, id")).map(toUser);
  }

  async updateProfile(id: string, headline: string, bio: string): Promise<MpUser> {
    const rows = await this.db.query<Row>("UPDATE mp_users SET headline = $2, bio = $3 WHERE id = $1 RETURNING *", [id, headline, bio]);
    if (!rows[0]) throw new NotFoundError(`user ${id}`);
    return toUser(rows[0]);
  }

  async addPortfolioItem(userId: string, title: string, description: string, notice: string | null, decisionId: string | null): Promise<PortfolioItem> {
    const rows = await this.db.query<Row>(
      "INSERT INTO mp_portfolio_items (id, user_id, title, description, notice, decision_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *",
      [randomUUID(), userId, title, description, notice, decisionId],
    );
    return toPortfolio(rows[0]!);
  }

  async listPortfolio(userId: string): Promise<PortfolioItem[]> {
    return (await this.db.query<Row>("SELECT * FROM mp_portfolio_items WHERE user_id = $1 ORDER BY created_at DESC", [userId])).map(toPortfolio);
  }

  // -- jobs, proposals, invites -----------------------------------------------------------------

  async createJob(clientId: string, title: string, description: string, decisionId: string | null): Promise<Job> {
    const rows = await this.db.query<Row>(
      "INSERT INTO mp_jobs (id, client_id, title, description, decision_id) VALUES ($1, $2, $3, $4, $5) RETURNING *",
      [randomUUID(), clientId, title, description, decisionId],
    );
    return toJob(rows[0]!);
  }

  async getJob(id: string): Promise<Job> {
    const rows = await this.db.query<Row>("SELECT * FROM mp_jobs WHERE id = $1", [id]);
    if (!rows[0]) throw new NotFoundError(`job ${id}`);
    return toJob(rows[0]);
  }

  async listJobs(limit = 100): Promise<Job[]> {
    return (await this.db.query<Row>("SELECT * FROM mp_jobs ORDER BY created_at DESC LIMIT $1", [limit])).map(toJob);
  }

  async createProposal(jobId: string, freelancerId: string, coverLetter: string, decisionId: string | null): Promise<Proposal> {
    const rows = await this.db.query<Row>(
      "INSERT INTO mp_proposals (id, job_id, freelancer_id, cover_letter, decision_id) VALUES ($1, $2, $3, $4, $5) RETURNING *",
      [randomUUID(), jobId, freelancerId, coverLetter, decisionId],
    );
    return toProposal(rows[0]!);
  }

  async listProposals(jobId: string): Promise<Proposal[]> {
    return (await this.db.query<Row>("SELECT * FROM mp_proposals WHERE job_id = $1 ORDER BY created_at", [jobId])).map(toProposal);
  }

  async createInvite(jobId: string, clientId: string, freelancerId: string, message: string, decisionId: string | null): Promise<Invite> {
    const rows = await this.db.query<Row>(
      "INSERT INTO mp_invites (id, job_id, client_id, freelancer_id, message, decision_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *",
      [randomUUID(), jobId, clientId, freelancerId, message, decisionId],
    );
    return toInvite(rows[0]!);
  }

  /** Invites a user sent or received. */
  async invitesOf(userId: string): Promise<Invite[]> {
    return (await this.db.query<Row>("SELECT * FROM mp_invites WHERE client_id = $1 OR freelancer_id = $1 ORDER BY created_at DESC", [userId])).map(toInvite);
  }

  async invitesForJob(jobId: string): Promise<Invite[]> {
    return (await this.db.query<Row>("SELECT * FROM mp_invites WHERE job_id = $1 ORDER BY created_at", [jobId])).map(toInvite);
  }

  // -- rooms and contracts ----------------------------------------------------------------------

  /** Creates a room with a fixed id unless it exists (the seeded "demo" room). */
  async ensureRoom(id: string, clientId: string, freelancerId: string): Promise<void> {
    await this.db.query("INSERT INTO mp_rooms (id, client_id, freelancer_id) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING", [id, clientId, freelancerId]);
  }

  /** The room of a client and a freelancer about a job (or about nothing in particular), created on first use. */
  async openRoom(clientId: string, freelancerId: string, jobId: string | null): Promise<Room> {
    return this.db.transaction(async (tx) => {
      const existing = await tx.query<Row>(
        "SELECT * FROM mp_rooms WHERE client_id = $1 AND freelancer_id = $2 AND job_id IS NOT DISTINCT FROM $3 ORDER BY created_at LIMIT 1",
        [clientId, freelancerId, jobId],
      );
      if (existing[0]) return toRoom(existing[0]);
      const rows = await tx.query<Row>(
        "INSERT INTO mp_rooms (id, client_id, freelancer_id, job_id) VALUES ($1, $2, $3, $4) RETURNING *",
        [randomUUID(), clientId, freelancerId, jobId],
      );
      return toRoom(rows[0]!);
    });
  }

  async getRoom(id: string): Promise<Room> {
    const rows = await this.db.query<Row>("SELECT * FROM mp_rooms WHERE id = $1", [id]);
    if (!rows[0]) throw new NotFoundError(`room ${id}`);
    return toRoom(rows[0]);
  }

  async roomsOf(userId: string): Promise<Room[]> {
    return (await this.db.query<Row>("SELECT * FROM mp_rooms WHERE client_id = $1 OR freelancer_id = $1 ORDER BY created_at", [userId])).map(toRoom);
  }

  async roomOfContract(contractId: string): Promise<Room> {
    const rows = await this.db.query<Row>("SELECT * FROM mp_rooms WHERE contract_id = $1", [contractId]);
    if (!rows[0]) throw new NotFoundError(`room of contract ${contractId}`);
    return toRoom(rows[0]);
  }

  /**
   * Offers a contract in a room. A room holds one contract at a time: a new offer is possible only
   * when there is none or the previous one is closed.
   */
  async offerContract(roomId: string, title: string, kind: Contract["kind"], startsAt: string | null, now: Date): Promise<Contract> {
    return this.db.transaction(async (tx) => {
      const room = await tx.query<Row>("SELECT * FROM mp_rooms WHERE id = $1 FOR UPDATE", [roomId]);
      if (!room[0]) throw new NotFoundError(`room ${roomId}`);
      const current = room[0].contract_id ? await this.contractIn(tx, room[0].contract_id as string) : null;
      if (current && (current.status === "offered" || current.status === "active")) throw new ConflictError(`this room already has a contract (${current.status})`);
      const rows = await tx.query<Row>(
        `INSERT INTO mp_contracts (id, client_id, freelancer_id, title, kind, status, starts_at, offered_at)
         VALUES ($1, $2, $3, $4, $5, 'offered', $6, $7) RETURNING *`,
        [randomUUID(), room[0].client_id, room[0].freelancer_id, title, kind, startsAt, now.toISOString()],
      );
      const contract = toContract(rows[0]!);
      await tx.query("UPDATE mp_rooms SET contract_id = $2 WHERE id = $1", [roomId, contract.id]);
      return contract;
    });
  }

  private async contractIn(tx: Queryable, id: string): Promise<Contract | null> {
    const rows = await tx.query<Row>("SELECT * FROM mp_contracts WHERE id = $1", [id]);
    return rows[0] ? toContract(rows[0]) : null;
  }

  async getContract(id: string): Promise<Contract> {
    const c = await this.contractIn(this.db, id);
    if (!c) throw new NotFoundError(`contract ${id}`);
    return c;
  }

  async contractsOf(userId: string): Promise<Contract[]> {
    return (await this.db.query<Row>("SELECT * FROM mp_contracts WHERE client_id = $1 OR freelancer_id = $1 ORDER BY offered_at DESC", [userId])).map(toContract);
  }

  /** The pair's most recent contract that is not closed, else their most recent one (drives W1 on proposals and invites). */
  async latestContractBetween(clientId: string, freelancerId: string): Promise<Contract | null> {
    const rows = await this.db.query<Row>(
      `SELECT * FROM mp_contracts WHERE client_id = $1 AND freelancer_id = $2
       ORDER BY (status IN ('closed', 'declined')), offered_at DESC LIMIT 1`,
      [clientId, freelancerId],
    );
    return rows[0] ? toContract(rows[0]) : null;
  }

  /** offered → active; the acceptance starts the contract (W1). */
  async acceptContract(id: string, now: Date): Promise<Contract> {
    const rows = await this.db.query<Row>(
      "UPDATE mp_contracts SET status = 'active', accepted_at = $2 WHERE id = $1 AND status = 'offered' RETURNING *",
      [id, now.toISOString()],
    );
    if (rows[0]) return toContract(rows[0]);
    const c = await this.getContract(id);
    throw new ConflictError(`contract ${id} is ${c.status}, not offered`);
  }

  /** Ends a contract: `closed` once it has started, `declined` for an offer that never did. */
  async endContract(id: string, as: "closed" | "declined", now: Date): Promise<Contract> {
    const rows = await this.db.query<Row>(
      "UPDATE mp_contracts SET status = $3, ended_at = $2 WHERE id = $1 AND status IN ('offered', 'active') RETURNING *",
      [id, now.toISOString(), as],
    );
    if (rows[0]) return toContract(rows[0]);
    const c = await this.getContract(id);
    throw new ConflictError(`contract ${id} is already ${c.status}`);
  }

  // -- messages ---------------------------------------------------------------------------------

  /** Stores a message; a retry with the same client key returns the message stored the first time. */
  async insertMessage(m: NewMessage): Promise<{ message: Message; inserted: boolean }> {
    const rows = await this.db.query<Row>(
      `INSERT INTO mp_messages (id, room_id, sender_id, body, status, decision, decision_id, notice, client_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (client_key) DO NOTHING RETURNING *`,
      [randomUUID(), m.roomId, m.senderId, m.body, m.status, m.decision, m.decisionId, m.notice, m.clientKey ?? null],
    );
    if (rows[0]) return { message: toMessage(rows[0]), inserted: true };
    const existing = await this.db.query<Row>("SELECT * FROM mp_messages WHERE client_key = $1", [m.clientKey]);
    return { message: toMessage(existing[0]!), inserted: false };
  }

  async getMessage(id: string): Promise<Message> {
    const rows = await this.db.query<Row>("SELECT * FROM mp_messages WHERE id = $1", [id]);
    if (!rows[0]) throw new NotFoundError(`message ${id}`);
    return toMessage(rows[0]);
  }

  /** The room's latest messages, oldest first. */
  async listMessages(roomId: string, limit = 200): Promise<Message[]> {
    const rows = await this.db.query<Row>(
      "SELECT * FROM (SELECT * FROM mp_messages WHERE room_id = $1 ORDER BY seq DESC LIMIT $2) m ORDER BY seq",
      [roomId, limit],
    );
    return rows.map(toMessage);
  }

  /** An edit replaces the body and the decision that now governs it. */
  async reviseMessage(id: string, m: Pick<Message, "body" | "status" | "decision" | "decisionId" | "notice">, now: Date): Promise<Message> {
    const rows = await this.db.query<Row>(
      "UPDATE mp_messages SET body = $2, status = $3, decision = $4, decision_id = $5, notice = $6, edited_at = $7 WHERE id = $1 RETURNING *",
      [id, m.body, m.status, m.decision, m.decisionId, m.notice, now.toISOString()],
    );
    if (!rows[0]) throw new NotFoundError(`message ${id}`);
    return toMessage(rows[0]);
  }

  async messagesByDecision(decisionId: string): Promise<Message[]> {
    return (await this.db.query<Row>("SELECT * FROM mp_messages WHERE decision_id = $1", [decisionId])).map(toMessage);
  }

  /** Moves messages in one status to another (a reviewer releases or rejects held messages). */
  async setMessageStatus(ids: string[], from: MessageStatus[], to: MessageStatus): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = await this.db.query<Row>(
      "UPDATE mp_messages SET status = $3 WHERE id = ANY($1::text[]) AND status = ANY($2::text[]) RETURNING id",
      [ids, from, to],
    );
    return rows.length;
  }

  // -- attachments ------------------------------------------------------------------------------

  async insertAttachment(a: Omit<Attachment, "createdAt">): Promise<Attachment> {
    const rows = await this.db.query<Row>(
      "INSERT INTO mp_attachments (id, room_id, uploader_id, filename, mime, size, path, notice) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *",
      [a.id, a.roomId, a.uploaderId, a.filename, a.mime, a.size, a.path, a.notice],
    );
    return toAttachment(rows[0]!);
  }

  async getAttachment(id: string): Promise<Attachment> {
    const rows = await this.db.query<Row>("SELECT * FROM mp_attachments WHERE id = $1", [id]);
    if (!rows[0]) throw new NotFoundError(`file ${id}`);
    return toAttachment(rows[0]);
  }

  async listAttachments(roomId: string): Promise<Attachment[]> {
    return (await this.db.query<Row>("SELECT * FROM mp_attachments WHERE room_id = $1 ORDER BY created_at", [roomId])).map(toAttachment);
  }

  // -- reports ----------------------------------------------------------------------------------

  async createReport(messageId: string, reporterId: string, reason: string, decisionId: string): Promise<Report> {
    const rows = await this.db.query<Row>(
      "INSERT INTO mp_reports (id, message_id, reporter_id, reason, decision_id) VALUES ($1, $2, $3, $4, $5) RETURNING *",
      [randomUUID(), messageId, reporterId, reason, decisionId],
    );
    return toReport(rows[0]!);
  }

  async pendingReportOf(messageId: string, reporterId: string): Promise<Report | null> {
    const rows = await this.db.query<Row>("SELECT * FROM mp_reports WHERE message_id = $1 AND reporter_id = $2 AND status = 'pending'", [messageId, reporterId]);
    return rows[0] ? toReport(rows[0]) : null;
  }

  async reportsByDecisions(decisionIds: string[]): Promise<Report[]> {
    if (decisionIds.length === 0) return [];
    return (await this.db.query<Row>("SELECT * FROM mp_reports WHERE decision_id = ANY($1::text[])", [decisionIds])).map(toReport);
  }

  async setReportStatus(decisionId: string, status: Report["status"]): Promise<void> {
    await this.db.query("UPDATE mp_reports SET status = $2 WHERE decision_id = $1 AND status = 'pending'", [decisionId, status]);
  }

  async messagesByIds(ids: string[]): Promise<Message[]> {
    if (ids.length === 0) return [];
    return (await this.db.query<Row>("SELECT * FROM mp_messages WHERE id = ANY($1::text[])", [ids])).map(toMessage);
  }

  async messagesByDecisions(decisionIds: string[]): Promise<Message[]> {
    if (decisionIds.length === 0) return [];
    return (await this.db.query<Row>("SELECT * FROM mp_messages WHERE decision_id = ANY($1::text[])", [decisionIds])).map(toMessage);
  }

  /** The moderation console's conversation view: up to `before` messages before `seq` in the room, the message at `seq`, and up to `after` after it, oldest first. */
  async messagesAround(roomId: string, seq: string, before = 5, after = 5): Promise<Message[]> {
    const rows = await this.db.query<Row>(
      `(SELECT * FROM mp_messages WHERE room_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3)
       UNION ALL (SELECT * FROM mp_messages WHERE room_id = $1 AND seq >= $2 ORDER BY seq LIMIT $4)`,
      [roomId, seq, before, after + 1],
    );
    return rows.map(toMessage).sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
  }
}
