import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fold, digitsView, toOriginal, type MappedText } from "../../src/normalize/index.js";
import { detect } from "../../src/index.js";
import { collapseSpacedCharacters, decodeEntities, foldCharacters, foldEachCharacter, joinSpacedRuns } from "../../src/normalize/fold.js";
import { identityView } from "../../src/normalize/view.js";
import { windowsAroundHits } from "../../src/normalize/windows.js";
import { COMPOUND, NUMBER_WORD_PAIR, compoundCandidates, numberWordPairs } from "../../src/normalize/digits.js";

function mapped(text: string): { f: MappedText; d: MappedText } {
  const f = fold(text);
  return { f, d: digitsView(f) };
}

describe("fold view undoes each disguise", () => {
  const cases: Array<[string, string, string]> = [
    ["full-width", "５５５－２０１－３３４４", "555-201-3344"],
    ["NFKC ligature", "ﬁle", "file"],
    ["Cyrillic look-alikes in a Latin word", "kеnji@gmаil.com", "kenji@gmail.com"],
    ["Greek look-alikes in a Latin word", "skyρe", "skype"],
    ["all-look-alike word in Latin text", "my Ѕкуре is kenji", "my skype is kenji"],
    ["zero-width characters", "wh\u200bats\u200capp", "whatsapp"],
    ["bidi controls", "55\u202e5\u202c-0199", "555-0199"],
    ["keycap digits", "5️⃣5️⃣5️⃣", "555"],
    ["circled digits", "⑤⑤⑤", "555"],
    ["dingbat circled digits", "❺❺❺", "555"],
    ["Arabic-Indic digits", "٥٥٥", "555"],
    ["Devanagari digits", "५५५", "555"],
    ["HTML entities", "kenji&#64;gmail&period;com", "kenji@gmail.com"],
    ["spaced letters", "k e n j i @ g m a i l . c o m", "kenji@gmail.com"],
    ["spaced letters over line breaks", "k\ne\nn\nj\ni", "kenji"],
    ["accents", "whatsàpp", "whatsapp"],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => expect(fold(input).text).toBe(expected));
  }

  it("leaves genuine Russian prose alone", () => {
    expect(fold("Привет, как дела?").text).toBe("привет, как дела?");
  });
  it("does not join ordinary words", () => {
    expect(fold("I am a big fan of it").text).toBe("i am a big fan of it");
  });
});

describe("digits view", () => {
  const cases: Array<[string, string]> = [
    ["eight zero zero, two two two, nine eight seven six", "8002229876"],
    ["nine one seven, double five, triple eight, oh one", "9175588801"],
    ["ocho cero cero dos dos dos nueve ocho siete seis", "8002229876"],
    ["zero six douze trente-quatre cinquante-six soixante-dix-huit", "0612345678"],
    ["null eins sieben zwei drei vier fünf sechs sieben", "017234567"],
    ["tre tre tre uno due tre quattro cinque sei", "333123456"],
    ["nove um um dois tres quatro cinco seis sete", "911234567"],
    ["eight hundred five five five one two one two", "8005551212"],
    ["9 one 7 five five five 0 one nine nine", "9175550199"],
    ["555-O1S9-877", "555-0159-877"],
  ];
  for (const [input, expected] of cases) {
    it(input, () => expect(mapped(input).d.text).toBe(expected));
  }
  it("keeps ordinary number words in prose", () => {
    expect(mapped("I have one dog and two cats").d.text).toBe("i have one dog and two cats");
    expect(mapped("about eight hundred words").d.text).toBe("about eight hundred words");
  });
  it("does not read leet in words or short codes", () => {
    expect(mapped("b00k 1s here").d.text).toBe("b00k 1s here");
    expect(mapped("SKU 12BOX").d.text).toBe("sku 12box");
  });
  it("reads unit-first compounds of every joiner: Dutch 'en' as German 'und'", () => {
    expect(mapped("nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig").d.text).toBe("0612345678");
    expect(mapped("nul zes zevenendertig negenentwintig tweeëntwintig elf").d.text).toBe("0637292211");
    expect(mapped("we benen heren en dames").d.text).toBe("we benen heren en dames");
  });
  it("reads a long chain of weak number words of one language, not one word repeated or words of different languages", () => {
    expect(mapped("number hai saat do saat, do saat do, saat do saat do").d.text).toBe("number hai 7272727272");
    expect(mapped("do do do do do do do do").d.text).toBe("do do do do do do do do");
    expect(mapped("hai do hai do hai do hai do").d.text).toBe("hai do hai do hai do hai do");
  });
  it("reads Tagalog's Spanish-derived digit names", () => {
    expect(mapped("sero nuwebe uno siyete, uno dos tres, kuwatro singko sais siyete").d.text).toBe("09171234567");
    expect(mapped("je sais un peu").d.text).toBe("je sais un peu");
  });
});

describe("digits view: CJK digit names with particles (issue 17)", () => {
  const cases: Array<[string, string]> = [
    // A hiragana particle ends a katakana stretch; one written against the last digit name is stripped.
    ["電話番号はゼロキューゼロ、イチニーサンヨン、ゴーロクナナハチです", "電話番号は090 1234 5678です"],
    // の and 에 alone between groups read the dash.
    ["ぜろはちぜろ の いちにさんよん の ごろくななはち に電話して", "080 1234 5678 に電話して"],
    ["공일공에 구팔칠육에 오사삼이로 연락주세요", "010 9876 5432로 연락주세요"],
    ["제 번호는 공일공 일이삼사 오육칠팔이에요", "제 번호는 010 1234 5678이에요"],
  ];
  for (const [input, expected] of cases) it(input, () => expect(mapped(input).d.text).toBe(expected));
  it("leaves prose with digit-name syllables and particles as written", () => {
    for (const text of ["사이에 이사로 일이 많아요", "いちにち の ごはん です", "오늘은 일이 많아서 사무실에 있어요"]) {
      expect(mapped(text).d.text).toBe(fold(text).text);
    }
  });
});

// Disguises a user can apply to a single character without changing what it reads as.
const disguiseChar = fc.constantFrom<(c: string) => string>(
  (c) => c,
  (c) => c + "\u200b",
  (c) => "\u200d" + c,
  (c) => (/[0-9]/.test(c) ? String.fromCharCode(0xff10 + Number(c)) : c.toUpperCase()),
  (c) => (/[0-9]/.test(c) ? String.fromCharCode(0x0660 + Number(c)) : c),
  (c) => (/[0-9]/.test(c) ? `${c}\ufe0f\u20e3` : c),
  (c) => (c === "a" ? "а" : c === "e" ? "е" : c === "o" ? "о" : c),
  (c) => (c === "@" ? "&#64;" : c === "." ? "&#46;" : c),
);
// Disguises applied to the whole value.
const disguiseWhole = fc.constantFrom<(v: string) => string>(
  (v) => v,
  (v) => [...v].join(" "),
  (v) => v.replace("@", " (at) ").replace(/\.(?=[a-z]+$)/, " (dot) "),
);

describe("offset maps (property)", () => {
  it("every unit of every view maps inside the original, in order", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const { f, d } = mapped(s);
        for (const v of [f, d]) {
          let prev = 0;
          for (let i = 0; i < v.text.length; i++) {
            const { start, end } = toOriginal(v, i, i + 1);
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeLessThanOrEqual(s.length);
            expect(start).toBeLessThanOrEqual(end);
            expect(start).toBeGreaterThanOrEqual(prev);
            prev = start;
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a disguised email or phone is found and its span covers every disguised character", () => {
    const contact = fc.constantFrom("kenji.sato@gmail.com", "+44 20 7946 0958", "(415) 555-0199", "maria@correo.es");
    const word = fc.constantFrom("hello", "please", "write", "to", "me", "soon", "thanks", "ok");
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 4 }),
        contact,
        disguiseWhole,
        fc.array(disguiseChar, { minLength: 60, maxLength: 60 }),
        fc.array(word, { maxLength: 4 }),
        (before, value, whole, disguises, after) => {
          const shaped = value.includes("@") ? whole(value) : value;
          const disguised = [...shaped].map((c, i) => (c === " " ? c : disguises[i]!(c))).join("");
          const prefix = before.length ? `${before.join(" ")} ` : "";
          const text = `${prefix}${disguised}${after.length ? " " + after.join(" ") : ""}`;
          const from = prefix.length;
          const to = from + disguised.length;
          const type = value.includes("@") ? "email" : "phone";
          const hit = detect(text).find((f) => f.type === type && f.start < to && f.end > from);
          expect(hit, JSON.stringify(text)).toBeDefined();
          expect(hit!.text).toBe(text.slice(hit!.start, hit!.end));
          expect(hit!.start).toBeGreaterThanOrEqual(0);
          expect(hit!.end).toBeLessThanOrEqual(text.length);
          // Covers the contact from its first to its last written character (invisibles at the edges aside).
          const core = /[^\u200b\u200d]/;
          const first = from + disguised.search(core);
          const lastVisible = [...disguised].length && disguised.length - 1 - [...disguised].reverse().join("").search(core);
          expect(hit!.start).toBeLessThanOrEqual(first);
          expect(hit!.end).toBeGreaterThanOrEqual(from + lastVisible + 1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("recovers disguised contacts in most combinations", () => {
    let found = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.array(disguiseChar.filter((d) => !/ /.test(d("a"))), { minLength: 30, maxLength: 30 }), (disguises) => {
        const value = "kenji.sato@gmail.com";
        const disguised = [...value].map((c, i) => disguises[i]!(c)).join("");
        total++;
        if (detect(`mail me ${disguised} thanks`).some((f) => f.type === "email" && f.value === value)) found++;
      }),
      { numRuns: 200 },
    );
    expect(found / total).toBeGreaterThan(0.95);
  });
});

describe("fold stage 2: the in-place fast path equals the character loop", () => {
  const unitsOf = (v: MappedText) =>
    Array.from({ length: v.text.length }, (_, k) => [v.text[k], v.srcStart ? v.srcStart[k] : k, v.srcEnd ? v.srcEnd[k] : k + 1, v.flags ? v.flags[k] : 0]);
  // Characters the fast path keeps, replaces, or must hand to the loop, mixed with ASCII.
  const special = fc.constantFrom(
    "\u00a0", "é", "É", "’", "–", "™", "…", "ß", "Σ", "ΟΔΟΣ", "ό", "İ", "Ж", "а", "о", "\u200b", "\ufe0f", "\u20e3", "①",
    "４", "٣", "ﬁ", "\u{1D7CE}", "😀", "&amp;", "&nbsp;", "&Eacute;", "x", "A", "5", " ",
  );
  const text = fc.array(fc.oneof(special, fc.string({ maxLength: 3 }), fc.string({ unit: "binary", maxLength: 2 })), { maxLength: 16 }).map((p) => p.join(""));
  it("same text, maps and flags on any input", () => {
    fc.assert(
      fc.property(text, (t) => {
        const input = decodeEntities(identityView(t));
        expect(unitsOf(foldCharacters(input))).toEqual(unitsOf(foldEachCharacter(input)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("fold stage 3: the pre-test never skips a run the loop would join", () => {
  const unitsOf = (v: MappedText) =>
    Array.from({ length: v.text.length }, (_, k) => [v.text[k], v.srcStart ? v.srcStart[k] : k, v.srcEnd ? v.srcEnd[k] : k + 1, v.flags ? v.flags[k] : 0]);
  const piece = fc.constantFrom("a", "b", "1", "@", ".", "é", "😀", " ", "  ", "   ", "    ", "\n", "\n\n", "\t", "\u00a0", "\r", "ab", "xyz", " a b c d e ");
  const text = fc.array(piece, { maxLength: 24 }).map((p) => p.join(""));
  it("same text, maps and flags as the loop alone, for runs of 2 to 6", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 6 }), (t, minRun) => {
        const input = identityView(t);
        expect(unitsOf(collapseSpacedCharacters(input, minRun))).toEqual(unitsOf(joinSpacedRuns(input, minRun)));
      }),
      { numRuns: 5000 },
    );
  });
  it("joins what it should", () => {
    expect(collapseSpacedCharacters(identityView("k e n j i @ g m a i l")).text).toBe("kenji@gmail");
    expect(collapseSpacedCharacters(identityView("a b c d")).text).toBe("a b c d");
  });
});

describe("windowsAroundHits: many hits give the windows a walk per hit gives", () => {
  const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
  // The specification: widen each hit to white space by walking (at most 40 characters), then merge.
  function reference(text: string, hits: Array<[number, number]>, before: number, after: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (const [hs, he] of [...hits].sort((x, y) => x[0] - y[0])) {
      let s = Math.max(0, hs - before);
      while (s > 0 && hs - s < before + 40 && !isSpace(text.charCodeAt(s - 1))) s--;
      let e = Math.min(text.length, he + after);
      while (e < text.length && e - he < after + 40 && !isSpace(text.charCodeAt(e))) e++;
      const last = out[out.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else out.push([s, e]);
    }
    return out;
  }
  it("where the 40-character limit on widening applies: long runs without spaces", () => {
    const text = `${"x ".repeat(50)}${"a".repeat(300)}${" y".repeat(50)}${"1-".repeat(400)}`;
    const hits = Array.from({ length: 40 }, (_, k): [number, number] => [250 + k * 17, 251 + k * 17]);
    for (const [before, after] of [[10, 10], [0, 0], [160, 160], [3, 90]] as const) {
      expect(windowsAroundHits(text, hits, before, after)).toEqual(reference(text, hits, before, after));
    }
  });
  it("on random texts and hits", () => {
    const text = fc.array(fc.constantFrom("a", "1", "-", "1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-", " ", "\n", "\u00a0", "bb"), { minLength: 1, maxLength: 600 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 5 })), { minLength: 33, maxLength: 60 }), fc.nat({ max: 60 }), fc.nat({ max: 60 }), (t, raw, before, after) => {
        const hits = raw.map(([s, len]): [number, number] => [s % t.length, Math.min(t.length, (s % t.length) + len + 1)]);
        expect(windowsAroundHits(t, hits, before, after)).toEqual(reference(t, hits, before, after));
      }),
      { numRuns: 2000 },
    );
  });
  it("on hits already in text order (not copied nor sorted), ties included, and leaves the hits as given", () => {
    const text = fc.array(fc.constantFrom("a", "1", "-", " ", "\n", "bb", "1-1-1-1-1-"), { minLength: 1, maxLength: 400 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 5 })), { minLength: 0, maxLength: 60 }), fc.nat({ max: 60 }), (t, raw, reach) => {
        const hits = raw
          .map(([s, len]): [number, number] => [s % t.length, Math.min(t.length, (s % t.length) + len + 1)])
          .sort((x, y) => x[0] - y[0]);
        const given = JSON.stringify(hits);
        expect(windowsAroundHits(t, hits, reach, reach)).toEqual(reference(t, hits, reach, reach));
        expect(JSON.stringify(hits)).toBe(given);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("number words: numberWordPairs finds NUMBER_WORD_PAIR's matches", () => {
  const piece = fc.constantFrom(
    "one", "two", "oh", "zero", "cinco", "drei", "altı", "خمسة", "đ", "a", "x", "Z", "é", "ß", "1", "42", "_", " ", "  ", "-", ".", ",",
    "(", "+", "\u060c", "\n", "\u00a0", "\u3000", "someone", "twelve", "onetwo", "1one",
  );
  const text = fc.array(piece, { maxLength: 16 }).map((p) => p.join(""));
  const spec = (t: string) => [...t.matchAll(new RegExp(NUMBER_WORD_PAIR.source, "g"))].map((m): [number, number] => [m.index, m.index + m[0].length]);
  it("same ranges on random texts of number words, digits and gaps", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(numberWordPairs(t)).toEqual(spec(t));
      }),
      { numRuns: 5000 },
    );
  });
  it("at the start, after an edge, and not inside a word", () => {
    expect(numberWordPairs("one two")).toEqual([[0, 7]]);
    expect(numberWordPairs("call 5 five, someone two")).toEqual([[5, 11]]);
    expect(numberWordPairs("x one 2 three four")).toEqual([[2, 7], [8, 18]]);
  });
});

describe("number words: compound candidates are COMPOUND's matches", () => {
  const piece = fc.constantFrom(
    "drei", "und", "zwanzig", "vier", "undzwanzig", "einundzwanzig", "siebenundneunzig", "veinti", "trés", "tres", "trenta", "due",
    "quarant", "otto", "vent", "uno", "a", "b", "x", "Z", "1", "_", " ", "-", ".", "é", "\n", "understand", "foundation",
  );
  const text = fc.array(piece, { maxLength: 14 }).map((p) => p.join(""));
  const spec = (t: string) => {
    const seen = new Map<string, [number, number]>();
    for (const m of t.matchAll(COMPOUND)) seen.set(`${m.index}:${m[0].length}`, [m.index, m.index + m[0].length]);
    return [...seen.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  };
  it("same ranges on random glued number words", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(compoundCandidates(t)).toEqual(spec(t));
      }),
      { numRuns: 5000 },
    );
  });
  it("finds the German and Romance readings", () => {
    expect(compoundCandidates("ruf dreiundzwanzig an")).toEqual([[4, 18]]);
    expect(compoundCandidates("son veintitres")).toEqual([[4, 14]]);
    expect(compoundCandidates("we understand the foundation")).toEqual([]);
  });
});
