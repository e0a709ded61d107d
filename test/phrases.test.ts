import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detect, detectWith } from "../src/detect/detect.js";
import { contactRequestRecognizer } from "../src/recognizers/request/index.js";
import { offPlatformRecognizer } from "../src/recognizers/offplatform/index.js";
import type { Recognizer } from "../src/recognizers/types.js";

type Fixture = { positive: Array<{ text: string; value: string }>; negative: string[] };
const load = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/phrases/${name}.json`, import.meta.url), "utf8")) as Fixture;

function suite(name: string, recognizer: Recognizer, type: string) {
  const fx = load(name);
  describe(`${type} recognizer`, () => {
    for (const c of fx.positive) {
      it(`finds ${JSON.stringify(c.text)}`, () => {
        const found = detectWith([recognizer], c.text);
        expect(found.map((f) => f.value), JSON.stringify(found)).toContain(c.value);
        const f = found.find((x) => x.value === c.value)!;
        expect(f.text).toBe(c.text.slice(f.start, f.end));
      });
    }
    for (const text of fx.negative) {
      it(`ignores ${JSON.stringify(text)}`, () => {
        expect(detect(text).filter((f) => f.type === type)).toEqual([]);
      });
    }
  });
}

suite("contact_request", contactRequestRecognizer, "contact_request");
suite("off_platform", offPlatformRecognizer, "off_platform");

describe("phrase recognizers on hostile input", () => {
  for (const unit of ["your ", "what's your your ", "off the the ", "pay me pay me ", "can u can u share "]) {
    it(JSON.stringify(unit), () => {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      const t0 = performance.now();
      detectWith([contactRequestRecognizer, offPlatformRecognizer], text);
      expect(performance.now() - t0).toBeLessThan(3000);
    });
  }
});
