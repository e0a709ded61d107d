/**
 * Generic span / presence scoring, shared by every set in bench/eval/run.ts.
 *
 * - Span recall: a gold span counts as found when a finding of an accepted category overlaps it
 *   (see ACCEPT in ../lib/detectors.ts). "exact" additionally records identical boundaries.
 * - Presence (message level): a gold "present" item counts as found when the text has any finding
 *   of an accepted category.
 * - False positives: a finding whose category is in the case's `fpCats` and that overlaps no gold
 *   span (and no presence item) accepting that category.
 */
import { ACCEPT, type Cat, type Det, type Detector } from "../lib/detectors.js";

export type DetName = Detector["name"];

export interface GoldSpan {
  cat: Cat;
  start: number;
  end: number;
  /** Sub-population, e.g. "plain", "disguised/words". The part before "/" is the reporting group. */
  tag: string;
}

export interface GoldPresence {
  cat: Cat;
  tag: string;
}

export interface Case {
  id: string;
  text: string;
  region: string;
  spans: GoldSpan[];
  present?: GoldPresence[];
  /** Categories that are labelled exhaustively in this case: other findings of them are false positives. */
  fpCats: readonly Cat[];
  /** Reporting group for false positives (e.g. "hard_negative", "positives"). */
  fpGroup?: string;
  /** Unlabelled ranges: findings overlapping them are neither hits nor false positives. */
  ignore?: Array<{ start: number; end: number }>;
}

export interface Example {
  id: string;
  snippet: string;
  /** Other findings near the span (category:text), to see near-misses and wrong types. */
  near?: string;
  /** The other detector(s) that did find it. */
  foundBy?: string;
}

export interface RecallCell {
  n: number;
  hit: number;
  exact: number;
}
export interface FpCell {
  texts: number;
  fpFindings: number;
  fpTexts: number;
}

const VISIBLE: Record<string, string> = { "\n": "⏎", "\r": "␍", "\t": "⇥" };

/** One line of context with the span marked ⟦…⟧ and invisible characters shown. */
export function snippet(text: string, start: number, end: number, width = 70): string {
  const a = Math.max(0, start - width);
  const b = Math.min(text.length, end + width);
  const show = (s: string) =>
    s.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, (c) => VISIBLE[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${a > 0 ? "…" : ""}${show(text.slice(a, start))}⟦${show(text.slice(start, end))}⟧${show(text.slice(end, b))}${b < text.length ? "…" : ""}`;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export class Scorer {
  readonly recall = new Map<string, Record<DetName, RecallCell>>();
  readonly fp = new Map<string, Record<DetName, FpCell>>();
  readonly misses = new Map<string, Record<DetName, Example[]>>();
  readonly fpExamples = new Map<string, Record<DetName, Example[]>>();
  cases = 0;

  constructor(
    readonly detectors: readonly Detector[],
    readonly keepExamples = 200,
  ) {}

  private cell<T>(map: Map<string, Record<DetName, T>>, key: string, make: () => T): Record<DetName, T> {
    let c = map.get(key);
    if (!c) {
      c = { contactguard: make(), baseline: make() };
      map.set(key, c);
    }
    return c;
  }

  private keep(map: Map<string, Record<DetName, Example[]>>, key: string, det: DetName, ex: Example) {
    const list = this.cell(map, key, () => [] as Example[])[det];
    if (list.length < this.keepExamples) list.push(ex);
  }

  /** Runs every detector on the case and records the outcome. Returns the findings (for set-specific use). */
  add(c: Case): Record<DetName, Det[]> {
    this.cases++;
    const found = {} as Record<DetName, Det[]>;
    for (const d of this.detectors) found[d.name] = d.run(c.text, c.region);
    for (const d of this.detectors) this.score(c, d, found[d.name], found);
    return found;
  }

  /** Scores one detector's findings; `all` (every detector's findings) only annotates examples. */
  score(c: Case, d: Detector, dets: Det[], all?: Partial<Record<DetName, Det[]>>): void {
    const others = this.detectors.filter((o) => o !== d && all?.[o.name]);
    for (const g of c.spans) {
      if (!d.supports.has(g.cat)) continue;
      const key = `${g.cat}|${g.tag}`;
      const cell = this.cell(this.recall, key, () => ({ n: 0, hit: 0, exact: 0 }))[d.name];
      cell.n++;
      const ok = dets.filter((x) => ACCEPT[g.cat].includes(x.cat) && overlaps(x, g));
      if (ok.length > 0) {
        cell.hit++;
        if (ok.some((x) => x.start === g.start && x.end === g.end)) cell.exact++;
      } else {
        const near = dets
          .filter((x) => x.start < g.end + 40 && x.end > g.start - 40)
          .map((x) => `${x.kind}:${JSON.stringify(c.text.slice(x.start, x.end))}`)
          .join(", ");
        const foundBy = others.filter((o) => o.supports.has(g.cat) && all![o.name]!.some((x) => ACCEPT[g.cat].includes(x.cat) && overlaps(x, g)));
        const ex: Example = { id: c.id, snippet: snippet(c.text, g.start, g.end) };
        if (near) ex.near = near;
        if (foundBy.length > 0) ex.foundBy = foundBy.map((o) => o.label).join(", ");
        this.keep(this.misses, key, d.name, ex);
      }
    }
    for (const p of c.present ?? []) {
      if (!d.supports.has(p.cat)) continue;
      const key = `${p.cat}|${p.tag}`;
      const cell = this.cell(this.recall, key, () => ({ n: 0, hit: 0, exact: 0 }))[d.name];
      cell.n++;
      if (dets.some((x) => ACCEPT[p.cat].includes(x.cat))) cell.hit++;
      else this.keep(this.misses, key, d.name, { id: c.id, snippet: snippet(c.text, 0, 0, 160) });
    }
    const group = c.fpGroup ?? "all";
    for (const cat of c.fpCats) {
      if (!d.supports.has(cat)) continue;
      const key = `${cat}|${group}`;
      const cell = this.cell(this.fp, key, () => ({ texts: 0, fpFindings: 0, fpTexts: 0 }))[d.name];
      cell.texts++;
      const wanted = c.spans.filter((g) => ACCEPT[g.cat].includes(cat));
      const presentOk = (c.present ?? []).some((p) => ACCEPT[p.cat].includes(cat));
      let any = false;
      for (const x of dets) {
        if (x.cat !== cat || presentOk) continue;
        if (wanted.some((g) => overlaps(x, g)) || c.ignore?.some((g) => overlaps(x, g))) continue;
        cell.fpFindings++;
        any = true;
        this.keep(this.fpExamples, key, d.name, { id: c.id, snippet: `${x.kind} → ${snippet(c.text, x.start, x.end, 50)}` });
      }
      if (any) cell.fpTexts++;
    }
  }

  /** Recall cells merged by category and top-level tag (the part before "/"). */
  recallByGroup(): Map<string, Record<DetName, RecallCell>> {
    const out = new Map<string, Record<DetName, RecallCell>>();
    for (const [key, v] of this.recall) {
      const [cat, tag = ""] = key.split("|");
      const k = `${cat}|${tag.split("/")[0]}`;
      const cur = out.get(k) ?? { contactguard: { n: 0, hit: 0, exact: 0 }, baseline: { n: 0, hit: 0, exact: 0 } };
      for (const name of ["contactguard", "baseline"] as const) {
        cur[name].n += v[name].n;
        cur[name].hit += v[name].hit;
        cur[name].exact += v[name].exact;
      }
      out.set(k, cur);
    }
    return out;
  }

  toJSON() {
    return {
      cases: this.cases,
      recall: Object.fromEntries(this.recall),
      falsePositives: Object.fromEntries(this.fp),
    };
  }
}
