import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { detectWith } from "../../src/detect/detect.js";
import { addressRecognizer, streetReadingsOf } from "../../src/recognizers/address/index.js";
import { mayReadStreet } from "../../src/recognizers/address/street-gate.js";
import { fold } from "../../src/normalize/fold.js";
import { TOKEN, tokenize } from "../../src/recognizers/address/tokens.js";
import {
  COMPOUND_ANY,
  COMPOUNDS,
  FLOOR_ORDINALS,
  FLOOR_WORDS,
  STREET_ANCHOR,
  STREET_WORDS,
  UNIT_WORD_LIST,
  lookupStreet,
  streetAnchors,
  streetHints,
} from "../../src/recognizers/address/lexicon.js";
import { SPELLED_HINT, hasSpelledHint, spelledViews, toFold } from "../../src/recognizers/address/spelled.js";
import { ViewBuilder, identityView, toOriginal } from "../../src/normalize/view.js";
import { allMatches } from "../../src/core/matches.js";
import fc from "fast-check";
import { cpuSince, LINEAR_100KB_CPU_MS } from "../helpers/cpu.js";

interface Case {
  text: string;
  expect: boolean;
  /** The exact original slice the finding must cover (house number through postcode/city). */
  address?: string;
}

const dir = new URL("./fixtures/address/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
const find = (text: string) => detectWith([addressRecognizer], text);

describe("address recognizer (C3)", () => {
  it("has fixtures for every required country format", () => {
    const countries = files.map((f) => f.replace(".json", ""));
    for (const cc of ["us", "ca", "gb", "ie", "au", "in", "de", "fr", "es", "it", "nl", "br", "mx"]) {
      expect(countries).toContain(cc);
    }
  });

  for (const file of files) {
    const cases = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as Case[];
    describe(file.replace(".json", "").toUpperCase(), () => {
      for (const c of cases) {
        if (c.expect) {
          it(`finds ${JSON.stringify(c.text)}`, () => {
            const found = find(c.text);
            expect(found.map((f) => f.text)).toContain(c.address);
            const f = found.find((x) => x.text === c.address)!;
            expect(f.type).toBe("address");
            expect(f.text).toBe(c.text.slice(f.start, f.end));
            expect(f.confidence).toBeGreaterThanOrEqual(0.5);
            expect(f.value).toBe(f.value.toLowerCase());
            expect(f.value).not.toMatch(/\s{2}|\n/);
          });
        } else {
          it(`ignores ${JSON.stringify(c.text)}`, () => {
            expect(find(c.text)).toEqual([]);
          });
        }
      }
    });
  }

  describe("read in windows around digits: the same findings inside long text", () => {
    // The grammar runs only near digit runs (DIGIT_REACH); prose and far-away numbers around a fixture must not change it.
    const prose = "We are hiring a senior engineer to join our growing team and drive our platform forward. ".repeat(40);
    const numbers = "Founded in 2009, 250 staff, 24/7 support, salary 90000 per year. ";
    for (const file of files) {
      const cases = (JSON.parse(readFileSync(new URL(file, dir), "utf8")) as Case[]).filter((c) => c.expect);
      it(`${file.replace(".json", "").toUpperCase()}: every fixture between prose and numbers`, () => {
        for (const c of cases) {
          const text = `${prose}${numbers}${prose}\n\n${c.text}\n\n${prose}${numbers}`;
          const offset = prose.length * 2 + numbers.length + 2;
          const alone = find(c.text).map((f) => [f.start + offset, f.end + offset, f.value, f.confidence, f.evidence.contextWords]);
          const inside = find(text).map((f) => [f.start, f.end, f.value, f.confidence, f.evidence.contextWords]);
          expect(inside, c.text).toEqual(alone);
        }
      });
    }
  });

  describe("the examples from the issue, each as a whole message", () => {
    const whole = [
      "350 Fifth Avenue, New York, NY 10118",
      "1600 Amphitheatre Pkwy, Mountain View, CA 94043",
      "221B Baker Street, London NW1 6XE",
      "10 Downing St, London SW1A 2AA",
      "Unit 4, 12 Smith Street, Fitzroy VIC 3065",
      "123 Main St Apt 4B, Springfield",
      "Flat 2, 14 O'Connell Street, Dublin 1, D01 F5P2",
      "Musterstraße 12, 10115 Berlin",
      "Hauptstr. 5a, 80331 München",
      "12 rue de la Paix, 75002 Paris",
      "Calle Mayor 10, 28013 Madrid",
      "Via Roma 15, 00184 Roma",
      "Keizersgracht 123, 1015 CJ Amsterdam",
      "Rua Augusta 1500, São Paulo - SP, 01304-001",
      "Av. Paulista, 1578 - Bela Vista, São Paulo",
      "Calle 5 de Mayo 32, Col. Centro, 06000 Ciudad de México, CDMX",
      "Flat 12, MG Road, Bengaluru, Karnataka 560001",
      "123 Queen St W, Toronto, ON M5H 2M9",
      "PO Box 1234, Austin TX 78701",
      "P.O. Box 55",
      "Postfach 10 20 30",
      "Apartado 123",
      "Caixa Postal 456",
      "1-2-3 Shibuya, Tokyo 150-0002",
    ];
    for (const text of whole) {
      it(`covers all of ${JSON.stringify(text)}`, () => {
        const [f, ...rest] = find(text);
        expect(rest).toEqual([]);
        expect(f).toMatchObject({ type: "address", start: 0, end: text.length, text });
      });
    }

    const never = [
      "I live in New York",
      "based in Berlin, Germany",
      "Tokyo",
      "12 hours",
      "I have 5 years experience in Main Street marketing",
      "3 Main features",
      "delivered 20 logos",
      "version 2 street view",
      "The logo costs $350, the banner €120",
      "Room 5",
      "Section 3, Paragraph 2",
      "2nd floor",
      "Shibuya, Tokyo",
      "Apple Inc., Cupertino",
    ];
    for (const text of never) {
      it(`finds nothing in ${JSON.stringify(text)}`, () => {
        expect(find(text)).toEqual([]);
        // Not even a weak candidate that a lower threshold would let through.
        expect(detectWith([addressRecognizer], text, { minConfidence: 0 })).toEqual([]);
      });
    }
  });

  it("reports its recognizer, value and the cue word it used", () => {
    const [street] = find("Our office: 350 Fifth Avenue,  New York");
    expect(street).toMatchObject({
      recognizer: "address.street",
      value: "350 fifth avenue, new york",
      text: "350 Fifth Avenue,  New York",
    });
    expect(street!.evidence.contextWords).toContain("Our office");
    expect(street!.confidence).toBeGreaterThanOrEqual(0.7);
    const [box] = find("send it to P.O. Box 55");
    expect(box).toMatchObject({ recognizer: "address.pobox", value: "p.o. box 55" });
  });

  it("drops a bare street without a locality unless a cue word says it is an address", () => {
    expect(find("12 Main Street")).toEqual([]);
    const weak = detectWith([addressRecognizer], "12 Main Street", { minConfidence: 0 });
    expect(weak[0]?.confidence).toBeLessThan(0.5);
    const [cued] = find("My address is 12 Main Street");
    expect(cued?.text).toBe("12 Main Street");
    expect(cued?.evidence.contextWords).toEqual(["address"]);
  });

  it("maps spans back through disguises", () => {
    const text = "go to ３５０ Fifth Avenue, New York, NY １０１１８ now";
    const [f] = find(text);
    expect(f?.text).toBe("３５０ Fifth Avenue, New York, NY １０１１８");
    expect(f?.value).toBe("350 fifth avenue, new york, ny 10118");
    expect(f?.evidence.disguises).toContain("compatibility");
  });

  it("finds every address in a message, and multi-line ones", () => {
    const two = find("2 locations: 100 Main St, Boston, MA 02108 and 200 Elm St, Cambridge, MA 02139");
    expect(two.map((f) => f.text)).toEqual(["100 Main St, Boston, MA 02108", "200 Elm St, Cambridge, MA 02139"]);
    const lines = find("Jane Doe\n350 Fifth Avenue\nNew York, NY 10118\n\nthanks!");
    expect(lines.map((f) => f.text)).toEqual(["350 Fifth Avenue\nNew York, NY 10118"]);
  });

  describe("linear time on 100 KB adversarial input", () => {
    const SIZE = 100_000;
    const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
    const hostile: Record<string, string> = {
      "digits and spaces": fill("1 "),
      "one long digit run": fill("5"),
      "street words": fill("street "),
      "street street with numbers": fill("12 main street "),
      "capitalized streets and commas": fill("12 Main St, "),
      "type words and numbers": fill("st st 1 "),
      "hyphenated digits": fill("1-1-"),
      "states and zips": fill("ny 10118 "),
      "post boxes": fill("po box 1 "),
      "french prefixes": fill("12 rue de la "),
      "spanish names with numbers": fill("calle 5 de "),
      "glued streets": fill("musterstraße 12 "),
      "connectives after a street": fill("12 main st, de la "),
      "city chains": fill("1 main st, a b c d e f g h, "),
      "abbreviation dots": fill("1. st. "),
      "units": fill("unit 4, apt 1 "),
      "postfach groups": fill("postfach 10 20 30 "),
      "jp blocks": fill("1-2-3 a, b, c, d, e "),
      "letters only": fill("abcdefghij "),
      "prose without addresses": fill("We can deliver 20 logos in 3 days for $350, see version 2. "),
    };
    for (const [name, text] of Object.entries(hostile)) {
      it(name, () => {
        const t0 = process.cpuUsage();
        detectWith([addressRecognizer], text, { minConfidence: 0 });
        expect(cpuSince(t0)).toBeLessThan(LINEAR_100KB_CPU_MS);
      });
    }
  });
});

describe("address tokens: the char-code tokenizer gives TOKEN's matches", () => {
  const piece = fc.constantFrom(
    "12", "221b", "5th", "100-106", "o'connell", "o’neil", "stoke-on-trent", "-", "'", "’", "--", "a-", "-b", " ", "  ", "\n", "\n\n",
    "\t", "\u00a0", "\u2003", "\ufeff", ",", ".", "#", "/", "é", "straße", "\u0301", "٣", "😀", "\ud800", "\udc00", "東京", "x", "Main",
  );
  const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 20 }).map((p) => p.join(""));
  const spec = (t: string) => [...t.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length, m[0]]);
  it("same tokens on random text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenize(t).map((k) => [k.s, k.e, k.t])).toEqual(spec(t));
      }),
      { numRuns: 5000 },
    );
  });
  it("joins at most eight times, like the regex", () => {
    const t = Array.from({ length: 12 }, (_, i) => `w${i}`).join("-");
    expect(tokenize(t).map((k) => k.t)).toEqual(spec(t).map((m) => m[2]));
  });
});

describe("address shapes whose words fold to Latin look-alikes inside Latin text (so not in the fixture files)", () => {
  // "пр." and "кв." are all look-alike letters: in a mostly Latin message the fold reads them as "np." and "kb.".
  for (const [text, address] of [
    ["Адрес: 190000, Санкт-Петербург, Невский пр., д. 28, кв. 4", "Невский пр., д. 28, кв. 4"],
    ["Невский пр., д. 28, кв. 4, 190000 Санкт-Петербург", "Невский пр., д. 28, кв. 4, 190000 Санкт-Петербург"],
    ["Тверская ул., д. 7, кв. 15", "Тверская ул., д. 7, кв. 15"],
  ] as const) {
    it(`finds ${JSON.stringify(text)}`, () => {
      expect(find(text).map((f) => f.text)).toEqual([address]);
    });
  }
  it("ignores 'и пр.' (and so on) before a number", () => {
    expect(find("мебель, посуда и пр. 5 коробок")).toEqual([]);
  });
});

describe("address scans: the code-checked edges give the regexes' matches", () => {
  // Street and number words glued to what their edges must reject: letters and digits of other
  // scripts, marks, apostrophes, hyphens, astral letters, lone surrogates.
  const piece = fc.constantFrom(
    "street", "st", "st.", "rd", "avenue", "ave", "county road", "calle", "via", "strasse", "straße", "ulica", "улица", "ул.", "rue",
    "musterstraße", "gasse", "str.", "str", "keizersgracht", "пр-т", "б-р", "ул", "sok.", "cad",
    "twenty", "seven", "ochenta", "тридцать", "siebenundsechzig", "undzwanzig", "quattro", "undici", "одиннадцать",
    " ", "\n", "-", "'", "’", ".", ",", "é", "\u0301", "٣", "7", "ж", "𝐀", "😀", "\ud835", "\udc00", "x", "東",
  );
  const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));
  it("streetAnchors gives STREET_ANCHOR's matches", () => {
    const spec = (t: string) => [...allMatches(STREET_ANCHOR, t)].map((m) => [m.index, m[0]]);
    fc.assert(
      fc.property(text, (t) => {
        expect(streetAnchors(t).map((m) => [m.index, m[0]])).toEqual(spec(t));
      }),
      { numRuns: 5000 },
    );
  });
  it("STREET_ANCHOR and COMPOUND_ANY, their edges written once, match as with an edge after each word", () => {
    // The forms before the edges were factored out: each word followed by its own edge.
    const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s{1,3}");
    const L = "\\p{L}\\p{M}\\p{Nd}";
    const words = [...new Set(STREET_WORDS.keys())].sort((a, b) => b.length - a.length);
    const alt = (w: string) => (w.endsWith(".") || w.endsWith("/") ? esc(w) : `${esc(w)}(?:\\.|(?![${L}]))`);
    const perWord = new RegExp(`(?<![${L}'’-])(?:${words.map(alt).join("|")})`, "gu");
    const compounds = new RegExp(COMPOUNDS.map((c) => esc(c.suffix) + (c.dot ? "\\." : `(?![${L}])`)).join("|"), "u");
    fc.assert(
      fc.property(text, (t) => {
        expect([...allMatches(STREET_ANCHOR, t)].map((m) => [m.index, m[0]])).toEqual([...allMatches(perWord, t)].map((m) => [m.index, m[0]]));
        expect(COMPOUND_ANY.test(t)).toBe(compounds.test(t));
      }),
      { numRuns: 5000 },
    );
  });
  it("streetHints' compounds answer as COMPOUND_ANY does", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(streetHints(t).compounds).toBe(COMPOUND_ANY.test(t));
      }),
      { numRuns: 5000 },
    );
  });
  it("hasSpelledHint answers as SPELLED_HINT does", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(hasSpelledHint(t)).toBe(SPELLED_HINT.test(t));
      }),
      { numRuns: 5000 },
    );
  });
  it("rejects words glued to a non-ASCII letter (street words: also a digit or apostrophe)", () => {
    for (const before of ["é", "ж", "٣", "’", "\u0301", "𝐀"]) expect(streetAnchors(`${before}street 5`)).toEqual([]);
    // A number word's edge is a letter or mark only.
    for (const before of ["é", "ж", "\u0301", "𝐀"]) expect(hasSpelledHint(`${before}twenty`)).toBe(false);
    expect(hasSpelledHint("٣twenty")).toBe(true);
    expect(streetAnchors("5 baker street").map((m) => m[0])).toEqual(["street"]);
    expect(hasSpelledHint("éundzwanzig")).toBe(true);
  });
});

describe("address spelled numbers: offsets back to the fold view", () => {
  it("toFold gives what maps of the same replacements would", () => {
    const text = "we moved to twenty seven oak street, then number ninety-nine elm road; ask for flat four";
    const views = spelledViews(identityView(text), streetAnchors(text).map((m) => m.index))!;
    expect(views.numbers.length).toBeGreaterThan(1);
    const b = new ViewBuilder(identityView(text));
    let last = 0;
    views.words.forEach(([s, e], k) => {
      b.copy(last, s);
      b.emit(views.view.text.slice(...views.numbers[k]!), s, e);
      last = e;
    });
    b.copy(last, text.length);
    const maps = b.build();
    expect(maps.text).toBe(views.view.text);
    for (let s = 0; s <= maps.text.length; s++) {
      for (let e = s; e <= maps.text.length; e++) expect(toFold(views, s, e)).toEqual(toOriginal(maps, s, e));
    }
  });
});

describe("address street gate: a street word it holds back never makes a reading", () => {
  // Texts of the lexicon's own street, unit and floor words, numbers, names and separators: the
  // gate (`mayReadStreet`) may let through street words that make nothing, never hold back one that does.
  const street = fc.constantFrom(...[...STREET_WORDS.keys()]);
  const unit = fc.constantFrom(...UNIT_WORD_LIST, ...FLOOR_WORDS, ...FLOOR_ORDINALS);
  const number = fc.constantFrom("12", "4b", "221", "618 1/2", "#12", "5th", "100-106", "148/12", "7", "10115", "s/n", "s.n.", "nº 5", "no. 3", "3º izq", "d: 5");
  const word = fc.constantFrom("Baker", "main", "Oak", "de", "la", "of", "a", "b", "the", "and", "Mayor", "bis", "new", "york", "ny", "london", "nw", "n", "x");
  const sep = fc.constantFrom(" ", "  ", ", ", ",", ". ", ".", "\n", "\n\n", " - ", "-", ":", ": ", "#", "/", "(", ")", "'");
  const text = fc.array(fc.oneof(street, unit, number, word, word, sep, sep, sep), { minLength: 1, maxLength: 24 }).map((p) => p.join(" ").replace(/ {2,}/g, (m) => m.slice(0, 2)));
  const check = (t: string) => {
    const view = fold(t);
    for (const m of streetHints(view.text).anchors) {
      if (mayReadStreet(view.text, m, lookupStreet(m[0]))) continue;
      expect(streetReadingsOf(view, t, m), `${JSON.stringify(t)} at ${m.index} (${m[0]})`).toBe(0);
    }
  };
  it("on random texts of the tables' words", () => {
    fc.assert(fc.property(text, (t) => check(t)), { numRuns: 20000 });
  });
  it("on random texts glued without spaces", () => {
    const glued = fc.array(fc.oneof(street, unit, number, word, sep, sep), { minLength: 1, maxLength: 16 }).map((p) => p.join(""));
    fc.assert(fc.property(glued, (t) => check(t)), { numRuns: 10000 });
  });
  it("holds back prose and lets through addresses", () => {
    const gate = (t: string) => streetHints(t).anchors.map((m) => mayReadStreet(t, m, lookupStreet(m[0])));
    expect(gate("we drive results and walk the talk in our park")).toEqual([false, false, false]);
    expect(gate("visit 221b baker street today")).toEqual([true]);
    expect(gate("flat a, baker street")).toEqual([true]);
    expect(gate("calle mayor s/n")).toEqual([true]);
  });
});
