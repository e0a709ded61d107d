import { describe, expect, it } from "vitest";
import { CONTACT_TYPES } from "../../src/core/types.js";
import { createGuard } from "../../src/guard.js";
import type { CheckContextInput } from "../../src/policy/context.js";
import { DEFAULT_FINDING_NAMES, messageLanguage } from "../../src/policy/messages.js";
import { PresetError, builtinPreset, parsePreset } from "../../src/policy/preset.js";

/*
 * Issue 18 item 8: every decision's message names what was found in plain words and the rule, in the
 * language of the surface (English unless the context asks for a translation the preset carries),
 * and the result carries the clause IDs and the exact spans a client highlights.
 */
const guard = createGuard();
const preset = guard.preset;
const NOW = "2026-03-10T09:00:00Z";
const freelancer = { id: "fl-1", role: "freelancer", plan: "basic" } as const;
const client = { id: "cl-1", role: "client", plan: "basic" } as const;
const base = (over: Partial<CheckContextInput> = {}): CheckContextInput => ({
  surface: "message",
  sender: freelancer,
  recipient: client,
  contract: { status: "none" },
  now: NOW,
  ...over,
});

/** One case for every decision the preset makes, with the base message it must start with. */
const DECISIONS: Array<{ name: string; text: string; context: CheckContextInput; decision: string; starts: string; names: string[] }> = [
  { name: "warn (message)", text: "Call me: 415 555 0199", context: base(), decision: "warn", starts: preset.messages.violation, names: ["a phone number"] },
  { name: "block with X1 (job post)", text: "Hiring a designer, email jobs@acme-corp.com", context: base({ surface: "job_post", sender: client, recipient: null }), decision: "block", starts: preset.surfaces.job_post.message!, names: ["an email address"] },
  { name: "warn, X3 (request)", text: "Can you send me your WhatsApp number?", context: base(), decision: "warn", starts: "Asking for contact information", names: ["a request for contact information"] },
  { name: "redact (repeat)", text: "my email kenji@sato-studio.jp", context: base({ standing: { activeViolations: 1 } }), decision: "redact", starts: preset.messages.redacted, names: ["an email address"] },
  { name: "notice (S5 portfolio)", text: "Logos for Harbor Coffee, 2019–2025. Studio: hello@owusu.design", context: base({ surface: "portfolio", recipient: null }), decision: "notice", starts: preset.messages.portfolio, names: ["an email address"] },
  { name: "notice (E6 closed contract)", text: "Thanks! My number: +1 415 555 0199", context: base({ contract: { status: "closed" } }), decision: "notice", starts: preset.messages.closedContract, names: ["a phone number"] },
  { name: "block (X2 restricted)", text: "my email kenji@sato-studio.jp", context: base({ standing: { activeViolations: 3, restrictedUntil: "2026-04-01T00:00:00Z" } }), decision: "block", starts: preset.messages.restricted, names: ["an email address"] },
];

describe("every decision's message names what was found and the rule", () => {
  for (const c of DECISIONS) {
    it(c.name, () => {
      const r = guard.check(c.text, c.context);
      expect(r.decision).toBe(c.decision);
      expect(r.message.startsWith(c.starts), r.message).toBe(true);
      for (const name of c.names) expect(r.message).toContain(name);
      // The rule: every clause of the decision, by its ID.
      expect(r.message).toContain(`Rules: ${r.clauses.join(", ")}.`);
      // The API's part: clause IDs and the exact spans of what was found.
      expect(r.clauses.length).toBeGreaterThan(0);
      for (const f of r.findings) expect(c.text.slice(f.start, f.end)).toBe(f.text);
    });
  }

  it("a violation names only what it blames, not what an exception or allowed link let through", () => {
    const r = guard.check("Share the GitHub repo with kenji@sato-studio.jp, and call me on +1 415 555 0199", base());
    expect(r.violation).toBe(true);
    expect(r.message).toContain("a phone number");
    if (r.findings.some((f) => f.type === "email" && f.allowedBy)) expect(r.message).not.toContain("an email address");
  });

  it("names each kind once, listed in plain words", () => {
    const r = guard.check("Call 415 555 0199 or 415 555 0123, or email kenji@sato-studio.jp", base());
    expect(r.message).toContain("What we found: a phone number and an email address.");
  });

  it("an allow has nothing to tell (control)", () => {
    expect(guard.check("The first draft comes on Friday.", base()).message).toBe("");
    expect(guard.check("Call me: 415 555 0199", base({ contract: { status: "active" } }))).toMatchObject({ decision: "allow", message: "" });
  });

  it("the text's language does not change the message's (English by default)", () => {
    const r = guard.check("Zadzwoń do mnie: 601 234 567", base({ region: "PL" }));
    expect(r.message).toContain("Sharing contact information before a contract starts is against our Terms of Service.");
    expect(r.message).toContain("a phone number");
  });
});

describe("in the language of the surface: the preset's translations", () => {
  it("a translated language gets every part of the message in it", () => {
    const r = guard.check("Llamar al 612 48 93 07", base({ surface: "job_post", sender: client, recipient: null, region: "ES", language: "es" }));
    expect(r.message.startsWith(preset.translations.es!.surfaces!.job_post!)).toBe(true);
    expect(r.message).toContain("Lo que encontramos: un número de teléfono. Reglas: C1, W1, X1.");
  });

  it("type rules' messages are translated by their id", () => {
    const r = guard.check("Vamos fechar por fora, te pago direto no Pix e ninguém paga taxa.", base({ language: "pt-BR" }));
    expect(r.message.startsWith(preset.translations.pt!.typeRules!.offPlatform!)).toBe(true);
  });

  it("region subtags and underscores find the base language; an untranslated language reads the preset's own", () => {
    expect(messageLanguage(preset, "pt-BR")).toBe("pt");
    expect(messageLanguage(preset, "de_AT")).toBe("de");
    expect(messageLanguage(preset, "FR")).toBe("fr");
    expect(messageLanguage(preset, "ja")).toBe("en");
    expect(messageLanguage(preset, "en-GB")).toBe("en");
    expect(messageLanguage(preset, undefined)).toBe("en");
    const r = guard.check("Call me: 415 555 0199", base({ language: "ja" }));
    expect(r.message.startsWith(preset.messages.violation)).toBe(true);
  });

  it("the default preset translates every message and every finding type it names", () => {
    const keys = Object.keys(preset.messages).filter((k) => k !== "findingNames");
    for (const [language, t] of Object.entries(preset.translations)) {
      expect(Object.keys(t.messages ?? {}).filter((k) => k !== "findingNames").sort(), language).toEqual(keys.sort());
      expect(Object.keys(t.messages?.findingNames ?? {}).sort(), language).toEqual([...CONTACT_TYPES].sort());
      expect(Object.keys(t.surfaces ?? {}), language).toEqual(Object.keys(preset.surfaces).filter((s) => preset.surfaces[s as keyof typeof preset.surfaces].message));
      expect(Object.keys(t.typeRules ?? {}).sort(), language).toEqual(preset.typeRules.flatMap((r) => (r.id ? [r.id] : [])).sort());
      for (const v of Object.values(t.messages ?? {})) if (typeof v === "string") expect(v.length).toBeGreaterThan(10);
      expect(t.messages?.found, language).toContain("{found}");
    }
    expect(Object.keys(preset.messages.findingNames).sort()).toEqual([...CONTACT_TYPES].sort());
    expect(Object.keys(DEFAULT_FINDING_NAMES).sort()).toEqual([...CONTACT_TYPES].sort());
  });
});

describe("the preset's message fields are validated", () => {
  const raw = () => JSON.parse(JSON.stringify(builtinPreset())) as Record<string, any>;
  const problems = (p: unknown) => {
    try {
      parsePreset(p);
      return [];
    } catch (err) {
      expect(err).toBeInstanceOf(PresetError);
      return (err as PresetError).problems;
    }
  };

  it("a preset without language, found or translations still loads, in English", () => {
    const p = raw();
    delete p.language;
    delete p.translations;
    delete p.messages.found;
    delete p.messages.findingNames;
    for (const r of p.typeRules) delete r.id;
    const parsed = parsePreset(p);
    expect(parsed.language).toBe("en");
    const r = createGuard({ preset: parsed }).check("Call me: 415 555 0199", base());
    expect(r.message).toContain("What we found: a phone number. Rules: C1, W1.");
  });

  it("refuses a found sentence without {found}, a bad language tag, and translations of things the preset lacks", () => {
    const noSlot = raw();
    noSlot.messages.found = "We found things.";
    expect(problems(noSlot).join()).toMatch(/messages\.found: must contain \{found\}/);
    const badTag = raw();
    badTag.translations["Spanish!"] = { messages: { violation: "x" } };
    expect(problems(badTag).join()).toMatch(/translations/);
    const noSurfaceMessage = raw();
    noSurfaceMessage.translations.es.surfaces.message = "hola";
    expect(problems(noSurfaceMessage).join()).toMatch(/translations\.es\.surfaces\.message: the surface message has no message/);
    const unknownRule = raw();
    unknownRule.translations.es.typeRules.nope = "hola";
    expect(problems(unknownRule).join()).toMatch(/no type rule with id "nope"/);
    const unknownKey = raw();
    unknownKey.translations.es.greeting = "hola";
    expect(problems(unknownKey).length).toBeGreaterThan(0);
  });
});
