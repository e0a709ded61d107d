import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { MarketDeps } from "../deps.js";
import { addPortfolioItem, postJob, previewForm, saveProfile, sendInvite, submitProposal } from "../forms.js";
import { publicUser } from "../rooms.js";
import { actingUser, requireUser } from "../session.js";
import { FormPreviewBody, Id, InviteBody, JobBody, PortfolioBody, ProfileBody, ProposalBody } from "./schemas.js";

/** Job posts, proposals, invites, profiles and portfolios: the pre-hire surfaces (W2). */
export const jobRoutes: FastifyPluginAsyncZod<{ deps: MarketDeps }> = async (app, { deps }) => {
  app.get("/jobs", async () => {
    const jobs = await deps.market.listJobs();
    const users = new Map((await deps.market.listUsers()).map((u) => [u.id, publicUser(u)]));
    return { jobs: jobs.map((j) => ({ ...j, client: users.get(j.clientId) ?? null })) };
  });

  // The forms' pre-submit warning: the same check as the submit, as a preview (nothing recorded).
  app.post("/forms/preview", { schema: { body: FormPreviewBody } }, async (req) => {
    const { fields, ...target } = req.body;
    return previewForm(deps, await requireUser(req, deps), target, Object.entries(fields), req.id);
  });

  app.post("/jobs", { schema: { body: JobBody } }, async (req, reply) =>
    reply.code(201).send({ job: await postJob(deps, await requireUser(req, deps), req.body.title, req.body.description, req.id) }),
  );

  app.get("/jobs/:id", { schema: { params: Id } }, async (req) => {
    const viewer = await actingUser(req, deps);
    const job = await deps.market.getJob(req.params.id);
    const owner = viewer?.id === job.clientId;
    const users = new Map((await deps.market.listUsers()).map((u) => [u.id, publicUser(u)]));
    // The client sees every proposal and invite; a freelancer sees their own.
    const proposals = (await deps.market.listProposals(job.id)).filter((p) => owner || p.freelancerId === viewer?.id);
    const invites = (await deps.market.invitesForJob(job.id)).filter((i) => owner || i.freelancerId === viewer?.id);
    return {
      job: { ...job, client: users.get(job.clientId) ?? null },
      proposals: proposals.map((p) => ({ ...p, freelancer: users.get(p.freelancerId) ?? null })),
      invites: invites.map((i) => ({ ...i, freelancer: users.get(i.freelancerId) ?? null })),
      freelancers: owner ? [...users.values()].filter((u) => u.role === "freelancer") : [],
    };
  });

  app.post("/jobs/:id/proposals", { schema: { params: Id, body: ProposalBody } }, async (req, reply) =>
    reply.code(201).send(await submitProposal(deps, await requireUser(req, deps), req.params.id, req.body.coverLetter, req.id)),
  );

  app.post("/jobs/:id/invites", { schema: { params: Id, body: InviteBody } }, async (req, reply) =>
    reply.code(201).send(await sendInvite(deps, await requireUser(req, deps), req.params.id, req.body.freelancerId, req.body.message, req.id)),
  );

  app.get("/profiles/:id", { schema: { params: Id } }, async (req) => {
    const user = await deps.market.getUser(req.params.id);
    return { user: { ...publicUser(user), bio: user.bio }, portfolio: await deps.market.listPortfolio(user.id) };
  });

  app.put("/profile", { schema: { body: ProfileBody } }, async (req) => {
    const out = await saveProfile(deps, await requireUser(req, deps), req.body.headline, req.body.bio, req.id);
    return { user: { ...publicUser(out.user), bio: out.user.bio }, notice: out.notice };
  });

  app.post("/portfolio", { schema: { body: PortfolioBody } }, async (req, reply) =>
    reply.code(201).send({ item: await addPortfolioItem(deps, await requireUser(req, deps), req.body.title, req.body.description, req.id) }),
  );
};
