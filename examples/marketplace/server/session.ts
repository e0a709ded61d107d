import { createHmac, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { MarketplaceRepository, MpUser, UserRole } from "./repository.js";
import { forbidden, unauthorized } from "./errors.js";

/*
 * Who is acting. The demo has no passwords: the user switcher (or a `?as=` deep link) asks the
 * server for a session naming a demo user. The cookie is `<user id>.<HMAC-SHA256 of it>` under a
 * key only the server holds (secret.ts), so a cookie someone wrote by hand — unsigned, re-signed,
 * or another user's signature — is no session at all. The browser never holds an API key; every
 * route still checks that the acting user may do what it asks, as a real marketplace would after
 * its own sign-in.
 */

export const SESSION_COOKIE = "cg_demo_user";
const MAX_USER_ID = 200;

/** Signs and verifies session values with one key. */
export class SessionSigner {
  constructor(private readonly key: Buffer) {}

  private mac(userId: string): Buffer {
    // The cookie name is part of what is signed, so a signature never transfers to another cookie.
    return createHmac("sha256", this.key).update(`${SESSION_COOKIE}:${userId}`).digest();
  }

  sign(userId: string): string {
    return `${userId}.${this.mac(userId).toString("base64url")}`;
  }

  /** The user id a value was signed for, or null for anything else. */
  verify(value: string): string | null {
    const dot = value.lastIndexOf(".");
    if (dot <= 0) return null;
    const userId = value.slice(0, dot);
    if (userId.length > MAX_USER_ID) return null;
    const given = Buffer.from(value.slice(dot + 1), "base64url");
    const expected = this.mac(userId);
    return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
  }
}

/** What the session functions need from the marketplace's shared dependencies. */
export interface SessionDeps {
  market: MarketplaceRepository;
  sessions: SessionSigner;
}

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

export function setSession(reply: FastifyReply, deps: Pick<SessionDeps, "sessions">, userId: string | null): void {
  // HttpOnly: page scripts never read it; SameSite=Lax: other sites cannot post as the demo user.
  const value = userId === null ? "" : encodeURIComponent(deps.sessions.sign(userId));
  const expiry = userId === null ? "; Max-Age=0" : "; Max-Age=2592000";
  reply.header("set-cookie", `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax${expiry}`);
}

/** The user a validly signed session names, or null (no cookie, a forged one, or an unknown user). */
export async function actingUser(req: FastifyRequest, deps: SessionDeps): Promise<MpUser | null> {
  const value = cookieValue(req, SESSION_COOKIE);
  const id = value ? deps.sessions.verify(value) : null;
  return id ? deps.market.findUser(id) : null;
}

/** The acting user, or 401; with roles, 403 unless the user has one of them. */
export async function requireUser(req: FastifyRequest, deps: SessionDeps, roles?: UserRole[]): Promise<MpUser> {
  const user = await actingUser(req, deps);
  if (!user) throw unauthorized();
  if (roles && !roles.includes(user.role)) throw forbidden(`${user.id} is a ${user.role}; this needs a ${roles.join(" or ")}`);
  return user;
}
