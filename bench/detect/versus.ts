/**
 * Warm `detect` of this checkout against another checkout of ContactGuard (an earlier commit) on the real
 * corpora. Each measurement is its own child process (one checkout loaded, a warm-up pass, then timed
 * passes, CPU time of the timed passes only), and the children alternate before, after, before, after …
 * so both see the same machine. Separate processes because two copies of the code in one process do not
 * run at the same speed (shared regex and inline caches: identical copies differed by 1.3×).
 * Reports the median CPU time per corpus and the after/before ratio, with how busy the machine was.
 *
 *   git worktree add --detach ../before <commit> && ln -s $PWD/node_modules ../before/node_modules
 *   npx tsx bench/detect/versus.ts --before ../before [--pairs 5] [--passes 2] [--entry src|dist]
 *
 * `--entry src` (default) loads each checkout's TypeScript through tsx, as the other benches do;
 * `--entry dist` loads each checkout's compiled `dist/` (run `npx tsc -p tsconfig.build.json` in both
 * first), the code an installed user runs: tsx's transform adds a name-keeping wrapper to every
 * function, which costs more in code with many small closures, so the two can differ.
 *
 * A report, not a test; prints a table and writes bench/results/versus.latest.json.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadCorpora } from "../lib/corpora.js";
import { requireDataDir } from "../lib/data.js";
import { watchMachine } from "../lib/machine.js";

type DetectFn = (text: string, opts: { defaultRegion: string }) => unknown[];
interface ChildResult { cpuMs: Record<string, number>; findings: Record<string, number> }

const here = fileURLToPath(import.meta.url);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;

/** In a child: time `detect` of the checkout at `root` over every corpus, CPU time of `passes` passes after a warm-up. */
async function child(root: string, passes: number, entry: string): Promise<void> {
  const { detect } = (await import(pathToFileURL(resolve(root, entry === "dist" ? "dist/index.js" : "src/index.ts")).href)) as { detect: DetectFn };
  const corpora = loadCorpora(requireDataDir()!);
  const out: ChildResult = { cpuMs: {}, findings: {} };
  for (const c of corpora) {
    let findings = 0;
    for (const t of c.texts) findings += detect(t.text, { defaultRegion: t.region }).length; // warm-up
    const t0 = process.cpuUsage();
    for (let p = 0; p < passes; p++) for (const t of c.texts) detect(t.text, { defaultRegion: t.region });
    const used = process.cpuUsage(t0);
    out.cpuMs[c.name] = (used.user + used.system) / 1000 / passes;
    out.findings[c.name] = findings;
  }
  process.stdout.write(JSON.stringify(out));
}

function parent(argv: string[]): void {
  const o = { before: "", pairs: 5, passes: 2, entry: "src" };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--before") o.before = argv[++i] ?? "";
    else if (argv[i] === "--pairs" || argv[i] === "--runs") o.pairs = Math.max(1, Number(argv[++i]) || 5);
    else if (argv[i] === "--passes") o.passes = Math.max(1, Number(argv[++i]) || 2);
    else if (argv[i] === "--entry") o.entry = argv[++i] === "dist" ? "dist" : "src";
  }
  if (!o.before) {
    console.error("usage: npx tsx bench/detect/versus.ts --before <checkout of an earlier commit> [--pairs N] [--passes N] [--entry src|dist]");
    process.exit(2);
  }
  const dataDir = requireDataDir();
  if (!dataDir) return;
  const after = resolve(fileURLToPath(new URL("../../", import.meta.url)));
  const before = resolve(o.before);
  const run = (root: string): ChildResult =>
    JSON.parse(execFileSync(process.execPath, [...process.execArgv, here, "--child", root, String(o.passes), o.entry], { encoding: "utf8", maxBuffer: 1 << 24 })) as ChildResult;
  const stop = watchMachine();
  const b: ChildResult[] = [];
  const a: ChildResult[] = [];
  for (let i = 0; i < o.pairs; i++) {
    // Alternate which goes first, so neither always runs on the warmer (or the more disturbed) slot.
    if (i % 2 === 0) { b.push(run(before)); a.push(run(after)); } else { a.push(run(after)); b.push(run(before)); }
    process.stderr.write(`  pair ${i + 1}/${o.pairs}\n`);
  }
  const machine = stop();
  const names = Object.keys(b[0]!.cpuMs);
  const rows = names.map((n) => {
    const bm = median(b.map((r) => r.cpuMs[n]!));
    const am = median(a.map((r) => r.cpuMs[n]!));
    const pairRatios = a.map((r, i) => r.cpuMs[n]! / b[i]!.cpuMs[n]!);
    return {
      corpus: n, beforeMs: +bm.toFixed(1), afterMs: +am.toFixed(1), ratio: +(am / bm).toFixed(3),
      pairRatioMin: +Math.min(...pairRatios).toFixed(3), pairRatioMax: +Math.max(...pairRatios).toFixed(3),
      findingsBefore: b[0]!.findings[n], findingsAfter: a[0]!.findings[n],
    };
  });
  const totals = (rs: ChildResult[]) => rs.map((r) => Object.values(r.cpuMs).reduce((s, x) => s + x, 0));
  const tb = median(totals(b));
  const ta = median(totals(a));
  const totalRatios = totals(a).map((x, i) => x / totals(b)[i]!);
  console.table(rows);
  console.log(`all corpora: before ${tb.toFixed(0)} ms, after ${ta.toFixed(0)} ms CPU per pass; after/before ${(ta / tb).toFixed(3)} (pairs ${totalRatios.map((r) => r.toFixed(2)).join(" ")}; median of ${o.pairs} alternating child processes, ${o.passes} warm passes each, ${o.entry})`);
  console.log(`machine: load ${machine.loadBefore.join(" ")} → ${machine.loadAfter.join(" ")}; other processes used ${machine.othersCores} of a core during the run${machine.quiet ? " (quiet)" : " (NOT quiet: do not record this ratio)"}`);
  const out = fileURLToPath(new URL("../results/versus.latest.json", import.meta.url));
  mkdirSync(fileURLToPath(new URL("../results/", import.meta.url)), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), before: o.before, entry: o.entry, pairs: o.pairs, passes: o.passes, machine, rows, total: { beforeMs: tb, afterMs: ta, ratio: +(ta / tb).toFixed(3), pairRatios: totalRatios } }, null, 2) + "\n");
}

if (process.argv[2] === "--child") await child(process.argv[3]!, Number(process.argv[4]) || 2, process.argv[5] ?? "src");
else parent(process.argv.slice(2));
