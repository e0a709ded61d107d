/**
 * Behaviour snapshot for refactors that must not change detection: runs `detect` over every text found in
 * `../shared/data` (every string value of JSON/JSONL, every CSV/TSV cell, every line of text and XML files)
 * and the evaluation cases, and writes one line per text: a hash of the text and the findings (type, span,
 * and all its fields, with the default region and with GB). Two snapshots are compared line by line. The
 * throughput corpus of `make_perf_corpus.py` and the worst-case bench's 100 KB hostile inputs are included.
 *
 *   npx tsx bench/equivalence/snapshot.ts write before.jsonl
 *   npx tsx bench/equivalence/snapshot.ts compare before.jsonl after.jsonl
 *   npx tsx bench/equivalence/snapshot.ts show <id> [<id> …]    # the texts behind ids a compare printed
 */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { detect } from "../../src/index.js";
import { dataDir } from "../lib/data.js";
import { loadCorpora } from "../lib/corpora.js";
import { longestAd, repeatTo, worstInputs } from "../lib/worst-inputs.js";

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsOf(v);
  else if (value && typeof value === "object") for (const v of Object.values(value)) yield* stringsOf(v);
}

function textsOf(file: string): string[] {
  const raw = readFileSync(file, "utf8");
  if (file.endsWith(".json")) {
    try { return [...stringsOf(JSON.parse(raw))]; } catch { return raw.split("\n"); }
  }
  if (file.endsWith(".jsonl")) {
    const out: string[] = [];
    for (const line of raw.split("\n")) {
      if (!line.trim()) continue;
      try { out.push(...stringsOf(JSON.parse(line))); } catch { out.push(line); }
    }
    return out;
  }
  if (file.endsWith(".csv") || file.endsWith(".tsv")) return raw.split(/[\n,\t]/);
  return raw.split("\n");
}

function collect(): string[] {
  const seen = new Set<string>();
  const dirs = [dataDir(), join(dataDir(), "..", "eval")];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of walk(dir)) {
      if (!/\.(json|jsonl|csv|tsv|txt|xml|md)$/.test(file)) continue;
      for (const t of textsOf(file)) if (t.trim().length >= 3) seen.add(t);
    }
  }
  // The throughput corpus puts contact values back into the job ads, so its texts are not all in the data.
  const perf = spawnSync("python3", [join(dataDir(), "..", "eval", "make_perf_corpus.py")], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (perf.status === 0) {
    for (const line of perf.stdout.split("\n")) if (line.trim()) seen.add((JSON.parse(line) as { text: string }).text);
  }
  // The worst-case bench's 100 KB hostile inputs (slow paths are where fast paths get written), and a few
  // more with surrogate pairs and CJK, which the hostile inputs lack.
  for (const w of worstInputs(longestAd(loadCorpora(dataDir())))) seen.add(w.text);
  for (const unit of ["📞 4 1 5 😀 555 0199 ", "微信 号 ４１５５５５０１９９ ", "\u{1d7d2}\u{1d7d3}\u{1d7d4} x@y。com "]) seen.add(repeatTo(unit));
  return [...seen];
}

const [mode, a, b] = process.argv.slice(2);
if (mode === "write" && a) {
  const lines: string[] = [];
  for (const text of collect()) {
    // Every field of every finding, in the order `detect` gives them: "byte-identical" means this line.
    // A text is also read with region GB (the SMS corpus's region), where phone numbers read differently.
    const id = createHash("sha1").update(text).digest("hex").slice(0, 16);
    lines.push(JSON.stringify({ id, findings: detect(text), gb: detect(text, { defaultRegion: "GB" }) }));
  }
  lines.sort();
  writeFileSync(a, lines.join("\n") + "\n");
  console.log(`${lines.length} texts written to ${a}`);
} else if (mode === "show" && a) {
  const wanted = new Set(process.argv.slice(3));
  for (const text of collect()) {
    const id = createHash("sha1").update(text).digest("hex").slice(0, 16);
    if (wanted.has(id)) console.log(`${id}\t${JSON.stringify(text.length > 400 ? `${text.slice(0, 400)}…` : text)}`);
  }
} else if (mode === "compare" && a && b) {
  const read = (f: string) => new Map(readFileSync(f, "utf8").trim().split("\n").map((l) => [JSON.parse(l).id as string, l]));
  const before = read(a);
  const after = read(b);
  let diffs = 0;
  for (const [id, line] of before) {
    const other = after.get(id);
    if (other !== line) {
      diffs++;
      if (diffs <= 20) console.log(`- ${line}\n+ ${other ?? "(missing)"}`);
    }
  }
  console.log(`${before.size} texts, ${diffs} differ`);
  process.exitCode = diffs === 0 ? 0 : 1;
} else {
  console.error("usage: snapshot.ts write FILE | compare BEFORE AFTER");
  process.exitCode = 2;
}
