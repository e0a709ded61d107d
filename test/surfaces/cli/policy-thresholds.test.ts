import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/surfaces/cli/main.js";
import { builtinPreset } from "../../../src/policy/preset.js";

/*
 * `contactguard policy check FILE` prints the effective strictness per finding type and the
 * allowlist (issue 20); an unknown level or a bad allowlisted phone is an invalid preset (exit 1).
 */

let out: string;
let err: string;
beforeEach(() => {
  out = "";
  err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), "cg-cli-policy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const presetFile = (name: string, over: object) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ ...builtinPreset(), ...over }));
  return path;
};
async function run(...argv: string[]) {
  const code = await main(argv);
  return { code, out, err };
}
const lineOf = (text: string, type: string) => text.split("\n").find((l) => l.trimStart().startsWith(`${type} `));

describe("policy check: effective thresholds per finding type", () => {
  it("the default preset: every type standard at 0.50 with every disguise family, an empty allowlist", async () => {
    const r = await run("policy", "check", presetFile("default.json", {}));
    expect(r.code).toBe(0);
    expect(r.out).toContain("  thresholds (strictness per finding type):\n");
    expect(lineOf(r.out, "phone")).toMatch(/^ {4}phone +standard +confidence >= 0\.50 +every disguise family$/);
    expect(lineOf(r.out, "portfolio_link")).toMatch(/standard +confidence >= 0\.50/);
    expect(r.out).toContain("  allow: 0 domains, 0 emails, 0 handles, 0 phones\n");
  });

  it("per-type levels and the allowlist's size", async () => {
    const r = await run(
      "policy",
      "check",
      presetFile("tuned.json", {
        strictness: { default: "relaxed", byType: { off_platform: "strict", phone: "standard" } },
        allow: { domains: ["ourmarket.com"], emails: ["support@ourmarket.com"], phones: ["+44 20 7946 0958", "+1 415 555 0132"] },
      }),
    );
    expect(r.code).toBe(0);
    expect(lineOf(r.out, "off_platform")).toMatch(/strict +confidence >= 0\.35 +every disguise family/);
    expect(lineOf(r.out, "phone")).toMatch(/standard +confidence >= 0\.50/);
    expect(lineOf(r.out, "email")).toMatch(/relaxed +confidence >= 0\.80 +disguises html_entity, compatibility; others from 0\.95/);
    expect(r.out).toContain("  allow: 1 domain, 1 email, 0 handles, 2 phones\n");
  });

  it("an unknown level or a bad allowlisted phone: exit 1 with the field named", async () => {
    const level = await run("policy", "check", presetFile("level.json", { strictness: { byType: { phone: "paranoid" } } }));
    expect(level.code).toBe(1);
    expect(level.out).toBe("");
    expect(level.err).toMatch(/^invalid policy preset:\n {2}strictness\.byType\.phone: /);
    const phone = await run("policy", "check", presetFile("phone.json", { allow: { phones: ["555-0199"] } }));
    expect(phone.code).toBe(1);
    expect(phone.err).toContain('allow.phones.0: "555-0199" is not a valid phone number in international format');
  });
});
