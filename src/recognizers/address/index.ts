import { toOriginal, type MappedText } from "../../normalize/view.js";
import type { Candidate, Recognizer, ScanInput } from "../types.js";
import { allMatches } from "../../core/matches.js";
import { scanWindows, windowsAroundHits } from "../../normalize/windows.js";
import { COMPOUND_ANY,
  COUNTRY_AT,
  CUE,
  DIRECTION_AT,
  DISTRICT_AT,
  JP_ADDRESS,
  JP_HINT,
  BLOCK_LOT_ADDRESS,
  BLOCK_LOT_HINT,
  SCRIPT_ADDRESS,
  SCRIPT_HINT,
  LISTED,
  DE_PREPOSITION,
  DE_PREPOSITION_HINT,
  NO_NUMBER_AT,
  PO_BOX,
  PO_BOX_HINT,
  PO_BOX_WEAK,
  POSTCODES,
  POSTCODE_ANY_AT,
  REGION_AT,
  STATE_ZIP,
  UNIT_AT,
  UNIT_BEFORE,
  compoundOf,
  isStrongStreetWord,
  mayHoldStateZip,
  streetHints,
  gluedStarts,
  streetHintsIn,
  type StreetHints,
  lookupStreet,
  type StreetEntry,
} from "./lexicon.js";
import {
  CONNECTIVES,
  DIRECTIONS,
  HOUSE_NUMBER_SUFFIXES,
  NAME_ADJECTIVE_ENDINGS,
  NOT_STREETS,
  NUMBER_MARKS,
  STOP_WORDS,
} from "./tables.js";
import { tokenAt, tokenize, type Token } from "./tokens.js";
import { mayReadGlued, mayReadStreet } from "./street-gate.js";
import { hasSpelledHint, spelledViews, toFold } from "./spelled.js";

/*
 * C3: street addresses and post boxes. No maintained JS library finds addresses inside free text
 * (libpostal parses a string already known to be one, and needs a 2 GB model), so this is a small
 * grammar over tokens: a house number, a street (name + type word, in the order the country writes
 * them) and at least one of unit / city / region / postcode after it. Every word and pattern comes
 * from `tables.ts`. Work is bounded per anchor (a street word, a post-box word, a JP block number),
 * and anchors are found by one linear pass, so hostile input costs linear time.
 */

type Part =
  | "postcode"
  | "postcode4" // a bare 4-digit postcode: counts only next to a city or region
  | "region"
  | "city"
  | "country"
  | "unit"
  | "district"
  | "direction" // "N.W." after the street: extends the span, proves nothing
  | "extra"; // a bare suite number ("…Washington, 1506, Chicago"): kept only if more follows

interface Tail {
  /** End of the last accepted component, or -1 when nothing followed the street. */
  end: number;
  parts: Part[];
}

interface Postcode {
  end: number;
  short: boolean;
}

interface Raw {
  start: number;
  end: number;
  confidence: number;
  recognizer: "address.street" | "address.pobox";
  /** How a street was scored, so a cue word found later can re-score it. */
  scoring?: { parts: Part[]; weak: boolean; caps: boolean };
}

const DIRECTION_SET: ReadonlySet<string> = new Set(DIRECTIONS);
const HOUSE_SUFFIX_SET: ReadonlySet<string> = new Set(HOUSE_NUMBER_SUFFIXES);
const NUMBER_MARK_SET: ReadonlySet<string> = new Set(NUMBER_MARKS);
const DASHES: ReadonlySet<string> = new Set(["-", "–", "—"]);
/** Commas as written: the Arabic "،" separates an address's parts like ",". */
const COMMAS: ReadonlySet<string> = new Set([",", "،"]);
const isComma = (t: Token | undefined): boolean => !!t && COMMAS.has(t.t);
const END_PUNCT: ReadonlySet<string> = new Set([",", "،", ".", ";", ":", "!", "?", ")", "(", "\"", "'", "-", "–", "—", "|", "/"]);
const CURRENCY = "$€£¥₹₩₽";
const MAX_NAME = 5;
const MAX_TAIL = 8;

const isStop = (w: string) => STOP_WORDS.has(w) && !CONNECTIVES.has(w);

/** Confidence from what followed the street. Declared once so every shape scores alike. */
function score(parts: readonly Part[], opts: { weak: boolean; caps: boolean; cue: boolean }): number {
  const count = (p: Part) => parts.filter((x) => x === p).length;
  const placeish = count("city") + count("region") + count("country") + count("district");
  const postcode = count("postcode") > 0 || (count("postcode4") > 0 && placeish > 0);
  const unit = count("unit") > 0;
  let c: number;
  if (postcode) c = 0.9;
  else if (placeish + (unit ? 1 : 0) >= 2) c = 0.8;
  else if (unit) c = 0.75;
  else if (placeish === 1) c = opts.caps ? 0.72 : 0.65;
  else c = 0.3;
  // "Oak Way", "Via …", "Park": everyday words need a postcode or a region to be an address.
  if (opts.weak && !postcode && count("region") === 0) c = Math.min(c, 0.45);
  // A cue word ("address", "come to") makes a bare street an address.
  if (opts.cue) c = c < 0.5 ? (opts.weak ? 0.55 : 0.6) : Math.min(0.97, c + 0.05);
  return c;
}

class Scan {
  private tokens: Token[] | undefined;
  private mixedCase: boolean | undefined;
  private readonly postcodes = new Map<number, Postcode | null>();

  /**
   * `text` is the window of `view` that starts at `offset`. The window is read through the whole
   * view's maps shifted by `offset`: a sliced view would copy (or, for an unmapped view, build)
   * two maps per window.
   */
  constructor(
    readonly text: string,
    private readonly view: MappedText,
    private readonly offset: number,
    private readonly original: string,
  ) {}

  /**
   * The window's tokens, made at first use: a window whose only hints are regex shapes (a six-digit
   * PIN, a post-box word, CJK script) usually has no match, and then needs no tokens.
   */
  get toks(): Token[] {
    return (this.tokens ??= tokenize(this.text));
  }

  /** Where window offset `i` starts in the original text. */
  private originAt(i: number): number {
    const map = this.view.srcStart;
    return map ? map[this.offset + i]! : this.offset + i;
  }

  private tok(i: number): Token | undefined {
    return i >= 0 ? this.toks[i] : undefined;
  }

  private at(pos: number): number {
    return tokenAt(this.toks, pos);
  }

  // ---- capitalization (read from the original text: the fold view is lower case) ----

  private isCap(t: Token): boolean {
    const ch = this.original[this.originAt(t.s)] ?? "";
    return ch !== ch.toLowerCase();
  }

  /** Does the writer use case (both lower and upper case letters occur)? */
  private cased(): boolean {
    this.mixedCase ??= /\p{Ll}/u.test(this.original) && /\p{Lu}/u.test(this.original);
    return this.mixedCase;
  }

  /** Are the letters of fold view [s, e) capitals in the original text, written by a writer who uses case? */
  private upperAt(s: number, e: number): boolean {
    if (!this.cased()) return false;
    for (let i = s; i < e; i++) {
      const ch = this.original[this.originAt(i)] ?? "";
      if (ch === ch.toLowerCase()) return false;
    }
    return true;
  }

  /** The writer capitalizes names: then a place name ends where capitals end. */
  private capsMode(name: readonly number[]): boolean {
    if (!this.cased()) return false;
    let words = 0;
    for (const i of name) {
      const t = this.toks[i]!;
      if (t.k !== "word" || CONNECTIVES.has(t.t)) continue;
      words++;
      if (!this.isCap(t)) return false;
    }
    return words > 0;
  }

  // ---- component matchers at a character position ----

  private sticky(re: RegExp, pos: number): number {
    re.lastIndex = pos;
    const m = re.exec(this.text);
    return m ? pos + m[0].length : -1;
  }

  /**
   * Longest postcode at `pos`: its end and whether it is a short (4-digit) one. The tail grammar
   * asks at the same positions again and again (is a clause over? is this a city?), so answers are
   * kept per position.
   */
  private postcodeAt(pos: number): Postcode | null {
    let known = this.postcodes.get(pos);
    if (known === undefined) {
      known = this.sticky(POSTCODE_ANY_AT, pos) < 0 ? null : this.longestPostcodeAt(pos);
      this.postcodes.set(pos, known);
    }
    return known;
  }

  private longestPostcodeAt(pos: number): Postcode | null {
    let best: Postcode | null = null;
    for (const p of POSTCODES) {
      const end = this.sticky(p.re, pos);
      if (end < 0 || (best && end <= best.end)) continue;
      // "1234 in" is not a Dutch postcode, but "2517 AS" is: postcode letters are capitals.
      const tail = /\s([a-z]{2})$/.exec(this.text.slice(pos, end));
      if (tail && STOP_WORDS.has(tail[1]!) && !this.upperAt(end - 2, end)) continue;
      best = { end, short: p.short };
    }
    return best;
  }

  /** Is the next token the end of a clause or another locality component? */
  private terminatesAt(pos: number, allowStop: boolean): boolean {
    const next = this.toks[this.at(pos)];
    if (!next || next.gap === 2) return true;
    if (END_PUNCT.has(next.t)) return true;
    if (allowStop && isStop(next.t)) return true;
    return this.postcodeAt(next.s) !== null || this.sticky(COUNTRY_AT, next.s) >= 0;
  }

  /**
   * A region name or code at `pos` that ends a clause or precedes a postcode. After a city or comma, a small
   * word may end the clause too ("Sebastopol CA by Friday"), unless the code is itself such a word
   * written in lower case ("Springfield, in the morning").
   */
  private regionAt(pos: number, afterPlace = false): number {
    const end = this.sticky(REGION_AT, pos);
    if (end < 0) return -1;
    const written = this.text.slice(pos, end);
    // "de", "la", "e" are also connectives ("Ciudad de México"): then only a clause end will do.
    if (CONNECTIVES.has(written)) {
      const next = this.toks[this.at(end)];
      if (next && next.gap !== 2 && next.k === "word") return -1;
    }
    const t = this.toks[this.at(pos)]!;
    const upper = this.isCap(t) && this.isCap({ ...t, s: end - 1 });
    const allowStop = afterPlace && (!STOP_WORDS.has(written) || upper);
    return this.terminatesAt(end, allowStop) ? end : -1;
  }

  private countryAt(pos: number): number {
    const end = this.sticky(COUNTRY_AT, pos);
    if (end < 0) return -1;
    // "… 02903 United States by Friday", but not "…, us and them".
    return this.terminatesAt(end, !STOP_WORDS.has(this.text.slice(pos, end))) ? end : -1;
  }

  /** A unit written right before `pos` ("Flat 2, ", "Apt 1B "): its start, or -1. */
  private unitBefore(pos: number): number {
    const from = Math.max(0, pos - 40);
    const m = UNIT_BEFORE.exec(this.text.slice(from, pos));
    return m ? from + m.index : -1;
  }

  /** A postcode or region at token i, or right after a comma there ("Springfield, IL 62701"). */
  private localityAt(i: number): boolean {
    let t = this.toks[i];
    if (isComma(t)) t = this.toks[i + 1];
    if (!t || t.gap === 2) return false;
    return this.postcodeAt(t.s) !== null || this.regionAt(t.s, true) >= 0;
  }

  /** Start of a house number, over a fraction and a "#" before it ("618 1/2", "#12"). */
  private houseStart(i: number): number {
    let t = this.toks[i]!;
    const slash = this.tok(i - 1);
    const numer = this.tok(i - 2);
    const whole = this.tok(i - 3);
    if (slash?.t === "/" && slash.e === t.s && numer?.k === "num" && numer.e === slash.s && whole?.k === "num" && numer.gap === 1) {
      t = whole;
      i -= 3;
    }
    const hash = this.tok(i - 1);
    return hash?.t === "#" && hash.e === t.s ? hash.s : t.s;
  }

  private isHouse(t: Token | undefined): boolean {
    if (!t) return false;
    if (t.k === "num") return t.t.length <= 6;
    if (t.k === "numa") return true;
    if (t.k === "range") return /^\d{1,5}-\d{1,5}[a-z]?$/.test(t.t);
    return false;
  }

  /** The last token of a house number over "/12" and "/3/12" glued to it ("148/12", "88/3/12"). */
  private houseLast(h: number): number {
    for (let k = 0; k < 2; k++) {
      const slash = this.toks[h + 1];
      const num = this.toks[h + 2];
      if (slash?.t !== "/" || slash.gap !== 0 || !num || num.gap !== 0 || (num.k !== "num" && num.k !== "numa") || num.t.length > 4) break;
      h += 2;
    }
    return h;
  }

  /** A number mark ("No:214", "nº 5", "д. 38") at token j: the house token after it, or -1. */
  private markedHouse(j: number): number {
    const t = this.toks[j];
    if (!t || t.k !== "word" || !NUMBER_MARK_SET.has(t.t)) return -1;
    let h = j + 1;
    if ((this.toks[h]?.t === "." || this.toks[h]?.t === ":") && this.toks[h]!.gap === 0) h++;
    return this.isHouse(this.toks[h]) ? h : -1;
  }

  /** The place words of a city ("new york", "ciudad de mexico") starting at token i. */
  private city(i: number, caps: boolean, opener: boolean, strictEnd = false): number {
    const words: number[] = [];
    let j = i;
    while (j < this.toks.length && words.length < MAX_NAME) {
      const t = this.toks[j]!;
      if (words.length > 0 && t.gap !== 1) break;
      if (t.k !== "word" || isStop(t.t)) break;
      if (words.length > 0 && (this.postcodeAt(t.s) || this.regionAt(t.s, true) >= 0)) break;
      if (caps && !this.isCap(t) && !(CONNECTIVES.has(t.t) && words.length > 0)) break;
      words.push(j);
      j++;
      // "St. Louis", "Ft. Payne"
      const dot = this.toks[j];
      const after = this.toks[j + 1];
      if (dot?.t === "." && dot.gap === 0 && t.t.length <= 3 && after?.gap === 1 && after.k === "word") j++;
    }
    while (words.length && CONNECTIVES.has(this.toks[words[words.length - 1]!]!.t)) words.pop();
    if (words.length === 0) return -1;
    const end = this.toks[words[words.length - 1]!]!.e;
    const nextTok = this.toks[this.at(end)];
    const followed = !!nextTok && nextTok.gap !== 2 && this.localityAt(this.at(end));
    if (!opener && !followed) return -1;
    if ((!caps || strictEnd) && !followed && !this.terminatesAt(end, true)) return -1;
    return end;
  }

  /** A district named by its number after its marker ("Quận 1", "phường 2"): its end, or -1. */
  private numberedDistrict(i: number): number {
    const t = this.toks[i];
    if (!t || t.gap === 2 || t.k !== "num" || t.t.length > 3) return -1;
    return this.terminatesAt(t.e, true) ? t.e : -1;
  }

  /** Unit, postcode, region, country, district and city components after a street. */
  tail(i: number, caps: boolean, openFirst: boolean): Tail {
    const parts: Part[] = [];
    const ends: number[] = [];
    let end = -1;
    let prev: Part | null = null;
    for (let step = 0; step < MAX_TAIL && i < this.toks.length; step++) {
      let t = this.toks[i]!;
      if (t.blank) break;
      // A comma or spaced dash opens a new component; a bare line break only lets a city in when a
      // region or postcode follows it (the next line of a listing is often not part of the address).
      let sep = t.gap === 2;
      let comma = false;
      if (isComma(t)) {
        sep = comma = true;
        i++;
      } else if (DASHES.has(t.t) && t.gap >= 1 && (this.toks[i + 1]?.gap ?? 0) >= 1) {
        sep = comma = true;
        i++;
      }
      const next = this.toks[i];
      if (!next || next.blank || (next.gap === 2 && !isComma(t) && step > 0 && !sep)) break;
      t = next;
      const p = t.s;
      const opener =
        comma || prev === "postcode" || prev === "postcode4" || prev === "unit" || prev === "district" || (openFirst && step === 0);
      let part: Part | null = null;
      let q = this.sticky(UNIT_AT, p);
      if (q >= 0) part = "unit";
      if (!part && step === 0) {
        // "Peachtree St., N.W., Suite 601": a direction, when a clause end or a unit follows it.
        q = this.sticky(DIRECTION_AT, p);
        const after = q >= 0 ? this.toks[this.at(q)] : undefined;
        if (q >= 0 && (!after || after.gap === 2 || after.k === "p" || this.sticky(UNIT_AT, after.s) >= 0)) part = "direction";
      }
      const pc = this.postcodeAt(p);
      // "RM15 5EE" is a postcode, not room 15.
      if (part && pc && !pc.short && pc.end >= q) part = null;
      if (!part) {
        if (pc && !pc.short) {
          part = "postcode";
          q = pc.end;
        } else if (pc) {
          const after = this.toks[this.at(pc.end)];
          const nextIsPlace = !!after && after.gap === 1 && after.k === "word";
          if (prev === "city" || prev === "region" || (sep && nextIsPlace)) {
            part = "postcode4";
            q = pc.end;
          }
        }
      }
      if (!part && (sep || (prev !== null && prev !== "unit" && prev !== "country"))) {
        q = this.regionAt(p, prev === "city" || sep);
        if (q >= 0) part = "region";
        else {
          q = this.countryAt(p);
          if (q >= 0) part = "country";
        }
      }
      if (!part) {
        const d = this.sticky(DISTRICT_AT, p);
        if (d >= 0) {
          q = this.city(this.at(d), false, true);
          if (q < 0) q = this.numberedDistrict(this.at(d));
          if (q >= 0) part = "district";
        }
      }
      // No city after a region or country; after a postcode only if none came before it ("75002
      // Paris", but not "Tracy CA 95376 Directly"), and then it must end the clause.
      const placed = parts.includes("city") || parts.includes("region");
      const afterPostcode = prev === "postcode" || prev === "postcode4";
      if (!part && prev !== "region" && prev !== "country" && !(afterPostcode && placed)) {
        q = this.city(i, caps, opener, afterPostcode);
        if (q >= 0) part = "city";
      }
      if (!part && step === 0 && t.t.length <= 8 && (t.k === "numa" || t.k === "alnum" || (t.k === "num" && t.t.length <= 5))) {
        part = "extra";
        q = t.e;
      }
      if (!part) break;
      parts.push(part);
      ends.push(end);
      end = q;
      prev = part;
      i = this.at(q);
    }
    if (parts[parts.length - 1] === "extra") {
      parts.pop();
      end = ends.pop()!;
    }
    return { end, parts };
  }

  // ---- street shapes ----

  private push(out: Raw[], start: number, streetEnd: number, tail: Tail, o: { weak: boolean; caps: boolean; unit?: boolean }) {
    const parts = o.unit ? [...tail.parts, "unit" as const] : tail.parts;
    const end = Math.max(streetEnd, tail.end);
    // Cue words are looked up once per kept candidate (in `recognize`), which re-scores it.
    const confidence = score(parts, { weak: o.weak, caps: o.caps, cue: false });
    out.push({ start, end, confidence, recognizer: "address.street", scoring: { parts, weak: o.weak, caps: o.caps } });
  }

  /** Extends a street's type word over a trailing dot, another type word and a direction. */
  private streetEnd(te: number): number {
    let j = te;
    for (let k = 0; k < 2; k++) {
      const n = this.toks[j + 1];
      if (!n || n.gap !== 1 || n.k !== "word") break;
      const entries = lookupStreet(n.t);
      if (!DIRECTION_SET.has(n.t) && !entries?.some((e) => e.placement === "suffix")) break;
      j++;
      const dot = this.toks[j + 1];
      if (dot?.t === "." && dot.gap === 0 && this.toks[j]!.t.length <= 4 && (this.toks[j + 2]?.gap ?? 1) >= 1) j++;
    }
    return j;
  }

  /** "350 Fifth Avenue", "Flat 12, MG Road" (type word after the name, number before). */
  suffixStreet(ti: number, te: number, e: StreetEntry, out: Raw[]) {
    const name: number[] = [];
    let k = ti - 1;
    while (k >= 0 && name.length < MAX_NAME) {
      if (this.toks[k + 1]!.gap === 2) break;
      const t = this.toks[k]!;
      if (t.k === "p") {
        const prevWord = this.tok(k - 1);
        if (t.t === "." && t.gap === 0 && prevWord?.k === "word" && prevWord.t.length <= 3) {
          k--;
          continue;
        }
        break;
      }
      if ((t.k === "word" && !isStop(t.t)) || t.k === "ord") {
        name.unshift(k);
        k--;
        continue;
      }
      break;
    }
    while (name.length && CONNECTIVES.has(this.toks[name[0]!]!.t)) name.shift();
    if (name.length === 0) return;
    // The name must say something besides street words and directions ("2 street view").
    const named = name.some((i) => {
      const t = this.toks[i]!;
      return t.k === "ord" || (!isStrongStreetWord(t.t) && !(DIRECTION_SET.has(t.t) && t.t.length <= 2) && !CONNECTIVES.has(t.t));
    });
    if (!named) return;
    const lastName = this.toks[name[name.length - 1]!]!.t;
    const typeWord = this.toks[ti]!.t;
    if (NOT_STREETS.has(`${lastName} ${typeWord}`)) return;
    const first = this.toks[name[0]!]!;
    const t = this.tok(k);
    let start: number;
    let unit = false;
    let house: Token | undefined;
    if (t && this.isHouse(t) && first.gap === 1) house = t;
    else if (isComma(t) && t!.gap === 0 && this.isHouse(this.tok(k - 1)) && first.gap === 1) {
      // "45, 2nd Cross" — unless the number is a unit's ("Flat 12, MG Road").
      if (this.unitBefore(t!.s) < 0) house = this.tok(k - 1);
    }
    if (house) {
      start = this.houseStart(this.at(house.s));
      const before = this.tok(this.at(start) - 1);
      if (before && before.e === start && CURRENCY.includes(before.t)) return;
      const u = this.unitBefore(start);
      if (u >= 0) {
        start = u;
        unit = true;
      }
    } else {
      // No house number: a numbered unit must stand in for it ("Flat 12, MG Road", "No. 45, 2nd Cross").
      const u = this.unitBefore(isComma(t) ? t!.s : first.s);
      if (u < 0) return;
      start = u;
      unit = true;
    }
    const se = this.streetEnd(te);
    const caps = this.capsMode(name);
    const tail = this.tail(se + 1, caps, false);
    this.push(out, start, this.toks[se]!.e, tail, { weak: e.weak, caps, unit });
  }

  /** Street name after a prefix type word: "de la paix", "mayor", "5 de mayo". */
  private nameAfter(j: number, numbered: boolean): number[] {
    const name: number[] = [];
    while (j < this.toks.length && name.length < MAX_NAME + 1) {
      const t = this.toks[j]!;
      if (name.length > 0 && t.gap !== 1) break;
      if (t.k === "word" && !isStop(t.t)) {
        name.push(j++);
        const dot = this.toks[j];
        if (dot?.t === "." && dot.gap === 0 && t.t.length <= 4) j++;
        continue;
      }
      if (t.k === "ord" || (numbered && name.length === 0 && (t.k === "num" || t.k === "numa"))) {
        name.push(j++);
        continue;
      }
      break;
    }
    while (name.length && CONNECTIVES.has(this.toks[name[name.length - 1]!]!.t)) name.pop();
    return name;
  }

  /** "12 rue de la Paix", "100 Route 37 E" (number, then type word, then name). */
  prefixNumberBefore(ti: number, te: number, e: StreetEntry, out: Raw[]) {
    let k = ti - 1;
    const typeTok = this.toks[ti]!;
    if (typeTok.gap === 2) return;
    let t = this.tok(k);
    if (t?.k === "word" && HOUSE_SUFFIX_SET.has(t.t) && t.t.length > 1) t = this.tok(--k); // "12 bis rue"
    if (isComma(t)) t = this.tok(--k);
    if (!t || !this.isHouse(t)) return;
    const name = this.nameAfter(te + 1, e.numberedName);
    if (!name.some((i) => !CONNECTIVES.has(this.toks[i]!.t))) return;
    // "100 Route 37": a numbered road's name is its number ("24 highway mpg" is not one).
    if (e.numberedName && this.toks[name[0]!]!.k !== "num" && this.toks[name[0]!]!.k !== "numa") return;
    let start = t.s;
    let unit = false;
    const u = this.unitBefore(start);
    if (u >= 0) {
      start = u;
      unit = true;
    }
    let last = name[name.length - 1]!;
    const dir = this.toks[last + 1];
    if (dir && dir.gap === 1 && DIRECTION_SET.has(dir.t)) last++;
    const caps = this.capsMode(name);
    const tail = this.tail(last + 1, caps, false);
    this.push(out, start, this.toks[last]!.e, tail, { weak: e.weak, caps, unit });
  }

  /** "Calle Mayor 10", "Av. Paulista, 1578", "Calle 5 de Mayo 32", "Cra 18 # 63-64" (number after the name). */
  prefixNumberAfter(ti: number, te: number, e: StreetEntry, out: Raw[]) {
    const name: number[] = [];
    let j = te + 1;
    let house = -1;
    for (let steps = 0; steps < MAX_NAME + 3 && j < this.toks.length; steps++) {
      const t = this.toks[j]!;
      if (t.gap === 2) break;
      if (t.k === "word") {
        // "Calle Mayor s/n" (sin número)
        const sn = name.length > 0 ? this.sticky(NO_NUMBER_AT, t.s) : -1;
        if (sn >= 0) {
          house = this.at(sn) - 1;
          break;
        }
        // "nº 123", "n. 15", "no 5"
        if (name.length > 0) {
          const h = this.markedHouse(j);
          if (h >= 0) {
            house = h;
            break;
          }
        }
        if (isStop(t.t)) break;
        name.push(j++);
        const dot = this.toks[j];
        if (dot?.t === "." && dot.gap === 0 && t.t.length <= 4) j++;
        continue;
      }
      if (t.k === "ord") {
        name.push(j++);
        continue;
      }
      if ((isComma(t) || t.t === "#") && name.length > 0) {
        j++;
        continue;
      }
      if (this.isHouse(t)) {
        const next = this.toks[j + 1];
        const joined = next && next.gap <= 1;
        // "5 de Mayo", "18 # 63-64": the number is part of the name.
        if (joined && ((next.k === "word" && CONNECTIVES.has(next.t)) || next.t === "#")) {
          name.push(j++);
          continue;
        }
        if (name.length === 0 && (e.numberedName || (joined && this.isHouse(next)))) {
          name.push(j++);
          continue;
        }
        house = j;
        break;
      }
      break;
    }
    if (house < 0) return;
    if (!name.some((i) => this.toks[i]!.k !== "word" || !CONNECTIVES.has(this.toks[i]!.t))) return;
    let last = this.houseLast(house);
    const suffix = this.toks[last + 1];
    if (suffix && suffix.gap <= 1 && suffix.k === "word" && HOUSE_SUFFIX_SET.has(suffix.t) && suffix.t.length > 1) last++;
    const caps = this.capsMode(name);
    const tail = this.tail(last + 1, caps, false);
    this.push(out, this.toks[ti]!.s, this.toks[last]!.e, tail, { weak: e.weak, caps });
  }

  /** "Musterstraße 12", "Berliner Straße 12", "Keizersgracht 123" (number after the street). */
  numberAfterStreet(startTok: number, typeEnd: number, weak: boolean, nameToks: number[], out: Raw[]) {
    let j = typeEnd + 1;
    if (isComma(this.toks[j])) j++;
    const marked = this.markedHouse(j);
    if (marked >= 0 && this.toks[j]!.gap !== 2) j = marked;
    const h = this.toks[j];
    if (!h || h.gap === 2 || !this.isHouse(h) || (h.k === "num" && h.t.length > 5)) return;
    j = this.houseLast(j);
    const caps = this.capsMode(nameToks);
    const tail = this.tail(j + 1, caps, false);
    this.push(out, this.toks[startTok]!.s, this.toks[j]!.e, tail, { weak, caps });
  }

  /** Capitalized words right before a glued street ("Nieuwe Binnenweg", "Eduard Sueß-Gasse"). */
  private namesBefore(i: number, max: number, capsOnly: boolean): number[] {
    const out: number[] = [];
    let k = i - 1;
    while (k >= 0 && out.length < max) {
      const t = this.toks[k]!;
      if (this.toks[k + 1]!.gap !== 1 || t.k !== "word" || isStop(t.t)) break;
      if (capsOnly && !this.isCap(t)) break;
      out.unshift(k--);
    }
    while (out.length && CONNECTIVES.has(this.toks[out[0]!]!.t)) out.shift();
    return out;
  }

  /** `anchors`: the street words of the text (`streetHints`); `compounds`: whether a glued one may occur. */
  streets(out: Raw[], anchors: readonly RegExpExecArray[], compounds: boolean) {
    for (const m of anchors) {
      const entries = lookupStreet(m[0]);
      if (!entries) continue;
      const ti = this.at(m.index);
      const te = this.at(m.index + m[0].length) - 1;
      if (ti > te) continue;
      for (const e of entries) {
        if (e.placement === "suffix" && e.number !== "after") this.suffixStreet(ti, te, e, out);
        else if (e.placement === "prefix") {
          if (e.number !== "after") this.prefixNumberBefore(ti, te, e, out);
          if (e.number !== "before") this.prefixNumberAfter(ti, te, e, out);
        } else if (e.placement === "compound") {
          // The type word on its own, after the name: "Berliner Straße 12".
          const name = this.namesBefore(ti, 3, false);
          if (name.length > 0) this.numberAfterStreet(name[0]!, te, e.weak, name, out);
        }
      }
    }
    // Glued street words are rare outside German/Dutch text: skip the token walk when none occurs.
    if (!compounds) return;
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (t.k !== "word" || t.t.length < 6) continue;
      const c = compoundOf(t.t);
      if (!c) continue;
      let te = i;
      const dot = this.toks[i + 1];
      if (c.dot) {
        if (dot?.t !== "." || dot.gap !== 0) continue;
        te = i + 1;
      } else if (dot?.t === "." && dot.gap === 0) continue;
      // "Eduard Sueß-Gasse", "Nieuwe Binnenweg" — but not "Eschenbrau Braurei Triftstrasse".
      const adjective = (k: number) => NAME_ADJECTIVE_ENDINGS.some((e) => this.toks[k]!.t.endsWith(e));
      let before = this.namesBefore(i, 2, true);
      if (!t.t.includes("-")) {
        const keep = before.length > 0 && adjective(before[before.length - 1]!) ? before.slice(-1) : [];
        before = keep;
      }
      const start = before.length > 0 ? before[0]! : i;
      this.numberAfterStreet(start, te, c.weak, [...before, i], out);
    }
  }

  /** "111 W Washington, Chicago, IL 60602": no type word, so a state and ZIP must follow. */
  typeless(out: Raw[]) {
    for (const m of allMatches(STATE_ZIP, this.text)) {
      const zi = this.at(m.index);
      for (let i = zi - 1; i >= 0 && i >= zi - 12; i--) {
        if (this.toks[i + 1]!.blank) break;
        if (this.isHouse(this.toks[i])) this.typelessFrom(i, out);
      }
    }
  }

  private typelessFrom(i: number, out: Raw[]) {
    const prev = this.tok(i - 1);
    if (prev && prev.gap !== 2 && (prev.k === "word" || prev.k === "num") && !CONNECTIVES.has(prev.t)) {
      // "order 1234 …", "call 555 1234 …": the number belongs to the words before it.
      if (!this.isCap(this.toks[i]!) && prev.k === "num") return;
      if (prev.k === "word" && !/^(?:at|to|is|in|on|address|addr)$/.test(prev.t) && this.unitBefore(this.toks[i]!.s) < 0) return;
    }
    // Name words, each with the token after it; the tail is tried after each (shortest name first).
    const name: number[] = [];
    let j = i + 1;
    while (j < this.toks.length && name.length < 3) {
      const t = this.toks[j]!;
      if (t.gap !== 1 || t.k !== "word" || isStop(t.t) || this.sticky(UNIT_AT, t.s) >= 0) break;
      name.push(j++);
      const dot = this.toks[j];
      if (dot?.t === "." && dot.gap === 0 && t.t.length <= 3) j++;
      if (!name.some((k) => !DIRECTION_SET.has(this.toks[k]!.t))) continue;
      const caps = this.capsMode(name);
      // In text that uses capitals, a street name without them is prose.
      if (!caps && this.cased()) return;
      const tail = this.tail(j, caps, false);
      if (tail.parts.includes("postcode") && tail.parts.includes("region")) {
        out.push({ start: this.houseStart(i), end: tail.end, confidence: 0.75, recognizer: "address.street" });
        return;
      }
    }
  }

  poBoxes(out: Raw[]) {
    for (const [re, weak] of [
      [PO_BOX, false],
      [PO_BOX_WEAK, true],
    ] as const) {
      for (const m of allMatches(re, this.text)) {
        const digits = m[1]!.replace(/\s/g, "").length;
        const end = m.index + m[0].length;
        const tail = this.tail(this.at(end), false, true);
        const located = tail.parts.length > 0;
        let confidence = weak ? (digits >= 3 ? 0.65 : 0.4) : 0.85;
        if (located) confidence = Math.min(0.95, confidence + 0.05);
        out.push({ start: m.index, end: Math.max(end, tail.end), confidence, recognizer: "address.pobox" });
      }
    }
  }

  japan(out: Raw[]) {
    for (const m of allMatches(JP_ADDRESS, this.text)) {
      out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.8, recognizer: "address.street" });
    }
  }

  /** "Blk 5 Lot 12, Brgy. Maligaya, Quezon City": the block and lot stand for the street, and a place must follow. */
  blockLots(out: Raw[]) {
    for (const m of allMatches(BLOCK_LOT_ADDRESS, this.text)) {
      const end = m.index + m[0].length;
      const tail = this.tail(this.at(end), this.cased(), false);
      if (tail.parts.length === 0) continue;
      this.push(out, m.index, end, tail, { weak: false, caps: this.cased(), unit: true });
    }
  }

  /** Addresses in scripts written without spaces (Chinese, Japanese, Korean, Thai). */
  scripts(out: Raw[]) {
    for (const m of allMatches(SCRIPT_ADDRESS, this.text)) {
      out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.8, recognizer: "address.street" });
    }
  }

  /** Addresses that are lists of parts: "Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru 560038". */
  listed(out: Raw[]) {
    for (const shape of LISTED) {
      if (!shape.hint.test(this.text)) continue;
      for (const m of allMatches(shape.re, this.text)) {
        if (shape.named && !this.partsNamed(m.index, m[0])) continue;
        out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.85, recognizer: "address.street" });
      }
    }
  }

  /** Every comma-separated part of `written` (at `start`) starts with a capital ("Sai Krupa Apartments") or a number. */
  private partsNamed(start: number, written: string): boolean {
    // In text without case (all capitals, all lower case) capitals prove nothing.
    if (!(/\p{Ll}/u.test(this.original) && /\p{Lu}/u.test(this.original))) return false;
    let at = start;
    for (const part of written.split(",")) {
      const lead = part.length - part.trimStart().length;
      const t = this.toks[this.at(at + lead)];
      if (t && t.k === "word" && !this.isCap(t)) return false;
      at += part.length + 1;
    }
    return true;
  }

  /** "Am Rosengarten 9, 34131 Kassel": every word but the prepositions capitalized, in cased text. */
  prepositionStreets(out: Raw[]) {
    if (!(/\p{Ll}/u.test(this.original) && /\p{Lu}/u.test(this.original))) return;
    for (const m of allMatches(DE_PREPOSITION, this.text)) {
      const end = m.index + m[0].length;
      const first = this.toks[this.at(m.index)];
      if (!first || !this.isCap(first) || !this.wordsCapitalized(this.at(m.index) + 1, end)) continue;
      out.push({ start: m.index, end, confidence: 0.85, recognizer: "address.street" });
    }
  }

  /** Every name word from token i up to `end` is capitalized (prepositions and small words aside). */
  private wordsCapitalized(i: number, end: number): boolean {
    // Walks only the match's own tokens: a filter over all tokens per match is quadratic on long text.
    for (; i < this.toks.length && this.toks[i]!.e <= end; i++) {
      const t = this.toks[i]!;
      if (t.k === "word" && !isStop(t.t) && !CONNECTIVES.has(t.t) && !this.isCap(t)) return false;
    }
    return true;
  }

  /** Cue words in the 48 characters before `start`, as written in the original text. */
  cues(start: number): string[] {
    const from = Math.max(0, start - 48);
    const window = this.text.slice(from, start);
    const words: string[] = [];
    for (const m of allMatches(CUE, window)) {
      const at = this.offset + from + m.index;
      const o = toOriginal(this.view, at, at + m[0].length);
      words.push(this.original.slice(o.start, o.end));
    }
    return words;
  }
}

/** Overlapping readings of one address: keep the confident one, then the longest. */
function pickBest(raws: Raw[]): Raw[] {
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Raw[] = [];
  const better = (a: Raw, b: Raw) => {
    const ta = a.confidence >= 0.5 ? 1 : 0;
    const tb = b.confidence >= 0.5 ? 1 : 0;
    if (ta !== tb) return ta > tb;
    const la = a.end - a.start;
    const lb = b.end - b.start;
    if (la !== lb) return la > lb;
    return a.confidence > b.confidence;
  };
  for (const r of raws) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) {
      if (better(r, last)) kept[kept.length - 1] = r;
    } else kept.push(r);
  }
  return kept;
}

/**
 * How far from a digit an address can reach. Every reading holds a number (the house number, the
 * box number, the postcode) and is short: at most five name words, the street word and an
 * eight-token tail (the longest of 1,274 found in the corpora is 81 characters). The cue words
 * are looked for in the 48 characters before it, and a few tokens either side are read.
 */
const DIGIT_REACH = 160;

/**
 * Addresses need a number, and most of a text is far from any digit: the grammar runs on windows
 * around digit runs only (one char-code pass finds them), so prose costs nothing beyond that pass.
 */
function recognize(input: ScanInput): Candidate[] {
  const text = input.fold.text;
  const runs = digitRuns(text);
  if (runs.length === 0) return hasSpelledHint(text) ? spelledNumbers(input, []) : [];
  const windows = windowsAroundHits(text, runs, DIGIT_REACH, DIGIT_REACH);
  // A short text is one window: its street words, found for the grammar, also serve the spelled numbers.
  if (windows.length === 1 && windows[0]![0] === 0 && windows[0]![1] === text.length) {
    const whole = streetHints(text);
    const found = recognizeAround(input.fold, windows, runs, input.original, false, whole);
    // No street word at all: no number word can be read (`spelledNumbers` would find no anchor).
    if (whole.anchors.length === 0 && !whole.compounds) return found;
    return hasSpelledHint(text) ? [...found, ...spelledNumbers(input, found, whole)] : found;
  }
  // The spelled numbers need the whole text's street words: then the windows read theirs off them
  // (`streetHintsIn`) instead of walking their text a second time.
  if (!hasSpelledHint(text)) return recognizeAround(input.fold, windows, runs, input.original, false);
  const all = streetHints(text);
  const found = recognizeAround(input.fold, windows, runs, input.original, false, all);
  return [...found, ...spelledNumbers(input, found, all)];
}

/** The next ASCII digit (global; `test` sets lastIndex past it, with no match array made). */
const NEXT_DIGIT = /[0-9]/g;
/** How many characters after a non-digit are read one by one before NEXT_DIGIT jumps to the next digit. */
const DIGIT_GAP = 64;

/**
 * The runs of ASCII digits in `text`, as [start, end) pairs. Most of a long text is far from any
 * digit: past DIGIT_GAP (64) characters without one, the regex engine's scan finds the next digit
 * (several times faster than a char-code loop); digits close together ("1 1 1 …") never call it.
 */
export function digitRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isDigitCode(c)) {
      const stop = Math.min(n, i + DIGIT_GAP);
      i++;
      while (i < stop && !isDigitCode(text.charCodeAt(i))) i++;
      if (i === stop) {
        if (i >= n) break;
        NEXT_DIGIT.lastIndex = i;
        if (!NEXT_DIGIT.test(text)) break;
        i = NEXT_DIGIT.lastIndex - 1;
      }
    }
    const start = i;
    i++;
    while (i < n) {
      c = text.charCodeAt(i);
      if (!isDigitCode(c)) break;
      i++;
    }
    runs.push([start, i]);
  }
  return runs;
}

/** `digitRuns`' specification: one char-code pass (for tests). */
export function digitRunsByLoop(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigitCode(text.charCodeAt(i))) continue;
    const start = i;
    while (i + 1 < text.length && isDigitCode(text.charCodeAt(i + 1))) i++;
    runs.push([start, i + 1]);
  }
  return runs;
}

/**
 * `recognizeIn` on each window of `view`, in the view's offsets; `whole`: the street hints of the
 * whole text (a window that is the whole text takes them; another reads its own off them when it can).
 */
function recognizeAround(
  view: MappedText,
  windows: Array<[number, number]>,
  runs: Array<[number, number]>,
  original: string,
  spelled = false,
  whole?: StreetHints,
): Candidate[] {
  const text = view.text;
  let r = 0;
  return scanWindows(text, windows, (slice, offset) => {
    // The digit runs inside this window (windows and runs are both in order).
    while (r < runs.length && runs[r]![0] < offset) r++;
    const shapes = runShapes(text, runs, r, offset, offset + slice.length);
    let hints: StreetHints | undefined;
    if (offset === 0 && slice.length === text.length) hints = whole;
    else if (whole) hints = streetHintsIn(whole, text, offset, offset + slice.length);
    return recognizeIn(slice, view, offset, original, spelled, shapes, hints);
  });
}

/**
 * Digit runs of the lengths some hints need, read off the runs already found: a hint regex then
 * runs only where such a run is, instead of over every window.
 */
export interface RunShapes {
  /** A run of exactly 4 digits after "<digit>-" (JP_HINT: "1-2-3 …", "150-0002"). */
  dashedFour: boolean;
  /** A run of exactly 5 digits (a ZIP or a German postcode: mayHoldStateZip, DE_PREPOSITION_HINT). */
  five: boolean;
  /** A run right after "t" or "e", a dot or a space between them allowed (BLOCK_LOT_HINT: "lot 12", "lt.5", "lote 3"). */
  afterLot: boolean;
  /** A run of exactly 6 digits: the six-digit hint of LISTED ("(?<!\\d)\\d{6}(?!\\d)", a PIN). */
  six: boolean;
  /** PO_BOX_HINT matches in the BOX_REACH characters before a run (`boxHintNear`). */
  box: boolean;
}

/**
 * How far before its number a post box's words end and start: every PO_BOX / PO_BOX_WEAK match is box
 * words (at most ~20 characters), a separator (at most 7: " # no. "), then the number, whose first
 * digit starts a digit run. So a window holds a box reading only if PO_BOX_HINT matches in the
 * BOX_REACH characters before one of its runs (a property test holds this to the box regexes).
 */
export const BOX_REACH = 48;

/**
 * Does PO_BOX_HINT match in the BOX_REACH characters before a run, within window [from, to) of
 * `text`? `r`: the first run of the window. PO_BOX_HINT has no look-around, so a match in any slice
 * of the window is one in the window; the slices before nearby runs are merged, so no match is cut
 * between two.
 */
function boxHintNear(text: string, runs: Array<[number, number]>, r: number, from: number, to: number): boolean {
  let lo = -1;
  let hi = -1;
  for (; r < runs.length && runs[r]![0] < to; r++) {
    const s = runs[r]![0];
    const rs = Math.max(from, s - BOX_REACH);
    // Slices close together are read as one: a regex call costs more than a few characters more.
    if (lo >= 0 && rs <= hi + BOX_REACH) hi = s;
    else {
      if (hi > lo && PO_BOX_HINT.test(text.slice(lo, hi))) return true;
      lo = rs;
      hi = s;
    }
  }
  return hi > lo && PO_BOX_HINT.test(text.slice(lo, hi));
}

const SPACE = /\s/;

export function runShapes(text: string, runs: Array<[number, number]>, from: number, start: number, to: number): RunShapes {
  const shapes: RunShapes = { dashedFour: false, five: false, afterLot: false, six: false, box: boxHintNear(text, runs, from, start, to) };
  for (let r = from; r < runs.length && runs[r]![0] < to; r++) {
    const [s, e] = runs[r]!;
    if (e - s === 6) shapes.six = true;
    const before = s > 0 ? text.charCodeAt(s - 1) : -1;
    if (e - s === 4 && before === 0x2d && s >= 2 && isDigitCode(text.charCodeAt(s - 2))) shapes.dashedFour = true;
    if (e - s === 5) shapes.five = true;
    let k = s - 1;
    if (k >= 0 && SPACE.test(text[k]!)) k--;
    if (k >= 0 && text.charCodeAt(k) === 0x2e) k--;
    if (k >= 0 && (text[k] === "t" || text[k] === "e")) shapes.afterLot = true;
  }
  return shapes;
}

/**
 * Addresses whose numbers are written in words ("number twenty-seven Oak Ridge Drive"): read in a
 * view where the number words near street words are digits, mapped back to the fold view. Only
 * those not already found are added.
 */
function spelledNumbers(input: ScanInput, found: readonly Candidate[], whole?: StreetHints): Candidate[] {
  const text = input.fold.text;
  const hints = whole ?? streetHints(text);
  // Where the glued street words start, read off where `streetHints` found them end (no regex over the text).
  const glued = hints.compounds ? gluedStarts(text, hints.compoundEnds) : [];
  const anchors = [...hints.anchors.map((m) => m.index), ...glued].sort((a, b) => a - b);
  if (anchors.length === 0) return [];
  const views = spelledViews(input.fold, anchors);
  if (!views) return [];
  // The grammar reads the windows around the view's digit runs, as `recognize` does; a window
  // without a number written in words reads what `recognize` read, so only the others are read.
  const viewRuns = digitRuns(views.view.text);
  const windows = windowsAroundHits(views.view.text, viewRuns, DIGIT_REACH, DIGIT_REACH).filter(([from, to]) =>
    views.numbers.some(([s, e]) => s < to && from < e),
  );
  const out: Candidate[] = [];
  for (const c of recognizeAround(views.view, windows, viewRuns, input.original, true)) {
    const { start, end } = toFold(views, c.start, c.end);
    if (found.some((f) => f.start < end && start < f.end)) continue;
    out.push({ ...c, start, end, disguises: ["number_word"] });
  }
  return out;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/**
 * One window of `recognize` (it holds a digit run by construction): `text` is `view`'s text from
 * `offset` on, and the view's maps lead back to the original text.
 */
function recognizeIn(
  text: string,
  view: MappedText,
  offset: number,
  original: string,
  spelled: boolean,
  shapes: RunShapes,
  hints?: StreetHints,
): Candidate[] {
  // The street words are collected once: their presence is the hint, and `streets` walks them.
  const { anchors: found, compoundEnds } = hints ?? streetHints(text);
  // Only street words with a number (or a unit, or "s/n") within the shapes' reach go to the grammar;
  // and glued ones ("…ring" of "hiring") only with a number after them.
  const anchors = found.filter((m) => mayReadStreet(text, m, lookupStreet(m[0])));
  const compounds = mayReadGlued(text, compoundEnds);
  const streetHint = anchors.length > 0 || compounds;
  // Both hints are read off the digit runs: the box words end just before a number, and a PIN is a run.
  const boxHint = shapes.box;
  const jpHint = shapes.dashedFour && JP_HINT.test(text);
  const zipHint = shapes.five && mayHoldStateZip(text);
  const scriptHint = SCRIPT_HINT.test(text);
  // Each shape's own hint: the alternation of all of them (LISTED_HINT) costs twice as much a window.
  const listHint = LISTED.some((l) =>
    l.sixDigits ? shapes.six : (!l.literals || l.literals.some((w) => text.includes(w))) && l.hint.test(text),
  );
  const deHint = shapes.five && DE_PREPOSITION_HINT.test(text);
  const lotHint = shapes.afterLot && BLOCK_LOT_HINT.test(text);
  if (!streetHint && !boxHint && !jpHint && !zipHint && !scriptHint && !listHint && !deHint && !lotHint) return [];
  const scan = new Scan(text, view, offset, original);
  const raws: Raw[] = [];
  if (streetHint) scan.streets(raws, anchors, compounds);
  if (zipHint) scan.typeless(raws);
  if (boxHint) scan.poBoxes(raws);
  if (jpHint) scan.japan(raws);
  if (lotHint) scan.blockLots(raws);
  if (scriptHint) scan.scripts(raws);
  if (listHint) scan.listed(raws);
  if (deHint) scan.prepositionStreets(raws);
  const out: Candidate[] = [];
  for (const r of pickBest(raws)) {
    // A number in words makes a street of any phrase ("quattro all-wheel drive"): only a name the
    // writer capitalized counts then.
    if (spelled && !r.scoring?.caps) continue;
    let end = r.end;
    while (end > r.start && /[\s,;:\-–]/.test(text[end - 1]!)) end--;
    const contextWords = scan.cues(r.start);
    let confidence = r.confidence;
    if (r.scoring && contextWords.length > 0) confidence = score(r.scoring.parts, { ...r.scoring, cue: true });
    else if (contextWords.length > 0) confidence = Math.min(0.97, confidence + 0.05);
    const candidate: Candidate = {
      type: "address",
      view: "fold",
      start: r.start,
      end,
      value: text.slice(r.start, end).replace(/\s+/g, " ").trim(),
      confidence: Math.round(confidence * 100) / 100,
      recognizer: r.recognizer,
    };
    if (contextWords.length > 0) candidate.contextWords = contextWords;
    out.push(candidate);
  }
  return out;
}

/**
 * For tests of the street gate (`street-gate.ts`): how many readings the street shapes make of the
 * street word `m` of `view` (a whole text, read as one window), with no gate in front.
 */
export function streetReadingsOf(view: MappedText, original: string, m: RegExpExecArray): number {
  const raws: Raw[] = [];
  new Scan(view.text, view, 0, original).streets(raws, [m], false);
  return raws.length;
}

/** For tests of the glued-street gate: how many readings the glued street words of `view` (read as one window) make. */
export function gluedReadingsOf(view: MappedText, original: string): number {
  const raws: Raw[] = [];
  new Scan(view.text, view, 0, original).streets(raws, [], true);
  return raws.length;
}

export const addressRecognizer: Recognizer = {
  id: "address",
  types: ["address"],
  // `recognize` reads only windows around digit runs: no digit, no address.
  pretest: /[0-9]/,
  find: recognize,
};
