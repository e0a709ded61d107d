import { afterAll, describe, expect, it } from "vitest";
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { openDb } from "../../src/ledger/db.js";
import { migrate } from "../../src/ledger/migrate.js";
import { Repository, idempotencyLookupKey } from "../../src/ledger/repository.js";

const MIGRATIONS = new URL("../../src/ledger/migrations/", import.meta.url);

/** A database as it was before 004: the older migrations only. */
function migrationsBefore(name: string): URL {
  const dir = mkdtempSync(join(tmpdir(), "cg-mig-"));
  for (const f of readdirSync(MIGRATIONS)) if (f < name) copyFileSync(new URL(f, MIGRATIONS), join(dir, f));
  return pathToFileURL(dir + "/");
}

describe("migration 004: idempotency scope and request hash", () => {
  const cleanups: Array<() => void> = [];
  afterAll(() => cleanups.forEach((c) => c()));

  it("keeps older rows answering their keys, and lets two owners use one key", async () => {
    const db = await openDb({ dataDir: "memory://" });
    try {
      const before = migrationsBefore("004_");
      cleanups.push(() => rmSync(before, { recursive: true, force: true }));
      await migrate(db, before);
      await db.query(
        `INSERT INTO decisions (id, request_id, idempotency_key, surface, decision, violation, clauses, findings, context, message, text_hash, policy_id, policy_version)
         VALUES ('old-1', 'r1', 'stream:abc', 'message', 'allow', false, '{}', '[]', '{}', '', 'h', 'p', '1')`,
      );
      expect(await migrate(db)).toContain("004_idempotency_scope.sql");
      const repo = new Repository(db);
      // An older row (no scope) answers its key for whoever asks, as before.
      for (const scope of ["stream", "some-api-key"]) {
        const found = await repo.decisionsByIdempotencyKeys([{ scope, key: "stream:abc" }]);
        expect(found.get(idempotencyLookupKey({ scope, key: "stream:abc" }))).toMatchObject({ id: "old-1", idempotencyScope: null, requestHash: null });
      }
      // The key alone is no longer unique: two owners, one key.
      const row = (id: string, scope: string) =>
        db.query(
          `INSERT INTO decisions (id, request_id, idempotency_key, idempotency_scope, request_hash, surface, decision, violation, clauses, findings, context, message, text_hash, policy_id, policy_version)
           VALUES ($1, 'r', 'k', $2, 'h', 'message', 'allow', false, '{}', '[]', '{}', '', 'h', 'p', '1')`,
          [id, scope],
        );
      await row("a-1", "owner-a");
      await row("b-1", "owner-b");
      await expect(row("a-2", "owner-a")).rejects.toMatchObject({ code: "23505" });
      const a = await repo.decisionsByIdempotencyKeys([{ scope: "owner-a", key: "k" }, { scope: "owner-b", key: "k" }, { scope: "owner-c", key: "k" }]);
      expect(a.get(idempotencyLookupKey({ scope: "owner-a", key: "k" }))?.id).toBe("a-1");
      expect(a.get(idempotencyLookupKey({ scope: "owner-b", key: "k" }))?.id).toBe("b-1");
      expect(a.has(idempotencyLookupKey({ scope: "owner-c", key: "k" }))).toBe(false);
    } finally {
      await db.close();
    }
  }, 60_000);
});
