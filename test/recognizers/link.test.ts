import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detect, detectWith } from "../../src/detect/detect.js";
import fc from "fast-check";
import { linkRecognizer, linkify } from "../../src/recognizers/link/index.js";
import { FUZZY_TLDS, mayHoldLink } from "../../src/recognizers/link/tlds.js";
import { isWhiteSpace } from "../../src/recognizers/link/defang.js";
import { PLATFORMS } from "../../src/recognizers/platforms/index.js";
import { mayContainContact } from "../../src/detect/prefilter.js";

const fixtures = JSON.parse(readFileSync(new URL("./fixtures/links.json", import.meta.url), "utf8")) as {
  cases: Array<{ text: string; type: string; value?: string }>;
  negative: string[];
  /** Look-alikes of `scheme:account` in ordinary text: no messenger or social finding at all. */
  schemeNegative: string[];
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

describe("scheme links: derived from the platform tables", () => {
  for (const text of fixtures.schemeNegative) {
    it(`no account in ${JSON.stringify(text)}`, () => {
      const found = detect(text).filter((f) => f.recognizer.startsWith("link.") || f.type === "messenger" || f.type === "social");
      expect(found.map((f) => `${f.value} [${f.text}]`)).toEqual([]);
    });
  }
  // Each platform's fixture sample (./fixtures/platforms) written after each of its schemes.
  const samples = new Map<string, { sample: string; sampleValue: string }>();
  for (const family of ["messengers", "meetings", "social"]) {
    const fx = JSON.parse(readFileSync(new URL(`./fixtures/platforms/${family}.json`, import.meta.url), "utf8")) as {
      platforms: Record<string, { sample: string; sampleValue: string }>;
    };
    for (const [id, f] of Object.entries(fx.platforms)) samples.set(id, f);
  }
  for (const p of PLATFORMS) {
    for (const scheme of p.schemes ?? []) {
      const account = samples.get(p.id)?.sample.replace(/\s/g, "").replace(/^@/, "") ?? "";
      it(`${scheme}: (${p.id}) is read with and without "//", and without a dot`, () => {
        const opaque = detectWith([linkRecognizer], `${scheme}:${account}`);
        expect(opaque.map((f) => [f.platform, f.type, f.value])).toEqual([[p.id, p.type, samples.get(p.id)!.sampleValue]]);
        const uri = detectWith([linkRecognizer], `${scheme}://open`);
        expect(uri.map((f) => [f.platform, f.type, f.text])).toEqual([[p.id, p.type, `${scheme}://open`]]);
      });
    }
  }
  it("keeps a phone number after tel: to the phone recognizer, as before", () => {
    expect(detectWith([linkRecognizer], "tel:5552013344")).toEqual([]);
    expect(detect("tel:5552013344").map((f) => f.recognizer)).toEqual(["phone.libphonenumber"]);
  });
  it("lets the prefilter pass a scheme link that has no other sign of a link", () => {
    for (const text of ["mqq:kenji_88", "kakaoplus:kenji_88", "zoomus:81234567890"]) {
      expect(detect(text).length, text).toBeGreaterThan(0);
      expect(mayContainContact(text), text).toBe(true);
    }
  });
});

describe("mayHoldLink (the pre-test before linkify-it)", () => {
  const found = (s: string) => linkify.match(s) !== null;

  it("passes every token linkify-it finds a link in, for every two- and three-letter ending", () => {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const endings: string[] = [];
    for (const a of letters) for (const b of letters) {
      endings.push(a + b);
      for (const c of letters) endings.push(a + b + c);
    }
    const missed: string[] = [];
    for (const e of endings) {
      for (const s of [` site.${e}`, ` site.${e}/x`, ` a.b.${e})`]) if (found(s) && !mayHoldLink(s)) missed.push(s);
    }
    expect(missed).toEqual([]);
    // The check has something to catch: linkify-it knows hundreds of these endings (a TLD left out
    // of ./tlds.ts, "com" say, shows up in `missed`).
    expect(endings.filter((e) => found(` site.${e}`)).length).toBeGreaterThan(250);
  });

  it("passes every token linkify-it finds a link in, for random tokens", () => {
    const piece = fc.constantFrom(
      ".", "..", ":", "/", "//", "-", "_", "@", "www", "http", "https://", "xn--", "com", "me", "co", "uk", "we", "earn",
      "social", "app", "gle", "a", "b", "z", "1", "42", "(", ")", "?", "#", "=", "&", "%", "+", "~", "<", ">", "é", "рф", "’", ",",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = ` ${parts.join("")}`;
        return !found(s) || mayHoldLink(s);
      }),
      { numRuns: 5000 },
    );
  });

  it("rejects sentences run together and keeps links", () => {
    for (const s of [" values.we", " started.earn", " (e.g.", " u.s.", " candidates.are"]) expect(mayHoldLink(s), s).toBe(false);
    for (const s of [" site.com", " wa.me/14155550199", " t.me/kenji", " portfolio.dev)", " skype:kenji", " //host", " bit.ly"]) {
      expect(mayHoldLink(s), s).toBe(true);
    }
  });

});

/** Issue 17: defanged and spelled-out links; `span` is the finding's text. */
const DEFANGED: Array<{ text: string; type: string; span: string; value: string }> = [
  { text: "my channel: t[.]me/nightowl_builds", type: "messenger", span: "t[.]me/nightowl_builds", value: "telegram:nightowl_builds" },
  { text: "t . me / mira_codes", type: "messenger", span: "t . me / mira_codes", value: "telegram:mira_codes" },
  { text: "wa dot me slash 447956283147", type: "messenger", span: "wa dot me slash 447956283147", value: "whatsapp:+447956283147" },
  { text: "see hxxps://instagram[.]com/lena.makes", type: "social", span: "hxxps://instagram[.]com/lena.makes", value: "instagram:lena.makes" },
  { text: "f b . com / atelier.brun.ceramique", type: "social", span: "f b . com / atelier.brun.ceramique", value: "facebook:atelier.brun.ceramique" },
  { text: "unter linkedin punkt com slash in slash jonas-weber-ux", type: "social", span: "linkedin punkt com slash in slash jonas-weber-ux", value: "linkedin:in" },
  { text: "linked in dot com forward slash in forward slash marcus", type: "social", span: "linked in dot com forward slash in forward slash marcus", value: "linkedin:in" },
];
const NOT_LINKS: string[] = [
  "the end . com is near",
  "version 2 dot net slash core",
  "we use a [.] as the separator",
  "see figure (.) below",
  "dot me slash you",
  "I like t . me and you",
];
describe("link recognizer: defanged and spelled-out links (issue 17)", () => {
  for (const c of DEFANGED) {
    it(`finds ${JSON.stringify(c.text)}`, () => {
      const f = detectWith([linkRecognizer], c.text).find((x) => x.type === c.type);
      expect(f?.text).toBe(c.span);
      expect(f?.value).toBe(c.value);
      expect(f?.evidence.disguises).toContain("spelled_at_dot");
    });
  }
  for (const text of NOT_LINKS) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(detectWith([linkRecognizer], text).filter((f) => f.type === "messenger" || f.type === "social")).toEqual([]);
    });
  }
});

describe("defang's token reader", () => {
  it("splits tokens where `\\s` does, for every code unit", () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });
});
