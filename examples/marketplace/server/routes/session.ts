import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { MarketDeps } from "../deps.js";
import { MarketError } from "../errors.js";
import { ATTACHMENT_LIMIT } from "../limits.js";
import { publicUser } from "../rooms.js";
import { actingUser, setSession } from "../session.js";
import { SessionBody } from "./schemas.js";

/** The user switcher: who may be acted as, who is acting, and switching. */
export const sessionRoutes: FastifyPluginAsyncZod<{ deps: MarketDeps }> = async (app, { deps }) => {
  app.get("/users", async () => ({ users: (await deps.market.listUsers()).map(publicUser) }));
  app.get("/me", async (req) => {
    const user = await actingUser(req, deps);
    return { user: user ? { ...publicUser(user), bio: user.bio } : null, limits: ATTACHMENT_LIMIT };
  });
  app.post("/session", { schema: { body: SessionBody } }, async (req, reply) => {
    const user = await deps.market.findUser(req.body.userId);
    if (!user) throw new MarketError("not_found", `no demo user ${req.body.userId}`);
    setSession(reply, deps, user.id);
    return { user: publicUser(user) };
  });
  app.delete("/session", async (_req, reply) => {
    setSession(reply, deps, null);
    return { user: null };
  });
};
