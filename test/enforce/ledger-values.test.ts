import { describe, expect, it } from "vitest";
import { LedgerValues, VALUE_HASH_PREFIX } from "../../src/enforce/ledger-values.js";
import type { FindingJson } from "../../src/enforce/types.js";

/* What the ledger keeps of a finding: the raw text and value only with STORE_TEXT, a keyed hash always. */

const finding = (over: Partial<FindingJson> = {}): FindingJson => ({
  type: "phone",
  start: 11,
  end: 25,
  text: "(415) 555-0199",
  value: "+14155550199",
  confidence: 0.95,
  clause: "C1",
  recognizer: "phone.libphonenumber",
  evidence: { disguises: [], contextWords: ["call"] },
  ...over,
});

describe("LedgerValues", () => {
  it("without STORE_TEXT keeps span, type, clause and a keyed hash, not the text or value (nor split-off history texts)", async () => {
    const values = new LedgerValues(false, async () => "secret-one-secret-one");
    const [stored] = await values.findings([finding({ splitFrom: [{ index: 0, text: "415 555", at: "2026-01-01T00:00:00Z" }] })]);
    expect(stored).toEqual({
      type: "phone",
      start: 11,
      end: 25,
      confidence: 0.95,
      clause: "C1",
      recognizer: "phone.libphonenumber",
      evidence: { disguises: [], contextWords: ["call"] },
      valueHash: expect.stringMatching(new RegExp(`^${VALUE_HASH_PREFIX}[0-9a-f]{64}$`)),
      splitFrom: [{ index: 0, at: "2026-01-01T00:00:00Z" }],
    });
  });

  it("hashes repeats alike under one secret and differently under another; loads the secret once", async () => {
    let loads = 0;
    const one = new LedgerValues(false, async () => (loads++, "secret-one-secret-one"));
    const two = new LedgerValues(false, async () => "secret-two-secret-two");
    const a = await one.hashValue("+14155550199");
    expect(await one.hashValue("+14155550199")).toBe(a);
    expect(await one.hashValue("+14155550198")).not.toBe(a);
    expect(await two.hashValue("+14155550199")).not.toBe(a);
    expect(loads).toBe(1);
  });

  it("with STORE_TEXT keeps the text and value, repaired for storage", async () => {
    const values = new LedgerValues(true, async () => "secret-one-secret-one");
    const [stored] = await values.findings([finding({ text: "(415) 555-0199\u0000", value: "+1415\ud800" })]);
    expect(stored).toMatchObject({ text: "(415) 555-0199\uFFFD", value: "+1415\uFFFD", valueHash: expect.any(String) });
  });
});
