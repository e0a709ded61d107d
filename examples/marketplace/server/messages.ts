import { createHash, randomUUID } from "node:crypto";
import type { Message, MpUser } from "./repository.js";
import type { DecisionRecord } from "contactguard/server";
import { messageContext, party } from "./context.js";
import type { MarketDeps } from "./deps.js";
import { badRequest, forbidden, MarketError } from "./errors.js";
import { openRoomFor, roomState, visibleMessages } from "./rooms.js";
import { hiddenTypes, messageOutcome, messageOutcomeText, offending, policyRefusal, verdictOf, wordsFor, type PolicyWords, type PreviewResult, type PublicVerdict, type Verdict } from "./verdict.js";

/*
 * The message center's write path. The composer previews (nothing recorded) while the author types;
 * a send or an edit is enforced: the guard records the decision (and the violation, with its ladder
 * step) and the message is delivered as the decision says.
 */

export async function previewMessage(deps: MarketDeps, roomId: string, me: MpUser, text: string, requestId: string): Promise<PreviewResult> {
  const access = await openRoomFor(deps, roomId, me);
  const v = verdictOf(await deps.checker.check({ text, context: messageContext(await roomState(deps, access), deps.now()), mode: "preview" }, requestId));
  return {
    ...publicVerdict(v, text, "before", deps.words),
    ...(v.redactedText !== undefined ? { redactedText: v.redactedText } : {}),
  };
}

function nonEmpty(text: string): string {
  if (text.trim().length === 0) throw badRequest("a message needs some text");
  return text;
}

export async function sendMessage(deps: MarketDeps, roomId: string, me: MpUser, text: string, clientKey: string | undefined, requestId: string) {
  const access = await openRoomFor(deps, roomId, me);
  nonEmpty(text);
  const context = messageContext(await roomState(deps, access), deps.now());
  // The client key makes a retried send one decision and one message, not two.
  const idempotencyKey = clientKey ? `mp:msg:${me.id}:${clientKey}` : undefined;
  // A retry is the same room and text; its context (time, the room's history) has moved on since, so the key is bound to those two.
  const requestHash = createHash("sha256").update(JSON.stringify([roomId, text])).digest("hex");
  const v = verdictOf(await deps.checker.check({ text, context, mode: "enforce", ...(idempotencyKey ? { idempotencyKey, requestHash } : {}) }, requestId));
  const outcome = messageOutcome(v, text, deps.words);
  // Refused: nothing was sent, so the words are the ones for before sending.
  if (outcome.kind === "refuse") throw policyRefusal({ ...v, message: wordsFor(v, "before", deps.words) });
  const { message } = await deps.market.insertMessage({
    roomId,
    senderId: me.id,
    body: outcome.body,
    status: outcome.kind === "hold" ? "held" : "delivered",
    decision: v.decision,
    decisionId: v.decisionId,
    notice: outcome.notice,
    clientKey: idempotencyKey ?? null,
  });
  return { message: visibleMessages([message], me.id)[0]!, verdict: publicVerdict(v, text, "after", deps.words) };
}

/** An edit is a new text: checked again under today's contract state, and delivered by its own decision. */
export async function editMessage(deps: MarketDeps, messageId: string, me: MpUser, text: string, requestId: string) {
  const original = await deps.market.getMessage(messageId);
  if (original.senderId !== me.id) throw forbidden("only the author may edit a message");
  if (original.status !== "delivered" && original.status !== "held") throw new MarketError("conflict", `a ${original.status} message cannot be edited`);
  nonEmpty(text);
  const access = await openRoomFor(deps, original.roomId, me);
  const context = messageContext(await roomState(deps, access, original), deps.now());
  const v = verdictOf(await deps.checker.check({ text, context, mode: "enforce" }, requestId));
  const outcome = messageOutcome(v, text, deps.words);
  // A refused edit leaves the message as it was.
  if (outcome.kind === "refuse") throw policyRefusal({ ...v, message: wordsFor(v, "before", deps.words) });
  const revised = await deps.market.reviseMessage(
    messageId,
    { body: outcome.body, status: outcome.kind === "hold" ? "held" : "delivered", decision: v.decision, decisionId: v.decisionId, notice: outcome.notice },
    deps.now(),
  );
  return { message: visibleMessages([revised], me.id)[0]!, verdict: publicVerdict(v, text, "after", deps.words) };
}

/** The verdict as the author reads it at `moment`: the policy's words in that tense, and what sending does or did. */
function publicVerdict(v: Verdict, text: string, moment: "before" | "after", words: PolicyWords): PublicVerdict {
  const findings = offending(v);
  return {
    decision: v.decision,
    violation: v.violation,
    message: wordsFor(v, moment, words),
    clauses: v.clauses,
    findings,
    outcome: messageOutcomeText(v.decision, hiddenTypes(findings, text, v.redactedText), moment),
  };
}

/**
 * A member reports a message as an attempt to move off the platform. The report becomes a
 * `review` entry in the decision log, so it waits in the same review queue as held messages.
 */
export async function reportMessage(deps: MarketDeps, messageId: string, me: MpUser, reason: string, requestId: string) {
  const message = await deps.market.getMessage(messageId);
  const access = await openRoomFor(deps, message.roomId, me);
  if (message.senderId === me.id) throw badRequest("you cannot report your own message");
  if (message.status !== "delivered") throw new MarketError("conflict", `a ${message.status} message cannot be reported`);
  const existing = await deps.market.pendingReportOf(messageId, me.id);
  if (existing) return existing;
  // The guard's reading of the message, so the reviewer sees what it found (if anything).
  const state = await roomState(deps, { ...access, me: access.other, other: access.me }, message);
  const v = verdictOf(await deps.checker.check({ text: message.body, context: messageContext(state, deps.now()), mode: "preview" }, requestId));
  const decision = reportDecision(deps, message, me, reason, v, requestId);
  await deps.repo.insertDecisions([decision]);
  return deps.market.createReport(messageId, me.id, reason, decision.id);
}

function reportDecision(deps: MarketDeps, message: Message, reporter: MpUser, reason: string, v: Verdict, requestId: string): DecisionRecord {
  return {
    id: randomUUID(),
    requestId,
    senderId: message.senderId,
    recipientId: reporter.id,
    surface: "message",
    decision: "review",
    violation: false,
    // C9: the reporter says the author is trying to move off the platform.
    clauses: [...new Set([...v.clauses, "C9"])],
    findings: v.findings,
    context: { surface: "message", report: { by: reporter.id, reason, messageId: message.id, roomId: message.roomId }, reporter: party(reporter) },
    message: `Reported by ${reporter.id}: ${reason}`,
    textHash: createHash("sha256").update(message.body).digest("hex"),
    redactedText: v.redactedText ?? null,
    body: null,
    policyId: "report",
    policyVersion: "1",
    reviewStatus: "pending",
    createdAt: deps.now().toISOString(),
  };
}
