import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detectWith } from "../../src/detect/detect.js";
import { prefilterFor } from "../../src/detect/prefilter.js";
import { RECOGNIZERS } from "../../src/recognizers/registry.js";
import { RECOGNIZERS as RECOGNIZERS_FROM_INDEX } from "../../src/recognizers/index.js";
import { HANDLE_SCORES, LINK_SCORES, PHONE_SCORES } from "../../src/recognizers/scores.js";

const fixtureTexts = (file: string): string[] => {
  const fx = JSON.parse(readFileSync(new URL(`fixtures/${file}`, import.meta.url), "utf8")) as {
    positive?: Array<{ text: string }>;
    cases?: Array<{ text: string }>;
    platforms?: Record<string, { positive: Array<{ text: string }> }>;
  };
  return [
    ...(fx.positive ?? []).map((c) => c.text),
    ...(fx.cases ?? []).map((c) => c.text),
    ...Object.values(fx.platforms ?? {}).flatMap((p) => p.positive.map((c) => c.text)),
  ];
};
const FIXTURE_TEXTS = [
  "phone.json", "email.json", "links.json", "phrases/contact_request.json", "phrases/off_platform.json",
  "platforms/messengers.json", "platforms/meetings.json", "platforms/social.json",
].flatMap(fixtureTexts);

describe("recognizer registry", () => {
  it("lists each recognizer once, under a unique id", () => {
    const ids = RECOGNIZERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(["phone", "email", "link", "link.apply_elsewhere", "address", "handle", "handle.short_path", "phrase"]);
  });
  it("is what recognizers/index.ts still exports", () => {
    expect(RECOGNIZERS_FROM_INDEX).toBe(RECOGNIZERS);
  });
  it("gives every recognizer a pretest or cue words, so the prefilter can pass texts", () => {
    for (const r of RECOGNIZERS) expect(r.pretest !== undefined || r.cueWords !== undefined, r.id).toBe(true);
  });
  it("declares scores between 0 and 1", () => {
    for (const scores of [PHONE_SCORES, HANDLE_SCORES, LINK_SCORES, ...RECOGNIZERS.map((r) => r.scores ?? {})]) {
      for (const [name, v] of Object.entries(scores)) expect(v > 0 && v <= 1, name).toBe(true);
    }
  });
});

describe("each recognizer's own pretest and cue words", () => {
  // The property the prefilter rests on, recognizer by recognizer: whatever one recognizer finds on
  // its own, its own declaration lets through. A recognizer whose tables grow without its
  // declaration fails here, by name.
  for (const r of RECOGNIZERS) {
    it(`${r.id}: lets through every fixture text it finds something in`, () => {
      const mayHold = prefilterFor([r]);
      const missed = FIXTURE_TEXTS.filter((t) => detectWith([r], t).length > 0 && !mayHold(t));
      expect(missed).toEqual([]);
    });
  }
});

describe("prefilterFor", () => {
  const digitsOnly = { id: "digits", types: ["phone"] as const, pretest: /[0-9]/, find: () => [] };
  const cueOnly = { id: "cue", types: ["contact_request"] as const, cueWords: ["kontakt", "e-mail"], find: () => [] };
  const byFunction = { id: "fn", types: ["messenger"] as const, pretest: (t: string) => t.includes("zz"), find: () => [] };

  it("answers from the recognizers' declarations only", () => {
    const mayHold = prefilterFor([digitsOnly, cueOnly, byFunction]);
    expect(mayHold("call 555")).toBe(true);
    expect(mayHold("Kontakt please")).toBe(true);
    expect(mayHold("my E-MAIL")).toBe(true);
    expect(mayHold("buzz")).toBe(true);
    expect(mayHold("nothing to see here")).toBe(false);
    // Whole words only: "kontakte" is not the cue "kontakt".
    expect(mayHold("kontakte")).toBe(false);
    expect(mayHold("")).toBe(false);
  });
  it("merges one-character pretests into one class without making ranges of them", () => {
    const mayHold = prefilterFor([
      { id: "dash", types: ["url"], pretest: /-/, find: () => [] },
      { id: "digit", types: ["url"], pretest: /[0-9]/, find: () => [] },
    ]);
    expect(["5", "-", "&"].map(mayHold)).toEqual([true, true, true]);
    // Merged after the normalizer's "&", an unescaped "-" would make "[&-0-9]": the range "&"–"0"
    // would let "(", "*", "/" through.
    expect(["a(b", "a*b", "a/b"].map(mayHold)).toEqual([false, false, false]);
  });
  it("passes whatever the normalizer could change, whatever the recognizers declare", () => {
    const mayHold = prefilterFor([cueOnly]);
    for (const t of ["ｋｏｎｔａｋｔ", "&#64;", "k o n t a k t"]) expect(mayHold(t), t).toBe(true);
  });
  it("says true for every text when a recognizer declares nothing", () => {
    const mayHold = prefilterFor([digitsOnly, { id: "blind", types: ["url"], find: () => [] }]);
    expect(mayHold("nothing to see here")).toBe(true);
  });
});
