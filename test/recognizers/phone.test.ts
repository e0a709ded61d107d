import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detect, detectWith } from "../../src/detect/detect.js";
import { phoneRecognizer } from "../../src/recognizers/phone/index.js";

const fixtures = JSON.parse(readFileSync(new URL("./fixtures/phone.json", import.meta.url), "utf8")) as {
  positive: Array<{ text: string; value: string; region?: string }>;
  negative: string[];
};

describe("phone recognizer (C1)", () => {
  for (const c of fixtures.positive) {
    it(`finds ${JSON.stringify(c.text)}`, () => {
      const found = detectWith([phoneRecognizer], c.text, c.region ? { defaultRegion: c.region } : {});
      expect(found.map((f) => f.value)).toContain(c.value);
      const f = found.find((x) => x.value === c.value)!;
      expect(f.text).toBe(c.text.slice(f.start, f.end));
      expect(f.type).toBe("phone");
    });
  }
  for (const text of fixtures.negative) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(detect(text).filter((f) => f.type === "phone")).toEqual([]);
    });
  }

  it("reports the disguise it undid and the context word it used", () => {
    const [f] = detectWith([phoneRecognizer], "call me: eight zero zero two two two nine eight seven six");
    expect(f?.evidence.disguises).toContain("number_word");
    expect(f?.evidence.contextWords).toContain("call");
  });

  it("honours the default region", () => {
    const uk = detectWith([phoneRecognizer], "phone 020 7946 0958", { defaultRegion: "GB" });
    expect(uk[0]?.value).toBe("+442079460958");
  });
});
