/**
 * Warm `detect` of this checkout against another checkout of ContactGuard (an earlier commit), on the
 * real corpora, both loaded in one process and timed interleaved (before, after, before, after, …), so
 * both see the same machine. Reports the median pass per corpus and the after/before ratio, with how busy
 * the machine was. Used to hold a change to "no more than N % slower than before".
 *
 *   git worktree add --detach ../before <commit> && ln -s $PWD/node_modules ../before/node_modules
 *   npx tsx bench/detect/versus.ts --before ../before [--runs 7]
 *
 * A report, not a test; prints a table and writes bench/results/versus.latest.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { detect as detectAfter } from "../../src/index.js";
import { loadCorpora, type Text } from "../lib/corpora.js";
import { requireDataDir } from "../lib/data.js";
import { watchMachine } from "../lib/machine.js";

type DetectFn = (text: string, opts: { defaultRegion: string }) => unknown[];

function args(argv: string[]) {
  const o = { before: "", runs: 7 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--before") o.before = argv[++i] ?? "";
    else if (argv[i] === "--runs") o.runs = Math.max(1, Number(argv[++i]) || 7);
  }
  if (!o.before) {
    console.error("usage: npx tsx bench/detect/versus.ts --before <checkout of an earlier commit> [--runs N]");
    process.exit(2);
  }
  return o;
}

function pass(detect: DetectFn, texts: Text[]): { ms: number; findings: number } {
  let findings = 0;
  const t0 = performance.now();
  for (const t of texts) findings += detect(t.text, { defaultRegion: t.region }).length;
  return { ms: performance.now() - t0, findings };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;

const opts = args(process.argv.slice(2));
const beforeMod = (await import(pathToFileURL(resolve(opts.before, "src/index.ts")).href)) as { detect: DetectFn };
const detectBefore = beforeMod.detect;
const dataDir = requireDataDir();
if (!dataDir) process.exit(0);
const corpora = loadCorpora(dataDir);
const stop = watchMachine();
const rows = [];
for (const c of corpora) {
  for (const d of [detectBefore, detectAfter as unknown as DetectFn]) pass(d, c.texts.slice(0, 2000)); // warm-up
  const before: number[] = [];
  const after: number[] = [];
  let fb = 0;
  let fa = 0;
  for (let r = 0; r < opts.runs; r++) {
    // Alternate which goes first, so neither always runs on the warmer (or the more disturbed) slot.
    const order = r % 2 === 0 ? ["b", "a"] : ["a", "b"];
    for (const w of order) {
      if (w === "b") { const p = pass(detectBefore, c.texts); before.push(p.ms); fb = p.findings; }
      else { const p = pass(detectAfter as unknown as DetectFn, c.texts); after.push(p.ms); fa = p.findings; }
    }
  }
  const ratios = before.map((b, i) => after[i]! / b);
  rows.push({
    corpus: c.name,
    texts: c.texts.length,
    beforeMs: +median(before).toFixed(1),
    afterMs: +median(after).toFixed(1),
    ratio: +(median(after) / median(before)).toFixed(3),
    pairRatioMin: +Math.min(...ratios).toFixed(3),
    pairRatioMax: +Math.max(...ratios).toFixed(3),
    findingsBefore: fb,
    findingsAfter: fa,
  });
}
const machine = stop();
const totalBefore = rows.reduce((s, r) => s + r.beforeMs, 0);
const totalAfter = rows.reduce((s, r) => s + r.afterMs, 0);
console.table(rows);
console.log(`all corpora: before ${totalBefore.toFixed(0)} ms, after ${totalAfter.toFixed(0)} ms, after/before ${(totalAfter / totalBefore).toFixed(3)} (median of ${opts.runs} interleaved passes each)`);
console.log(`machine: load ${machine.loadBefore.join(" ")} → ${machine.loadAfter.join(" ")}; other processes used ${machine.othersCores} of a core during the run${machine.quiet ? " (quiet)" : " (NOT quiet: do not record this ratio)"}`);
const out = fileURLToPath(new URL("../results/versus.latest.json", import.meta.url));
mkdirSync(fileURLToPath(new URL("../results/", import.meta.url)), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), before: opts.before, runs: opts.runs, machine, rows, total: { beforeMs: totalBefore, afterMs: totalAfter, ratio: +(totalAfter / totalBefore).toFixed(3) } }, null, 2) + "\n");
