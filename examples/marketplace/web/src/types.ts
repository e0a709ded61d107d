import type { SpanFinding } from "./api";

/** The shapes the marketplace API returns (src/marketplace). */

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

export interface Preview {
  decision: string;
  violation: boolean;
  message: string;
  clauses: string[];
  findings: SpanFinding[];
  redactedText?: string;
}

export interface Verdict {
  decision: string;
  violation: boolean;
  message: string;
  clauses: string[];
  findings: SpanFinding[];
}

export interface Job {
  id: string;
  clientId: string;
  title: string;
  description: string;
  createdAt: string;
  client: User | null;
}

export interface Standing {
  accountId: string;
  activeViolations: number;
  totalViolations: number;
  ladderStep: number;
  penalty: string | null;
  badgesRemoved: boolean;
  restrictedUntil: string | null;
  suspended: boolean;
}

export interface Violation {
  id: string;
  accountId: string;
  decisionId: string;
  types: string[];
  clauses: string[];
  ladderStep: number;
  penalty: string;
  status: "active" | "overturned";
  createdAt: string;
  expiresAt: string;
  appeal?: { id: string; status: string } | null;
}

export interface Appeal {
  id: string;
  violationId: string;
  accountId: string;
  reason: string;
  status: "pending" | "upheld" | "overturned";
  resolvedBy: string | null;
  note: string | null;
  createdAt: string;
  resolvedAt: string | null;
}

export interface LadderStep {
  step: number;
  atViolation: number;
  penalty: string;
  message: string;
  days?: number;
}

export interface AccountView {
  user: User | null;
  standing: Standing;
  violations: Violation[];
  appeals: Appeal[];
  ladder: LadderStep[];
}

export interface Decision {
  id: string;
  senderId: string | null;
  recipientId: string | null;
  surface: string;
  decision: string;
  violation: boolean;
  clauses: string[];
  findings: SpanFinding[];
  message: string;
  redactedText: string | null;
  policyId: string;
  reviewStatus: string | null;
  createdAt: string;
  seq?: string;
}
