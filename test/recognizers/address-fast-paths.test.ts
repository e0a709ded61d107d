import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BOX_REACH, digitRuns, digitRunsByLoop, gluedReadingsOf, runShapes } from "../../src/recognizers/address/index.js";
import { mayReadGlued } from "../../src/recognizers/address/street-gate.js";
import { COMPOUND_ANY, COMPOUNDS, LISTED, PO_BOX, PO_BOX_HINT, PO_BOX_WEAK, gluedStarts, hintLiterals, streetHints, streetHintsIn } from "../../src/recognizers/address/lexicon.js";
import { fold } from "../../src/normalize/fold.js";
import { tokenKind, tokenize } from "../../src/recognizers/address/tokens.js";
import { allMatches } from "../../src/core/matches.js";

/*
 * The address recognizer's fast paths, each held to what it replaces or skips:
 * - the post-box and PIN hints read off a window's digit runs (`runShapes`) against the regexes;
 * - a window's street hints read off the whole text's (`streetHintsIn`) against a walk of the window;
 * - the glued-street gate (`mayReadGlued`) against the readings the glued walk makes.
 */

const hostile = fc.constantFrom("\ud800", "\udc00", "😀", "𝐀", "\u0301", "é", "ж", "٣", "東", "\u00a0", "\t", "\r\n", "’", "'", "-", "–");

describe("address run shapes: hints told from the digit runs", () => {
  const boxWord = fc.constantFrom(
    "po box", "p.o. box", "p. o. box", "p o box", "pobox", "post office box", "postfach", "postbus", "postboks", "apartado", "apartado de correos",
    "apartado aereo", "apdo.", "apdo", "apdo de correos", "caixa postal", "cx. postal", "casella postale", "case postale", "boite postale", "b.p.",
    "а/я", "а/с", "абонентский ящик", "skrytka pocztowa", "posta kutusu", "p.k.", "kotak pos", "ص.ب.", "ص. ب", "صندوق بريد", "gpo box",
    "locked bag", "private bag", "psc 1234, box", "cmr 4 box", "unit 12 box", "box",
  );
  const sep = fc.constantFrom("", " ", "  ", "#", " # ", ":", ". ", ".", "no.", " no. ", "n. ", "n", "no ", ", ", "\n", "-", "/");
  const digits = fc.constantFrom("1", "12", "123", "1234", "12345", "123456", "1234567", "123 45", "10 20 30", "560038", "0");
  const word = fc.constantFrom("box", "post", "a", "x", "the", "lot", "de", "correos", "n", "o");
  const text = fc
    .array(fc.oneof(boxWord, sep, digits, digits, word, hostile, fc.string({ maxLength: 3 })), { maxLength: 16 })
    .map((p) => p.join(""));
  const shapesOf = (t: string) => runShapes(t, digitRuns(t), 0, 0, t.length);
  const six = LISTED.find((l) => l.sixDigits)!;

  it("a window with a box reading has PO_BOX_HINT before one of its runs, and the hint is PO_BOX_HINT's", () => {
    let boxes = 0;
    fc.assert(
      fc.property(text, (t) => {
        const box = shapesOf(t).box;
        if (box) expect(PO_BOX_HINT.test(t)).toBe(true);
        if ([...allMatches(PO_BOX, t), ...allMatches(PO_BOX_WEAK, t)].length > 0) {
          boxes++;
          expect(box, JSON.stringify(t)).toBe(true);
        }
      }),
      { numRuns: 20000 },
    );
    expect(boxes).toBeGreaterThan(500);
  });
  it("inside a longer text, with windows that start and end anywhere", () => {
    const long = fc.tuple(fc.array(text, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat());
    fc.assert(
      fc.property(long, ([parts, x, y]) => {
        const t = parts.join(" lorem ipsum dolor sit amet consectetur adipiscing 7 ");
        const runs = digitRuns(t);
        // Windows hold whole runs: cut only where no digit run is.
        let from = x % (t.length + 1);
        let to = from + (y % (t.length - from + 1));
        while (from > 0 && /\d/.test(t[from - 1]!) && /\d/.test(t[from] ?? "")) from--;
        while (to < t.length && /\d/.test(t[to - 1] ?? "") && /\d/.test(t[to]!)) to++;
        let r = 0;
        while (r < runs.length && runs[r]![0] < from) r++;
        const w = t.slice(from, to);
        const shapes = runShapes(t, runs, r, from, to);
        if (shapes.box) expect(PO_BOX_HINT.test(w)).toBe(true);
        if ([...allMatches(PO_BOX, w), ...allMatches(PO_BOX_WEAK, w)].length > 0) expect(shapes.box).toBe(true);
        expect(shapes.six).toBe(six.hint.test(w));
      }),
      { numRuns: 5000 },
    );
  });
  it("the six-digit shape is LISTED's PIN hint", () => {
    expect(six.hint.source).toBe("(?<!\\d)\\d{6}(?!\\d)");
    fc.assert(
      fc.property(text, (t) => {
        expect(shapesOf(t).six).toBe(six.hint.test(t));
      }),
      { numRuns: 10000 },
    );
  });
  it("the box words end within BOX_REACH of their number", () => {
    expect(shapesOf("apartado de correos   #  no. 12").box).toBe(true);
    expect(shapesOf(`p.o. box${" ".repeat(BOX_REACH)}12`).box).toBe(false);
  });
});

describe("address street hints of a window, read off the whole text's", () => {
  const piece = fc.constantFrom(
    "street", "st", "st.", "rd", "avenue", "county", "road", "county road", "county  road", "calle", "via", "strasse", "straße", "ул.", "rue",
    "musterstraße", "hauptstr.", "str.", "keizersgracht", "hiring", "ring", "weg", "пр-т", "sok.", "5", "12", "main", "oak",
    " ", " ", " ", "  ", "\n", "\u00a0", ".", ",", "-", "/", "x",
  );
  const text = fc.array(fc.oneof(piece, piece, piece, hostile), { maxLength: 24 }).map((p) => p.join(""));
  it("gives the window's own hints whenever it gives any", () => {
    let derived = 0;
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const from = x % (t.length + 1);
        const to = from + (y % (t.length - from + 1));
        const got = streetHintsIn(streetHints(t), t, from, to);
        if (!got) return;
        derived++;
        const own = streetHints(t.slice(from, to));
        expect(got.anchors.map((m) => [m.index, m[0]])).toEqual(own.anchors.map((m) => [m.index, m[0]]));
        expect(got.compoundEnds).toEqual(own.compoundEnds);
        expect(got.compounds).toBe(own.compounds);
      }),
      { numRuns: 20000 },
    );
    expect(derived).toBeGreaterThan(2000);
  });
  it("on windows cut at white space", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const spaces = [0, ...[...t.matchAll(/\s/g)].map((m) => m.index + 1), t.length];
        const a = spaces[x % spaces.length]!;
        const b = Math.max(a, spaces[y % spaces.length]! - 1);
        const got = streetHintsIn(streetHints(t), t, a, b);
        if (!got) return;
        const own = streetHints(t.slice(a, b));
        expect(got.anchors.map((m) => [m.index, m[0]])).toEqual(own.anchors.map((m) => [m.index, m[0]]));
        expect(got.compoundEnds).toEqual(own.compoundEnds);
      }),
      { numRuns: 20000 },
    );
  });
  it("refuses windows a spaced street word crosses", () => {
    const t = "12 county road, x";
    expect(streetHintsIn(streetHints(t), t, 0, 9)).toBeUndefined();
    expect(streetHintsIn(streetHints(t), t, 10, t.length)).toBeUndefined();
    expect(streetHintsIn(streetHints(t), t, 0, t.length)?.anchors.map((m) => m[0])).toEqual(["county road"]);
  });
});

describe("address glued-street gate: a window it holds back makes no glued reading", () => {
  const glued = fc.constantFrom(
    "musterstraße", "Musterstraße", "hauptstr.", "Hauptstr", "keizersgracht", "Keizersgracht", "Binnenweg", "Sueß-Gasse", "hiring", "engineering",
    "Kurfürstendamm", "Prinsengracht", "Storgatan", "Nørregade", "Mannerheimintie", "Atatürk Bulvarı", "bulv.", "Hofweg", "Eschenbrau",
  );
  const number = fc.constantFrom("12", "4b", "221", "12-14", "7", "10115", "s/n", "nº 5", "no. 3", "nr. 8", "Nr.12", "#12", "№ 4", "١٢", "d: 5");
  const word = fc.constantFrom("Berliner", "Nieuwe", "Eduard", "de", "la", "and", "we", "are", "in", "Berlin", "Amsterdam", "x", "a", "the");
  const sep = fc.constantFrom(" ", "  ", ", ", ",", ". ", ".", "\n", "\n\n", " - ", "-", ":", ": ", "#", "/", "(", ")", "'");
  const seen = { held: 0, read: 0 };
  const check = (t: string) => {
    const view = fold(t);
    if (mayReadGlued(view.text, streetHints(view.text).compoundEnds)) {
      if (gluedReadingsOf(view, t) > 0) seen.read++;
      return;
    }
    if (streetHints(view.text).compounds) seen.held++;
    expect(gluedReadingsOf(view, t), JSON.stringify(t)).toBe(0);
  };
  it("on random texts of glued street words, numbers, names and separators", () => {
    const text = fc.array(fc.oneof(glued, number, word, sep, sep, hostile), { minLength: 1, maxLength: 20 }).map((p) => p.join(" "));
    fc.assert(fc.property(text, (t) => check(t)), { numRuns: 20000 });
  });
  it("on random texts glued without spaces", () => {
    const text = fc.array(fc.oneof(glued, number, word, sep, hostile), { minLength: 1, maxLength: 14 }).map((p) => p.join(""));
    fc.assert(fc.property(text, (t) => check(t)), { numRuns: 10000 });
    // The test has teeth: the gate held back glued words, and let through some that make readings.
    expect(seen.held).toBeGreaterThan(500);
    expect(seen.read).toBeGreaterThan(500);
  });
  it("holds back words that only end like a street and lets through glued streets with a number", () => {
    const gate = (t: string) => mayReadGlued(t, streetHints(t).compoundEnds);
    expect(gate("we are hiring engineers for our engineering team and the hiring of the best people we can find in this whole wide world")).toBe(false);
    expect(gate("musterstraße 12, 10115 berlin")).toBe(true);
    expect(gate("keizersgracht nr. 8")).toBe(true);
    expect(gluedReadingsOf(fold("Musterstraße 12, 10115 Berlin"), "Musterstraße 12, 10115 Berlin")).toBeGreaterThan(0);
  });
});

describe("address listed hints: the words looked for before the regex", () => {
  it("are the VN hint's, and none for other shapes", () => {
    expect(LISTED.map((l) => l.literals)).toEqual([null, ["quan", "huyen", "q."]]);
    expect(hintLiterals("(?:ab|c\\.d)?x")).toBeNull();
    expect(hintLiterals("\\d(?:ab|cd)")).toBeNull();
  });
  it("every match of a hint holds one of its words", () => {
    const piece = fc.constantFrom("quan", "huyen", "q.", "q", "qu", "uan", "huye", " ", ".", "1", "é", "\u0301", "x", "phuong", "p.", ", ");
    const text = fc.array(fc.oneof(piece, hostile, fc.string({ maxLength: 2 })), { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => {
        for (const l of LISTED) if (l.literals && l.hint.test(t)) expect(l.literals.some((w) => t.includes(w))).toBe(true);
      }),
      { numRuns: 10000 },
    );
  });
});

describe("address tokens: kinds from the digits counted while scanning", () => {
  const piece = fc.constantFrom("12", "221b", "5th", "100-106", "4-b", "1-2-3", "nw1", "o'connell", "12'3", "a1'b2", "٣", "é", "x", " ", "-", "'", "’", ",", "#", "😀", "𝐀", "\u0301");
  const text = fc.array(fc.oneof(piece, piece, fc.string({ maxLength: 3 })), { maxLength: 16 }).map((p) => p.join(""));
  it("give each token the kind its text has", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const k of tokenize(t)) expect(k.k, JSON.stringify(k.t)).toBe(tokenKind(k.t));
      }),
      { numRuns: 10000 },
    );
  });
});

describe("address glued street starts: read off streetHints' recorded ends", () => {
  const COMPOUND_ALL = new RegExp(COMPOUND_ANY.source, "gu");
  const suffixes = COMPOUNDS.map((c) => c.suffix + (c.dot ? "." : ""));
  const piece = fc.oneof(
    fc.constantFrom(...suffixes),
    fc.constantFrom(...COMPOUNDS.map((c) => c.suffix)),
    fc.constantFrom("muster", "hi", "st", "r", "ing", "пр", "б", "т", "-", ".", " ", "..", "1", "_", "a", "ss", "e", "ß"),
    hostile,
    fc.string({ maxLength: 3 }),
  );
  const text = fc.array(piece, { maxLength: 14 }).map((p) => p.join(""));
  const regexStarts = (t: string) => [...allMatches(COMPOUND_ALL, t)].map((m) => m.index);

  it("gluedStarts equals the starts of COMPOUND_ANY's global matches, on raw and folded texts", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const s of [t, fold(t).text]) expect(gluedStarts(s, streetHints(s).compoundEnds)).toEqual(regexStarts(s));
      }),
      { numRuns: 20000 },
    );
  });

  it("holds on glued words back to back and the job-ad shape (hiring, bring, offering)", () => {
    for (const t of ["hiring bring offering spring.", "musterstraße.strasse-weg", "пр-т пр. б-р ул.", "straßestraße str.str. ringring", "xпр-тпр-т", "a".repeat(50) + "weg"]) {
      expect(gluedStarts(t, streetHints(t).compoundEnds)).toEqual(regexStarts(t));
    }
  });
});

describe("address digit runs: the regex jump over long stretches without digits", () => {
  const piece = fc.oneof(
    fc.constantFrom("1", "12", "0", "9", "٣", "１", "a", " ", "x".repeat(31), "x".repeat(32), "y".repeat(63), "z".repeat(64), "w".repeat(65), "/", ":"),
    hostile,
    fc.string({ maxLength: 40 }),
  );
  const text = fc.array(piece, { maxLength: 20 }).map((p) => p.join(""));
  it("equals the char-code loop", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(digitRuns(t)).toEqual(digitRunsByLoop(t));
      }),
      { numRuns: 20000 },
    );
    for (let gap = 0; gap < 140; gap++) {
      for (const t of [("1" + "a".repeat(gap)).repeat(5), "a".repeat(gap) + "7", "a".repeat(gap), "12" + "b".repeat(gap) + "34" + "c".repeat(gap)]) {
        expect(digitRuns(t)).toEqual(digitRunsByLoop(t));
      }
    }
  });
});
