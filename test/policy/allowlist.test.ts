import { describe, expect, it } from "vitest";
import { createGuard } from "../../src/guard.js";
import { ALLOWLIST, Allowlist, isAllowlisted, normalized } from "../../src/policy/allowlist.js";
import { findingsJson } from "../../src/policy/output.js";
import { builtinPreset, parsePreset, PresetError } from "../../src/policy/preset.js";

/*
 * Allowlists (issue 20): values that are never findings, matched on normalized values, and reported
 * with `allowedBy: "allowlist"` instead of being dropped.
 */

const base = builtinPreset();
const guard = createGuard({
  preset: parsePreset({
    ...base,
    allow: {
      domains: ["help.ourmarket.com", "www.acme-corp.co.uk"],
      emails: ["Support@OurMarket.com"],
      handles: ["telegram:@OurMarket_Support"],
      phones: ["+44 20 7946 0958"],
    },
  }),
});
const plain = createGuard({ preset: base });
const NO_CONTRACT = {
  surface: "message" as const,
  sender: { id: "f-1", role: "freelancer" as const, plan: "basic" as const },
  recipient: { id: "c-1", role: "client" as const, plan: "basic" as const },
  contract: { status: "none" as const },
};

describe("allowlisted values are allowed, with the reason recorded", () => {
  it("a disguised allowed address is still allowed: support [at] ourmarket dot com", () => {
    const text = "Questions? Write to support [at] ourmarket dot com";
    expect(plain.check(text, NO_CONTRACT).violation).toBe(true);
    const r = guard.check(text, NO_CONTRACT);
    expect(r).toMatchObject({ violation: false, decision: "allow" });
    const email = r.findings.find((f) => f.type === "email")!;
    expect(email).toMatchObject({ value: "support@ourmarket.com", allowedBy: ALLOWLIST });
    expect(findingsJson(r, "compact")[r.findings.indexOf(email)]).toMatchObject({ allowedBy: "allowlist" });
  });

  it("another address on the same provider is not allowed", () => {
    const r = guard.check("write to sales@ourmarket.com", NO_CONTRACT);
    expect(r.violation).toBe(true);
    expect(r.findings[0]).not.toHaveProperty("allowedBy");
  });

  it("a domain allows links and addresses on it and its subdomains, not look-alikes", () => {
    expect(guard.check("see https://help.ourmarket.com/articles/42", NO_CONTRACT).findings[0]).toMatchObject({ allowedBy: ALLOWLIST });
    expect(guard.check("see https://eu.help.ourmarket.com/a", NO_CONTRACT).findings[0]).toMatchObject({ allowedBy: ALLOWLIST });
    const email = guard.check("mail hr@acme-corp.co.uk", NO_CONTRACT);
    expect(email).toMatchObject({ violation: false, decision: "allow" });
    expect(email.findings[0]).toMatchObject({ type: "email", allowedBy: ALLOWLIST });
    const apply = guard.check("apply at https://careers.acme-corp.co.uk/jobs/7", { ...NO_CONTRACT, surface: "job_post" });
    expect(apply.violation).toBe(false);
    expect(apply.findings.every((f) => f.allowedBy === ALLOWLIST)).toBe(true);
    // help.ourmarket.com is listed, not ourmarket.com: the parent and a look-alike stay findings.
    expect(guard.check("mail kenji@ourmarket.com.evil.io", NO_CONTRACT).violation).toBe(true);
    expect(isAllowlisted({ type: "url", value: "https://ourmarket.com/" }, [guard.preset.allow])).toBe(false);
    expect(isAllowlisted({ type: "url", value: "https://nothelp.ourmarket.com/" }, [guard.preset.allow])).toBe(false);
  });

  it("an allowed phone matches in any format; another number does not", () => {
    for (const text of ["call +44 20 7946 0958", "call +442079460958", "call 020 7946 0958", "call (+44) 20-7946-0958"]) {
      const r = guard.check(text, { ...NO_CONTRACT, region: "GB" });
      const phone = r.findings.find((f) => f.type === "phone");
      expect(phone, text).toMatchObject({ value: "+442079460958", allowedBy: ALLOWLIST });
      expect(r.violation, text).toBe(false);
    }
    expect(guard.check("call +44 20 7946 0959", NO_CONTRACT).violation).toBe(true);
  });

  it("a handle matches as platform:handle, case and @ aside", () => {
    const r = guard.check("telegram: @ourmarket_support", NO_CONTRACT);
    expect(r.findings.find((f) => f.type === "messenger")).toMatchObject({ allowedBy: ALLOWLIST });
    expect(guard.check("telegram: kenji_88", NO_CONTRACT).violation).toBe(true);
  });

  it("an allowed value beside a forbidden one: the decision is about the forbidden one only", () => {
    const r = guard.check("Support is support@ourmarket.com, my own is kenji@gmail.com", NO_CONTRACT);
    expect(r.violation).toBe(true);
    expect(r.message).toContain("an email address");
    const [allowed, blamed] = r.findings.filter((f) => f.type === "email");
    expect(allowed).toMatchObject({ value: "support@ourmarket.com", allowedBy: ALLOWLIST });
    expect(blamed).not.toHaveProperty("allowedBy");
    if (r.redactedText !== undefined) expect(r.redactedText).toContain("support@ourmarket.com");
  });

  it("context.allow adds a per-request list (a client's own domain in its job post)", () => {
    const text = "Apply by mailing jobs@northwind.example.org";
    const ctx = { ...NO_CONTRACT, surface: "job_post" as const, sender: { id: "c-1", role: "client" as const, plan: "basic" as const } };
    expect(plain.check(text, ctx).violation).toBe(true);
    const r = plain.check(text, { ...ctx, allow: { domains: ["northwind.example.org"] } });
    expect(r.violation).toBe(false);
    expect(r.findings[0]).toMatchObject({ allowedBy: ALLOWLIST });
    expect(() => plain.check(text, { ...ctx, allow: { phones: ["12345"] } })).toThrow(/context\.allow\.phones\.0/);
  });
});

describe("allowlist validation", () => {
  it("normalizes listed values", () => {
    expect(normalized(guard.preset.allow)).toEqual({
      domains: ["help.ourmarket.com", "acme-corp.co.uk"],
      emails: ["support@ourmarket.com"],
      handles: ["telegram:ourmarket_support"],
      phones: ["+442079460958"],
    });
  });

  it("a bad phone, email, domain or handle is a clear preset error naming the entry", () => {
    const problems = (allow: unknown) => {
      try {
        parsePreset({ ...base, allow });
      } catch (err) {
        expect(err).toBeInstanceOf(PresetError);
        return (err as PresetError).problems.join("\n");
      }
      throw new Error("accepted");
    };
    expect(problems({ phones: ["+44 20 7946 0958", "020 7946"] })).toMatch(/^allow\.phones\.1: "020 7946" is not a valid phone number in international format/);
    expect(problems({ phones: ["+1 000"] })).toMatch(/allow\.phones\.0/);
    expect(problems({ emails: ["support.ourmarket.com"] })).toMatch(/^allow\.emails\.0: .* is not an email address/);
    expect(problems({ domains: ["co.uk"] })).toMatch(/^allow\.domains\.0: "co.uk" is not a domain name/);
    expect(problems({ domains: ["https://ourmarket.com/help"] })).toMatch(/allow\.domains\.0/);
    expect(problems({ handles: ["ourmarket_support"] })).toMatch(/^allow\.handles\.0: .* must be platform:handle/);
    expect(problems({ urls: [] })).toMatch(/allow/);
  });

  it("an empty allowlist is the default and allows nothing", () => {
    expect(base.allow).toEqual({ domains: [], emails: [], handles: [], phones: [] });
    expect(Allowlist.parse({})).toEqual(base.allow);
    expect(isAllowlisted({ type: "email", value: "support@ourmarket.com" }, [base.allow])).toBe(false);
  });
});
