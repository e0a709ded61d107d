import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { POLICY_RULES, NO_SAY, type PolicyRule } from "../../../src/policy/rules/index.js";
import { decide } from "../../../src/policy/engine.js";
import { parseContext, type CheckContextInput } from "../../../src/policy/context.js";
import { NOW, PRESET, client, finding, freelancer } from "./fixtures.js";

const ids = (rules: readonly PolicyRule[]) => rules.map((r) => r.id);
const ctx = (over: Partial<CheckContextInput> = {}) => parseContext({ sender: freelancer, recipient: client, contract: { status: "none" }, ...over });
const swap = (a: string, b: string): PolicyRule[] => {
  const list = [...POLICY_RULES];
  const i = list.findIndex((r) => r.id === a);
  const j = list.findIndex((r) => r.id === b);
  [list[i], list[j]] = [list[j]!, list[i]!];
  return list;
};

describe("the ordered rule list", () => {
  it("is POLICY.md's order: X2, nothing to decide, whole-message exceptions, per-finding covers, E7, the outcome", () => {
    expect(ids(POLICY_RULES)).toEqual([
      "x2-restricted", "no-contact", "w1-contract", "e1-plan", "e5-relationship",
      "e2-legal", "e4-accessibility", "e3-access", "s5-portfolio", "e7-channel", "covered-notice", "surface-action",
    ]);
  });
  it("has one file per rule, named by its id, each with clauses and a description", () => {
    const dir = fileURLToPath(new URL("../../../src/policy/rules/", import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "index.ts" && f !== "rule.ts").map((f) => f.replace(/\.ts$/, ""));
    expect(files.sort()).toEqual(ids(POLICY_RULES).sort());
    for (const r of POLICY_RULES) {
      expect(r.clauses.length).toBeGreaterThan(0);
      expect(r.describe.length).toBeGreaterThan(10);
    }
  });
});

describe("the engine walks that list", () => {
  const phone = finding("phone", { start: 8, end: 22, text: "(415) 555-0199" });
  const text = "call me (415) 555-0199";

  it("X2 before W1/E6: a suspended sender is blocked even under an active contract; the other way round E6 would allow", () => {
    const context = ctx({ contract: { status: "active" }, standing: { suspended: true } });
    expect(decide(text, [phone], context, PRESET, NOW)).toMatchObject({ decision: "block", clauses: ["C1", "X2"] });
    expect(decide(text, [phone], context, PRESET, NOW, swap("x2-restricted", "w1-contract"))).toMatchObject({ decision: "allow", clauses: ["C1", "E6"] });
  });

  it("E2 before E3: a legal document's email is allowed by E2; the other way round E3 would claim it", () => {
    const email = finding("email", { start: 0, end: 20, text: "kenji@sato-studio.jp" });
    const context = ctx({ surface: "attachment", document: { kind: "nda" }, exception: { kind: "system_access" } });
    const inOrder = decide("kenji@sato-studio.jp", [email], context, PRESET, NOW);
    expect(inOrder.findings[0]!.allowedBy).toBe("E2");
    const swapped = decide("kenji@sato-studio.jp", [email], context, PRESET, NOW, swap("e2-legal", "e3-access"));
    expect(swapped.findings[0]!.allowedBy).toBe("E3");
  });

  it("E7 after the exceptions it limits: before them it has nothing to take back", () => {
    const email = finding("email", { start: 7, end: 27, text: "kenji@sato-studio.jp" });
    const talk = "Invite kenji@sato-studio.jp to the GitHub repo and let's discuss the budget over email";
    const work = finding("off_platform", { start: 52, end: 86, value: "off_platform:work_channel" });
    expect(decide(talk, [email, work], ctx(), PRESET, NOW)).toMatchObject({ violation: true, clauses: ["C2", "C9", "E7", "W1"] });
    const early = [...POLICY_RULES].filter((r) => r.id !== "e7-channel");
    early.splice(2, 0, POLICY_RULES.find((r) => r.id === "e7-channel")!);
    // Before E3 covered the email there is nothing to take back: the email passes, only the move is blamed.
    const r = decide(talk, [email, work], ctx(), PRESET, NOW, early);
    expect(r.clauses).not.toContain("E7");
    expect(r.findings.find((f) => f.type === "email")?.allowedBy).toBe("E3");
  });

  it("a rule's covers reach the later rules, and the first cover of a finding wins", () => {
    const seen: string[] = [];
    const spy: PolicyRule = {
      id: "spy",
      clauses: ["T"],
      describe: "records what earlier rules covered",
      apply(input) {
        for (const [f, clause] of input.covered) seen.push(`${f.type}:${clause}`);
        return NO_SAY;
      },
    };
    const coverAll: PolicyRule = { id: "all", clauses: ["T1"], describe: "covers every finding", apply: (i) => ({ kind: "cover", clause: "T1", findings: i.contact }) };
    const coverAgain: PolicyRule = { id: "again", clauses: ["T2"], describe: "covers every finding again", apply: (i) => ({ kind: "cover", clause: "T2", findings: i.contact }) };
    const settle = POLICY_RULES.find((r) => r.id === "covered-notice")!;
    const r = decide(text, [phone], ctx(), PRESET, NOW, [coverAll, coverAgain, spy, settle]);
    expect(seen).toEqual(["phone:T1"]);
    expect(r.findings[0]!.allowedBy).toBe("T1");
  });

  it("a list that never settles is a programming error, not an allow", () => {
    expect(() => decide(text, [phone], ctx(), PRESET, NOW, POLICY_RULES.slice(0, -1))).toThrow(/ended without a decision/);
  });
});
