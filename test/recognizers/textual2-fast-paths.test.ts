import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { HANDLE_INTERNALS_FOR_TESTS as H } from "../../src/recognizers/handle/index.js";
import { aliasBounds, aliasEntry, allAliases, findAliases } from "../../src/recognizers/handle/aliases.js";
import { EMAIL_READERS_FOR_TESTS as E } from "../../src/recognizers/email/index.js";
import { DEFANG_INTERNALS_FOR_TESTS as D } from "../../src/recognizers/link/defang.js";
import { PLATFORMS, isPlatformHostOfTwoLabels, mayBePlatformHostOfShape, mayBePlatformHostUnder, platformForHost } from "../../src/recognizers/platforms/index.js";

/*
 * Round-2 fast paths of the handle recognizer held to what they replaced: the WordGates (a "no" must mean the
 * word is in none of the sets), isFillerAt by table, aliasBounds, aliasEntry's last-call cache.
 */

const gates: Array<[string, InstanceType<typeof H.WordGate>, Array<Iterable<string>>]> = [
  ["SKILL_GATE", H.SKILL_GATE, [H.SKILL_NOUNS, H.SKILL_SECOND_WORDS_KEYS()]],
  ["QUANTIFIER_GATE", H.QUANTIFIER_GATE, [H.QUANTIFIERS]],
  ["INVITE_LAST_GATE", H.INVITE_LAST_GATE, [H.INVITE_LAST_WORD]],
  ["PARSE_WORD_GATE", H.PARSE_WORD_GATE, [H.EXPLICIT_WORDS, H.PHONE_WORDS, H.FILLER_WORDS, ["or", "and"]]],
];
const allWords = gates.flatMap(([, , sets]) => sets.flatMap((s) => [...s]));
const piece = fc.oneof(
  fc.constantFrom(...allWords),
  fc.constantFrom(...allWords).map((w) => w.toUpperCase()),
  fc.constantFrom(...allWords).map((w) => w.slice(1)),
  fc.constantFrom(" ", "  ", "\n", "\u00a0", "'", "’", "-", ".", ":", "@", "(", "é", "я", "٣", "😀", "\ud83d", "1", "whatsapp", "x", "a"),
  fc.string({ maxLength: 4, unit: "binary" }),
);
const text = fc.array(piece, { maxLength: 10 }).map((p) => p.join(""));

describe("handle: WordGate says no only for words in none of its sets", () => {
  it("wordAt at every position and every slice, on texts of the sets' words, near misses and any units", () => {
    const sets = gates.map(([, , ss]) => ss.map((s) => new Set(s)));
    fc.assert(
      fc.property(text, (t) => {
        gates.forEach(([name, gate], g) => {
          const inSets = (w: string | null) => w !== null && sets[g]!.some((s) => s.has(w));
          for (let pos = 0; pos <= t.length; pos++) {
            if (!gate.mayStartAt(t, pos)) expect(inSets(H.wordAt(t, pos)), `${name} at ${pos} of ${JSON.stringify(t)}`).toBe(false);
            for (let e = pos; e <= Math.min(t.length, pos + 16); e++) {
              if (!gate.mayBe(t, pos, e)) expect(inSets(t.slice(pos, e)), `${name} [${pos}, ${e}) of ${JSON.stringify(t)}`).toBe(false);
            }
          }
          // wordBefore's word (the gates ask about it by its bounds).
          for (let pos = 0; pos <= t.length; pos++) {
            const w = H.wordBefore(t, pos);
            expect(inSets(w) && !gate.mayBe(`${w} `, 0, w.length)).toBe(false);
          }
        });
      }),
      { numRuns: 800 },
    );
  }, 120_000);

  it("says no for most words in none of the sets (the gate is not a constant yes)", () => {
    expect(H.SKILL_GATE.mayStartAt("whatsapp whatsapp", 9)).toBe(false);
    expect(H.PARSE_WORD_GATE.mayStartAt("whatsapp whatsapp", 9)).toBe(false);
    expect(H.INVITE_LAST_GATE.mayBe("whatsapp", 0, 8)).toBe(false);
  });
});

describe("handle: isFillerAt by table is its regex definition", () => {
  const old = (t: string, pos: number, w: string) => H.FILLER_WORDS.has(w) && !/[._\-@\p{L}\p{N}]/u.test(t[pos + w.length] ?? " ");
  it("for filler words and others followed by any unit", () => {
    const fillers = [...H.FILLER_WORDS];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...fillers), fc.string({ maxLength: 4 })), fc.string({ maxLength: 3, unit: "binary" }), (w, tail) => {
        const t = `${w}${tail}`;
        expect(H.isFillerAt(t, 0, w)).toBe(old(t, 0, w));
      }),
      { numRuns: 20000 },
    );
  });
});

describe("handle: aliasBounds and aliasEntry", () => {
  const aliases = allAliases().map((a) => a.alias);
  const t = fc.array(fc.oneof(fc.constantFrom(...aliases), fc.constantFrom(" ", ".", "-", "x", "whats app", "wh@tsapp", "é")), { maxLength: 12 }).map((p) => p.join(""));
  it("aliasBounds is findAliases flattened", () => {
    fc.assert(fc.property(t, (s) => {
      expect(aliasBounds(s)).toEqual(findAliases(s).flat());
    }), { numRuns: 3000 });
  });
  it("aliasEntry answers the same whatever the calls before it (the last-call cache)", () => {
    const first = new Map<string, unknown>();
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...aliases), fc.constantFrom("", "\u0000", "whats app", "nope")), { maxLength: 20 }), (ws) => {
        for (const w of ws) {
          const e = aliasEntry(w);
          if (!first.has(w)) first.set(w, e);
          expect(e).toBe(first.get(w));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("email: asciiLabelEnd is LABEL_AT; mayDotAt false means no DOT_AT match", () => {
  const { asciiLabelEnd, mayDotAt, LABEL_AT, DOT_AT } = E;
  const piece = fc.oneof(
    fc.constantFrom("a", "z", "0", "9", "-", "--", ".", " ", "\t", "\u00a0", "\u2003", "(", "[", "{", "<", ")", "dot", " dot ", "(dot)", " . ", "@", "é", "A", "_"),
    fc.string({ maxLength: 3, unit: "binary" }),
    fc.constantFrom("a".repeat(70), `${"b".repeat(62)}-`, `${"c".repeat(61)}--d`),
  );
  const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));
  it("at every position of texts of label characters, dot tokens and any units", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let pos = 0; pos <= t.length; pos++) {
          LABEL_AT.lastIndex = pos;
          const m = LABEL_AT.exec(t);
          expect(asciiLabelEnd(t, pos)).toBe(m ? pos + m[0].length : pos);
          DOT_AT.lastIndex = pos;
          if (!mayDotAt(t, pos)) expect(DOT_AT.exec(t)).toBeNull();
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe("platforms: mayBePlatformHostUnder false means no platform host of two labels under it", () => {
  const hostParts = PLATFORMS.flatMap((p) => [...(p.hosts ?? [])]).flatMap((h: string) => h.split("."));
  const part = fc.oneof(fc.constantFrom("www", "at", "dot", "me", "com", "t", "wa", ...hostParts), fc.stringMatching(/^[a-z0-9-]{1,6}$/));
  it("for labels and last labels from the platforms' hosts, near misses and random", () => {
    fc.assert(
      fc.property(part, part, (label, last) => {
        if (!mayBePlatformHostUnder(last)) {
          expect(isPlatformHostOfTwoLabels(label, last)).toBe(false);
          expect(platformForHost(`${label}.${last}`)).toBeUndefined();
        }
        if (!mayBePlatformHostOfShape(last, label.charCodeAt(0), label.length)) expect(isPlatformHostOfTwoLabels(label, last)).toBe(false);
      }),
      { numRuns: 20000 },
    );
    expect(mayBePlatformHostUnder("zz")).toBe(false);
    expect(mayBePlatformHostOfShape("at", "d".charCodeAt(0), 5)).toBe(false);
    const [host] = PLATFORMS.flatMap((p) => p.hosts ?? []).filter((h: string) => h.split(".").length === 2);
    const [l, t] = host!.split(".");
    expect(mayBePlatformHostOfShape(t!, l!.charCodeAt(0), l!.length)).toBe(true);
  });
});

describe("link: bracketedMatches is matchAll(BRACKETED)", () => {
  const { bracketedMatches, BRACKETED } = D;
  const piece = fc.oneof(
    fc.constantFrom("[.]", "(.)", "{.}", "[dot]", "(dot)", "{dot}", "[:]", "hxxp", "hxxps", "http", "https", "//", ":", "a", "0", " ", "x (at) y ", "[", "(", "{", ".", "]", ")", "}", "dot", "h", "xx", "p", "s"),
    fc.string({ maxLength: 3, unit: "binary" }),
  );
  it("on texts of its tokens, their parts and any units", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join("")), (t) => {
        expect(bracketedMatches(t)).toEqual([...t.matchAll(BRACKETED)].map((m) => ({ index: m.index, text: m[0] })));
      }),
      { numRuns: 20000 },
    );
  });
});
