import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fold } from "../../src/normalize/fold.js";
import { ACCESS_CUES, ACCESS_SYSTEMS, LEGAL_CUES, PurposeList } from "../../src/policy/purpose.js";
import { wordTokensOf, type Token } from "../../src/recognizers/phrases/tokens.js";

/*
 * PurposeList.matchAt walks its two indexes without an array of them and without a closure per entry
 * (purpose.ts): held here to the definition it replaced, over texts built from the lists' own words,
 * stems cut short and long, and noise.
 */
interface Entry {
  readonly words: readonly string[];
  readonly stem: readonly boolean[];
}
const wordMatches = (token: string, word: string, stem: boolean) => (stem ? token.startsWith(word) : token === word);

function oldMatchAt(list: PurposeList, tokens: readonly Token[], i: number): number {
  const { exact, stems } = list as unknown as { exact: Map<string, Entry[]>; stems: Map<string, Entry[]> };
  const first = tokens[i]!.text;
  let best = -1;
  for (const l of [exact.get(first), first.length >= 3 ? stems.get(first.slice(0, 3)) : undefined]) {
    if (!l) continue;
    for (const e of l) {
      const end = i + e.words.length;
      if (end > tokens.length || end <= best) continue;
      if (e.words.every((w, k) => wordMatches(tokens[i + k]!.text, w, e.stem[k]!))) best = end;
    }
  }
  return best;
}

const PHRASES = [...ACCESS_SYSTEMS, ...ACCESS_CUES, ...LEGAL_CUES, "добав* меня", "ekle* misiniz"];
const LISTS = [new PurposeList(ACCESS_SYSTEMS), new PurposeList(ACCESS_CUES), new PurposeList(LEGAL_CUES), new PurposeList(PHRASES)];
const WORDS = [...new Set(PHRASES.flatMap((p) => p.replace(/\*/g, "").split(/\s+/)))];

const piece = fc.oneof(
  fc.constantFrom(...PHRASES).map((p) => p.replace(/\*/g, "")),
  fc.constantFrom(...WORDS),
  fc.constantFrom(...WORDS).map((w) => w.slice(0, 3)),
  fc.constantFrom(...WORDS).map((w) => `${w}xyz`),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(".", ",", "!", "\n", "NDA", "GitHub", "Xero", "добавьте", "把我加到"),
);

describe("PurposeList.matchAt", () => {
  it("gives what the two-list loop with `every` gave, at every token", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.constantFrom(" ", "  ", "-", " "), (pieces, sep) => {
        const tokens = wordTokensOf(fold(pieces.join(sep)));
        for (const list of LISTS) for (let i = 0; i < tokens.length; i++) expect(list.matchAt(tokens, i)).toBe(oldMatchAt(list, tokens, i));
      }),
      { numRuns: 1500 },
    );
  });

  it("finds phrases at all (the property is not vacuous)", () => {
    const tokens = wordTokensOf(fold(`please ${ACCESS_CUES[0]} now`));
    expect(tokens.some((_, i) => LISTS[1]!.matchAt(tokens, i) > 0)).toBe(true);
  });
});
