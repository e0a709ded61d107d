import { createHash, randomBytes } from "node:crypto";
import type { Repository } from "../ledger/repository.js";

export const ROLES = ["platform", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** What each role may do; `admin` may do everything. */
export const ROLE_GRANTS: Readonly<Record<Role, readonly Role[]>> = {
  platform: ["platform"],
  reviewer: ["reviewer"],
  admin: ["platform", "reviewer", "admin"],
};

export const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

/** Creates a key; only its hash is stored, so the returned key is shown once. */
export async function createApiKey(repo: Repository, role: Role, name?: string): Promise<{ id: string; key: string }> {
  const key = `cg_${role}_${randomBytes(24).toString("base64url")}`;
  const { id } = await repo.createKey(hashKey(key), role, name);
  return { id, key };
}

/** Who a bearer key is: the key's id (it scopes idempotency keys, and names the key in the log) and role. */
export interface KeyIdentity {
  id: string;
  role: Role;
}

/**
 * Resolves bearer keys with a small cache: key lookups sit on every request's path. Valid keys are
 * cached briefly; a revoke through this resolver (the admin route) drops the key's entries at once,
 * and another process's revoke (a second instance on the same PostgreSQL) is seen within `ttlMs`.
 */
export class KeyResolver {
  private cache = new Map<string, { identity: KeyIdentity | null; at: number }>();
  constructor(
    private readonly repo: Repository,
    private readonly ttlMs = 5_000,
  ) {}

  /** The identity of a key already resolved and still fresh, without hashing or a query (the rate limiter's look-up). */
  peek(key: string): KeyIdentity | null | undefined {
    const hit = this.cache.get(key);
    return hit && Date.now() - hit.at < this.ttlMs ? hit.identity : undefined;
  }

  async resolve(key: string): Promise<KeyIdentity | null> {
    // Cached by the key itself (in memory only), so a hit costs no hashing.
    const hit = this.peek(key);
    if (hit !== undefined) return hit;
    const row = await this.repo.keyByHash(hashKey(key));
    const identity = row ? { id: row.id, role: row.role as Role } : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { identity, at: Date.now() });
    return identity;
  }

  /** Revokes a key: recorded in the ledger, then forgotten here, so its next request is refused. */
  async revoke(id: string, now = new Date()) {
    const revoked = await this.repo.revokeKey(id, now);
    for (const [key, entry] of this.cache) if (entry.identity?.id === id) this.cache.delete(key);
    return revoked;
  }
}
