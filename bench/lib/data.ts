/**
 * Where the evaluation corpora live and how to read them. The corpora are NOT part of this
 * repository (their licences forbid redistribution): they are read at run time from
 * `$CONTACTGUARD_DATA`, or `<repo>/../shared/data` by default. Never copy them into the repo.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the data directory (it may not exist; see `requireDataDir`). */
export function dataDir(): string {
  const fromEnv = process.env.CONTACTGUARD_DATA;
  if (fromEnv && fromEnv.trim() !== "") return fromEnv;
  return fileURLToPath(new URL("../../../shared/data", import.meta.url));
}

/** The data directory, or `null` after printing a clear message (callers then exit 0). */
export function requireDataDir(): string | null {
  const dir = dataDir();
  if (!existsSync(dir)) {
    console.log(
      `ContactGuard bench: evaluation data not found at ${dir}.\n` +
        `Put the shared corpora there (the repository does not ship them) or set CONTACTGUARD_DATA=/path/to/data. Nothing to do.`,
    );
    return null;
  }
  return dir;
}

export function readText(dir: string, ...parts: string[]): string {
  const s = readFileSync(join(dir, ...parts), "utf8");
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

export function exists(dir: string, ...parts: string[]): boolean {
  return existsSync(join(dir, ...parts));
}

export function listDir(dir: string, ...parts: string[]): string[] {
  return readdirSync(join(dir, ...parts)).sort();
}

export function readJsonl<T = unknown>(dir: string, ...parts: string[]): T[] {
  const out: T[] = [];
  for (const line of readText(dir, ...parts).split("\n")) {
    if (line.trim() === "") continue;
    out.push(JSON.parse(line) as T);
  }
  return out;
}

export function readJson<T = unknown>(dir: string, ...parts: string[]): T {
  return JSON.parse(readText(dir, ...parts)) as T;
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). First row = header. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const header = rows.shift() ?? [];
  return rows
    .filter((r) => !(r.length === 1 && r[0] === ""))
    .map((r) => {
      const rec: Record<string, string> = {};
      header.forEach((h, i) => (rec[h] = r[i] ?? ""));
      return rec;
    });
}

/** Python string offsets count code points; JS offsets count UTF-16 units. */
export function codePointToUtf16(s: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(s)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of s) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[cp] ?? u;
}

// ---------------------------------------------------------------------------------------------
// Corpus loaders shared by bench/eval and bench/detect.

export interface CraigslistListing {
  id: string;
  category: string;
  text: string;
}

/** Every craigslist_*.json: title + description lines, one text per listing. */
export function loadCraigslist(dir: string): CraigslistListing[] {
  const out: CraigslistListing[] = [];
  for (const f of listDir(dir, "craigslist-listings").filter((f) => f.endsWith(".json"))) {
    const rows = readJson<Array<{ title?: string; description?: string[] | string; category?: string; post_id?: string | number }>>(
      dir,
      "craigslist-listings",
      f,
    );
    rows.forEach((r, i) => {
      const desc = Array.isArray(r.description) ? r.description.join("\n") : (r.description ?? "");
      out.push({ id: `${f}#${r.post_id ?? i}`, category: r.category ?? f, text: `${r.title ?? ""}\n${desc}` });
    });
  }
  return out;
}

export interface SmsMessage {
  label: string;
  text: string;
}

/** UCI SMS Spam Collection: `label<TAB>text`. */
export function loadSmsCollection(dir: string): SmsMessage[] {
  const out: SmsMessage[] = [];
  for (const line of readText(dir, "sms-spam-collection", "SMSSpamCollection.tsv").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    out.push({ label: line.slice(0, tab).trim(), text: line.slice(tab + 1).replace(/\r$/, "") });
  }
  return out;
}

export interface SynthRecord {
  file: string;
  text: string;
  spans: Array<{ type: string; start: number; end: number; value: string }>;
}

/** presidio-research synthetic sentences (all three files). */
export function loadPresidioSynth(dir: string): SynthRecord[] {
  const out: SynthRecord[] = [];
  for (const f of ["synth_dataset_v2.json", "generated_large.json", "generated_small.json"]) {
    if (!exists(dir, "presidio-research-synth", f)) continue;
    const rows = readJson<
      Array<{ full_text: string; spans: Array<{ entity_type: string; entity_value: string; start_position: number; end_position: number }> }>
    >(dir, "presidio-research-synth", f);
    for (const r of rows) {
      const toU = codePointToUtf16(r.full_text);
      out.push({
        file: f,
        text: r.full_text,
        spans: r.spans.map((s) => ({ type: s.entity_type, start: toU(s.start_position), end: toU(s.end_position), value: s.entity_value })),
      });
    }
  }
  return out;
}
