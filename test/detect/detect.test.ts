import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detect } from "../../src/index.js";
import { isContactType } from "../../src/core/types.js";

describe("detect() contract", () => {
  it("never throws and returns well-formed findings on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        const findings = detect(s);
        let prevStart = -1;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(s.length);
          expect(f.start).toBeLessThan(f.end);
          expect(f.text).toBe(s.slice(f.start, f.end));
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          expect(f.start).toBeGreaterThanOrEqual(prevStart);
          prevStart = f.start;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on contact-shaped noise", () => {
    const piece = fc.constantFrom("@", ".", " at ", " dot ", "(at)", "+", "(", ")", "-", "555", "0", "one", "two", "whatsapp", "x:", "http://", "www.", "&#64;", "\u200b", "５", "٣", "k", "e", "\n");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const s = parts.join("");
        for (const f of detect(s)) expect(f.text).toBe(s.slice(f.start, f.end));
      }),
      { numRuns: 1000 },
    );
  });

  it("is deterministic", () => {
    const text = "WhatsApp me on +91 98200 12345 or kenji (at) sato-studio (dot) jp";
    expect(detect(text)).toEqual(detect(text));
  });

  it("returns nothing for non-strings and empty text", () => {
    expect(detect("")).toEqual([]);
    expect(detect(undefined as unknown as string)).toEqual([]);
    expect(detect(42 as unknown as string)).toEqual([]);
  });

  it("filters by type and confidence", () => {
    const text = "mail tacos.el.rey@gmail.com or call (415) 555-0199";
    expect(detect(text, { types: ["email"] }).map((f) => f.type)).toEqual(["email"]);
    expect(detect(text, { minConfidence: 0.99 })).toEqual([]);
  });

  it("keeps prices, dates, versions and order numbers clean", () => {
    const clean = [
      "$45/hr, about 12-15 hours. Delivery by 03/20",
      "Migrate our Django 3.2 app to Django 5. About 40k lines, budget $3,000, start 2026-04-01.",
      "Our team is in GMT+9, meetings at 10:30.",
      "Bump lodash 4.17.21 and Node 20.11.1; the VM has 1,024 MB.",
      "Tracking 1Z 999 AA1 01 2345 6784, order 112-7788321-4411200",
      "Write about 800 words on remote work.",
    ];
    for (const text of clean) expect(detect(text).filter((f) => isContactType(f.type)), text).toEqual([]);
  });
});
