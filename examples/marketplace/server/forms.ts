import type { MpUser } from "./repository.js";
import { pairContext, publicContext } from "./context.js";
import type { MarketDeps } from "./deps.js";
import { badRequest, forbidden } from "./errors.js";
import { formAccepted, joinFields, offending, policyRefusal, verdictOf, type Verdict } from "./verdict.js";

/*
 * Job posts, proposals, invites, profiles and portfolios: each checked on its own surface (the
 * preset says what each surface does), published only when the policy lets the text stand. A
 * refusal names the field and the span of each offending part, so the form can mark them.
 */

async function checkForm(deps: MarketDeps, fields: Array<[string, string]>, context: Record<string, unknown>, requestId: string): Promise<Verdict> {
  const joined = joinFields(fields);
  const v = verdictOf(await deps.checker.check({ text: joined.text, context, mode: "enforce" }, requestId));
  if (!formAccepted(v)) throw policyRefusal(v, offending(v).flatMap(joined.locate));
  return v;
}

const required = (name: string, value: string) => {
  if (value.trim().length === 0) throw badRequest(`${name} is required`);
  return value;
};

/** X1: a job post with contact details is not posted, and the author reads exactly why. */
export async function postJob(deps: MarketDeps, me: MpUser, title: string, description: string, requestId: string) {
  if (me.role !== "client") throw forbidden("only clients post jobs");
  const v = await checkForm(deps, [["title", required("title", title)], ["description", required("description", description)]], publicContext("job_post", me, deps.now()), requestId);
  return deps.market.createJob(me.id, title, description, v.decisionId);
}

export async function submitProposal(deps: MarketDeps, me: MpUser, jobId: string, coverLetter: string, requestId: string) {
  if (me.role !== "freelancer") throw forbidden("only freelancers submit proposals");
  const job = await deps.market.getJob(jobId);
  const client = await deps.market.getUser(job.clientId);
  const contract = await deps.market.latestContractBetween(client.id, me.id);
  const v = await checkForm(deps, [["coverLetter", required("coverLetter", coverLetter)]], pairContext("proposal", me, client, contract, deps.now()), requestId);
  const proposal = await deps.market.createProposal(jobId, me.id, coverLetter, v.decisionId);
  // A proposal opens the conversation about the job: the client can reply in the message center.
  const room = await deps.market.openRoom(client.id, me.id, jobId);
  return { proposal, roomId: room.id, notice: v.message || null };
}

export async function sendInvite(deps: MarketDeps, me: MpUser, jobId: string, freelancerId: string, message: string, requestId: string) {
  const job = await deps.market.getJob(jobId);
  if (job.clientId !== me.id) throw forbidden("only the job's client invites freelancers to it");
  const freelancer = await deps.market.getUser(freelancerId);
  if (freelancer.role !== "freelancer") throw badRequest(`${freelancerId} is not a freelancer`);
  const contract = await deps.market.latestContractBetween(me.id, freelancer.id);
  const v = await checkForm(deps, [["message", required("message", message)]], pairContext("invite", me, freelancer, contract, deps.now()), requestId);
  const invite = await deps.market.createInvite(jobId, me.id, freelancer.id, message, v.decisionId);
  const room = await deps.market.openRoom(me.id, freelancer.id, jobId);
  return { invite, roomId: room.id, notice: v.message || null };
}

export async function saveProfile(deps: MarketDeps, me: MpUser, headline: string, bio: string, requestId: string) {
  if (me.role === "reviewer") throw forbidden("reviewers have no public profile");
  const v = await checkForm(deps, [["headline", headline], ["bio", bio]], publicContext("profile", me, deps.now()), requestId);
  return { user: await deps.market.updateProfile(me.id, headline, bio), notice: v.message || null };
}

/** S5: a portfolio that happens to contain contact details is shown, with a notice to its author. */
export async function addPortfolioItem(deps: MarketDeps, me: MpUser, title: string, description: string, requestId: string) {
  if (me.role !== "freelancer") throw forbidden("only freelancers have portfolios");
  const v = await checkForm(deps, [["title", required("title", title)], ["description", required("description", description)]], publicContext("portfolio", me, deps.now()), requestId);
  return deps.market.addPortfolioItem(me.id, title, description, v.message || null, v.decisionId);
}
