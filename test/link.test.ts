import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detect, detectWith } from "../src/detect/detect.js";
import { linkRecognizer } from "../src/recognizers/link/index.js";

const fixtures = JSON.parse(readFileSync(new URL("./fixtures/links.json", import.meta.url), "utf8")) as {
  cases: Array<{ text: string; type: string; value?: string }>;
  negative: string[];
};

describe("link recognizer (C4–C7, S1, S2)", () => {
  for (const c of fixtures.cases) {
    it(`${c.type}: ${c.text}`, () => {
      const found = detectWith([linkRecognizer], c.text);
      expect(found.map((f) => f.type)).toContain(c.type);
      if (c.value) expect(found.find((f) => f.type === c.type)?.value).toBe(c.value);
    });
  }
  for (const text of fixtures.negative) {
    it(`no link in ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => ["url", "portfolio_link", "contact_link"].includes(f.type))).toEqual([]);
    });
  }
});
