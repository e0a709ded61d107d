import { createHmac, timingSafeEqual } from "node:crypto";
import { unsafeIdProblem } from "../../../core/strings.js";
import { PLANS, type CheckContextInput } from "../../../policy/context.js";
import type { CheckResponse } from "../../../enforce/types.js";
import type { StreamFieldMap } from "../../../runtime/stream-fields.js";

/*
 * Stream Chat's "Before Message Send" webhook, as its documentation describes it
 * (https://getstream.io/chat/docs/javascript/before_message_send_webhook/ and the common rules of
 * https://getstream.io/chat/docs/javascript/webhooks_overview/):
 *  - Stream POSTs `{message, user, channel, request_info?}` before it stores a message, with the
 *    headers X-Signature (HMAC-SHA256 of the raw body, keyed with the app secret, hex), X-Api-Key
 *    (the app's key), X-Webhook-Id (the same on every retry: used to de-duplicate) and X-Webhook-Attempt;
 *  - the answer is always HTTP 200: an empty object leaves the message as sent; `{message}` with the
 *    same structure rewrites it (its text overwrites the user's input); a message with `type: "error"`
 *    discards it and shows its text to the sender;
 *  - each attempt has 1,500 ms by default, so the hook does one check and nothing else.
 * This module maps that payload onto a ContactGuard check and the decision back onto that answer;
 * the route (surfaces/http/routes/stream-hook.ts) verifies the request and records.
 */

/** The parts of a Stream message the hook reads; every other field is passed back as Stream sent it. */
export interface StreamMessage {
  id?: string;
  text?: string;
  type?: string;
  [field: string]: unknown;
}
type StreamObject = Record<string, unknown>;

export interface BeforeMessageSend {
  message: StreamMessage;
  user?: StreamObject;
  channel?: StreamObject;
  [field: string]: unknown;
}

/** The hook's answer: `{}` (send as is) or `{message}` (rewritten, or `type: "error"` to discard). */
export type HookAnswer = { message?: StreamMessage };

/** Constant-time check of X-Signature: the hex HMAC-SHA256 of exactly the bytes received. */
export function signatureMatches(raw: Buffer, signature: string, secret: string): boolean {
  const expected = createHmac("sha256", secret).update(raw).digest();
  const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, "hex") : null;
  return given !== null && timingSafeEqual(expected, given);
}

/** A custom field: flattened into the object in webhook payloads, under `custom` in some API versions. */
function field(obj: StreamObject | undefined, name: string): unknown {
  if (!obj) return undefined;
  if (obj[name] !== undefined) return obj[name];
  const custom = obj.custom;
  return custom && typeof custom === "object" ? (custom as StreamObject)[name] : undefined;
}
const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 ? v : undefined);
const isoTime = (v: unknown): string | undefined => (typeof v === "string" && !Number.isNaN(Date.parse(v)) ? v : undefined);

/** A party from a Stream user: its id, and its role and plan from custom data; null without a marketplace role. */
function party(user: StreamObject | undefined, map: StreamFieldMap): CheckContextInput["sender"] {
  const role = field(user, map.role);
  if (role !== "client" && role !== "freelancer") return null;
  const plan = field(user, map.plan);
  const id = str(user?.id);
  return { ...(id ? { id } : {}), role, plan: (PLANS as readonly unknown[]).includes(plan) ? (plan as (typeof PLANS)[number]) : "basic" };
}

/** The one other member of the channel (a two-person conversation); none in a group channel. */
function otherMember(channel: StreamObject | undefined, senderId: string | undefined): StreamObject | undefined {
  const members = Array.isArray(channel?.members) ? (channel.members as StreamObject[]) : [];
  const others = members
    .map((m) => (m && typeof m === "object" ? ((m.user as StreamObject | undefined) ?? { id: m.user_id }) : undefined))
    .filter((u): u is StreamObject => !!u && str(u.id) !== undefined && u.id !== senderId);
  return others.length === 1 ? others[0] : undefined;
}

/**
 * The contract from the channel's custom data. An unknown status word counts as no contract: the
 * strictest reading, so a typo in the marketplace's data never lets contact details through.
 */
function contract(channel: StreamObject | undefined, map: StreamFieldMap): CheckContextInput["contract"] {
  const raw = str(field(channel, map.contractStatus));
  const startsAt = isoTime(field(channel, map.contractStartedAt));
  const mapped = raw === undefined ? undefined : (map.contractStatusValues[raw] ?? (["none", "offered", "active", "closed"].includes(raw) ? raw : "none"));
  // A start time without a status: the contract was offered with that start (W1: started once the time has passed).
  const status = (mapped ?? (startsAt ? "offered" : "none")) as "none" | "offered" | "active" | "closed";
  const kind = field(channel, map.contractKind);
  return { status, ...(startsAt ? { startsAt } : {}), ...(kind === "standard" || kind === "test" ? { kind } : {}) };
}

/**
 * The channel's cid (`type:id`), as Stream sends it or built from its parts. It is only the leakage
 * dashboard's conversation id, so one the ledger could not store (a NUL, a lone surrogate) is left
 * out rather than failing the message's check.
 */
function channelCid(channel: StreamObject | undefined): string | undefined {
  const type = str(channel?.type);
  const id = str(channel?.id);
  const cid = str(channel?.cid) ?? (type && id ? `${type}:${id}` : undefined);
  return cid !== undefined && unsafeIdProblem(cid) === null ? cid : undefined;
}

/** The ContactGuard check context of a Stream message: a chat message between the sender and the channel's other member. */
export function contextFromStream(payload: BeforeMessageSend, map: StreamFieldMap): CheckContextInput {
  const sender = party(payload.user, map);
  const recipient = party(otherMember(payload.channel, str(payload.user?.id)), map);
  const language = str(payload.user?.language);
  const conversationId = channelCid(payload.channel);
  return {
    surface: "message",
    sender,
    recipient,
    contract: contract(payload.channel, map),
    ...(conversationId ? { conversationId } : {}),
    // Stream's own user language, when it is a language tag: the policy's message comes in it.
    ...(language && /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(language) ? { language } : {}),
  };
}

/** The message without its rendered `html`, which still holds what the text had. */
function withoutHtml({ html: _html, ...rest }: StreamMessage): StreamMessage {
  return rest;
}

/**
 * The decision as Stream's answer: allow and notice send the message as is; warn and redact send it
 * with the redacted text (and without `html`, which Stream renders again from the text, so the
 * original never survives there); block and review discard it (without `html` too), showing the policy's message to the sender.
 */
export function answerFor(message: StreamMessage, res: Pick<CheckResponse, "decision" | "message" | "redactedText">): HookAnswer {
  switch (res.decision) {
    case "allow":
    case "notice":
      return {};
    case "warn":
    case "redact":
      if (res.redactedText === undefined || res.redactedText === message.text) return {};
      return { message: { ...withoutHtml(message), text: res.redactedText } };
    case "block":
    case "review":
      return { message: { ...withoutHtml(message), type: "error", text: res.message } };
  }
}
