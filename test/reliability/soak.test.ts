import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runSoak } from "../../bench/soak/soak.js";
import { PG_URL } from "../helpers/backends.js";

/*
 * The short variant of the operator's soak (`npm run soak`, bench/soak/): the real service process,
 * 10 clients for 8 s with 1% hostile requests, one kill -9 and restart; then every acknowledged
 * decision must be in the ledger exactly once. Needs dist/ (npm test builds it first).
 */

/** The poison fixes (defect 1) are in: hostile requests must not cost valid ones anything either. */
const POISON_FIXED = true;

const STORES = [
  { name: "pglite", databaseUrl: undefined },
  { name: "postgres", databaseUrl: PG_URL },
] as const;

describe.skipIf(!existsSync(new URL("../../dist/surfaces/cli/main.js", import.meta.url)))("soak (short): kill -9 under load", () => {
  for (const store of STORES) {
    it(`on ${store.name}: every acknowledged decision is stored once`, async () => {
      const r = await runSoak({ clients: 10, seconds: 8, kills: 1, hostileRate: 0.01, ...(store.databaseUrl ? { databaseUrl: store.databaseUrl } : {}), drainMs: 60_000 });
      expect(r.kills).toHaveLength(1);
      expect(r.acknowledged.valid).toBeGreaterThan(0);
      expect(r.ledger).toMatchObject({ missing: 0, doubled: 0, mismatched: 0 });
      // Stored decisions of valid requests: each acknowledged one, plus any whose answer a kill cut off.
      expect(r.ledger.stored).toBeGreaterThanOrEqual(r.acknowledged.valid);
      expect(r.connectionErrors.outsideKillWindows.valid).toBe(0);
      if (POISON_FIXED) {
        expect(r.fiveXX.outsideKillWindows).toEqual({ valid: 0, hostile: 0 });
        expect(r.unacknowledgedValid).toBe(0);
        expect(r.ok).toBe(true);
      }
    }, 240_000);
  }
});
