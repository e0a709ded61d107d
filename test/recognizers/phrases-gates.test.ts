import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fold } from "../../src/normalize/fold.js";
import { LOCALES } from "../../src/locale/index.js";
import { sentencesOf, sentencesOfReference, vocabularyWords, type Sentence } from "../../src/recognizers/phrases/tokens.js";
import { matchSentenceUnpruned, type FrameMatch } from "../../src/recognizers/phrases/frames.js";
import { FRAME_INDEXES, findOffPlatform, findRequests } from "../../src/recognizers/phrases/index.js";
import { mayHoldPhrase } from "../../src/recognizers/phrases/hint.js";
import { phraseRecognizer } from "../../src/recognizers/phrases/recognizer.js";
import { APPLY_ANCHORS, applySpans, spansOf } from "../../src/recognizers/link/apply.js";
import { APPLY_PHRASES } from "../../src/recognizers/link/words.js";
import type { ScanInput } from "../../src/recognizers/types.js";

/*
 * The fast paths of the phrase and apply-elsewhere recognizers held to the paths they replace, on
 * random texts built from the lexicons' own words: frames pruned by reach against every keyed frame
 * run, the hint asked last against the hint asked first, the application phrase tried at its anchors
 * against the regex over the whole text.
 */

const RUNS = 2000;
/** Words that make frames match often (a text of random vocabulary words rarely holds a request). */
const COMMON = ["send", "me", "your", "email", "whatsapp", "number", "phone", "please", "pay", "outside", "via", "paypal", "contact", "the", "platform", "can", "you", "give", "text", "call", "let's", "move", "to", "telegram", "directly", "no", "fees", "dame", "tu", "correo", "número", "don't", "share", "@", "wsp", "ur", "skype", "id"];
const SEPARATORS = [" ", " ", " ", " ", " ", " ", ", ", ". ", "? ", "\n", "!", " - ", "'", "_", "é", "微信"];

const vocabulary = vocabularyWords();
const numberOf = new Map(vocabulary.map((w, n) => [w, n]));

// Fillers between cue words use up the frames' gaps, so matches at the edge of a frame's reach occur.
const word = fc.oneof(
  { arbitrary: fc.constantFrom(...COMMON), weight: 4 },
  { arbitrary: fc.constantFrom(...vocabulary), weight: 2 },
  { arbitrary: fc.constantFrom("x", "zz9", "ok"), weight: 2 },
);
const text = fc.array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { maxLength: 16 }).map((parts) => parts.map(([w, s]) => w + s).join(""));

const shape = (ms: readonly FrameMatch<unknown>[]) => ms.map((m) => ({ frame: m.frame.source, start: m.start, end: m.end, parts: m.parts }));

/** Everything a cut says: each sentence's bounds, question mark and tokens (number, start, end, text). */
const cutShape = (ss: readonly Sentence[]) =>
  ss.map((s) => ({ from: s.from, to: s.to, question: s.question, ids: Array.from(s.cut.subarray(3 * s.from, 3 * s.to)), tokens: s.tokens.map((t) => [t.id, t.start, t.end, t.text]) }));

/** Units the cut treats apart: marks, "@", letters of other scripts, surrogate pairs, Hangul next to Latin. */
const HOSTILE = ["@", " @ ", "@@", "a@b", "¿", "¡", "؟", "؛", "。", "?", "??", "?!", ";", "\n", "\r\n", ".", "...", "ー", "々", "微信", "카톡", "ID를", "𠀋", "😀", "\ud800", "\udc00", "é", "ß", "ı", "ﬁ", "\u0301", "-", "'", "’", "_", "\t", "  "];

describe("the cut (./tokens.ts sentencesOf)", () => {
  it("cuts exactly as sentencesOfReference, scratch or owned", () => {
    const piece = fc.oneof(
      { arbitrary: fc.constantFrom(...vocabulary), weight: 4 },
      { arbitrary: fc.constantFrom(...COMMON), weight: 2 },
      { arbitrary: fc.constantFrom(...HOSTILE), weight: 3 },
      { arbitrary: fc.string({ unit: "binary", maxLength: 6 }), weight: 2 },
      { arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 8 }), weight: 2 },
    );
    const hostile = fc.array(fc.tuple(piece, fc.constantFrom("", " ", " ", ".", "?", "\n", "@", "é", "微")), { maxLength: 24 }).map((parts) => parts.map(([w, s]) => w + s).join(""));
    fc.assert(
      fc.property(fc.oneof(hostile, text), fc.boolean(), (t, folded) => {
        const view = folded ? fold(t) : ({ text: t } as ReturnType<typeof fold>);
        const want = cutShape(sentencesOfReference(view));
        expect(cutShape(sentencesOf(view))).toEqual(want);
        expect(cutShape(sentencesOf(view, false))).toEqual(want);
        // The word table (its hashes, filter and unit compare) against a Map of the vocabulary's words.
        for (const s of want) for (const [id, , , word] of s.tokens) expect(id).toBe(numberOf.get(word as string) ?? -1);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("frames pruned by reach (./frames.ts FrameIndex)", () => {
  it("there are two indexes to hold", () => {
    expect(FRAME_INDEXES).toHaveLength(2);
  });

  it("find exactly what running every keyed frame finds", () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        for (const s of sentencesOf(fold(t))) {
          for (const index of FRAME_INDEXES) {
            const pruned = shape(index.matchSentence(s));
            matched += pruned.length;
            expect(pruned).toEqual(shape(matchSentenceUnpruned(index, s)));
          }
        }
      }),
      { numRuns: RUNS },
    );
    // The texts must hold matches for the property to say anything.
    expect(matched).toBeGreaterThan(20);
  });

  it("find what every frame from the sentence start finds, at the edge of their reach", () => {
    // Short sentences of lead words, possessives and contact nouns ("hey your email?", "ok so tu correo"):
    // what the frames from the start ("^ @lead? @poss ~2 @noun @please? $?") need, near where they need it.
    const START = ["hey", "ok", "so", "and", "please", "pls", "hola", "oi", "your", "ur", "tu", "seu", "ton", "dein", "email", "number", "whatsapp", "correo", "numero", "contact", "x", "the", "ig", "@"];
    const startWord = fc.oneof({ arbitrary: fc.constantFrom(...START), weight: 5 }, { arbitrary: fc.constantFrom(...vocabulary), weight: 1 });
    const sentence = fc.tuple(fc.array(startWord, { minLength: 1, maxLength: 6 }), fc.constantFrom("?", ".", "", " ?", "!")).map(([ws, end]) => ws.join(" ") + end);
    let matched = 0;
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (ss) => {
        for (const s of sentencesOf(fold(ss.join("\n")))) {
          for (const index of FRAME_INDEXES) {
            const pruned = shape(index.matchSentence(s));
            matched += pruned.filter((m) => m.frame.startsWith("^")).length;
            expect(pruned).toEqual(shape(matchSentenceUnpruned(index, s)));
          }
        }
      }),
      { numRuns: RUNS },
    );
    expect(matched).toBeGreaterThan(20);
  });
});

describe("frames pruned by reach in long sentences (./frames.ts FrameIndex)", () => {
  it("find what every keyed frame finds in long sentences, near and far from their end", () => {
    // One sentence of up to 120 words (no marks): the reach tests see words far from the sentence's end
    // (where frames ending at `$` fail) and near it, which the short sentences above rarely give.
    const WORDS = ["your", "ur", "email", "number", "whatsapp", "send", "me", "text", "call", "dm", "contact", "correo", "me", "manda", "tu", "telegram", "on", "at", "a", "the", "@", "pls", "what", "is", "give", "add", "hit", "up", "reach", "off", "app"];
    const word = fc.oneof({ arbitrary: fc.constantFrom(...WORDS), weight: 4 }, { arbitrary: fc.constantFrom(...vocabulary), weight: 1 });
    const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 120, size: "max" }), fc.constantFrom("?", ".", "", " ?")).map(([ws, end]) => ws.join(" ") + end);
    let matched = 0;
    let long = 0;
    fc.assert(
      fc.property(sentence, (t) => {
        for (const s of sentencesOf(fold(t))) {
          if (s.to - s.from > 40) long++;
          for (const index of FRAME_INDEXES) {
            const pruned = shape(index.matchSentence(s));
            matched += pruned.length;
            expect(pruned).toEqual(shape(matchSentenceUnpruned(index, s)));
          }
        }
      }),
      { numRuns: RUNS },
    );
    expect(matched).toBeGreaterThan(20);
    expect(long).toBeGreaterThan(10);
  });
});

describe("the phrase hint asked last (./recognizer.ts)", () => {
  it("turns away what asking it first turned away", () => {
    fc.assert(
      // Repeated past 2,000 units, a text is asked first (./recognizer.ts LONG_TEXT); shorter ones last.
      fc.property(text, fc.constantFrom(1, 1, 2, 40, 200), (piece, times) => {
        const t = piece.repeat(times);
        const view = fold(t);
        const input = { original: t, fold: view } as unknown as ScanInput;
        const first = mayHoldPhrase(view.text) ? [...findRequests(view, sentencesOf(view)), ...findOffPlatform(view, sentencesOf(view))] : [];
        expect(phraseRecognizer.find(input)).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });
});

/** The words of every locale's application and own-site phrases, regex syntax dropped. */
const applyWords = [
  ...new Set(
    LOCALES.flatMap((l) => [...(l.link?.applyPhrases ?? []), ...(l.link?.ownSites ?? [])])
      .flatMap((p) => fold(p).text.split(/[\s()?:|[\]{}*+\\]+/))
      .filter((w) => w.length > 0),
  ),
];

describe("application phrases tried at their anchors (link/apply-anchors.ts)", () => {
  it("the anchors are on (every phrase starts with a literal)", () => {
    expect(APPLY_ANCHORS).not.toBeNull();
  });

  it("find exactly the spans of the regex over the whole text", () => {
    const piece = fc.oneof(fc.constantFrom(...applyWords), fc.constantFrom("x", "re", "sub", "ab", "_", "9"));
    const applyText = fc
      .array(fc.tuple(piece, fc.constantFrom(" ", " ", "", "-", ".", "\n", "é", "投", "_", "  ", "’")), { maxLength: 20 })
      .map((parts) => parts.map(([w, s]) => w + s).join(""));
    let found = 0;
    fc.assert(
      fc.property(applyText, (t) => {
        const spans = applySpans(t);
        found += spans.length;
        expect(spans).toEqual(spansOf(APPLY_PHRASES, t));
      }),
      { numRuns: 1000 },
    );
    expect(found).toBeGreaterThan(20);
  });
});
