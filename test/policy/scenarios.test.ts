import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanLine } from "../../src/surfaces/cli/commands/scan-line.js";

/*
 * The policy scenarios of test/fixtures/policy/ (written from the seeds, one file per kind of decision:
 * see its README), run through the same path as `contactguard scan`, and held to the expectations the
 * shared scorer (../shared/eval/score.mjs) applies: violation, the finding types, the decision, a
 * substring of the user-facing message, and spans overlapped by a finding of their type.
 */
const DIR = new URL("../fixtures/policy/", import.meta.url).pathname;

interface Expect {
  violation?: boolean;
  types?: string[];
  decision?: string;
  message?: string;
  spans?: Array<{ type: string; start: number; end: number }>;
}
interface Case { id: string; text: string; context?: object; expect: Expect }
interface Output { violation: boolean; decision: string; message?: string; findings: Array<{ type: string; start: number; end: number }> }

const files = readdirSync(DIR).filter((f) => f.endsWith(".jsonl")).sort();

describe("policy scenarios (test/fixtures/policy)", () => {
  it("has a file for each kind of decision", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });
  for (const file of files) {
    const cases = readFileSync(join(DIR, file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);
    describe(file, () => {
      for (const c of cases) {
        it(c.id, () => {
          const out = scanLine(JSON.stringify({ id: c.id, text: c.text, context: c.context ?? {} })) as Output;
          expect(out, JSON.stringify(out)).toHaveProperty("decision");
          const got = { violation: out.violation, types: [...new Set(out.findings.map((f) => f.type))], decision: out.decision };
          const seen = `${JSON.stringify(got)} ${out.message ?? ""}`;
          if (c.expect.violation !== undefined) expect(out.violation, seen).toBe(c.expect.violation);
          if (c.expect.violation !== false) for (const t of c.expect.types ?? []) expect(got.types, seen).toContain(t);
          if (c.expect.decision) expect(out.decision, seen).toBe(c.expect.decision);
          if (c.expect.message) expect(out.message ?? "", seen).toContain(c.expect.message);
          for (const s of c.expect.spans ?? []) {
            const hit = out.findings.some((f) => f.type === s.type && f.start < s.end && s.start < f.end);
            expect(hit, `${s.type} ${s.start}-${s.end} in ${JSON.stringify(out.findings)}`).toBe(true);
          }
        });
      }
    });
  }
});
