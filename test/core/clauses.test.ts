import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLAUSE_BY_TYPE, CLAUSE_TEXT, TYPE_LABEL, explainClause } from "../../src/core/clauses.js";
import { CONTACT_TYPES, LINK_TYPES } from "../../src/core/types.js";

/*
 * src/core/clauses.ts is the one copy of the policy's words (engine, CLI and UI) and the package's
 * browser entry, contactguard/clauses.
 */

// The policy lives next to the repository (../shared, as for the eval corpora); a bare clone skips the parity check.
const POLICY_FILE = new URL("../../../shared/POLICY.md", import.meta.url);
/** The clause IDs POLICY.md defines: the list items that start with one ("- C1 phone numbers…"). */
const defined = () => [...readFileSync(POLICY_FILE, "utf8").matchAll(/^\s*-\s+([A-Z][0-9])\s/gm)].map((m) => m[1]!);

describe("clause texts", () => {
  it.skipIf(!existsSync(POLICY_FILE))("explain exactly the clauses POLICY.md defines", () => {
    const ids = defined();
    expect(ids.length).toBeGreaterThan(20);
    expect(Object.keys(CLAUSE_TEXT).sort()).toEqual([...new Set(ids)].sort());
  });
  it("cover every clause a finding type maps to", () => {
    for (const clause of Object.values(CLAUSE_BY_TYPE)) expect(CLAUSE_TEXT[clause]).toBeTruthy();
  });
  it("explainClause gives the text, and an unknown ID (a custom preset's) as it is", () => {
    expect(explainClause("C3")).toBe(CLAUSE_TEXT.C3);
    expect(explainClause("Z9")).toBe("Z9");
    expect(explainClause("constructor")).toBe("constructor");
  });
});

describe("type labels", () => {
  it("name every finding type, each differently", () => {
    const types = [...CONTACT_TYPES, ...LINK_TYPES];
    expect(Object.keys(TYPE_LABEL).sort()).toEqual([...types].sort());
    expect(new Set(Object.values(TYPE_LABEL)).size).toBe(types.length);
  });
  it("keep the wording the CLI prints (POLICY.md's: C3 is a physical address)", () => {
    expect(TYPE_LABEL.address).toBe("physical address");
    expect(TYPE_LABEL.off_platform).toBe("proposal to move off the platform");
  });
});

describe("the browser entry", () => {
  it("has no run-time imports, so the UI bundle gets data only", () => {
    const source = readFileSync(new URL("../../src/core/clauses.ts", import.meta.url), "utf8");
    const imports = source.split("\n").filter((l) => /^\s*(import|export)\b.*\bfrom\b/.test(l));
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(/^\s*(import|export) type\b/);
  });
  it("is exported as contactguard/clauses", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { exports: Record<string, { import: string; types: string }> };
    expect(pkg.exports["./clauses"]).toEqual({ types: "./dist/core/clauses.d.ts", import: "./dist/core/clauses.js" });
  });
});
