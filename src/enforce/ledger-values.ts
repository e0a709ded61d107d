import { createHmac } from "node:crypto";
import { storableDeep } from "../core/strings.js";
import type { FindingJson } from "./types.js";

/*
 * What the ledger keeps of each finding. The caller gets the full finding (it sent the text); the
 * decision log keeps a finding's raw text and value only when STORE_TEXT is on. Otherwise it keeps a
 * keyed hash of the value — HMAC-SHA256 under a secret the ledger holds (LEDGER_HASH_SECRET, or one
 * generated once and kept in the database), so the same phone number sent twice has the same hash and
 * repeats can be recognised, while a copy of the table alone cannot be brute-forced back into numbers
 * (a plain SHA-256 of a phone number can). What reviewers see is unchanged: type, span, clause,
 * confidence, recognizer and the redacted text of the decision.
 *
 * Everything stored is repaired for storage (NUL and lone surrogates become U+FFFD, src/core/strings.ts):
 * detection ran on the text as given, so a finding can hold one.
 */

export const VALUE_HASH_PREFIX = "hmac-sha256:";

/** A finding as the ledger stores it: the raw `text` and `value` only with STORE_TEXT; `valueHash` always. */
export type StoredFinding = Omit<FindingJson, "text" | "value" | "splitFrom"> & {
  text?: string;
  value?: string;
  valueHash: string;
  splitFrom?: Array<{ index: number; at?: string; text?: string }>;
};

export class LedgerValues {
  private key: Promise<string> | undefined;

  constructor(
    private readonly storeText: boolean,
    /** The HMAC secret, loaded once (config first, else the ledger's own). */
    private readonly loadSecret: () => Promise<string>,
  ) {}

  /** The keyed hash of a finding value (stable for one ledger: repeats hash alike). */
  async hashValue(value: string): Promise<string> {
    const secret = await (this.key ??= this.loadSecret().catch((err: unknown) => {
      this.key = undefined; // a failed load is retried by the next decision
      throw err;
    }));
    return VALUE_HASH_PREFIX + createHmac("sha256", secret).update(value, "utf8").digest("hex");
  }

  /** The findings as the ledger stores them. */
  async findings(findings: readonly FindingJson[]): Promise<StoredFinding[]> {
    const out: StoredFinding[] = [];
    for (const f of findings) {
      const { text, value, splitFrom, ...kept } = f;
      const valueHash = await this.hashValue(value);
      const stored: StoredFinding = this.storeText
        ? { ...kept, text, value, valueHash, ...(splitFrom ? { splitFrom } : {}) }
        : { ...kept, valueHash, ...(splitFrom ? { splitFrom: splitFrom.map(({ index, at }) => ({ index, ...(at ? { at } : {}) })) } : {}) };
      out.push(storableDeep(stored));
    }
    return out;
  }
}
