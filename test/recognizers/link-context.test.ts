import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detect } from "../../src/detect/detect.js";

/*
 * The sentence around a link, and application phrases without one: careers hosts and portals offered
 * as the place to apply (C7), a site's own pages that are the work itself (S2), account paths without
 * their host (C5). Cases: ./fixtures/link-context.json.
 */
const fixtures = JSON.parse(readFileSync(new URL("./fixtures/link-context.json", import.meta.url), "utf8")) as {
  positive: Array<{ text: string; type: string; span: string }>;
  negative: Array<{ text: string; notType: string }>;
};

describe("links in their sentence (C5, C7, S2)", () => {
  for (const c of fixtures.positive) {
    it(`${c.type}: ${c.text}`, () => {
      const found = detect(c.text).filter((f) => f.type === c.type);
      expect(found.map((f) => f.text.normalize("NFD").replace(/\p{M}/gu, ""))).toContain(c.span.normalize("NFD").replace(/\p{M}/gu, ""));
    });
  }
  for (const c of fixtures.negative) {
    it(`no ${c.notType} in ${JSON.stringify(c.text)}`, () => {
      expect(detect(c.text).filter((f) => f.type === c.notType).map((f) => f.text)).toEqual([]);
    });
  }
});
