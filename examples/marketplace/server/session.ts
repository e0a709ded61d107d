import type { FastifyReply, FastifyRequest } from "fastify";
import type { MarketplaceRepository, MpUser, UserRole } from "./repository.js";
import { forbidden, unauthorized } from "./errors.js";

/*
 * Who is acting. The demo has no passwords: the user switcher (or a `?as=` deep link) sets a cookie
 * naming a demo user. The browser never holds an API key; every route still checks that the acting
 * user may do what it asks, exactly as a real marketplace would after its own sign-in.
 */

export const SESSION_COOKIE = "cg_demo_user";

export function cookieValue(req: FastifyRequest, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return null;
    }
  }
  return null;
}

export function setSession(reply: FastifyReply, userId: string | null): void {
  // HttpOnly: page scripts never read it; SameSite=Lax: other sites cannot post as the demo user.
  const value = userId === null ? "" : encodeURIComponent(userId);
  const expiry = userId === null ? "; Max-Age=0" : "; Max-Age=2592000";
  reply.header("set-cookie", `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax${expiry}`);
}

export async function actingUser(req: FastifyRequest, market: MarketplaceRepository): Promise<MpUser | null> {
  const id = cookieValue(req, SESSION_COOKIE);
  if (!id || id.length > 200) return null;
  return market.findUser(id);
}

/** The acting user, or 401; with roles, 403 unless the user has one of them. */
export async function requireUser(req: FastifyRequest, market: MarketplaceRepository, roles?: UserRole[]): Promise<MpUser> {
  const user = await actingUser(req, market);
  if (!user) throw unauthorized();
  if (roles && !roles.includes(user.role)) throw forbidden(`${user.id} is a ${user.role}; this needs a ${roles.join(" or ")}`);
  return user;
}
