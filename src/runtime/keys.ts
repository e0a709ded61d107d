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

/** Resolves bearer keys with a small cache: key lookups sit on every request's path. */
export class KeyResolver {
  private cache = new Map<string, { role: Role | null; at: number }>();
  constructor(
    private readonly repo: Repository,
    private readonly ttlMs = 30_000,
  ) {}

  async resolve(key: string): Promise<Role | null> {
    // Cached by the key itself (in memory only), so a hit costs no hashing.
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.role;
    const row = await this.repo.keyByHash(hashKey(key));
    const role = (row?.role as Role | undefined) ?? null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { role, at: Date.now() });
    return role;
  }
}
