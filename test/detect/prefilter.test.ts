import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { detect, mayContainContact } from "../../src/index.js";

describe("mayContainContact", () => {
  it("is false for plain prose", () => {
    expect(mayContainContact("Thanks, that looks great")).toBe(false);
    expect(mayContainContact("")).toBe(false);
  });
  it("is true wherever something could hide", () => {
    for (const t of ["call 555", "a@b", "kenji (at) sato-studio (dot) jp", "w h a t s a p p", "ping me on telegram", "what's your email", "ｋｅｎｊｉ"]) {
      expect(mayContainContact(t), t).toBe(true);
    }
  });
  it("is true for every fixture that a recognizer must find", () => {
    const dir = new URL("../recognizers/fixtures/", import.meta.url);
    const texts: string[] = [];
    for (const file of ["phone.json", "email.json", "phrases/contact_request.json", "phrases/off_platform.json"]) {
      const fx = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as { positive: Array<{ text: string }> };
      texts.push(...fx.positive.map((c) => c.text));
    }
    const missed = texts.filter((t) => detect(t).length > 0 && !mayContainContact(t));
    expect(missed).toEqual([]);
  });

  it("never says false when detect finds something (property)", () => {
    const piece = fc.constantFrom("kenji", " ", "at", "dot", "gmail", "com", "five", "skype", "your", "number", "hello", "please", "x", ":", "@", ".", "1", "outside", "fees");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join(" ");
        if (detect(text).length > 0) expect(mayContainContact(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("mayContainContact is derived", () => {
  it("imports no recognizer internals: only the registry and the contract", () => {
    const source = readFileSync(new URL("../../src/detect/prefilter.ts", import.meta.url), "utf8");
    const imports = [...source.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    expect(imports).toEqual(["../recognizers/registry.js", "../recognizers/types.js"]);
  });
  it("passes a text with only a word a recognizer declares, and drops words none declares", () => {
    expect(mayContainContact("ping me on telegram")).toBe(true); // a platform word (handle)
    expect(mayContainContact("write to kenji arroba gmail")).toBe(true); // an at word (email)
    expect(mayContainContact("five five five")).toBe(true); // number words (phone)
    // "my", "box", "id": once hand-listed cue words, but no recognizer starts from them alone.
    expect(mayContainContact("Selling my bike, still in the box")).toBe(false);
    expect(detect("Selling my bike, still in the box")).toEqual([]);
  });
});
