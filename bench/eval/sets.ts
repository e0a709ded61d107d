/**
 * Every evaluation set: how its ground truth is read, which region is used, and which rows it
 * reports. See bench/README.md for the rationale of each choice.
 */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { codePointToUtf16, exists, listDir, loadCraigslist, loadPresidioSynth, loadSmsCollection, parseCsv, readJsonl, readText } from "../lib/data.js";
import { type Cat, type Det, DETECTORS } from "../lib/detectors.js";
import { fillRow, loadEmscad } from "../lib/emscad.js";
import { judgeHit } from "../lib/genuine.js";
import { judge, pct, ratio, scorerRows, targetText, type Row, type SetResult, type Target } from "./report.js";
import { Scorer, snippet, type Case, type DetName, type GoldSpan } from "./score.js";

export interface Ctx {
  dir: string;
  show: number;
}

export interface EvalSet {
  name: string;
  title: string;
  /** Data paths (relative to the data dir) that must exist. */
  needs: string[];
  run(ctx: Ctx): SetResult;
}

const MIN98: Target = { kind: "min", value: 0.98 };
const MIN95: Target = { kind: "min", value: 0.95 };
const MAX03: Target = { kind: "max", value: 0.003 };

const detectorsFor = () => DETECTORS;

function spanSet(name: string, cases: Iterable<Case>, ctx: Ctx, opt: Omit<Parameters<typeof scorerRows>[2], "show">, notes: string[] = []): SetResult {
  const scorer = new Scorer(detectorsFor());
  for (const c of cases) scorer.add(c);
  const res = scorerRows(name, scorer, { ...opt, show: ctx.show });
  res.notes.push(...notes);
  return res;
}

// ------------------------------------------------------------------------------- 1. job ads

function runEmscad(ctx: Ctx): SetResult {
  const set = "emscad";
  const rows = loadEmscad(ctx.dir);
  const scorer = new Scorer(detectorsFor());
  const glued: Record<DetName, { n: number; hit: number }> = { contactguard: { n: 0, hit: 0 }, baseline: { n: 0, hit: 0 } };
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

  // Recall: tokens put back, once with plain values and once with disguised emails/phones.
  for (const mode of ["plain", "disguised"] as const) {
    for (const row of rows) {
      if (mode === "disguised" && !row.spans.some((s) => s.type !== "URL")) continue;
      for (const f of fillRow(row, mode)) {
        const spans: GoldSpan[] = [];
        f.inserted.forEach((ins) => {
          if (mode === "disguised" && ins.cat === "url") return; // URLs are scored once, in the plain pass
          const kind = ins.kind.split(":")[1] ?? "";
          const sub = ins.cat === "url" || kind === "plain" ? "" : `/${kind}`;
          spans.push({ cat: ins.cat, start: ins.start, end: ins.end, tag: `${ins.form}${sub}` });
        });
        if (spans.length === 0) continue;
        const found = scorer.add({ id: `${f.rowKey}:${f.field}:${mode}`, text: f.text, region: f.region, spans, fpCats: [] });
        // Values glued to the next word by the source's lost line breaks ("…@acme.comApply now").
        f.inserted.forEach((ins, i) => {
          if (!f.gluedAfter[i] || ins.cat === "url" || mode !== "plain") return;
          for (const d of detectorsFor()) {
            glued[d.name].n++;
            if (found[d.name].some((x) => x.cat === ins.cat && overlaps(x, ins))) glued[d.name].hit++;
          }
        });
      }
    }
  }
  const res = scorerRows(set, scorer, {
    show: ctx.show,
    subRows: true,
    target: (cat, group) => ((cat === "phone" || cat === "email") && group === "plain" ? MIN98 : undefined),
  });
  res.rows.push({
    set,
    metric: "phone+email recall, value glued to next word (plain)",
    cg: pct(glued.contactguard.hit, glued.contactguard.n),
    bl: pct(glued.baseline.hit, glued.baseline.n),
    target: "",
    pass: "",
    data: glued,
  });

  // Precision: tokens removed; every phone/email hit is a false positive or contact the anonymisation missed.
  const fp = new Scorer(detectorsFor());
  const adsWithHit: Record<DetName, { any: Set<string>; fp: Set<string> }> = {
    contactguard: { any: new Set(), fp: new Set() },
    baseline: { any: new Set(), fp: new Set() },
  };
  const hitLines: Record<DetName, string[]> = { contactguard: [], baseline: [] };
  for (const row of rows) {
    for (const f of fillRow(row, "masked")) {
      const found = fp.add({ id: `${f.rowKey}:${f.field}`, text: f.text, region: f.region, spans: [], fpCats: ["phone", "email"], fpGroup: "masked" });
      for (const d of detectorsFor()) {
        for (const x of found[d.name]) {
          if (x.cat !== "phone" && x.cat !== "email") continue;
          const v = judgeHit(f.text, x.cat, x.start, x.end, f.region);
          adsWithHit[d.name].any.add(row.key);
          if (!v.genuine) adsWithHit[d.name].fp.add(row.key);
          hitLines[d.name].push(`${v.genuine ? "REAL?" : "FP   "} ${x.cat} [${v.reason}] ${f.rowKey}:${f.field}: ${snippet(f.text, x.start, x.end, 50)}`);
        }
      }
    }
  }
  const nAds = rows.length;
  for (const [label, key] of [["job ads with any phone/email hit (tokens masked)", "any"], ["  ↳ of which false positive (same rule as craigslist)", "fp"]] as const) {
    res.rows.push({
      set,
      metric: label,
      cg: pct(adsWithHit.contactguard[key].size, nAds),
      bl: pct(adsWithHit.baseline[key].size, nAds),
      target: "",
      pass: "",
      data: { contactguard: adsWithHit.contactguard[key].size, baseline: adsWithHit.baseline[key].size, ads: nAds },
    });
  }
  const fpRes = scorerRows(set, fp, { show: 0 });
  res.rows.push(...fpRes.rows);
  res.notes.push(
    `emscad: ${rows.length} ads; each token put back twice (plain pass and disguised pass, seeded PRNG). Region per ad = its location country.`,
  );
  res.notes.push(`emscad masked-text hits (ContactGuard, first 8; the anonymisation was incomplete, so some are real):`);
  res.notes.push(...hitLines.contactguard.slice(0, 8).map((l) => `    ${l}`));
  if (hitLines.baseline.length > 0) {
    res.notes.push(`emscad masked-text hits (baseline, first 5):`);
    res.notes.push(...hitLines.baseline.slice(0, 5).map((l) => `    ${l}`));
  }
  if (ctx.show > 0) {
    const lines = hitLines.contactguard;
    res.debug.push(`  [${set}] ContactGuard phone/email hits on masked ads (${Math.min(ctx.show * 3, lines.length)} of ${lines.length}):`, ...lines.slice(0, ctx.show * 3).map((l) => `    ${l}`));
  }
  res.json = { recall: scorer.toJSON(), glued, masked: { ...fp.toJSON(), adsWithHit: Object.fromEntries(Object.entries(adsWithHit).map(([k, v]) => [k, { any: v.any.size, fp: v.fp.size }])), hits: { contactguard: hitLines.contactguard.length, baseline: hitLines.baseline.length } } };
  return res;
}

// ------------------------------------------------------------------------------- 2. obfuscated sets

const digitsOnly = (s: string) => s.replace(/\D/g, "");
function normPhone(v: string): string {
  const d = digitsOnly(v);
  return d.length === 11 && d.startsWith("1") ? d.slice(1) : d;
}
const normEmail = (v: string) => v.trim().toLowerCase().replace(/^mailto:/, "");

function runSpamlord(ctx: Ctx): SetResult {
  const set = "spamlord";
  const gold = new Map<string, Array<{ cat: "email" | "phone"; value: string }>>();
  for (const line of readText(ctx.dir, "spamlord-obfuscated", "devGOLD.tsv").split("\n")) {
    const [page, t, value] = line.split("\t");
    if (!page || !t || !value) continue;
    const list = gold.get(page) ?? [];
    list.push({ cat: t.trim() === "e" ? "email" : "phone", value: t.trim() === "e" ? normEmail(value) : normPhone(value) });
    gold.set(page, list);
  }
  const pages = listDir(ctx.dir, "spamlord-obfuscated", "dev").filter((f) => f.endsWith(".txt"));
  type Cell = { n: number; hit: number };
  const recall: Record<string, Record<DetName, Cell>> = {};
  const extra: Record<DetName, Record<"phone" | "email", number>> = { contactguard: { phone: 0, email: 0 }, baseline: { phone: 0, email: 0 } };
  const misses: string[] = [];
  const extras: string[] = [];
  let negPages = 0;
  const negHits: Record<DetName, number> = { contactguard: 0, baseline: 0 };
  for (const file of pages) {
    const page = file.replace(/\.txt$/, "");
    const text = readText(ctx.dir, "spamlord-obfuscated", "dev", file);
    const want = gold.get(page) ?? [];
    if (want.length === 0) negPages++;
    const lower = text.toLowerCase();
    for (const d of detectorsFor()) {
      const found = d.run(text, "US").filter((x) => x.cat === "phone" || x.cat === "email");
      const values = new Map<string, Det>();
      for (const x of found) values.set(`${x.cat}:${x.cat === "phone" ? normPhone(x.value) : normEmail(x.value)}`, x);
      if (want.length === 0) negHits[d.name] += values.size;
      for (const g of want) {
        // "plain" when the gold value is written out as is; otherwise it is obfuscated in the page.
        const plain =
          g.cat === "email"
            ? lower.includes(g.value)
            : new RegExp(`\\(?${g.value.slice(0, 3)}\\)?[\\s.-]{0,3}${g.value.slice(3, 6)}[\\s.-]{0,3}${g.value.slice(6)}(?!\\d)`).test(text);
        const key = `${g.cat}|${plain ? "plain" : "obfuscated"}`;
        recall[key] ??= { contactguard: { n: 0, hit: 0 }, baseline: { n: 0, hit: 0 } };
        recall[key][d.name].n++;
        if (values.has(`${g.cat}:${g.value}`)) recall[key][d.name].hit++;
        else if (d.name === "contactguard") misses.push(`    - ${page}: ${g.cat} ${g.value} (${plain ? "plain" : "obfuscated"})${obfuscationHint(text, g)}`);
      }
      const goldKeys = new Set(want.map((g) => `${g.cat}:${g.value}`));
      for (const [k, x] of values) {
        if (goldKeys.has(k)) continue;
        extra[d.name][x.cat as "phone" | "email"]++;
        if (d.name === "contactguard") extras.push(`    - ${page}: ${x.kind} ${x.value} ← ${snippet(text, x.start, x.end, 40)}`);
      }
    }
  }
  const rows: Row[] = [];
  const total: Record<DetName, Cell> = { contactguard: { n: 0, hit: 0 }, baseline: { n: 0, hit: 0 } };
  for (const cat of ["phone", "email"] as const) {
    const both: Record<DetName, Cell> = { contactguard: { n: 0, hit: 0 }, baseline: { n: 0, hit: 0 } };
    for (const group of ["plain", "obfuscated"]) {
      const c = recall[`${cat}|${group}`];
      if (!c) continue;
      for (const n of ["contactguard", "baseline"] as const) {
        both[n].n += c[n].n;
        both[n].hit += c[n].hit;
        total[n].n += c[n].n;
        total[n].hit += c[n].hit;
      }
    }
    rows.push({ set, metric: `${cat} value recall (all gold)`, cg: pct(both.contactguard.hit, both.contactguard.n), bl: pct(both.baseline.hit, both.baseline.n), target: targetText(MIN95), pass: judge(ratio(both.contactguard.hit, both.contactguard.n), MIN95), data: both });
    for (const group of ["plain", "obfuscated"]) {
      const c = recall[`${cat}|${group}`];
      if (c) rows.push({ set, metric: `  ↳ ${group}`, cg: pct(c.contactguard.hit, c.contactguard.n), bl: pct(c.baseline.hit, c.baseline.n), target: "", pass: "", data: c });
    }
  }
  for (const cat of ["phone", "email"] as const) {
    rows.push({ set, metric: `${cat} values found but not in gold (info)`, cg: String(extra.contactguard[cat]), bl: String(extra.baseline[cat]), target: "", pass: "" });
  }
  rows.push({ set, metric: `phone/email values on the ${negPages} pages without gold`, cg: String(negHits.contactguard), bl: String(negHits.baseline), target: "", pass: "" });
  const debug: string[] = [];
  if (ctx.show > 0) {
    debug.push(`  [${set}] MISSED by ContactGuard (${Math.min(ctx.show * 3, misses.length)} of ${misses.length}):`, ...misses.slice(0, ctx.show * 3));
    debug.push(`  [${set}] Found by ContactGuard, not in gold (${Math.min(ctx.show, extras.length)} of ${extras.length}):`, ...extras.slice(0, ctx.show));
  }
  return { rows, debug, notes: [`spamlord: ${pages.length} pages, raw HTML, region US; found values are normalised (phone: 10 digits, email: lower case) and compared with devGOLD.`], json: { recall, extra, negPages, negHits, missed: misses.length } };
}

/** Where a missed gold value sits in the page (first occurrence of its local part / last 4 digits). */
function obfuscationHint(text: string, g: { cat: "email" | "phone"; value: string }): string {
  const needle = g.cat === "email" ? g.value.split("@")[0]! : g.value.slice(-4);
  const lower = text.toLowerCase();
  let i = lower.indexOf(needle.toLowerCase());
  // Prefer an occurrence that is not inside a URL path or file name.
  for (let from = i; from >= 0; from = lower.indexOf(needle.toLowerCase(), from + 1)) {
    const around = lower.slice(Math.max(0, from - 12), from + needle.length + 12);
    if (/ at |\(at\)|\[at\]|&#|@|dot|\d{3}/.test(around)) {
      i = from;
      break;
    }
  }
  return i < 0 ? " — not literally in page" : ` — ${snippet(text, i, i + needle.length, 45)}`;
}

function runStt(ctx: Ctx): SetResult {
  const cases: Case[] = [];
  for (const split of ["train", "dev", "test", "stress"]) {
    if (!exists(ctx.dir, "stt-pii-spoken", `${split}.jsonl`)) continue;
    for (const r of readJsonl<{ id: string; text: string; entities: Array<{ start: number; end: number; label: string }> }>(ctx.dir, "stt-pii-spoken", `${split}.jsonl`)) {
      const toU = codePointToUtf16(r.text);
      const spans: GoldSpan[] = [];
      for (const e of r.entities) {
        const start = toU(e.start);
        const end = toU(e.end);
        const s = r.text.slice(start, end);
        if (e.label === "PHONE") spans.push({ cat: "phone", start, end, tag: /[a-z]/i.test(s) ? (/\d/.test(s) ? "spoken/mixed" : "spoken/words") : "spoken/digits" });
        if (e.label === "EMAIL") spans.push({ cat: "email", start, end, tag: s.includes("@") ? "spoken/symbol_@" : "spoken/at_dot_words" });
      }
      const hasNonContact = r.entities.some((e) => e.label === "CREDIT_CARD" || e.label === "DATE");
      cases.push({ id: `${split}:${r.id}`, text: r.text, region: "IN", spans, fpCats: ["phone", "email"], fpGroup: hasNonContact ? "utterances with card/date" : "other utterances" });
    }
  }
  return spanSet("stt-pii-spoken", cases, ctx, { subRows: true, target: (cat) => (cat === "phone" || cat === "email" ? MIN95 : undefined) }, [
    "stt-pii-spoken: train+dev+test+stress, region IN; CREDIT_CARD/DATE/PERSON spans are negatives.",
  ]);
}

function runTextfilters(ctx: Ctx): SetResult {
  const cases: Case[] = [];
  for (const r of readJsonl<{ filter: string; text: string; contains_contact: boolean; masked_spans_utf16: Array<[number, number]> | null; line: number; source_file: string }>(
    ctx.dir,
    "textfilters-cases",
    "textfilters_email_phone_cases.jsonl",
  )) {
    const cat: Cat = r.filter === "email" ? "email" : "phone";
    const spans: GoldSpan[] = [];
    const present = [];
    if (r.contains_contact) {
      if (r.masked_spans_utf16 && r.masked_spans_utf16.length > 0) {
        for (const [start, end] of r.masked_spans_utf16) {
          const s = r.text.slice(start, end);
          const plain = cat === "email" ? /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(s) : /^[+\d\s().-]+$/.test(s);
          // textfilters masks any long digit run; only digit runs that are a valid number somewhere are phones.
          const tag = cat === "phone" && !isValidSomewhere(s) ? "digit run, not a valid number (info)" : plain ? "plain" : "disguised";
          spans.push({ cat, start, end, tag });
        }
      } else present.push({ cat, tag: "no span given" });
    }
    cases.push({
      id: `${r.source_file.split("/").pop()}:${r.line}`,
      text: r.text,
      region: "RU",
      spans,
      present,
      fpCats: [cat],
      fpGroup: r.contains_contact ? "positive cases" : "hard negatives",
    });
  }
  return spanSet("textfilters", cases, ctx, { subRows: false, target: (_cat, group) => (group.startsWith("digit run") ? undefined : MIN95) }, [
    "textfilters: region RU (the filter's cases are mostly Russian numbers); each case is labelled for its own filter type only. " +
      "Masked phone spans that are not a valid number in RU/US or with a leading + (e.g. '7999 123 456', JSON timestamps) are reported apart, without target.",
  ]);
}

/** True when the string (NFKC, invisibles removed) is a valid phone number read as RU, US, or international. */
function isValidSomewhere(raw: string): boolean {
  const s = raw.normalize("NFKC").replace(/[\u200b-\u200f\u2060\ufeff\u0300-\u036f]/g, "");
  const digits = s.replace(/\D/g, "");
  const tries: Array<[string, CountryCode | undefined]> = [[s, "RU"], [s, "US"], [`+${digits}`, undefined]];
  return tries.some(([t, r]) => {
    try {
      return parsePhoneNumberFromString(t, r)?.isValid() ?? false;
    } catch {
      return false;
    }
  });
}

// ------------------------------------------------------------------------------- 3. peer suites

function runLibphonenumberMatcher(ctx: Ctx): SetResult {
  const cases: Case[] = [];
  let i = 0;
  for (const r of readJsonl<{
    kind: string;
    text: string;
    region: string | null;
    leniency?: string;
    category?: string;
    expect_match: boolean;
    expected_span: [number, number] | null;
    source_line: number;
  }>(ctx.dir, "libphonenumber-matcher-cases", "phone_number_matcher_cases.jsonl")) {
    i++;
    const region = r.region ?? "ZZ";
    let tag: string | null = null;
    let negGroup = "positive cases";
    if (r.kind === "find_in_context") tag = r.leniency === "POSSIBLE" ? "in context" : "in context (valid-only contexts)";
    else if (r.kind === "leniency_case") {
      if (r.category === "IMPOSSIBLE_CASES") negGroup = "IMPOSSIBLE cases";
      else if (r.category === "POSSIBLE_ONLY_CASES") tag = "possible-only (info)";
      else tag = `leniency ${r.category?.replace(/_CASES$/, "").toLowerCase()}`;
    } else if (r.kind === "surrounding_chars") {
      if (r.expect_match) tag = "surrounding chars";
      else negGroup = "surrounding chars (letters/money/%)";
    }
    const spans: GoldSpan[] = [];
    if (tag && r.expected_span) {
      const toU = codePointToUtf16(r.text);
      spans.push({ cat: "phone", start: toU(r.expected_span[0]), end: toU(r.expected_span[1]), tag });
    }
    // Some find-in-context templates hold a second number ("Call %s or +1800-123-4567!") that the test does not label.
    const second = r.text.indexOf("+1800-123-4567");
    const ignore = second >= 0 ? [{ start: second, end: second + 14 }] : [];
    cases.push({ id: `L${r.source_line}#${i}[${region}]`, text: r.text, region, spans, ignore, fpCats: tag === "possible-only (info)" ? [] : ["phone"], fpGroup: negGroup });
  }
  return spanSet("libphonenumber-matcher", cases, ctx, { subRows: false }, [
    "libphonenumber-matcher: region = the case's region (ZZ = none). Validity in these cases follows libphonenumber's TEST metadata, so some expectations differ from real numbering plans.",
  ]);
}

function runLibphonenumberJs(ctx: Ctx): SetResult {
  const cases: Case[] = [];
  for (const r of readJsonl<{ text: string; options: unknown[]; expected_spans: Array<{ start: number; end: number }>; line: number; source_file: string }>(
    ctx.dir,
    "libphonenumber-js-find-cases",
    "libphonenumber_js_find_cases.jsonl",
  )) {
    const opt = (r.options.find((o) => typeof o === "object" && o !== null) ?? {}) as { defaultCountry?: string };
    const region = typeof r.options[0] === "string" ? (r.options[0] as string) : (opt.defaultCountry ?? "ZZ");
    const toU = codePointToUtf16(r.text);
    cases.push({
      id: `${r.source_file.split("/").pop()}:${r.line}`,
      text: r.text,
      region,
      spans: r.expected_spans.map((s) => ({ cat: "phone" as const, start: toU(s.start), end: toU(s.end), tag: "expected" })),
      fpCats: ["phone"],
      fpGroup: r.expected_spans.length > 0 ? "positive cases" : "no-match cases",
    });
  }
  return spanSet("libphonenumber-js-find", cases, ctx, {}, ["libphonenumber-js-find: region = the case's defaultCountry (ZZ = none)."]);
}

function runLinkifyIt(ctx: Ctx): SetResult {
  const cases: Case[] = [];
  const lines = readText(ctx.dir, "linkify-it-fixtures", "links.txt").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^%.*/, "");
    const next = (lines[i + 1] ?? "").replace(/^%.*/, "");
    if (!line.trim()) continue;
    let right = line;
    if (next.trim()) {
      right = next;
      i++;
    }
    const isEmail = right.includes("@") && !/^[a-z][a-z0-9+.-]*:\/\//i.test(right) && !right.startsWith("//");
    const cat: Cat = isEmail ? "email" : "url";
    let at = line.indexOf(right);
    let len = right.length;
    if (at < 0) at = line.toLowerCase().indexOf(right.toLowerCase());
    if (at < 0 && /^mailto:/i.test(right)) {
      at = line.toLowerCase().indexOf(right.slice(7).toLowerCase());
      len = right.length - 7;
    }
    const c: Case = { id: `links.txt:${i + 1}`, text: line, region: "US", spans: [], fpCats: [], fpGroup: "links.txt" };
    if (at >= 0) c.spans.push({ cat, start: at, end: at + len, tag: "links.txt" });
    else c.present = [{ cat, tag: "links.txt" }];
    cases.push(c);
  }
  readText(ctx.dir, "linkify-it-fixtures", "not_links.txt")
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.replace(/^%.*/, "").replace(/\s+%.*$/, "");
      if (!line.trim()) return;
      cases.push({ id: `not_links.txt:${i + 1}`, text: line, region: "US", spans: [], fpCats: ["url", "email"], fpGroup: "not_links.txt" });
    });
  return spanSet("linkify-it-fixtures", cases, ctx, {}, ["linkify-it-fixtures: linkify-it IS the baseline here (its own fixtures), so the baseline column is expected to be ~100%."]);
}

function runLinkifyjs(ctx: Ctx): SetResult {
  const cases: Case[] = readJsonl<{ text: string; link_spans: Array<{ type: string; start: number; end: number }> }>(ctx.dir, "linkifyjs-parser-cases", "linkifyjs_parser_cases.jsonl").map((r, i) => {
    const toU = codePointToUtf16(r.text);
    return {
      id: `case${i + 1}`,
      text: r.text,
      region: "US",
      spans: r.link_spans.map((s) => ({ cat: (s.type === "Email" ? "email" : "url") as Cat, start: toU(s.start), end: toU(s.end), tag: s.type.toLowerCase() })),
      fpCats: ["url", "email"],
      fpGroup: r.link_spans.length > 0 ? "texts with links" : "texts without links",
    };
  });
  return spanSet("linkifyjs-parser", cases, ctx, {});
}

function runPresidioRecognizer(ctx: Ctx): SetResult {
  const byText = new Map<string, { entity: string; text: string; spans: Array<[number, number]> }>();
  for (const r of readJsonl<{ entity: string; text: string; expected_spans: Array<[number, number]> }>(ctx.dir, "presidio-recognizer-cases", "presidio_recognizer_cases.jsonl")) {
    const key = `${r.entity}\u0000${r.text}`;
    const cur = byText.get(key) ?? { entity: r.entity, text: r.text, spans: [] };
    for (const s of r.expected_spans) if (!cur.spans.some((x) => x[0] === s[0] && x[1] === s[1])) cur.spans.push(s); // union over leniencies
    byText.set(key, cur);
  }
  const catOf: Record<string, Cat | undefined> = { EMAIL_ADDRESS: "email", PHONE_NUMBER: "phone", URL: "url" };
  const cases: Case[] = [];
  let i = 0;
  for (const r of byText.values()) {
    const cat = catOf[r.entity];
    const toU = codePointToUtf16(r.text);
    cases.push({
      id: `${r.entity}#${++i}`,
      text: r.text,
      region: "US",
      spans: cat ? r.spans.map(([s, e]) => ({ cat, start: toU(s), end: toU(e), tag: "expected" })) : [],
      fpCats: cat ? ["phone", "email", "url"] : ["phone", "email"],
      fpGroup: cat ? `${r.entity} cases` : "IP_ADDRESS cases",
    });
  }
  return spanSet("presidio-recognizer", cases, ctx, {}, ["presidio-recognizer: same text with several leniencies → union of expected spans; IP cases are negatives for phone/email."]);
}

function runPresidioSynth(ctx: Ctx): SetResult {
  const catOf: Record<string, Cat | undefined> = { EMAIL_ADDRESS: "email", PHONE_NUMBER: "phone", DOMAIN_NAME: "url", STREET_ADDRESS: "address", ADDRESS: "address" };
  const cases: Case[] = loadPresidioSynth(ctx.dir).map((r, i) => ({
    id: `${r.file}#${i}`,
    text: r.text,
    region: "US",
    spans: r.spans.flatMap((s) => {
      const cat = catOf[s.type];
      return cat ? [{ cat, start: s.start, end: s.end, tag: "synthetic" }] : [];
    }),
    fpCats: ["phone", "email", "url", "address"],
    fpGroup: r.spans.some((s) => ["CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS", "DATE_TIME", "US_DRIVER_LICENSE"].includes(s.type)) ? "texts with card/SSN/IBAN/IP/date" : "other texts",
  }));
  return spanSet("presidio-research-synth", cases, ctx, {}, ["presidio-research-synth: Faker text, region US (many Faker phone numbers are not valid anywhere); informational."]);
}

function runScrubadub(ctx: Ctx): SetResult {
  const catOf: Record<string, Cat | undefined> = { EMAIL: "email", URL: "url", SKYPE: "messenger", TWITTER: "social", PHONE: "phone" };
  const cases: Case[] = [];
  readJsonl<{ text: string; test: string; spans: Array<{ type: string; start: number; end: number }> | null }>(ctx.dir, "scrubadub-cases", "scrubadub_before_after_cases.jsonl").forEach((r, i) => {
    if (!r.spans) return; // not labelled with spans
    const toU = codePointToUtf16(r.text);
    cases.push({
      id: `${r.test}#${i + 1}`,
      text: r.text,
      region: "US",
      spans: r.spans.flatMap((s) => {
        const cat = catOf[s.type];
        return cat ? [{ cat, start: toU(s.start), end: toU(s.end), tag: s.type.toLowerCase() }] : [];
      }),
      fpCats: ["phone", "email", "url", "messenger", "social"],
      fpGroup: r.spans.some((s) => catOf[s.type]) ? "contact cases" : "non-contact PII cases",
    });
  });
  return spanSet("scrubadub", cases, ctx, {}, ["scrubadub: SKYPE→messenger, TWITTER→social (either category accepted); cards/SSN/NINO/DOB texts are phone negatives."]);
}

function runRedactPii(ctx: Ctx): SetResult {
  const catOf: Record<string, Cat | undefined> = { PHONE_NUMBER: "phone", EMAIL_ADDRESS: "email", URL: "url", STREET_ADDRESS: "address" };
  const cases: Case[] = readJsonl<{ text: string; line: number; spans_sync: Array<{ type: string; start: number; end: number }> | null }>(ctx.dir, "redact-pii-cases", "redact_pii_cases.jsonl").map((r, i) => {
    const toU = codePointToUtf16(r.text);
    const spans = (r.spans_sync ?? []).flatMap((s) => {
      const cat = catOf[s.type];
      return cat ? [{ cat, start: toU(s.start), end: toU(s.end), tag: s.type.toLowerCase() }] : [];
    });
    return {
      id: `L${r.line}#${i + 1}`,
      text: r.text,
      region: "US",
      spans,
      fpCats: ["phone", "email", "url"],
      fpGroup: spans.length > 0 ? "contact cases" : "non-contact cases (names, cards, SSN, IP…)",
    };
  });
  return spanSet("redact-pii", cases, ctx, {}, ["redact-pii: spans come from the peer's redacted output and are sometimes truncated; overlap is what counts."]);
}

function runOpenredaction(ctx: Ctx): SetResult {
  // Contact-relevant openredaction types → our categories (POLICY C4 messengers, C5 social / other sites with messaging).
  const mapType: Record<string, Cat> = {
    TELEGRAM_USER_ID: "messenger",
    DISCORD_USER_ID: "messenger",
    TWITTER_USER_ID: "social",
    TIKTOK_USERNAME: "social",
    LINKEDIN_PROFILE: "social",
    REDDIT_USERNAME: "social",
    FACEBOOK_ID: "social",
    STEAM_ID64: "social",
    BATTLETAG: "social",
    XBOX_GAMERTAG: "social",
    PSN_ID: "social",
    EMAIL: "email",
  };
  const cases: Case[] = readJsonl<{ text: string; line: number; expected_type_present: Record<string, boolean> }>(ctx.dir, "openredaction-cases", "openredaction_detect_cases.jsonl").map((r, i) => {
    const present: Array<{ cat: Cat; tag: string }> = [];
    let peerNegative = false;
    for (const [type, yes] of Object.entries(r.expected_type_present)) {
      const cat = mapType[type];
      if (!cat) continue;
      if (yes) present.push({ cat, tag: type.toLowerCase() });
      else peerNegative = true;
    }
    // The peer's counts depend on its configuration; emails and the one phone are labelled from the text itself.
    if (/[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(r.text) && !present.some((p) => p.cat === "email")) present.push({ cat: "email", tag: "email" });
    if (/\bcall \+?\d{7,}/i.test(r.text)) present.push({ cat: "phone", tag: "phone" });
    const hasContactLabel = present.length > 0;
    return {
      id: `L${r.line}#${i + 1}`,
      text: r.text,
      region: "US",
      spans: [],
      present,
      fpCats: ["phone", "email", "url", "messenger", "social"],
      fpGroup: hasContactLabel ? "contact cases" : peerNegative ? "peer says not a handle (debatable)" : "non-contact IDs",
    };
  });
  return spanSet("openredaction", cases, ctx, { recallName: "message recall" }, [
    "openredaction: message level (no spans). Gaming/social IDs map to social (C5), Telegram/Discord to messenger (C4); 'peer says not a handle' rows are the peer's format rules, not ground truth.",
  ]);
}

function runAddresses(ctx: Ctx): SetResult {
  const carriers = [
    (a: string) => `Please send the signed documents to ${a} before Friday.`,
    (a: string) => `My office is at ${a}, come by anytime.`,
    (a: string) => `Ship it to ${a}`,
    (a: string) => `${a}`,
    (a: string) => `Pickup only: ${a}. Cash please.`,
  ];
  const cases: Case[] = [];
  let i = 0;
  const add = (addr: string, region: string, source: string) => {
    const wrap = carriers[i % carriers.length]!;
    const text = wrap(addr);
    const start = text.indexOf(addr);
    cases.push({ id: `${source}#${++i}`, text, region, spans: [{ cat: "address", start, end: start + addr.length, tag: source }], fpCats: ["phone", "email"], fpGroup: "addresses" });
  };
  for (const f of ["test_labeled.jsonl", "us50_messiest_manual_label.jsonl"]) {
    if (!exists(ctx.dir, "usaddress", f)) continue;
    for (const r of readJsonl<{ text: string }>(ctx.dir, "usaddress", f)) add(r.text, "US", `usaddress/${f.replace(/\.jsonl$/, "")}`);
  }
  if (exists(ctx.dir, "libpostal-parser-cases", "libpostal_parser_cases.jsonl")) {
    for (const r of readJsonl<{ text: string; test: string }>(ctx.dir, "libpostal-parser-cases", "libpostal_parser_cases.jsonl")) {
      const cc = /^test_([a-z]{2})_/.exec(r.test)?.[1]?.toUpperCase() ?? "US";
      add(r.text, cc, "libpostal");
    }
  }
  return spanSet("addresses", cases, ctx, {}, ["addresses: usaddress test + messiest sets and libpostal cases in carrier sentences (informational; C3)."]);
}

// ------------------------------------------------------------------------------- 4. clean real text

function cleanTextSet(set: string, texts: Array<{ id: string; text: string }>, region: string, ctx: Ctx, note: string): SetResult {
  type Tally = { any: number; fp: number; real: number; findings: number; lines: string[] };
  const tally: Record<DetName, Tally> = {
    contactguard: { any: 0, fp: 0, real: 0, findings: 0, lines: [] },
    baseline: { any: 0, fp: 0, real: 0, findings: 0, lines: [] },
  };
  for (const t of texts) {
    for (const d of detectorsFor()) {
      const hits = d.run(t.text, region).filter((x) => x.cat === "phone" || x.cat === "email");
      if (hits.length === 0) continue;
      const T = tally[d.name];
      T.any++;
      T.findings += hits.length;
      let anyFp = false;
      for (const x of hits) {
        const v = judgeHit(t.text, x.cat, x.start, x.end, region);
        if (!v.genuine) anyFp = true;
        T.lines.push(`${v.genuine ? "REAL?" : "FP   "} ${x.kind} [${v.reason}] ${t.id}: ${snippet(t.text, x.start, x.end, 50)}`);
      }
      if (anyFp) T.fp++;
      else T.real++;
    }
  }
  const n = texts.length;
  const rows: Row[] = [
    { set, metric: `texts with any phone/email hit (of ${n})`, cg: pct(tally.contactguard.any, n), bl: pct(tally.baseline.any, n), target: "", pass: "", data: { contactguard: tally.contactguard.any, baseline: tally.baseline.any, texts: n } },
    { set, metric: "  ↳ real contact (rule: cue word / literal email / disguised valid number)", cg: pct(tally.contactguard.real, n), bl: pct(tally.baseline.real, n), target: "", pass: "", data: { contactguard: tally.contactguard.real, baseline: tally.baseline.real } },
    {
      set,
      metric: "texts with a false-positive phone/email",
      cg: pct(tally.contactguard.fp, n),
      bl: pct(tally.baseline.fp, n),
      target: targetText(MAX03),
      pass: judge(ratio(tally.contactguard.fp, n), MAX03),
      data: { contactguard: tally.contactguard.fp, baseline: tally.baseline.fp },
    },
  ];
  const cgLines = tally.contactguard.lines;
  const fpLines = cgLines.filter((l) => l.startsWith("FP"));
  const realLines = cgLines.filter((l) => !l.startsWith("FP"));
  const notes = [
    note,
    `${set}: ContactGuard hits judged FALSE POSITIVE (${Math.min(10, fpLines.length)} of ${fpLines.length}):`,
    ...(fpLines.length ? fpLines.slice(0, 10).map((l) => `    ${l}`) : ["    (none)"]),
    `${set}: ContactGuard hits judged REAL contact by the rule in bench/lib/genuine.ts (${Math.min(10, realLines.length)} of ${realLines.length}; check by hand):`,
    ...(realLines.length ? realLines.slice(0, 10).map((l) => `    ${l}`) : ["    (none)"]),
  ];
  const debug: string[] = [];
  if (ctx.show > 0) {
    debug.push(`  [${set}] ContactGuard hits (${Math.min(ctx.show * 3, cgLines.length)} of ${cgLines.length}):`, ...cgLines.slice(0, ctx.show * 3).map((l) => `    ${l}`));
    debug.push(`  [${set}] baseline hits (${Math.min(ctx.show, tally.baseline.lines.length)} of ${tally.baseline.lines.length}):`, ...tally.baseline.lines.slice(0, ctx.show).map((l) => `    ${l}`));
  }
  // Counts only: the JSON lands in the repo, and the corpora's text must not.
  const counts = Object.fromEntries(Object.entries(tally).map(([k, { lines: _lines, ...v }]) => [k, v]));
  return { rows, debug, notes, json: { texts: n, region, tally: counts } };
}

function runCraigslist(ctx: Ctx): SetResult {
  const listings = loadCraigslist(ctx.dir);
  return cleanTextSet("craigslist", listings, "US", ctx, `craigslist: ${listings.length} listings (title + description), region US.`);
}

function runSmsHam(ctx: Ctx): SetResult {
  const ham = loadSmsCollection(ctx.dir)
    .filter((m) => m.label === "ham")
    .map((m, i) => ({ id: `ham#${i + 1}`, text: m.text }));
  return cleanTextSet("sms-ham", ham, "GB", ctx, `sms-ham: ${ham.length} ham messages of the UCI SMS Spam Collection, region GB.`);
}

// ------------------------------------------------------------------------------- 5. smishing

function runSmishing(ctx: Ctx): SetResult {
  const set = "sms-smishing";
  const rows = parseCsv(readText(ctx.dir, "sms-smishing-mishra-soni", "Dataset_5971.csv"));
  const cols = [
    ["PHONE", "phone"],
    ["EMAIL", "email"],
    ["URL", "url"],
  ] as const;
  type PR = { tp: number; fp: number; fn: number; tn: number };
  const res: Record<string, Record<DetName, PR>> = {};
  const examples: Record<string, { fn: string[]; fp: string[] }> = {};
  for (const [, cat] of cols) {
    res[cat] = { contactguard: { tp: 0, fp: 0, fn: 0, tn: 0 }, baseline: { tp: 0, fp: 0, fn: 0, tn: 0 } };
    examples[cat] = { fn: [], fp: [] };
  }
  rows.forEach((r, i) => {
    const text = r.TEXT ?? "";
    const found: Partial<Record<DetName, Det[]>> = {};
    for (const d of detectorsFor()) found[d.name] = d.run(text, "GB");
    for (const [col, cat] of cols) {
      const truth = (r[col] ?? "").trim().toLowerCase() === "yes";
      for (const d of detectorsFor()) {
        const pred = found[d.name]!.some((x) => x.cat === cat || (cat === "url" && (x.cat === "messenger" || x.cat === "social") && /[./]/.test(text.slice(x.start, x.end))));
        const c = res[cat]![d.name];
        if (truth && pred) c.tp++;
        else if (truth) c.fn++;
        else if (pred) c.fp++;
        else c.tn++;
        if (d.name === "contactguard") {
          const ex = examples[cat]!;
          const show = text.length > 160 ? `${text.slice(0, 160)}…` : text;
          if (truth && !pred && ex.fn.length < 200) ex.fn.push(`    - row ${i + 2} [${r.label}]: ${show}`);
          if (!truth && pred && ex.fp.length < 200) {
            const x = found.contactguard!.find((y) => y.cat === cat)!;
            ex.fp.push(`    - row ${i + 2} [${r.label}]: ${x.kind} → ${snippet(text, x.start, x.end, 50)}`);
          }
        }
      }
    }
  });
  const out: Row[] = [];
  const p = (c: PR) => pct(c.tp, c.tp + c.fp);
  const rc = (c: PR) => pct(c.tp, c.tp + c.fn);
  for (const [, cat] of cols) {
    const c = res[cat]!;
    out.push({ set, metric: `${cat} message recall`, cg: rc(c.contactguard), bl: rc(c.baseline), target: "", pass: "", data: c });
    out.push({ set, metric: `${cat} message precision`, cg: p(c.contactguard), bl: p(c.baseline), target: "", pass: "" });
  }
  const debug: string[] = [];
  if (ctx.show > 0) {
    for (const [, cat] of cols) {
      const ex = examples[cat]!;
      debug.push(`  [${set}] ${cat}: labelled yes, ContactGuard found none (${Math.min(ctx.show, ex.fn.length)} of ${ex.fn.length}):`, ...ex.fn.slice(0, ctx.show));
      debug.push(`  [${set}] ${cat}: labelled no, ContactGuard found one (${Math.min(ctx.show, ex.fp.length)} of ${ex.fp.length}):`, ...ex.fp.slice(0, ctx.show));
    }
  }
  return {
    rows: out,
    debug,
    notes: [`sms-smishing: ${rows.length} messages, region GB. The PHONE label includes 5-digit premium short codes ("text WIN to 87121"), which are not phone numbers a user can be called on.`],
    json: { messages: rows.length, results: res },
  };
}

// ------------------------------------------------------------------------------- registry

export const SETS: EvalSet[] = [
  { name: "emscad", title: "Job ads (EMSCAD) with values put back", needs: ["emscad-subset/emscad_token_spans.jsonl"], run: runEmscad },
  { name: "spamlord", title: "SpamLord obfuscated pages", needs: ["spamlord-obfuscated/devGOLD.tsv"], run: runSpamlord },
  { name: "stt-pii-spoken", title: "Spoken/STT PII", needs: ["stt-pii-spoken"], run: runStt },
  { name: "textfilters", title: "textfilters cases", needs: ["textfilters-cases/textfilters_email_phone_cases.jsonl"], run: runTextfilters },
  { name: "libphonenumber-matcher", title: "libphonenumber PhoneNumberMatcherTest", needs: ["libphonenumber-matcher-cases/phone_number_matcher_cases.jsonl"], run: runLibphonenumberMatcher },
  { name: "libphonenumber-js-find", title: "libphonenumber-js find tests", needs: ["libphonenumber-js-find-cases/libphonenumber_js_find_cases.jsonl"], run: runLibphonenumberJs },
  { name: "linkify-it-fixtures", title: "linkify-it fixtures", needs: ["linkify-it-fixtures/links.txt", "linkify-it-fixtures/not_links.txt"], run: runLinkifyIt },
  { name: "linkifyjs-parser", title: "linkifyjs parser cases", needs: ["linkifyjs-parser-cases/linkifyjs_parser_cases.jsonl"], run: runLinkifyjs },
  { name: "presidio-recognizer", title: "Presidio recognizer tests", needs: ["presidio-recognizer-cases/presidio_recognizer_cases.jsonl"], run: runPresidioRecognizer },
  { name: "presidio-research-synth", title: "Presidio-research synthetic sentences", needs: ["presidio-research-synth"], run: runPresidioSynth },
  { name: "scrubadub", title: "scrubadub cases", needs: ["scrubadub-cases/scrubadub_before_after_cases.jsonl"], run: runScrubadub },
  { name: "redact-pii", title: "redact-pii cases", needs: ["redact-pii-cases/redact_pii_cases.jsonl"], run: runRedactPii },
  { name: "openredaction", title: "openredaction cases", needs: ["openredaction-cases/openredaction_detect_cases.jsonl"], run: runOpenredaction },
  { name: "addresses", title: "usaddress + libpostal in sentences", needs: ["usaddress"], run: runAddresses },
  { name: "craigslist", title: "Craigslist listings (clean text)", needs: ["craigslist-listings"], run: runCraigslist },
  { name: "sms-ham", title: "SMS ham (clean text)", needs: ["sms-spam-collection/SMSSpamCollection.tsv"], run: runSmsHam },
  { name: "sms-smishing", title: "SMS smishing (message-level P/R)", needs: ["sms-smishing-mishra-soni/Dataset_5971.csv"], run: runSmishing },
];
