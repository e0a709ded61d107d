import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detect, detectWith } from "../../src/detect/detect.js";
import { emailRecognizer } from "../../src/recognizers/email/index.js";

const fixtures = JSON.parse(readFileSync(new URL("./fixtures/email.json", import.meta.url), "utf8")) as {
  positive: Array<{ text: string; value: string; disguise?: string }>;
  negative: string[];
};

describe("email recognizer (C2)", () => {
  for (const c of fixtures.positive) {
    it(`finds ${JSON.stringify(c.text)}`, () => {
      const found = detectWith([emailRecognizer], c.text);
      const f = found.find((x) => x.value === c.value);
      expect(f, JSON.stringify(found)).toBeDefined();
      expect(f!.text).toBe(c.text.slice(f!.start, f!.end));
      if (c.disguise) expect(f!.evidence.disguises).toContain(c.disguise);
    });
  }
  for (const text of fixtures.negative) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => f.type === "email")).toEqual([]);
    });
  }
  it("an email's domain is not also reported as a link", () => {
    const found = detect("write to tacos.el.rey@gmail.com today");
    expect(found.map((f) => f.type)).toEqual(["email"]);
  });
});

/** Issue 17: an address given in two parts, the "@" left to the reader. */
describe("email recognizer: split parts (issue 17)", () => {
  const SPLIT: Array<[string, string]> = [
    ["username is pedro.alves.3d and the domain is protonmail.com, just put the @ between them", "pedro.alves.3d@protonmail.com"],
    ["mi correo: primero sofia.marin, luego la arroba y después outlook.es", "sofia.marin@outlook.es"],
    ["логин alexey.morozov.dev, домен gmail.com, сами соедините", "alexey.morozov.dev@gmail.com"],
    ["first half: tom.lindqvist\nsecond half: hey.com\nyou know what goes in the middle", "tom.lindqvist@hey.com"],
  ];
  for (const [text, value] of SPLIT) {
    it(`finds ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => f.type === "email").map((f) => f.value)).toContain(value);
    });
  }
  const NOT_SPLIT = [
    "I use node.js with gmail.com for alerts",
    "see www.site.com or gmail.com",
    "version 2.1 is out. gmail.com works again",
    "kenji_dev? no, try gmail.com",
    "the gmail.com inbox is full",
  ];
  for (const text of NOT_SPLIT) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => f.type === "email")).toEqual([]);
    });
  }
});
