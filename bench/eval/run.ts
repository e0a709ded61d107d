/**
 * npm run eval — span recall and false positives of ContactGuard and of the baseline
 * (libphonenumber-js findPhoneNumbersInText + linkify-it) on the real corpora in ../shared/data.
 *
 *   npm run eval                          # every set
 *   npm run eval -- --set emscad,spamlord # some sets (--list shows the names)
 *   npm run eval -- --show 5              # also print 5 misses / false positives per bucket
 *
 * Then, on a full run, the labelled evasion cases of ../shared/eval/evasions.dev.jsonl by language and by family
 * (bench/eval/cases.ts), and that table is written into docs/detection.md between its "generated" markers.
 *
 * A report, not a test: always exits 0. Writes bench/results/eval.latest.json — numbers only, no
 * corpus text (the corpora may not be redistributed, and results may be committed).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { exists, requireDataDir } from "../lib/data.js";
import { renderTable, type Row } from "./report.js";
import { SETS } from "./sets.js";
import { renderMarkdown, scoreCases, writeMarkdown } from "./cases.js";

function parseArgs(argv: string[]) {
  const opts = { sets: [] as string[], show: 0, list: false, json: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = () => argv[++i] ?? "";
    if (a === "--set" || a === "--sets") opts.sets.push(...val().split(",").filter(Boolean));
    else if (a.startsWith("--set=")) opts.sets.push(...a.slice(6).split(",").filter(Boolean));
    else if (a === "--show") opts.show = Math.max(0, Number(val()) || 0);
    else if (a.startsWith("--show=")) opts.show = Math.max(0, Number(a.slice(7)) || 0);
    else if (a === "--list") opts.list = true;
    else if (a === "--no-json") opts.json = false;
    else if (a === "--help" || a === "-h") {
      console.log("usage: npm run eval -- [--set NAME[,NAME…]] [--show N] [--list] [--no-json]");
      process.exit(0);
    } else console.log(`(ignoring unknown argument ${a})`);
  }
  return opts;
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.list) {
    for (const s of SETS) console.log(`${s.name.padEnd(26)} ${s.title}`);
    return;
  }
  const dir = requireDataDir();
  if (!dir) return;
  const unknown = opts.sets.filter((n) => !SETS.some((s) => s.name === n));
  if (unknown.length) console.log(`Unknown set(s): ${unknown.join(", ")}. Known: ${SETS.map((s) => s.name).join(", ")}`);
  const chosen = opts.sets.length ? SETS.filter((s) => opts.sets.includes(s.name)) : SETS;

  console.log(`ContactGuard eval — node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}, data ${dir}`);
  const rows: Row[] = [];
  const notes: string[] = [];
  const debug: string[] = [];
  const json: Record<string, unknown> = {};
  const t0 = performance.now();
  for (const s of chosen) {
    const missing = s.needs.filter((p) => !exists(dir, p));
    if (missing.length) {
      notes.push(`${s.name}: skipped, missing ${missing.join(", ")}`);
      continue;
    }
    const t = performance.now();
    try {
      const r = s.run({ dir, show: opts.show });
      const ms = performance.now() - t;
      rows.push(...r.rows);
      notes.push(...r.notes);
      if (r.debug.length) debug.push(`=== ${s.name}: misses and false positives (--show ${opts.show})`, ...r.debug);
      json[s.name] = { title: s.title, seconds: +(ms / 1000).toFixed(2), rows: r.rows, details: r.json };
      process.stderr.write(`  ${s.name} done in ${(ms / 1000).toFixed(1)} s\n`);
    } catch (e) {
      const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
      notes.push(`${s.name}: FAILED to run: ${msg}`);
      json[s.name] = { title: s.title, error: msg };
    }
  }
  const seconds = (performance.now() - t0) / 1000;

  console.log("");
  console.log(renderTable(rows));
  console.log("");
  const scored = rows.filter((r) => r.pass !== "");
  console.log(`Targets: ${scored.filter((r) => r.pass === "PASS").length} pass, ${scored.filter((r) => r.pass === "FAIL").length} fail. Total ${seconds.toFixed(1)} s.`);
  console.log("");
  console.log("Notes:");
  for (const n of notes) console.log(n.startsWith("    ") ? n : `- ${n}`);
  if (debug.length) {
    console.log("");
    for (const d of debug) console.log(d);
  }

  // The labelled evasion cases, per language and per family: the table of docs/detection.md.
  const casesFile = join(dir, "..", "eval", "evasions.dev.jsonl");
  let cases: ReturnType<typeof scoreCases> | undefined;
  if (!opts.sets.length && existsSync(casesFile)) {
    cases = scoreCases(casesFile);
    console.log("");
    console.log(renderMarkdown(cases));
    if (opts.json) {
      const doc = fileURLToPath(new URL("../../docs/detection.md", import.meta.url));
      writeMarkdown(doc, renderMarkdown(cases));
      console.log(`\nUpdated the generated table in ${doc}`);
    }
  }

  if (opts.json) {
    const outDir = fileURLToPath(new URL("../results/", import.meta.url));
    mkdirSync(outDir, { recursive: true });
    const file = `${outDir}eval.latest.json`;
    writeFileSync(
      file,
      `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? null, dataDir: dir, sets: opts.sets.length ? opts.sets : "all", seconds: +seconds.toFixed(2), table: rows.map(({ data: _d, ...r }) => r), results: json, ...(cases ? { evasions: { total: cases.total, byLang: cases.byLang, byFamily: cases.byFamily } } : {}), notes: notes.filter((n) => !n.startsWith("    ")) }, null, 1)}\n`,
    );
    console.log(`\nWrote ${file}`);
  }
}

try {
  main();
} catch (e) {
  console.log(`eval crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
}
process.exitCode = 0;
