import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max";
import type { Candidate, Recognizer, ScanInput } from "../types.js";
import { PHONE_SCORES as SCORE } from "../scores.js";
import { NUMBER_WORDS } from "../../normalize/tables/number-words.js";
import { bareDigitCount, findDigitRuns, MAX_DIGITS, type DigitRun } from "./candidates.js";
import { disguisesIn, toOriginal, type MappedText } from "../../normalize/view.js";
import type { Disguise } from "../../core/types.js";

// Leet is left out: model codes ("330i", "SL500") look like it, and a leet number still needs a cue.
const DELIBERATE: ReadonlySet<Disguise> = new Set(["number_word", "enclosed_digit", "digit_script"]);
import { notAPhone } from "./not-a-phone.js";
import { LAST_RESORT_REGIONS, regionsOfText } from "./regions.js";
import { piecesJoinedByWords, reversedRuns, shiftedRuns } from "./pieces.js";
import { CJK_CUES, CJK_ID_WORDS, CURRENCY_SIGNS, FALLBACK_REGIONS, GLUED_CUE, ID_WORDS, STRONG_PHONE_WORDS, UNIT_WORDS } from "./tables.js";
import { PARTICLES } from "../../normalize/tables/number-words.js";
import { clearAnswers, isPossibleReading, isValidReading, nationalOf, phoneInfoOf, typeOf } from "./metadata.js";
import { mayBeValidIn } from "./may-be-valid.js";
import { wordsBefore } from "./words-before.js";

/*
 * C1: phone numbers. Candidates come from our own linear digit-run scanner over the digits view
 * (so "eight zero zero…" and "555-O1S9" are already digits); libphonenumber-js with full metadata
 * decides validity and gives E.164. Everything between is the false-positive filter the peers lack:
 * dates, versions, IPs, prices, units, IDs and codes are rejected from their shape and neighbours.
 */

const MIN_DIGITS = 7;
const CURRENCY_AFTER = new RegExp(`^\\s?[${CURRENCY_SIGNS}]`);
/** Any currency sign (all one UTF-16 unit each): one class test instead of an array and a search per sign. */
const CURRENCY_SIGN = new RegExp(`[${CURRENCY_SIGNS}]`);
/** An amount grouped in thousands: "12.500.000", "1 500 000", "2,450,000". */
const PRICE_GROUPS = /^\d{1,3}(?:[ .,\u00a0]\d{3})+$/;
/** A number valid in a country of the text's language counts without a cue from this length (ES, 9 digits). */
const MIN_UNCUED_TEXT_REGION_DIGITS = 9;
function wordAfter(text: string, at: number): string {
  const m = /^\s{0,2}([\p{L}%]+)/u.exec(text.slice(at, at + 24));
  return m ? m[1]!.toLowerCase() : "";
}

// Shapes that are not phone numbers, whatever libphonenumber says.
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?:\s?[-–]\s?(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}))?$/;
const YEAR_RANGE = /^(?:19|20)\d\d\s?[-–/]\s?(?:19|20)\d\d$/;
const IP_OR_VERSION = /^\d{1,3}(?:\.\d{1,3}){2,}$/;
const DECIMAL = /^-?\d{1,3}\.\d{4,}$/;
const AMOUNT_RANGE = /^\d{1,3}0{3}\s?[-–]\s?\d{1,3}0{3}$/;
const ISBN13 = /^97[89]/;

const SSN = /^\d{3}-\d{2}-\d{4}$/;
/** "7.1 7.2 7.3": a list of decimals. */
const DECIMAL_LIST = /\d\.\d{1,2}\s\d{1,3}\.\d/;
const DATE_PREFIX = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})\b/;
/** "350-371 (2008)": a page range with a year, not "(555) 201-3344". */
const TRAILING_YEAR = /\((?:19|20)\d\d\)$/;

/**
 * Characters that, written between the digits of a number, hide it on purpose: zero-width units,
 * "_ \\", emoji, Korean/Japanese long-vowel bars, bullets. ("|", "~", "*" and line breaks are left
 * out: tables, ranges, sizes and lists use them; those runs still need a cue or a trunk "0".) A run whose original text holds one is as good as cued.
 */
const HIDING_SEPARATOR = /\d[\u200b-\u200d\u2060\ufeff]+\d|[_\\\u30fc\u3161\u25aa\u25ab\u25a0\u25cf\u2022\u2219\u22c5\u2605\u2606\u2666\u2665\u2212\p{Extended_Pictographic}]/u;
function hiddenBetweenDigits(view: MappedText, run: DigitRun, original: string): boolean {
  if (!view.srcStart) return false;
  const span = toOriginal(view, run.start, run.end);
  if (span.end - span.start > 80) return false;
  return HIDING_SEPARATOR.test(original.slice(span.start, span.end));
}

/** Whether the run's original text is written without digit groups: all in words or other scripts. */
function spelledOut(view: MappedText, run: DigitRun, original: string): boolean {
  const span = toOriginal(view, run.start, run.end);
  return !/[0-9]{3}/.test(original.slice(span.start, span.end));
}

/** An IPv4 address has four groups of at most 255; "634.81.27.95" or "06.72.18.45.39" is not one. */
function cannotBeIp(raw: string): boolean {
  const parts = raw.trim().split(".");
  return parts.some((p) => Number(p) > 255) || (parts.length === 5 && parts.every((p) => p.length === 2) && parts[0]!.startsWith("0"));
}

function shapeIsNotPhone(raw: string, run: DigitRun, cued = false): boolean {
  const compact = raw.trim();
  if (SSN.test(compact) || DATE_PREFIX.test(compact) || TRAILING_YEAR.test(compact) || DECIMAL_LIST.test(compact)) return true;
  if (isCardNumber(run.digits.replace("+", "")) && !run.digits.startsWith("+")) return true;
  if (DATE.test(compact) || YEAR_RANGE.test(compact) || DECIMAL.test(compact)) return true;
  if (IP_OR_VERSION.test(compact) && !(cued && cannotBeIp(compact))) return true;
  if (AMOUNT_RANGE.test(compact)) return true;
  const bare = run.digits.replace("+", "");
  if (bare.length === 13 && ISBN13.test(bare) && !run.digits.startsWith("+")) return true;
  // Amazon-style order ids 3-7-7 and long grouped ids.
  if (run.groups.length === 3 && run.groups[0] === 3 && run.groups[1] === 7 && run.groups[2] === 7) return true;
  return false;
}

/** Strong formatting: international prefix, parenthesised area code, or NANP/European grouping. */
function isFormatted(raw: string, run: DigitRun): boolean {
  if (run.digits.startsWith("+")) return true;
  if (/^\(\d{2,5}\)/.test(raw)) return true;
  const g = run.groups;
  if (g.length >= 3 && g.every((x) => x >= 2 && x <= 5)) return true;
  if (g.length === 2 && g[0]! >= 3 && g[1]! >= 4) return true;
  return false;
}

// The same number is often written several times in one text; parsing is the costly step. The
// cache lives for one text (cleared by `recognize`): across texts it bought nothing measurable and
// would let a benchmark that repeats its corpus look faster than a first reading is.
const parseCache = new Map<string, PhoneNumber | undefined>();
function parse(digits: string, region: string): PhoneNumber | undefined {
  const key = `${region}:${digits}`;
  if (parseCache.has(key)) return parseCache.get(key);
  let parsed: PhoneNumber | undefined;
  try {
    parsed = parsePhoneNumberFromString(digits, region as CountryCode);
  } catch {
    parsed = undefined;
  }
  parseCache.set(key, parsed);
  return parsed;
}

/*
 * What a reading says (valid, possible, national format, type), asked once per reading in a text
 * (metadata.ts): libphonenumber-js works each answer out again on every call, and a number written
 * 2,000 times in one 100 KB text ("zero-width characters inside 2,127 phone numbers") spent 60 % of
 * its time there. Cleared with the parse cache, so nothing carries over between texts.
 */
const isValid = (p: PhoneNumber | undefined): boolean => p !== undefined && isValidReading(p);
const isPossible = (p: PhoneNumber | undefined): boolean => p !== undefined && isPossibleReading(p);

interface Judgement {
  value: string;
  confidence: number;
  /** The reading the value came from; absent for a local number no region accepted ("call me at 555-0199"). */
  p?: PhoneNumber;
}

/** The digit-group lengths a national format writes: "634 81 27 95" → "3,2,2,2". */
const groupingOf = (written: string): string => (written.match(/\d+/g) ?? []).map((g) => g.length).join(",");

/**
 * How well region `p`'s national format matches the number as written: 2 the same text ("090-4182-7356"
 * is Japan's, not Messina's "090 4182 7356"), 1 the same digit groups, 0 neither.
 */
function formatMatch(p: PhoneNumber, raw: string, written: string): number {
  const national = nationalOf(p);
  if (national === raw.trim()) return 2;
  return groupingOf(national) === written ? 1 : 0;
}

/**
 * formatMatch, with the national trunk "0" not required when the writer left it out: "98450 27316" is
 * written the way India groups "098450 27316". For choosing between two countries' readings only.
 */
function groupMatch(p: PhoneNumber, raw: string, written: string): number {
  const exact = formatMatch(p, raw, written);
  const national = nationalOf(p).trim();
  if (exact > 0 || raw.trim().startsWith("0") || !national.startsWith("0")) return exact;
  const groups = (national.match(/\d+/g) ?? []).map((g) => g.length);
  groups[0] = groups[0]! - 1;
  return groups.filter((n) => n > 0).join(",") === written ? 1 : 0;
}

interface Reading {
  p: PhoneNumber;
  match: number;
}
/** Readings already worked out in this text (cleared with the parse cache): a number repeats, and formatting costs. */
const readingCache = new Map<string, Reading | undefined>();

/** The best-matching valid reading among `regions` (ties: the earlier region); `list` names the region list for the cache. */
function bestReading(
  list: string, digits: string, raw: string, written: string, regions: readonly string[], skip: ReadonlySet<string>, match = formatMatch,
): Reading | undefined {
  const key = `${list}:${[...skip].join(",")}:${digits}:${raw}`;
  if (readingCache.has(key)) return readingCache.get(key);
  const best = bestReadingUncached(digits, raw, written, regions, skip, match);
  readingCache.set(key, best);
  return best;
}

function bestReadingUncached(
  digits: string, raw: string, written: string, regions: readonly string[], skip: ReadonlySet<string>, match: typeof formatMatch,
): Reading | undefined {
  let best: Reading | undefined;
  for (const r of regions) {
    // Most regions of a long list cannot read the digits at all: told from the metadata, without a parse.
    if (skip.has(r) || !mayBeValidIn(digits, r)) continue;
    const p = parse(digits, r);
    if (!p || !isValid(p)) continue;
    const m = match(p, raw, written);
    if (!best || m > best.match) best = { p, match: m };
    if (m === 2) break;
  }
  return best;
}

/**
 * "512 345 678" in Polish, "912 345 678" in Portuguese: grouped in threes like an amount, but written
 * exactly as a country of the text's leading language writes its mobile numbers. An amount that large
 * is a round figure ("512 000 000"), so one ending in "000" stays an amount.
 */
function nationalMobileInThrees(digits: string, raw: string, run: DigitRun, textRegions: () => TextRegions): PhoneNumber | undefined {
  const bare = digits.replace("+", "");
  if (run.groups.length < 3 || bare.length < MIN_UNCUED_TEXT_REGION_DIGITS || bare.endsWith("000") || !PRICE_GROUPS.test(raw.trim())) return undefined;
  // The text's languages are worked out only for a number that gets this far.
  for (const r of textRegions().leading) {
    const p = parse(digits, r);
    if (p && isValid(p) && typeOf(p) === "MOBILE" && nationalOf(p) === raw.trim()) return p;
  }
  return undefined;
}

/** North American numbers as written: "(555) 201-3344", "555-201-3344". */
const NANP_PARENS = /^\(\d{3}\)\s?\d{3}[-. ]\d{4}$/;
const NANP_PLAIN = /^\d{3}[-. ]\d{3}[-. ]\d{4}$/;

/** Whether `region`'s parse read a trunk prefix off the digits ("07700 900123" in GB): written as its national number. */
/**
 * Whether `p` read a trunk prefix off the digits and its region writes it back in the national format:
 * "07700 900123" in GB, "8 (925) 604-18-73" in RU; not the US "1", which its national format drops.
 */
function trunkRead(p: PhoneNumber, digits: string): boolean {
  const bare = digits.replace(/\D/g, "");
  return p.nationalNumber.length < bare.length && nationalOf(p).replace(/\D/g, "") === bare;
}

/**
 * `cued`: a context word, or digits disguised on purpose, says this run is meant as a number to call.
 * `textRegions`: the countries of the text's languages (regions.ts), computed on first call.
 * `grouped`: the writer split the digits on purpose (pieces joined by words), as good as formatted.
 */
function judge(run: DigitRun, raw: string, cued: boolean, region: string, regionGiven: boolean, textRegions: () => TextRegions, grouped = false): Judgement | null {
  const bare = run.digits.replace("+", "");
  if (bare.length < MIN_DIGITS || bare.length > MAX_DIGITS) return null;
  const formatted = grouped || isFormatted(raw, run);
  const hasContext = cued;
  const intl = run.digits.startsWith("+") || (bare.startsWith("00") && bare.length > 9);
  const digits = bare.startsWith("00") && !run.digits.startsWith("+") ? `+${bare.slice(2)}` : run.digits;

  // The reading in the given region, parsed only where it can decide: where it may be valid (mayBeValidIn,
  // held to the parse by test/recognizers/phone-may-be-valid.test.ts), or where a possible reading that is
  // not valid is still used below (international, North American shape, trunk prefix).
  const trimmed = raw.trim();
  const nanpShaped = NANP_PARENS.test(trimmed) || NANP_PLAIN.test(trimmed);
  const trunkUsed = hasContext || (formatted && bare.startsWith("0"));
  const primary = intl || nanpShaped || trunkUsed || mayBeValidIn(digits, region) ? parse(digits, region) : undefined;
  if (primary && isValid(primary)) {
    const confidence = formatted ? SCORE.validFormatted : hasContext ? SCORE.validCued : intl ? SCORE.validInternational : SCORE.validBare;
    // No region given: the fallback ("US") yields to a country of the text's leading language where the
    // number is valid too and grouped as written, when the fallback's own grouping is not ("98450 27316"
    // in a Hinglish message is Indian, not +1 984…; "984 502 7316" stays North American).
    if (!regionGiven && !intl) {
      const leading = textRegions().leading;
      if (leading.size > 0 && !leading.has(region)) {
        const written = run.groups.join(",");
        const own = bestReading("leading-grouped", digits, raw, written, [...leading], new Set([region]), groupMatch);
        if (own && own.match > formatMatch(primary, raw, written)) return { value: own.p.number, p: own.p, confidence };
      }
    }
    return { value: primary.number, p: primary, confidence };
  }
  if (intl) {
    // "+1 555 201 3344": well-formed but not assigned; still a number being shared.
    if (primary && isPossible(primary) && (formatted || hasContext)) return { value: primary.number, p: primary, confidence: SCORE.possibleInternational };
    return null;
  }
  const written = run.groups.join(",");
  // A national number of the text's own languages, grouped as that country writes it: "55 4182 6937"
  // in Spanish, "139 1742 8365" in Chinese.
  // Worked out only where it can decide: after a cue, for a long grouped number, or with a trunk "0".
  const trunkShaped = formatted && bare.startsWith("0");
  const longGrouped = run.groups.length >= 3 && bare.length >= MIN_UNCUED_TEXT_REGION_DIGITS && !PRICE_GROUPS.test(raw.trim());
  // Uncued and without a trunk "0", only the leading language's countries can accept it: only they are tried.
  const own =
    hasContext || trunkShaped
      ? bestReading("text", digits, raw, written, textRegions().all, new Set([region]))
      : longGrouped
        ? bestReading("leading", digits, raw, written, [...textRegions().leading], new Set([region]))
        : undefined;
  // Without a cue the grouping must carry it: three groups or more and a full national length
  // (two groups of four, "9493 7477", "8900/9500", are model numbers and ranges as often), in a
  // country of the text's leading language.
  const uncuedOk = longGrouped && textRegions().leading.has(own?.p.country ?? "");
  if (own && own.match > 0 && (hasContext || uncuedOk)) {
    return { value: own.p.number, p: own.p, confidence: hasContext ? SCORE.validCued : SCORE.textRegionGrouped };
  }
  const mobile = !own && !hasContext && nationalMobileInThrees(digits, raw, run, textRegions);
  if (mobile) return { value: mobile.number, p: mobile, confidence: SCORE.textRegionGrouped };
  // North American fictional/unassigned ranges (555) written as a phone number.
  if (primary && isPossible(primary) && nanpShaped) {
    return { value: primary.number, p: primary, confidence: hasContext ? SCORE.nanpShapeCued : SCORE.nanpShape };
  }
  // Written as the given region's national number, trunk prefix and all, on a range not yet assigned
  // ("07700 900123" with region GB): it stays that region's, never another country's.
  if (primary && isPossible(primary) && trunkRead(primary, digits) && trunkUsed) {
    return { value: primary.number, p: primary, confidence: hasContext ? SCORE.otherRegionCued : SCORE.otherRegionTrunk };
  }
  if (hasContext || (formatted && bare.startsWith("0"))) {
    // A country the text's language points to, unless another writes the number exactly as written
    // ("090-4182-7356" is Japan's even in an English text).
    // Every locale's main country only after a cue; a bare trunk "0" gets the fixed list.
    const other = hasContext
      ? bestReading("last", digits, raw, written, LAST_RESORT_REGIONS, new Set([region, ...textRegions().all]))
      : bestReading("fallback", digits, raw, written, FALLBACK_REGIONS, new Set([region, ...textRegions().all]));
    if (own && !(other && other.match > 0)) return { value: own.p.number, p: own.p, confidence: hasContext ? SCORE.otherRegionCued : SCORE.otherRegionTrunk };
    if (other) return { value: other.p.number, p: other.p, confidence: hasContext ? SCORE.otherRegionCued : SCORE.otherRegionTrunk };
  }
  // A local number with a strong cue: "call me at 555-0199".
  if (hasContext && formatted && bare.length >= MIN_DIGITS) return { value: bare, confidence: SCORE.localCued };
  return null;
}

/** A cue word written against the number ("tel+…", "p:(650)…", "call0333…"): GLUED_CUE in ./tables.ts. */
function gluedContextWord(text: string, at: number): string | undefined {
  const window = text.slice(Math.max(0, at - 12), at);
  if (!/\p{L}[:.]?$/u.test(window)) return undefined;
  const m = GLUED_CUE.exec(window);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** A letter of a script written without spaces between words (Han, kana, Hangul). */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * What the CJK word right before a number says, past a particle written against it: "cue" for
 * "電話番号は", "我手机号", "手机号是"; "id" for "注文番号は", "订单号是"; undefined for anything else.
 * Chinese and Japanese write no space, so a cue ends the run of letters instead of standing apart.
 */
function cjkLabel(word: string | undefined): { kind: "cue" | "id"; word: string } | undefined {
  if (!word || !CJK_LETTER.test(word[word.length - 1]!)) return undefined;
  let end = word.length;
  for (const p of PARTICLES) {
    if (p.length < end && word.endsWith(p)) {
      end -= p.length;
      break;
    }
  }
  const stem = word.slice(0, end);
  for (const id of CJK_ID_WORDS) if (stem.endsWith(id)) return { kind: "id", word: id };
  for (const cue of CJK_CUES) if (stem.endsWith(cue)) return { kind: "cue", word: cue };
  return undefined;
}

/** Luhn check on 14–19 digit numbers with a card issuer's first digit: card numbers are not phones. */
function isCardNumber(digits: string): boolean {
  if (digits.length < 14 || digits.length > 19 || !/^[3-6]/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The text's candidate regions (regions.ts), worked out on first use and kept for the rest of the text. */
type TextRegions = ReturnType<typeof regionsOfText>;
const textRegionsCache = new WeakMap<ScanInput, TextRegions>();
function textRegionsOf(input: ScanInput): () => TextRegions {
  return () => {
    let r = textRegionsCache.get(input);
    if (!r) {
      r = regionsOfText(input.original, input.fold.text, input.defaultRegion);
      textRegionsCache.set(input, r);
    }
    return r;
  };
}

/** The finding's country and type, worked out by detect only for a candidate that becomes a finding. */
const NO_PHONE_INFO = { country: null, numberType: null } as const;
const phoneInfoLater = (p: PhoneNumber | undefined) => (p ? () => phoneInfoOf(p) : () => ({ ...NO_PHONE_INFO }));

/** `\s` of a regex (WhiteSpace and LineTerminator), by code unit. */
const isRegexSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
  c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * What `/(\S+)\s?$/.exec(text.slice(from, to))?.[1] ?? ""` gives (the definition, held to it by
 * test/recognizers/phone-trailing-token.test.ts): the run of non-space units ending at `to`, or before
 * one white-space unit there; "" when none. Read backwards from `to`: the regex was retried from every
 * start in the window, a quarter of consider's own time on a text of 2,000 numbers.
 */
export function trailingToken(text: string, from: number, to: number): string {
  let end = to;
  if (end > from && isRegexSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && !isRegexSpace(text.charCodeAt(start - 1))) start--;
  return start < end ? text.slice(start, end) : "";
}

/*
 * The same number is often written many times in one text (2,127 times in a 100 KB hostile input), and
 * `considerUncached` reads only a bounded window around a run: the view text from CONSIDER_BEFORE units
 * before it to CONSIDER_AFTER units after it (labelBefore in not-a-phone.ts reaches 48 + 30 back; wordsBefore
 * 60; wordAfter 24 ahead), the disguise flags inside it, and the original text it came from (`deliberate`,
 * `spelledOut`). Everything else it asks (region, the text's regions, the caches) is fixed for one text.
 * So its outcome is kept per text under a key made of exactly those, and a repeated number in the same
 * surroundings costs one lookup. test/recognizers/phone-consider-cache.test.ts holds it to the uncached path.
 */
const CONSIDER_BEFORE = 80;
const CONSIDER_AFTER = 24;
interface Considered {
  value: string;
  confidence: number;
  contextWords: readonly string[];
  phone: () => PhoneInfo;
}
type PhoneInfo = ReturnType<typeof phoneInfoOf>;
/**
 * One outcome and the surroundings it was worked out in: the view text [from, to) of the window, the
 * run's offset and length in it, its disguise flags, and its original text.
 */
interface ConsiderEntry {
  window: string;
  at: number;
  length: number;
  mask: number;
  original: string;
  got: Considered | null;
}
/**
 * Entries by a hash of the key's parts: a hit is checked against the text in place (`startsWith` at an
 * offset), so a repeated number costs no key string (a 150-unit key per run was half the allocation left).
 */
const consideredCache = new Map<number, ConsiderEntry[]>();
/** Off only in the test that holds the cache to the uncached path. */
let considerCacheOn = true;
/**
 * A text of few runs repeats too little to pay for hashing each run's window (a corpus of short texts
 * ran 5-8 % slower with it): the cache is used from this many digit runs in a text.
 */
const CACHE_FROM_RUNS = 24;
let cacheThisText = false;
let cacheFromRuns = CACHE_FROM_RUNS;
/** The test sets `fromRuns` to 0, so its short texts use the cache too. */
export function setConsiderCache(on: boolean, fromRuns = CACHE_FROM_RUNS): void {
  considerCacheOn = on;
  cacheFromRuns = fromRuns;
}

function hashUnits(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

/** Judges one digit run in its surroundings; `null` when it is not a phone number. */
function consider(run: DigitRun, view: MappedText, input: ScanInput): Candidate | null {
  // Too short to be judged: its own first test, before any hashing.
  if (!cacheThisText || bareDigitCount(run) < MIN_DIGITS) return considerUncached(run, view, input);
  const text = view.text;
  const original = input.original;
  const from = run.start > CONSIDER_BEFORE ? run.start - CONSIDER_BEFORE : 0;
  const to = Math.min(text.length, run.end + CONSIDER_AFTER);
  const at = run.start - from;
  const length = run.end - run.start;
  let mask = 0;
  const flags = view.flags;
  if (flags) for (let i = run.start; i < run.end && i < flags.length; i++) mask |= flags[i]!;
  // toOriginal(view, run.start, run.end), without the object.
  let os = run.start;
  let oe = run.end;
  if (view.srcStart && view.srcEnd) {
    if (run.end <= run.start) os = oe = run.start < text.length ? view.srcStart[run.start]! : view.originalLength;
    else {
      os = view.srcStart[run.start]!;
      oe = view.srcEnd[run.end - 1]!;
    }
  }
  let h = Math.imul(Math.imul(Math.imul(0x811c9dc5 ^ mask, 16777619) ^ at, 16777619) ^ length, 16777619);
  h = hashUnits(hashUnits(h, text, from, to), original, os, oe);
  let bucket = consideredCache.get(h);
  let entry: ConsiderEntry | undefined;
  if (bucket) {
    for (const e of bucket) {
      if (
        e.at === at && e.length === length && e.mask === mask && e.window.length === to - from && e.original.length === oe - os &&
        text.startsWith(e.window, from) && original.startsWith(e.original, os)
      ) {
        entry = e;
        break;
      }
    }
  } else {
    bucket = [];
    consideredCache.set(h, bucket);
  }
  if (!entry) {
    const c = considerUncached(run, view, input);
    const got = c ? { value: c.value, confidence: c.confidence, contextWords: c.contextWords ?? [], phone: c.phone! } : null;
    entry = { window: text.slice(from, to), at, length, mask, original: original.slice(os, oe), got };
    bucket.push(entry);
  }
  const got = entry.got;
  if (got === null) return null;
  return {
    type: "phone",
    view: "digits",
    start: run.start,
    end: run.end,
    value: got.value,
    confidence: got.confidence,
    recognizer: "phone.libphonenumber",
    // A copy each: findings must not share an array a caller could change.
    contextWords: got.contextWords.slice(),
    phone: got.phone,
  };
}

/** The definition `consider` caches: judges one digit run in its surroundings; `null` when it is not a phone number. */
export function considerUncached(run: DigitRun, view: MappedText, input: ScanInput): Candidate | null {
  const text = view.text;
  const bareLength = bareDigitCount(run);
  if (bareLength < MIN_DIGITS) return null;
  const before = run.start > 0 ? text.charCodeAt(run.start - 1) : -1;
  const beforeCh = text[run.start - 1] ?? "";
  const intl = run.digits.startsWith("+") || (run.digits.startsWith("00") && bareLength > 9);
  // Glued to a cue ("tel+7999…", "p:(650)…", "call033316005") the number still counts; glued to
  // anything else it is part of a word, a path, a query string, an identifier or an amount.
  const gluedCue = gluedContextWord(text, run.start);
  // Digits spelled as words or in other scripts are written that way on purpose: as good as a cue.
  let deliberateMemo: boolean | undefined;
  const deliberate = () =>
    (deliberateMemo ??= disguisesIn(view, run.start, run.end).some((d) => DELIBERATE.has(d)) || hiddenBetweenDigits(view, run, input.original));
  // Chinese and Japanese write no space: "我手机号138…", "電話番号は090…" have the cue, or "〇九〇" its
  // spelled digits, against the number, and a particle after it ("…5678です") is no code's letter.
  const cjkBefore = before >= 0x3000 && CJK_LETTER.test(beforeCh);
  const cjkGlued = cjkBefore ? cjkLabel(wordsBefore(text, run.start, 1)[0]) : undefined;
  const cjkOk = () => cjkGlued?.kind === "cue" || deliberate();
  if (!gluedCue && !(intl && /\p{L}/u.test(beforeCh)) && !(cjkBefore && cjkOk())) {
    if (/[\p{L}_/=#&?@]/u.test(beforeCh) || (beforeCh !== "" && CURRENCY_SIGNS.includes(beforeCh))) return null;
    if (beforeCh === ":" && /[\d/]/.test(text[run.start - 2] ?? "")) return null;
  }
  if (before === 45 && /\d/.test(text[run.start - 2] ?? "")) return null;
  const afterCh = text[run.end] ?? "";
  const extension = /^\s?(?:ext\.?|x)\s?\d{1,6}\b/.test(text.slice(run.end, run.end + 12));
  // "12345678px", "2024abc": a letter right after ends a code, unless it is an extension or the
  // number is written as one ("+44-7400-308864Best" lost its line break, "(650)724-9147Fax").
  if (/[\p{L}_@]/u.test(afterCh) && !extension && !(intl || run.separators.length >= 2) && !(CJK_LETTER.test(afterCh) && cjkOk())) return null;
  const lookBack = text.slice(Math.max(0, run.start - 3), run.start);
  if (CURRENCY_SIGN.test(lookBack) || /(?:r\$|us\$|usd|eur|inr)\s?$/.test(lookBack)) return null;
  const prev = wordsBefore(text, run.start, 6);
  const last2 = prev.slice(-2);
  // A previous token that mixes letters and digits means we are inside a longer code ("1z 999 aa1 01 2345…").
  const prevToken = trailingToken(text, Math.max(0, run.start - 30), run.start);
  if (!intl && /^[\p{L}\d]{1,6}$/u.test(prevToken) && /\d/.test(prevToken) && /\p{L}/u.test(prevToken)) return null;
  if (/#\s?$/.test(text.slice(Math.max(0, run.start - 2), run.start))) return null;
  const context = prev.filter((w) => STRONG_PHONE_WORDS.has(w));
  if (gluedCue) context.push(gluedCue);
  // The CJK word before, glued or spaced ("電話番号は 090…").
  const cjk = cjkBefore ? cjkGlued : cjkLabel(prev[prev.length - 1]);
  if (cjk?.kind === "cue" && context.length === 0) context.push(cjk.word);
  // A number spelled out in words is not an order number ("number ko po: sero siyam…", Tagalog "po").
  const spelled = deliberate() && spelledOut(view, run, input.original);
  // An ID label of one word or two ("Bestellnummer", "mã đơn"), or ending a CJK word ("注文番号は").
  const idLabel = last2.some((w) => ID_WORDS.has(w)) || ID_WORDS.has(last2.join(" ")) || cjk?.kind === "id";
  if (!spelled && idLabel && !last2.some((w) => STRONG_PHONE_WORDS.has(w))) return null;
  if (!extension && UNIT_WORDS.has(wordAfter(text, run.end))) return null;
  if (afterCh === "%") return null;
  // "12.500.000 ₫", "1 500 000₽": a currency sign after the number makes it an amount, as one before does.
  const raw = text.slice(run.start, run.end);
  if (PRICE_GROUPS.test(raw.trim()) && CURRENCY_AFTER.test(text.slice(run.end, run.end + 3))) return null;
  if (shapeIsNotPhone(raw, run, context.length > 0 || deliberate())) return null;
  if (notAPhone(text, run, raw, context.length > 0 || spelled)) return null;
  const judged = judge(run, raw, context.length > 0 || deliberate(), input.defaultRegion, input.regionGiven, textRegionsOf(input));
  if (!judged) return null;
  return {
    type: "phone",
    view: "digits",
    start: run.start,
    end: run.end,
    value: judged.value,
    confidence: judged.confidence,
    recognizer: "phone.libphonenumber",
    contextWords: context,
    phone: phoneInfoLater(judged.p),
  };
}

/** Card numbers, SSNs, ISBNs, IPs and versions are not split further: no part of them is a phone. */
function isHardNegative(raw: string, run: DigitRun): boolean {
  const bare = run.digits.replace("+", "");
  return isCardNumber(bare) || SSN.test(raw.trim()) || IP_OR_VERSION.test(raw.trim()) || (bare.length === 13 && ISBN13.test(bare));
}

const MAX_SPLIT_GROUPS = 10;

/**
 * A run that is not a phone number as a whole may hold one after a date, a price or an IP, or
 * before a trailing count ("05/30/2026 202 555 0187", "79991234567 123456"): the parts between
 * white-space separators are tried, longest first. Bounded by MAX_SPLIT_GROUPS, so still linear.
 */
function splitCandidates(run: DigitRun, view: MappedText, input: ScanInput): Candidate | null {
  // Every part holds fewer digits than the run, and `consider` wants MIN_DIGITS: a shorter run has no part to try.
  if (run.groups.length < 2 || run.groups.length > MAX_SPLIT_GROUPS || bareDigitCount(run) < MIN_DIGITS) return null;
  const text = view.text;
  const raw = text.slice(run.start, run.end);
  if (isHardNegative(raw, run)) return null;
  // Offsets (within the run) where a white-space separator ends / starts.
  const cuts: Array<{ sepStart: number; sepEnd: number }> = [];
  for (const m of raw.matchAll(/[^\d(+]*\s[^\d(+]*/g)) {
    if (m.index === 0) continue;
    cuts.push({ sepStart: m.index, sepEnd: m.index + m[0].length });
  }
  for (const cut of cuts) {
    for (const sub of findDigitRuns(text.slice(run.start + cut.sepEnd, run.end))) {
      const shifted = { ...sub, start: sub.start + run.start + cut.sepEnd, end: sub.end + run.start + cut.sepEnd };
      const c = consider(shifted, view, input);
      if (c) return c;
    }
  }
  for (const cut of [...cuts].reverse()) {
    for (const sub of findDigitRuns(text.slice(run.start, run.start + cut.sepStart))) {
      const shifted = { ...sub, start: sub.start + run.start, end: sub.end + run.start };
      const c = consider(shifted, view, input);
      if (c) return c;
    }
  }
  return null;
}

function recognize(input: ScanInput): Candidate[] {
  // Most texts parsed nothing: clearing an empty Map still allocates a new table.
  if (parseCache.size > 0) parseCache.clear();
  if (readingCache.size > 0) readingCache.clear();
  if (consideredCache.size > 0) consideredCache.clear();
  clearAnswers();
  const view = input.digits();
  if (!/\d{3}|\d[\s.\-/()]\d/.test(view.text)) return [];
  const out: Candidate[] = [];
  const runs = findDigitRuns(view.text);
  cacheThisText = considerCacheOn && runs.length >= cacheFromRuns;
  for (const run of runs) {
    const c = consider(run, view, input) ?? splitCandidates(run, view, input);
    if (c) out.push(c);
  }
  addPieces(view.text, runs, input, out);
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** A run read from pieces, backwards or shifted: cued and grouped on purpose. (Top-level: addPieces runs on every text.) */
function judgePiece(text: string, run: DigitRun, input: ScanInput): Candidate | null {
  const judged = judge(run, text.slice(run.start, run.end), true, input.defaultRegion, input.regionGiven, textRegionsOf(input), true);
  if (!judged) return null;
  return {
    type: "phone", view: "digits", start: run.start, end: run.end, value: judged.value, confidence: judged.confidence, recognizer: "phone.libphonenumber", contextWords: [],
    phone: phoneInfoLater(judged.p),
  };
}

/**
 * Numbers given in pieces joined by words, or backwards with a cue that says so (pieces.ts): written
 * that way on purpose, so judged as cued. A reversed or shifted reading ("add one to each digit")
 * replaces what the run read as written.
 */
function addPieces(text: string, runs: readonly DigitRun[], input: ScanInput, out: Candidate[]): void {
  for (const run of piecesJoinedByWords(text, runs)) {
    if (out.some((c) => overlaps(c, run))) continue;
    const c = judgePiece(text, run, input);
    if (c) out.push(c);
  }
  for (const run of [...reversedRuns(text, runs), ...shiftedRuns(text, runs)]) {
    const c = judgePiece(text, run, input);
    if (!c) continue;
    for (let i = out.length - 1; i >= 0; i--) if (overlaps(out[i]!, c)) out.splice(i, 1);
    out.push(c);
  }
}

/**
 * Number words long enough to be a cue ("five", "cinco", "zero"): a phone number written out in
 * words has no digit for the prefilter to see. Connectors ("and", "y") start nothing on their own.
 */
const SPELLED_NUMBER_WORDS: readonly string[] = [...NUMBER_WORDS]
  .filter(([word, info]) => info.kind !== "connector" && word.length > 2)
  .map(([word]) => word);

export const phoneRecognizer: Recognizer = {
  id: "phone",
  types: ["phone"],
  // Every candidate is a digit run of the digits view: a digit, or a number word it was spelled from.
  pretest: /[0-9]/,
  cueWords: SPELLED_NUMBER_WORDS,
  scores: SCORE,
  find: recognize,
};
