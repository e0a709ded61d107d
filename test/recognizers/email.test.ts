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
