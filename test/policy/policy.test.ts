import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createGuard, check } from "../../src/guard.js";
import { builtinPreset, parsePreset, PresetError } from "../../src/policy/preset.js";
import { ContextError, type CheckContextInput } from "../../src/policy/context.js";

const NOW = "2026-03-10T09:00:00Z";
const freelancer = { id: "fl-1", role: "freelancer", plan: "basic" } as const;
const client = { id: "cl-1", role: "client", plan: "basic" } as const;
const X1 =
  "We can't post your job yet because your post doesn't meet our Terms of Service. Edit your job post to remove contact information and keep our marketplace safe for everyone.";

function ctx(over: Partial<CheckContextInput> = {}): CheckContextInput {
  return { surface: "message", sender: freelancer, recipient: client, contract: { status: "none" }, now: NOW, ...over };
}

describe("W1 contract state", () => {
  const text = "my email is kenji@sato-studio.jp";
  it("before any contract: forbidden", () => {
    const r = check(text, ctx());
    expect(r).toMatchObject({ violation: true, decision: "warn" });
    expect(r.clauses).toEqual(expect.arrayContaining(["C2", "W1"]));
  });
  it("offered but not started: forbidden", () => {
    expect(check(text, ctx({ contract: { status: "offered", startsAt: "2026-04-01T00:00:00Z" } })).violation).toBe(true);
  });
  it("offered and accepted: started at acceptance, even before the start date", () => {
    const r = check(text, ctx({ contract: { status: "offered", startsAt: "2026-04-01T00:00:00Z", acceptedAt: "2026-03-09T00:00:00Z" } }));
    expect(r).toMatchObject({ violation: false, decision: "allow" });
    expect(r.clauses).toContain("E6");
  });
  it("offered with a start date already passed: started", () => {
    expect(check(text, ctx({ contract: { status: "offered", startsAt: "2026-03-01T00:00:00Z" } })).violation).toBe(false);
  });
  it("an active test-project contract counts (E6)", () => {
    expect(check(text, ctx({ contract: { status: "active", kind: "test", startsAt: "2026-03-01T00:00:00Z" } })).violation).toBe(false);
  });
  it("closed: allowed with the future-work notice (E6)", () => {
    const r = check(text, ctx({ contract: { status: "closed", endedAt: "2026-02-01T00:00:00Z" } }));
    expect(r).toMatchObject({ violation: false, decision: "notice" });
    expect(r.message).toMatch(/future work/i);
    expect(r.clauses).toContain("E6");
  });
});

describe("E1 plans", () => {
  const text = "Call me at (415) 555-0199";
  it("enterprise sender or recipient: allowed", () => {
    expect(check(text, ctx({ sender: { ...client, plan: "enterprise" }, recipient: freelancer })).violation).toBe(false);
    expect(check(text, ctx({ recipient: { ...client, plan: "enterprise" } })).clauses).toContain("E1");
  });
  it("business: not exempt by default", () => {
    expect(check(text, ctx({ sender: { ...client, plan: "business" } })).violation).toBe(true);
  });
  it("business: exempt with the older seed's switch", () => {
    const preset = builtinPreset();
    const guard = createGuard({ preset: { ...preset, switches: { ...preset.switches, businessPlanExempt: true } } });
    expect(guard.check(text, ctx({ sender: { ...client, plan: "business" } })).violation).toBe(false);
  });
});

describe("E2 legal documents", () => {
  const text = "Business license no. 88-123 issued to Sato Studio KK, tel +81 3-1234-5678, info@sato-studio.jp";
  for (const kind of ["nda", "business_license", "background_check"] as const) {
    it(`${kind}: allowed with a notice`, () => {
      const r = check(text, ctx({ surface: "attachment", document: { kind } }));
      expect(r).toMatchObject({ violation: false, decision: "notice" });
      expect(r.clauses).toContain("E2");
    });
  }
  it("a declared legal exception on a message", () => {
    expect(check(text, ctx({ exception: { kind: "legal", note: "KYC" } })).clauses).toContain("E2");
  });
  it("a brief is not a legal document", () => {
    expect(check(text, ctx({ surface: "attachment", document: { kind: "brief" } })).violation).toBe(true);
  });
});

describe("E3 system access", () => {
  it("an email shared to be invited to a named system is allowed (inferred from the text)", () => {
    const r = check("Add kenji@sato-studio.jp as a collaborator on the GitHub repo so I can scope it", ctx());
    expect(r).toMatchObject({ violation: false, decision: "notice" });
    expect(r.clauses).toContain("E3");
  });
  it("a declared system_access exception", () => {
    expect(check("use kenji@sato-studio.jp", ctx({ exception: { kind: "system_access" } })).violation).toBe(false);
  });
  it("never covers a phone number", () => {
    const r = check("Add me to the GitHub repo, my phone is (415) 555-0199", ctx({ exception: { kind: "system_access" } }));
    expect(r.violation).toBe(true);
    expect(r.findings.find((f) => f.type === "phone")?.allowedBy).toBeUndefined();
  });
  it("without a system, an email is still a violation", () => {
    expect(check("here is my email so we can chat: kenji@sato-studio.jp", ctx()).violation).toBe(true);
  });
});

describe("E7 the exception's channel is not for the work", () => {
  it("an access email plus an offer to discuss the budget over email is a violation", () => {
    const r = check("Invite kenji@sato-studio.jp to the GitHub repo and let's discuss the budget over email", ctx());
    expect(r.violation).toBe(true);
    expect(r.clauses).toContain("E7");
  });
});

describe("E4 accessibility and E5 pre-existing relationship", () => {
  it("E4", () => {
    const r = check("text me at (415) 555-0199, I can't use the chat with my screen reader", ctx({ exception: { kind: "accessibility" } }));
    expect(r.violation).toBe(false);
    expect(r.clauses).toContain("E4");
  });
  it("E5", () => {
    const r = check("Same number as before: +34 612 345 678", ctx({ relationship: { preExisting: true } }));
    expect(r).toMatchObject({ violation: false, decision: "allow" });
    expect(r.clauses).toContain("E5");
  });
});

describe("S1, S2, S5 what may be shared", () => {
  it("portfolio and project links are allowed (S1/S2)", () => {
    const r = check("See github.com/kenji and the client site https://greenleaf-gardening.com", ctx({ surface: "proposal" }));
    expect(r).toMatchObject({ violation: false, decision: "allow" });
    expect(r.clauses).toEqual(expect.arrayContaining(["S1", "S2"]));
  });
  it("a portfolio with contact details gets a notice, not a block (S5)", () => {
    const r = check("Selected work 2020-2026. Inquiries: hello@sato-studio.jp", ctx({ surface: "portfolio", recipient: null }));
    expect(r).toMatchObject({ violation: false, decision: "notice" });
    expect(r.clauses).toContain("S5");
  });
});

describe("W2 documents and X1 job posts", () => {
  it("a résumé with contact details is a violation", () => {
    const r = check("KENJI SATO\nkenji@sato-studio.jp · +81 90-1234-5678", ctx({ surface: "attachment", document: { kind: "resume", name: "cv.pdf" } }));
    expect(r.violation).toBe(true);
    expect(r.clauses).toEqual(expect.arrayContaining(["W2", "C1", "C2"]));
    expect(r.decision).toBe("block");
  });
  it("a job post with an email is blocked with X1's exact text, then what was found (issue 18 item 8)", () => {
    const r = check("Send ideas to tacos.el.rey@gmail.com", ctx({ surface: "job_post", sender: client, recipient: null }));
    expect(r).toMatchObject({ violation: true, decision: "block" });
    expect(r.message).toBe(`${X1} What we found: an email address. Rules: C2, W1, X1.`);
    expect(r.clauses).toContain("X1");
  });
});

describe("X2 repeats and restrictions", () => {
  it("a repeat in a message is delivered redacted", () => {
    const r = check("call (415) 555-0199 now", ctx({ standing: { activeViolations: 1 } }));
    expect(r.decision).toBe("redact");
    expect(r.redactedText).toBe("call [phone hidden] now");
    expect(r.clauses).toContain("X2");
  });
  it("a restricted account's messages are blocked with a clear message", () => {
    const r = check("hello there", ctx({ standing: { activeViolations: 3, restrictedUntil: "2026-03-20T00:00:00Z" } }));
    expect(r.decision).toBe("block");
    expect(r.message).toMatch(/restricted/);
  });
  it("an expired restriction no longer blocks", () => {
    expect(check("hello there", ctx({ standing: { activeViolations: 3, restrictedUntil: "2026-03-01T00:00:00Z" } })).decision).toBe("allow");
  });
});

describe("conversation-level splits", () => {
  it("a phone number split over three messages is found on the last one, citing the others", () => {
    const r = check("0199", ctx({ history: [
      { text: "my number is 415", senderId: "fl-1", at: "2026-03-10T08:58:00Z" },
      { text: "555", senderId: "fl-1", at: "2026-03-10T08:59:00Z" },
    ] }));
    expect(r.violation).toBe(true);
    const phone = r.findings.find((f) => f.type === "phone")!;
    expect(phone).toMatchObject({ start: 0, end: 4, value: "+14155550199" });
    expect(phone.splitFrom?.map((s) => s.index)).toEqual([0, 1]);
  });
  it("an email spelled over three messages", () => {
    const r = check("gmail.com", ctx({ history: [
      { text: "kenji.sato", senderId: "fl-1" },
      { text: "@", senderId: "fl-1" },
    ] }));
    expect(r.findings.find((f) => f.type === "email")?.value).toBe("kenji.sato@gmail.com");
  });
  it("the other party answering in between does not break the split (C1)", () => {
    const r = check("0199", ctx({ history: [
      { text: "my number is 415 555", senderId: "fl-1", at: "2026-03-10T08:50:00Z" },
      { text: "go on", senderId: "cl-1", at: "2026-03-10T08:51:00Z" },
    ] }));
    expect(r.violation).toBe(true);
    const phone = r.findings.find((f) => f.type === "phone")!;
    expect(phone.splitFrom?.map((s) => s.index)).toEqual([0]);
  });
  it("the other party's digits are never joined to the sender's", () => {
    const r = check("0199", ctx({ history: [
      { text: "my budget is 415", senderId: "cl-1" },
      { text: "555", senderId: "cl-1" },
    ] }));
    expect(r.violation).toBe(false);
  });
  it("reads at most windowMessages of the sender's own messages", () => {
    const history = [
      { text: "call me 415", senderId: "fl-1" },
      { text: "wait", senderId: "fl-1" },
      { text: "ok", senderId: "fl-1" },
      { text: "so", senderId: "fl-1" },
      { text: "555", senderId: "fl-1" },
    ];
    expect(check("0199", ctx({ history })).violation).toBe(false);
    expect(check("0199", ctx({ history: history.filter((m) => m.text !== "so") })).violation).toBe(true);
  });
  it("reads at most windowChars characters of earlier messages", () => {
    const history = [
      { text: "call me 415 555", senderId: "fl-1" },
      { text: "x".repeat(700), senderId: "fl-1" },
    ];
    expect(check("0199", ctx({ history })).violation).toBe(false);
  });
  it("ordinary numbers across messages stay clean", () => {
    const r = check("about 800 words per article", ctx({ history: [{ text: "I can write 4 articles a week", senderId: "fl-1" }] }));
    expect(r.violation).toBe(false);
  });
  it("old messages outside the window do not count", () => {
    const r = check("0199", ctx({ history: [{ text: "call me 415 555", senderId: "fl-1", at: "2026-03-09T08:00:00Z" }] }));
    expect(r.violation).toBe(false);
  });
});

describe("context and preset validation", () => {
  it("names the bad field", () => {
    expect(() => check("hi", { surface: "chat" } as unknown as CheckContextInput)).toThrow(ContextError);
    expect(() => check("hi", { now: "yesterday" })).toThrow(/context\.now/);
  });
  it("rejects a preset that misses a surface", () => {
    const preset = structuredClone(builtinPreset()) as unknown as { surfaces: Record<string, unknown> };
    delete preset.surfaces.invite;
    expect(() => parsePreset(preset)).toThrow(PresetError);
  });
  it("`policy check` validates files", () => {
    const bin = fileURLToPath(new URL("../../bin/contactguard.js", import.meta.url));
    const good = spawnSync(process.execPath, [bin, "policy", "check", fileURLToPath(new URL("../../presets/marketplace-default.json", import.meta.url))], { encoding: "utf8" });
    expect(good.status).toBe(0);
    expect(good.stdout).toContain("ok: marketplace-default");
    const dir = mkdtempSync(join(tmpdir(), "cg-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ ...builtinPreset(), surfaces: { message: { action: "explode" } } }));
    const r = spawnSync(process.execPath, [bin, "policy", "check", bad], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("surfaces");
  });
});
