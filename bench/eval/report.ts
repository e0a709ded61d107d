/** Table rows, formatting, and turning a Scorer into rows plus debug lines. */
import { CATS, type Cat } from "../lib/detectors.js";
import type { DetName, Example, FpCell, RecallCell, Scorer } from "./score.js";

export interface Target {
  /** "min": CG value must be ≥ value; "max": ≤ value. Values are fractions (0.98 = 98%). */
  kind: "min" | "max";
  value: number;
}

export interface Row {
  set: string;
  metric: string;
  cg: string;
  bl: string;
  target: string;
  pass: "PASS" | "FAIL" | "";
  /** Machine-readable numbers for the JSON summary. */
  data?: Record<string, unknown>;
}

export interface SetResult {
  rows: Row[];
  /** Printed only with --show N (misses and false positives, N per bucket). */
  debug: string[];
  notes: string[];
  json: Record<string, unknown>;
}

export const pct = (hit: number, n: number) => (n === 0 ? "—" : `${((100 * hit) / n).toFixed(1)}% (${hit}/${n})`);
export const ratio = (hit: number, n: number) => (n === 0 ? null : hit / n);

export function targetText(t?: Target): string {
  if (!t) return "";
  return `${t.kind === "min" ? "≥" : "≤"} ${(t.value * 100).toFixed(t.value < 0.01 ? 1 : 0)}%`;
}

export function judge(value: number | null, t?: Target): Row["pass"] {
  if (!t || value === null) return "";
  return (t.kind === "min" ? value >= t.value - 1e-12 : value <= t.value + 1e-12) ? "PASS" : "FAIL";
}

const CAT_ORDER = new Map(CATS.map((c, i) => [c, i]));
const sortKeys = (keys: string[]) =>
  keys.sort((a, b) => {
    const [ca = "", ta = ""] = a.split("|");
    const [cb = "", tb = ""] = b.split("|");
    return (CAT_ORDER.get(ca as Cat) ?? 9) - (CAT_ORDER.get(cb as Cat) ?? 9) || ta.localeCompare(tb);
  });

function splitKey(key: string): [Cat, string] {
  const bar = key.indexOf("|");
  return [key.slice(0, bar) as Cat, key.slice(bar + 1)];
}

export interface ScorerReportOptions {
  /** Target for a (category, top-level tag) recall row. */
  target?: (cat: Cat, group: string) => Target | undefined;
  /** Also print one row per sub-tag ("disguised/words"). */
  subRows?: boolean;
  /** How to name the recall metric (default "span recall"). */
  recallName?: string;
  /** How many misses / false positives per bucket to print in debug (0 = none). */
  show: number;
  /** Categories whose FP rows are informational only (no target). FP targets per (cat, group). */
  fpTarget?: (cat: Cat, group: string) => Target | undefined;
}

function cellText(c: RecallCell | undefined, supported: boolean): string {
  if (!supported || !c || c.n === 0) return "n/a";
  return pct(c.hit, c.n);
}

export function scorerRows(set: string, scorer: Scorer, opt: ScorerReportOptions): SetResult {
  const rows: Row[] = [];
  const debug: string[] = [];
  const cg = scorer.detectors.find((d) => d.name === "contactguard");
  const bl = scorer.detectors.find((d) => d.name === "baseline");
  const grouped = scorer.recallByGroup();
  for (const key of sortKeys([...grouped.keys()])) {
    const [cat, group] = splitKey(key);
    const v = grouped.get(key)!;
    const t = opt.target?.(cat, group);
    const cgr = ratio(v.contactguard.hit, v.contactguard.n);
    rows.push({
      set,
      metric: `${cat} ${opt.recallName ?? "span recall"} (${group})`,
      cg: cellText(v.contactguard, !!cg?.supports.has(cat)),
      bl: cellText(v.baseline, !!bl?.supports.has(cat)),
      target: targetText(t),
      pass: judge(cgr, t),
      data: { cat, group, contactguard: v.contactguard, baseline: bl?.supports.has(cat) ? v.baseline : null },
    });
    if (opt.subRows) {
      const subs = sortKeys([...scorer.recall.keys()].filter((k) => k.startsWith(`${cat}|${group}/`)));
      if (subs.length > 1 || (subs.length === 1 && subs[0] !== `${cat}|${group}`)) {
        for (const sk of subs) {
          const sv = scorer.recall.get(sk)!;
          rows.push({
            set,
            metric: `  ↳ ${sk.split("|")[1]!.slice(group.length + 1)}`,
            cg: cellText(sv.contactguard, !!cg?.supports.has(cat)),
            bl: cellText(sv.baseline, !!bl?.supports.has(cat)),
            target: "",
            pass: "",
            data: { key: sk, contactguard: sv.contactguard, baseline: bl?.supports.has(cat) ? sv.baseline : null },
          });
        }
      }
    }
  }
  for (const key of sortKeys([...scorer.fp.keys()])) {
    const [cat, group] = splitKey(key);
    const v = scorer.fp.get(key)!;
    const t = opt.fpTarget?.(cat, group);
    const fpText = (c: FpCell, supported: boolean) => (supported ? `${c.fpFindings} in ${c.fpTexts}/${c.texts} texts` : "n/a");
    rows.push({
      set,
      metric: `${cat} false positives (${group})`,
      cg: fpText(v.contactguard, !!cg?.supports.has(cat)),
      bl: fpText(v.baseline, !!bl?.supports.has(cat)),
      target: targetText(t),
      pass: judge(ratio(v.contactguard.fpTexts, v.contactguard.texts), t),
      data: { cat, group, contactguard: v.contactguard, baseline: bl?.supports.has(cat) ? v.baseline : null },
    });
  }
  if (opt.show > 0) {
    debug.push(...examplesBlock(set, "MISSED by ContactGuard", scorer.misses, "contactguard", opt.show));
    debug.push(...examplesBlock(set, "FALSE POSITIVE by ContactGuard", scorer.fpExamples, "contactguard", opt.show));
  }
  return { rows, debug, notes: [], json: scorer.toJSON() };
}

export function examplesBlock(set: string, title: string, map: Map<string, Record<DetName, Example[]>>, det: DetName, n: number): string[] {
  const out: string[] = [];
  for (const key of sortKeys([...map.keys()])) {
    const list = map.get(key)![det];
    if (list.length === 0) continue;
    out.push(`  [${set}] ${title} — ${key.replace("|", " / ")} (${Math.min(n, list.length)} of ${list.length}${list.length >= 200 ? "+" : ""} kept):`);
    for (const ex of list.slice(0, n)) {
      let line = `    - ${ex.id}: ${ex.snippet}`;
      if (ex.near) line += `\n        near: ${ex.near}`;
      if (ex.foundBy) line += `\n        (found by ${ex.foundBy})`;
      out.push(line);
    }
  }
  return out;
}

/** Fixed-width table. */
export function renderTable(rows: Row[]): string {
  const head: Row = { set: "set", metric: "metric", cg: "ContactGuard", bl: "baseline", target: "target", pass: "" };
  const all = [head, ...rows];
  const w = {
    set: Math.max(...all.map((r) => r.set.length)),
    metric: Math.max(...all.map((r) => r.metric.length)),
    cg: Math.max(...all.map((r) => r.cg.length)),
    bl: Math.max(...all.map((r) => r.bl.length)),
    target: Math.max(...all.map((r) => r.target.length)),
  };
  const line = (r: Row) =>
    `${r.set.padEnd(w.set)} | ${r.metric.padEnd(w.metric)} | ${r.cg.padStart(w.cg)} | ${r.bl.padStart(w.bl)} | ${r.target.padEnd(w.target)} | ${r === head ? "pass" : r.pass}`;
  const sep = `${"-".repeat(w.set)}-+-${"-".repeat(w.metric)}-+-${"-".repeat(w.cg)}-+-${"-".repeat(w.bl)}-+-${"-".repeat(w.target)}-+-----`;
  const out = [line(head), sep];
  let prev = "";
  for (const r of rows) {
    if (prev && r.set !== prev) out.push(sep);
    out.push(line(r));
    prev = r.set;
  }
  return out.join("\n");
}
