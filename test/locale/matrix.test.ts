import { describe, expect, it } from "vitest";
import { detect } from "../../src/index.js";
import { CONTACT_TYPES, type FindingType } from "../../src/core/types.js";
import { LOCALES } from "../../src/locale/index.js";
import { PARTS, type LocaleFixtures, type Part } from "./matrix/types.js";
import { de, en, es, fr, it as itIT, nl, pt } from "./matrix/western.js";
import { ar, pl, ru, tr, uk } from "./matrix/eastern.js";
import { hiLatn, id, ja, ko, tl, vi, zh } from "./matrix/asian.js";

/*
 * The locale matrix of issue 17: every locale × every part it lists (spelled-out numbers, at/dot
 * words, requests, off-platform moves, channel nicknames, national numbers without a region,
 * addresses), with sentences that must be found and look-alikes that must stay clean. Detection is
 * run as a platform that does not know the sender's country would run it: `detect(text)`, no region.
 */

const FIXTURES: Record<string, LocaleFixtures> = {
  en, es, pt, fr, de, it: itIT, nl, pl, ru, uk, tr, ar, "hi-Latn": hiLatn, zh, ja, ko, id, vi, tl,
};

/** The finding types that count as finding each part. */
const PART_TYPES: Record<Part, readonly FindingType[]> = {
  spelledPhone: ["phone"],
  email: ["email"],
  request: ["contact_request"],
  offPlatform: ["off_platform"],
  channel: ["messenger", "off_platform"],
  nationalPhone: ["phone"],
  address: ["address"],
};

const CONTACT: ReadonlySet<string> = new Set(CONTACT_TYPES);
const found = (text: string) => detect(text).map((f) => `${f.type}:${f.text}`);

describe("locale matrix", () => {
  for (const [code, parts] of Object.entries(FIXTURES)) {
    describe(code, () => {
      for (const part of PARTS) {
        const cell = parts[part];
        for (const text of cell.yes) {
          it(`${part} yes: ${text}`, () => {
            const findings = detect(text);
            expect(findings.some((f) => PART_TYPES[part].includes(f.type)), `${PART_TYPES[part].join("|")} in: ${text}\nfound: ${JSON.stringify(found(text))}`).toBe(true);
          });
        }
        for (const text of cell.no) {
          it(`${part} no: ${text}`, () => {
            const contacts = detect(text).filter((f) => CONTACT.has(f.type)).map((f) => `${f.type}:${f.text}`);
            expect(contacts, `no contact finding in: ${text}`).toEqual([]);
          });
        }
      }
    });
  }
});

describe("locale matrix coverage", () => {
  it("every locale in LOCALES has fixtures, and no fixtures are for a locale that does not exist", () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(LOCALES.map((l) => l.code as string).sort());
  });

  it("every locale has at least two yes and one no for every part", () => {
    const gaps: string[] = [];
    for (const locale of LOCALES) {
      const parts = FIXTURES[locale.code];
      for (const part of PARTS) {
        const cell = parts?.[part];
        if (!cell || cell.yes.length < 2 || cell.no.length < 1) gaps.push(`${locale.code}.${part}`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it("no sentence is in a cell twice, or both a yes and a no", () => {
    const dupes: string[] = [];
    for (const [code, parts] of Object.entries(FIXTURES)) {
      const seen = new Set<string>();
      for (const part of PARTS) for (const t of [...parts[part].yes, ...parts[part].no]) {
        if (seen.has(t)) dupes.push(`${code}: ${t}`);
        seen.add(t);
      }
    }
    expect(dupes).toEqual([]);
  });
});
