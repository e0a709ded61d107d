import type { PolicyPreset } from "contactguard";
import type { AppealRecord, DecisionRecord, Standing, ViolationRecord } from "contactguard/server";
import type { PreviewResult, PublicVerdict, RefusalFinding } from "../../server/verdict";

/*
 * The shapes the marketplace API returns. Types only (erased from the bundle): the guard's own records
 * come from the package, the marketplace's verdicts from its server (examples/marketplace/server).
 */

export type { Standing };
/** A violation on the ladder, with its appeal (the account page and the console). */
export type Violation = ViolationRecord;
export type Appeal = AppealRecord;
/** The spans a verdict or a refusal marks. */
export type SpanFinding = RefusalFinding;
/** The reply to a send or an edit. */
export type Verdict = PublicVerdict;
/** The composer's pre-send check. */
export type Preview = PreviewResult;
/** A ladder step as the account page shows it: the preset's step and its number. */
export type LadderStep = PolicyPreset["ladder"]["steps"][number] & { step: number };
/**
 * A row of the decision log. Its findings are the enforcer's (FindingJson) or, for a reported message,
 * the report's spans: the console reads only the span fields both have.
 */
export type Decision = Omit<DecisionRecord, "findings"> & { findings: SpanFinding[] };

export interface User {
  id: string;
  name: string;
  role: "client" | "freelancer" | "reviewer";
  plan: string;
  headline: string;
  bio?: string;
}

export interface Limits {
  maxBytes: number;
  message: string;
}

export interface Contract {
  id: string;
  clientId: string;
  freelancerId: string;
  title: string;
  kind: "standard" | "test";
  status: "offered" | "active" | "closed" | "declined";
  startsAt: string | null;
  offeredAt: string;
  acceptedAt: string | null;
  endedAt: string | null;
  started: boolean;
}

export interface Message {
  id: string;
  senderId: string;
  body: string;
  status: "delivered" | "held" | "rejected" | "removed";
  decision: string;
  notice: string | null;
  mine: boolean;
  editedAt: string | null;
  createdAt: string;
}

export interface Attachment {
  id: string;
  filename: string;
  size: number;
  uploaderId: string;
  notice: string | null;
  createdAt: string;
  url: string;
}

export interface RoomView {
  room: { id: string; jobId: string | null; preExisting: boolean };
  me: User;
  client: User;
  freelancer: User;
  contract: Contract | null;
  messages: Message[];
  attachments: Attachment[];
  links: Array<{ url: string; text: string; messageId: string }>;
  limits: Limits;
}

export interface Job {
  id: string;
  clientId: string;
  title: string;
  description: string;
  createdAt: string;
  client: User | null;
}

export interface AccountView {
  user: User | null;
  standing: Standing;
  violations: Violation[];
  appeals: Appeal[];
  ladder: LadderStep[];
}

