import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { HANDLE_INTERNALS_FOR_TESTS as H, HitStarts } from "../../src/recognizers/handle/index.js";
import { SKILL_PHRASES } from "../../src/recognizers/handle/tables.js";
import { EMAIL_READERS_FOR_TESTS as E } from "../../src/recognizers/email/index.js";
import { matchLinksForTests as matchLinks } from "../../src/recognizers/link/index.js";
import { fold } from "../../src/normalize/fold.js";
import { PLATFORMS, isPlatformHostOfTwoLabels, platformForHost } from "../../src/recognizers/platforms/index.js";
import { digitsView } from "../../src/normalize/digits.js";
import type { ScanInput } from "../../src/recognizers/types.js";

/*
 * The handle, email and link recognizers' fast paths held to the code they replaced (copied here as the
 * definition), on texts built from the words they look for, their near misses and any units.
 */

describe("handle: SKILL_SECOND_WORDS is SKILL_PHRASES by first word", () => {
  const parts = [...SKILL_PHRASES].flatMap((p) => p.split(" "));
  const word = fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 6 }).filter((w) => !w.includes(" ")));
  it("for any two words without spaces", () => {
    fc.assert(
      fc.property(word, word, (w1, w2) => {
        expect(H.SKILL_SECOND_WORDS.get(w1)?.has(w2) ?? false).toBe(SKILL_PHRASES.has(`${w1} ${w2}`));
      }),
      { numRuns: 20000 },
    );
    for (const phrase of SKILL_PHRASES) {
      const sp = phrase.indexOf(" ");
      if (sp > 0 && !phrase.slice(sp + 1).includes(" ")) expect(H.SKILL_SECOND_WORDS.get(phrase.slice(0, sp))?.has(phrase.slice(sp + 1))).toBe(true);
    }
  });
});

describe("handle: unspacedInviteEnd and wordBefore against their definitions", () => {
  const oldUnspaced = (text: string, start: number) => H.UNSPACED_INVITE_END.test(text.slice(Math.max(0, start - 4), start));
  const oldWordBefore = (text: string, pos: number): string => {
    let e = pos;
    let n = 0;
    while (e > 0 && n < 3 && H.isSpace(text[e - 1])) {
      e--;
      n++;
    }
    let s = e;
    while (s > 0 && e - s < 24 && (H.isWordChar(text[s - 1]) || text[s - 1] === "'" || text[s - 1] === "’")) s--;
    return text.slice(s, e);
  };
  const piece = fc.constantFrom("加", "加我", "联系我", "聯繫我", "私聊", "我", " ", "  ", "\u3000", "\n", "\u00a0", "a", "on", "me", "whatsapp", "'", "’", "é", "я", "٣", "😀", "\ud83d", "1", ".", "一", "\u4dff");
  const text = fc.oneof(fc.array(piece, { maxLength: 12 }).map((p) => p.join("")), fc.string({ maxLength: 30, unit: "binary" }));
  it("on texts of the phrases' characters, spaces, words and any units, at every position", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let pos = 0; pos <= t.length; pos++) {
          expect(H.unspacedInviteEnd(t, pos)).toBe(oldUnspaced(t, pos));
          expect(H.wordBefore(t, pos)).toBe(oldWordBefore(t, pos));
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe("email: readDomain and readSpacedDomain against their definitions", () => {
  const { readLabel, readDomain, readSpacedDomain, validDomain, startsCapitalised, DOT_AT, LABEL_AT, MAX_LABELS } = E;
  const oldReadDomain = (text: string, pos: number, input: ScanInput) => {
    const first = readLabel(text, pos);
    if (!first) return null;
    DOT_AT.lastIndex = first.end;
    if (!DOT_AT.test(text)) return null;
    const labels: string[] = [];
    const ends: number[] = [];
    const spelledDots: boolean[] = [];
    let at = pos;
    let transliterated = false;
    for (let k = 0; k < MAX_LABELS; k++) {
      const label = readLabel(text, at);
      if (!label) break;
      labels.push(label.label);
      transliterated ||= label.transliterated;
      const end = label.end;
      ends.push(end);
      DOT_AT.lastIndex = end;
      const dot = DOT_AT.exec(text);
      if (!dot) break;
      if (!readLabel(text, end + dot[0].length)) break;
      spelledDots.push(dot[0].trim() !== ".");
      at = end + dot[0].length;
    }
    for (let n = labels.length; n >= 2; n--) {
      const domain = labels.slice(0, n).join(".");
      if (validDomain(domain)) return { end: ends[n - 1]!, domain, disguised: transliterated || spelledDots.slice(0, n - 1).some(Boolean) };
      const last = labels[n - 1]!;
      for (let cut = Math.min(last.length - 1, 6); cut >= 2; cut--) {
        const at = ends[n - 1]! - (last.length - cut);
        if (!startsCapitalised(input, at) && !/[0-9]/.test(text[at] ?? "")) continue;
        const trimmed = [...labels.slice(0, n - 1), last.slice(0, cut)].join(".");
        if (validDomain(trimmed)) return { end: ends[n - 1]! - (last.length - cut), domain: trimmed, disguised: spelledDots.slice(0, n - 1).some(Boolean) };
      }
    }
    return null;
  };
  const oldSpacedFirst = (text: string, pos: number) => {
    LABEL_AT.lastIndex = pos;
    return LABEL_AT.exec(text)?.[0] ?? null;
  };
  const piece = fc.constantFrom(
    "x", "y", "gmail", "Gmail", "com", "Com", "co", "uk", "de", "org", "io", "mail", "yandex", "яндекс", "ру", "컴", "컴으로", "1", "a-b", "-",
    "@", " (at) ", " at ", " (dot) ", "(dot)", ".", " . ", " dot ", " punkt ", "[.]", " ", ";", " ; ", "\n", "comDarren", "aol", "Thanks",
  );
  const text = fc.oneof({ arbitrary: fc.array(piece, { maxLength: 16 }).map((p) => p.join("")), weight: 4 }, { arbitrary: fc.string({ maxLength: 30 }), weight: 1 });
  it("on texts of labels, dot and at tokens, at every position", () => {
    fc.assert(
      fc.property(text, (original) => {
        const folded = fold(original);
        const input: ScanInput = { original, fold: folded, digits: () => digitsView(folded), defaultRegion: "US", regionGiven: false };
        const t = folded.text;
        for (let pos = 0; pos <= t.length; pos++) {
          const first = readLabel(t, pos);
          expect(readDomain(t, pos, input, first)).toEqual(oldReadDomain(t, pos, input));
          // readSpacedDomain's first test read LABEL_AT itself: the same answer from `first`.
          const ascii = first && !first.transliterated ? first.label : null;
          expect(ascii).toBe(oldSpacedFirst(t, pos));
          void readSpacedDomain(t, pos, first);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("link: matchLinks with its memo of long windows is matchLinks without", () => {
  const fragment = fc.constantFrom("http://a.co/", "https://x.com/", "www.", "a.co", "wa.me/1", ".", "/", "skype:", "a", ":", "?q=", "(", ")", "é", "1", "-");
  const token = fc.array(fragment, { minLength: 1, maxLength: 6 }).map((p) => p.join(""));
  const text = fc.tuple(token, fc.integer({ min: 1000, max: 3000 }), fc.constantFrom("", "", "", " ", "\n", "x "), fc.integer({ min: 0, max: 5 })).map(([t, n, sep, lead]) => "z".repeat(lead) + (t + sep).repeat(Math.ceil(n / (t.length + sep.length)) * 5));
  it("on long repeated tokens (the windows repeat) and their near variants", () => {
    fc.assert(
      fc.property(text, fc.nat(), (t, k) => {
        // Also a variant with one character changed, so some windows repeat and some do not.
        const i = k % t.length;
        const variant = t.slice(0, i) + (t[i] === "." ? "a" : ".") + t.slice(i + 1);
        for (const s of [t, variant]) expect(matchLinks(s, true)).toEqual(matchLinks(s, false));
      }),
      { numRuns: 80 },
    );
  });
});

describe("platforms: isPlatformHostOfTwoLabels is platformForHost on a host of two labels", () => {
  const hostParts = PLATFORMS.flatMap((p) => p.hosts ?? []).flatMap((h) => h.split("."));
  const part = fc.oneof(fc.constantFrom("www", "dot", "at", "linked", "in", "t", "me", "wa", ...hostParts), fc.stringMatching(/^[a-z0-9-]{1,8}$/));
  it("for labels and last labels without dots (host parts, near misses, random)", () => {
    fc.assert(
      fc.property(part, part, (label, last) => {
        expect(isPlatformHostOfTwoLabels(label, last)).toBe(platformForHost(`${label}.${last}`) !== undefined);
      }),
      { numRuns: 20000 },
    );
    for (const h of PLATFORMS.flatMap((p) => p.hosts ?? [])) {
      const [label, last, more] = h.split(".");
      if (last !== undefined && more === undefined) expect(isPlatformHostOfTwoLabels(label!, last)).toBe(true);
    }
  });
});

describe("handle: HitStarts answers as the Map of hit starts it replaced", () => {
  it("for sorted distinct starts and any position (out of range too)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 60 }), { maxLength: 20 }), fc.integer({ min: 0, max: 10 }), (raw, extra) => {
        const starts = [...raw].sort((a, b) => a - b);
        const length = (starts.at(-1) ?? 0) + extra;
        const hits = starts.map((start) => ({ start }));
        const map = new Map<number, number>();
        hits.forEach((h, i) => map.set(h.start, i));
        const table = new HitStarts(length, hits);
        for (let pos = -3; pos <= length + 3; pos++) {
          expect(table.has(pos)).toBe(map.has(pos));
          expect(table.get(pos)).toBe(map.get(pos));
        }
      }),
      { numRuns: 5000 },
    );
  });
});
