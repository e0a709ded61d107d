import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CheckContext, PLANS, SURFACES } from "../../src/policy/context.js";
import { commonContext } from "../../src/policy/context-fast.js";
import { decide } from "../../src/policy/engine.js";
import { builtinPreset } from "../../src/policy/preset.js";
import { POLICY_RULES } from "../../src/policy/rules/index.js";

/*
 * parseContext checks the common context by hand before zod (context-fast.ts): what it accepts, zod
 * accepts with the same output, keys in the same order; and decide's shortcut for a text with no
 * findings gives what the walk of POLICY_RULES gives.
 */

const odd = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constant({}));
const time = fc.oneof(fc.constantFrom("2026-01-01", "2026-03-04T05:06:07Z", "yesterday", ""), odd);
const party = fc.oneof(
  fc.constant(null),
  odd,
  fc.record(
    { id: fc.oneof(fc.constantFrom("u1", "", "a\u0000b", "x\ud800"), odd), role: fc.oneof(fc.constantFrom("client", "freelancer"), odd), plan: fc.oneof(fc.constantFrom(...PLANS), odd), other: odd },
    { requiredKeys: [] },
  ),
);
const contract = fc.oneof(
  fc.constant(null),
  odd,
  fc.record(
    { status: fc.oneof(fc.constantFrom("none", "offered", "active", "closed"), odd), kind: fc.oneof(fc.constantFrom("standard", "test"), odd), startsAt: time, acceptedAt: time, endedAt: time },
    { requiredKeys: [] },
  ),
);
const context = fc.oneof(
  fc.record(
    {
      surface: fc.oneof(fc.constantFrom(...SURFACES), odd),
      sender: party,
      recipient: party,
      contract,
      region: fc.oneof(fc.constantFrom("us", "GB", "usa", "1x"), odd),
      now: time,
      language: fc.oneof(fc.constantFrom("en", "pt-BR", "zh_Hans", "e", "english!"), odd),
      history: fc.constant([]),
      standing: fc.constant({ suspended: true }),
      conversationId: fc.constantFrom("c1", "a\u0000"),
      unknownKey: odd,
    },
    { requiredKeys: [] },
  ),
  odd,
  fc.constant(Object.create({ surface: "job_post" }) as object),
);

describe("the hand check of the common context", () => {
  it("accepts only what zod accepts, with zod's output", () => {
    let fastTaken = 0;
    fc.assert(
      fc.property(context, (input) => {
        const fast = commonContext(input);
        const zod = CheckContext.safeParse(input ?? {});
        if (!fast) return;
        fastTaken++;
        expect(zod.success).toBe(true);
        expect(fast).toStrictEqual(zod.data);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
      }),
      { numRuns: 3000 },
    );
    expect(fastTaken).toBeGreaterThan(30);
  });

  it("takes the corpus's contexts", () => {
    for (const c of [{ surface: "message", sender: { role: "freelancer", plan: "basic" }, contract: { status: "none" } }, { surface: "job_post", sender: { role: "client" }, recipient: { id: "r", role: "freelancer" }, region: "gb" }, undefined]) {
      expect(commonContext(c)).toStrictEqual(CheckContext.parse(c ?? {}));
    }
  });
});

describe("decide on a text with no findings", () => {
  it("gives what the walk of the rules gives", () => {
    const preset = builtinPreset();
    const contexts = fc.record(
      {
        surface: fc.constantFrom(...SURFACES),
        language: fc.constantFrom("en", "es", "de", "pt-BR"),
        standing: fc.record({ activeViolations: fc.nat(3), suspended: fc.boolean(), restrictedUntil: fc.constantFrom("2020-01-01", "2999-01-01") }, { requiredKeys: ["activeViolations"] }),
        contract: fc.record({ status: fc.constantFrom("none", "offered", "active", "closed") }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.string(), contexts, (text, input) => {
        const c = CheckContext.parse(input);
        const now = new Date("2026-06-01T00:00:00Z");
        expect(decide(text, [], c, preset, now)).toStrictEqual(decide(text, [], c, preset, now, [...POLICY_RULES]));
      }),
      { numRuns: 300 },
    );
  });
});
