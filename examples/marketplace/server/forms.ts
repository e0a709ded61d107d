import type { CheckContextInput } from "contactguard";
import type { MpUser } from "./repository.js";
import { pairContext, publicContext } from "./context.js";
import type { MarketDeps } from "./deps.js";
import { badRequest, forbidden } from "./errors.js";
import { formAccepted, joinFields, offending, policyRefusal, verdictOf, wordsFor, type FieldFinding, type Verdict } from "./verdict.js";

/*
 * Job posts, proposals, invites, profiles and portfolios: each checked on its own surface (the
 * preset says what each surface does), published only when the policy lets the text stand. A
 * refusal names the field and the span of each offending part, so the form can mark them. While
 * the author types, the same check runs as a preview (nothing recorded), so the form warns before
 * it is submitted, as the composer does.
 */

/** A form's surface, and what its check context is built from (the job a proposal answers, the freelancer invited). */
export type FormTarget =
  | { surface: "job_post" }
  | { surface: "profile" }
  | { surface: "portfolio" }
  | { surface: "proposal"; jobId: string }
  | { surface: "invite"; jobId: string; freelancerId: string };

/** Who may write on the surface, and the context the guard judges it in: one place for the submit and its preview. */
async function formContext(deps: MarketDeps, me: MpUser, target: FormTarget): Promise<CheckContextInput> {
  const now = deps.now();
  switch (target.surface) {
    case "job_post":
      if (me.role !== "client") throw forbidden("only clients post jobs");
      return publicContext("job_post", me, now);
    case "profile":
      if (me.role === "reviewer") throw forbidden("reviewers have no public profile");
      return publicContext("profile", me, now);
    case "portfolio":
      if (me.role !== "freelancer") throw forbidden("only freelancers have portfolios");
      return publicContext("portfolio", me, now);
    case "proposal": {
      if (me.role !== "freelancer") throw forbidden("only freelancers submit proposals");
      const job = await deps.market.getJob(target.jobId);
      const client = await deps.market.getUser(job.clientId);
      return pairContext("proposal", me, client, await deps.market.latestContractBetween(client.id, me.id), now);
    }
    case "invite": {
      const job = await deps.market.getJob(target.jobId);
      if (job.clientId !== me.id) throw forbidden("only the job's client invites freelancers to it");
      const freelancer = await deps.market.getUser(target.freelancerId);
      if (freelancer.role !== "freelancer") throw badRequest(`${target.freelancerId} is not a freelancer`);
      return pairContext("invite", me, freelancer, await deps.market.latestContractBetween(me.id, freelancer.id), now);
    }
  }
}

async function checkForm(deps: MarketDeps, fields: Array<[string, string]>, context: CheckContextInput, requestId: string): Promise<Verdict> {
  const joined = joinFields(fields);
  const v = verdictOf(await deps.checker.check({ text: joined.text, context, mode: "enforce" }, requestId));
  // Nothing is published, so the words are the ones for before (never "is being held" for a form).
  if (!formAccepted(v)) throw policyRefusal({ ...v, message: wordsFor(v, "before", deps.words) }, offending(v).flatMap(joined.locate));
  return v;
}

/** What the form's pre-submit warning shows: whether it would be accepted, the policy's words, and the spans per field. */
export interface FormPreview {
  decision: Verdict["decision"];
  violation: boolean;
  /** True when submitting it now would publish it (allow or notice). */
  accepted: boolean;
  message: string;
  clauses: string[];
  findings: FieldFinding[];
}

/** The form as it stands, checked without recording anything (mode "preview"). */
export async function previewForm(deps: MarketDeps, me: MpUser, target: FormTarget, fields: Array<[string, string]>, requestId: string): Promise<FormPreview> {
  const context = await formContext(deps, me, target);
  const joined = joinFields(fields);
  if (joined.text.trim().length === 0) return { decision: "allow", violation: false, accepted: true, message: "", clauses: [], findings: [] };
  const v = verdictOf(await deps.checker.check({ text: joined.text, context, mode: "preview" }, requestId));
  return {
    decision: v.decision,
    violation: v.violation,
    accepted: formAccepted(v),
    message: wordsFor(v, "before", deps.words),
    clauses: v.clauses,
    findings: offending(v).flatMap(joined.locate),
  };
}

const required = (name: string, value: string) => {
  if (value.trim().length === 0) throw badRequest(`${name} is required`);
  return value;
};

/** X1: a job post with contact details is not posted, and the author reads exactly why. */
export async function postJob(deps: MarketDeps, me: MpUser, title: string, description: string, requestId: string) {
  const context = await formContext(deps, me, { surface: "job_post" });
  const v = await checkForm(deps, [["title", required("title", title)], ["description", required("description", description)]], context, requestId);
  return deps.market.createJob(me.id, title, description, v.decisionId);
}

export async function submitProposal(deps: MarketDeps, me: MpUser, jobId: string, coverLetter: string, requestId: string) {
  const context = await formContext(deps, me, { surface: "proposal", jobId });
  const v = await checkForm(deps, [["coverLetter", required("coverLetter", coverLetter)]], context, requestId);
  const job = await deps.market.getJob(jobId);
  const proposal = await deps.market.createProposal(jobId, me.id, coverLetter, v.decisionId);
  // A proposal opens the conversation about the job: the client can reply in the message center.
  const room = await deps.market.openRoom(job.clientId, me.id, jobId);
  return { proposal, roomId: room.id, notice: v.message || null };
}

export async function sendInvite(deps: MarketDeps, me: MpUser, jobId: string, freelancerId: string, message: string, requestId: string) {
  const context = await formContext(deps, me, { surface: "invite", jobId, freelancerId });
  const v = await checkForm(deps, [["message", required("message", message)]], context, requestId);
  const invite = await deps.market.createInvite(jobId, me.id, freelancerId, message, v.decisionId);
  const room = await deps.market.openRoom(me.id, freelancerId, jobId);
  return { invite, roomId: room.id, notice: v.message || null };
}

export async function saveProfile(deps: MarketDeps, me: MpUser, headline: string, bio: string, requestId: string) {
  const context = await formContext(deps, me, { surface: "profile" });
  const v = await checkForm(deps, [["headline", headline], ["bio", bio]], context, requestId);
  return { user: await deps.market.updateProfile(me.id, headline, bio), notice: v.message || null };
}

/** S5: a portfolio that happens to contain contact details is shown, with a notice to its author. */
export async function addPortfolioItem(deps: MarketDeps, me: MpUser, title: string, description: string, requestId: string) {
  const context = await formContext(deps, me, { surface: "portfolio" });
  const v = await checkForm(deps, [["title", required("title", title)], ["description", required("description", description)]], context, requestId);
  return deps.market.addPortfolioItem(me.id, title, description, v.message || null, v.decisionId);
}
