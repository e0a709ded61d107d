/**
 * npm run bench — detection speed on one core (Node runs detect on its single main thread), for
 * ContactGuard and the baseline side by side, on the real corpora in ../shared/data:
 *   throughput (MB/s of UTF-8 input, texts/s) and per-text latency p50/p99 (process.hrtime.bigint),
 *   after a warm-up pass; each measurement is run 5 times (--runs N), ContactGuard and baseline passes
 *   interleaved, and the median run is reported.
 * Then the worst case: 100 KB inputs (a long job ad repeated, and adversarial strings), reporting the
 * max ms per 100 KB input and whether it is ≤ 50 ms.
 *
 *   npm run bench                 # everything
 *   npm run bench -- --runs 9     # more runs per measurement
 *   npm run bench -- --only worst # only the 100 KB worst case (or: corpora)
 *
 * A report, not a test: always exits 0. Writes bench/results/detect.latest.json — only when the machine was
 * quiet (bench/lib/machine.ts) and each corpus's repeated ratios agree within 10%; otherwise
 * detect.noisy.json, and the last record stays.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, platform, release } from "node:os";
import { fileURLToPath } from "node:url";
import { requireDataDir } from "../lib/data.js";
import { loadCorpora, type Corpus, type Text } from "../lib/corpora.js";
import { baseline, contactGuard, type Detector } from "../lib/detectors.js";
import { watchMachine } from "../lib/machine.js";
import { agreement, median, quantile } from "../lib/stats.js";
import { WORST_SIZE, longestAd, worstInputs } from "../lib/worst-inputs.js";

/** Issue 21's target: no 100 KB input over 20 ms (the earlier bench allowed 50). */
const WORST_LIMIT_MS = 20;

function parseArgs(argv: string[]) {
  const opts = { runs: 5, only: "" as "" | "worst" | "corpora", worstRuns: 7 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--runs") opts.runs = Math.max(1, Number(argv[++i]) || 5);
    else if (a === "--only") {
      const v = argv[++i] ?? "";
      if (v === "worst" || v === "corpora") opts.only = v;
    } else if (a === "--help" || a === "-h") {
      console.log("usage: npm run bench -- [--runs N] [--only worst|corpora]");
      process.exit(0);
    }
  }
  return opts;
}

interface RunStats {
  totalMs: number;
  p50: number;
  p99: number;
  max: number;
  findings: number;
}

interface CorpusResult {
  corpus: string;
  detector: string;
  texts: number;
  mb: number;
  mbPerS: number;
  textsPerS: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  findings: number;
  runsMs: number[];
}

/** Texts per block in an interleaved pass: small enough that the machine's speed does not drift within a block. */
const BLOCK = 64;

/**
 * One pass of every detector over the corpus, interleaved block by block (A B on one block of texts, B A on the
 * next, …), each text timed alone. A pass per detector took a second or more, and this virtual machine's speed
 * drifts within seconds: the runs' ratios then disagreed by 20–45% on a quiet machine. Block by block, both
 * detectors see the same moments, and the ratio of their sums holds run to run.
 */
function interleavedPass(dets: readonly Detector[], texts: Text[]): RunStats[] {
  const lat = dets.map(() => new Float64Array(texts.length));
  const findings = dets.map(() => 0);
  for (let start = 0, block = 0; start < texts.length; start += BLOCK, block++) {
    const end = Math.min(texts.length, start + BLOCK);
    for (let j = 0; j < dets.length; j++) {
      const k = block % 2 === 0 ? j : dets.length - 1 - j;
      const det = dets[k]!;
      for (let i = start; i < end; i++) {
        const t = texts[i]!;
        const a = process.hrtime.bigint();
        findings[k]! += det.run(t.text, t.region).length;
        lat[k]![i] = Number(process.hrtime.bigint() - a) / 1e6;
      }
    }
  }
  return lat.map((l, k) => {
    const totalMs = l.reduce((sum, x) => sum + x, 0);
    const sorted = Float64Array.from(l).sort();
    return { totalMs, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted[sorted.length - 1] ?? 0, findings: findings[k]! };
  });
}

/**
 * Both detectors on one corpus, interleaved block by block (interleavedPass): this machine's speed drifts
 * by tens of percent within a minute, and interleaving gives both the same conditions, so the ratio between
 * them holds even when the absolute figures move.
 */
function measurePair(c: Corpus, dets: readonly Detector[], runs: number): CorpusResult[] {
  // Warm-up: JIT, lazy tables, libphonenumber metadata.
  interleavedPass(dets, c.texts.slice(0, Math.min(c.texts.length, 2000)));
  const stats: RunStats[][] = dets.map(() => []);
  for (let r = 0; r < runs; r++) interleavedPass(dets, c.texts).forEach((run, k) => stats[k]!.push(run));
  const mb = c.bytes / 1e6;
  return dets.map((det, k) => {
    const own = stats[k]!;
    const byTime = [...own].sort((a, b) => a.totalMs - b.totalMs);
    const mid = byTime[Math.floor((byTime.length - 1) / 2)]!;
    return {
      corpus: c.name,
      detector: det.label,
      texts: c.texts.length,
      mb,
      mbPerS: mb / (mid.totalMs / 1000),
      textsPerS: c.texts.length / (mid.totalMs / 1000),
      p50Ms: median(own.map((s) => s.p50)),
      p99Ms: median(own.map((s) => s.p99)),
      maxMs: median(own.map((s) => s.max)),
      findings: mid.findings,
      runsMs: own.map((s) => +s.totalMs.toFixed(1)),
    };
  });
}

interface WorstResult {
  input: string;
  chars: number;
  contactguardMaxMs: number;
  contactguardMedianMs: number;
  contactguardFindings: number;
  baselineMaxMs: number;
  baselineMedianMs: number;
  pass: boolean;
}

/**
 * `NODE_OPTIONS=--expose-gc` collects garbage before each timed worst-case run. Not the default, and not a
 * fair figure: after a forced full collection every detector ran 3–5× slower on the next input (compiled
 * regular expressions are flushed and start again in the interpreter).
 */
const gc = (globalThis as { gc?: () => void }).gc;

function timeOnce(det: Detector, text: string): { ms: number; findings: number } {
  gc?.();
  const a = process.hrtime.bigint();
  const n = det.run(text, "US").length;
  return { ms: Number(process.hrtime.bigint() - a) / 1e6, findings: n };
}

function measureWorst(inputs: Array<{ name: string; text: string }>, runs: number): WorstResult[] {
  const out: WorstResult[] = [];
  for (const inp of inputs) {
    const res: Record<string, { max: number; median: number; findings: number }> = {};
    for (const det of [contactGuard, baseline]) {
      timeOnce(det, inp.text); // warm-up
      const ms: number[] = [];
      let findings = 0;
      for (let r = 0; r < runs; r++) {
        const t = timeOnce(det, inp.text);
        ms.push(t.ms);
        findings = t.findings;
      }
      res[det.name] = { max: Math.max(...ms), median: median(ms), findings };
    }
    const cg = res.contactguard!;
    const bl = res.baseline!;
    out.push({
      input: inp.name,
      chars: inp.text.length,
      contactguardMaxMs: cg.max,
      contactguardMedianMs: cg.median,
      contactguardFindings: cg.findings,
      baselineMaxMs: bl.max,
      baselineMedianMs: bl.median,
      pass: cg.max <= WORST_LIMIT_MS,
    });
  }
  return out;
}

function table(head: string[], rows: string[][], rightAlign: boolean[]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => (rightAlign[i] ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join(" | ");
  return [line(head), w.map((x) => "-".repeat(x)).join("-+-"), ...rows.map(line)].join("\n");
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const dir = requireDataDir();
  if (!dir) return;
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`ContactGuard bench — node ${process.version}, ${platform()} ${release()}, CPU: ${cpu} (${cpus().length} logical cores; measured on one)`);
  console.log(`Runs per measurement: ${opts.runs} (median run reported) after a warm-up pass.\n`);

  const corpora = loadCorpora(dir);
  const results: CorpusResult[] = [];
  const ratioChecks: Array<{ corpus: string; ratios: number[]; within10Percent: boolean; spread: number }> = [];
  const stopWatch = watchMachine();
  if (opts.only !== "worst") {
    for (const c of corpora) {
      results.push(...measurePair(c, [contactGuard, baseline], opts.runs));
      process.stderr.write(`  ${c.name} done\n`);
    }
    console.log(
      table(
        ["corpus", "detector", "texts", "MB", "MB/s", "texts/s", "p50 ms", "p99 ms", "max ms", "findings", "× baseline MB/s"],
        results.map((r) => {
          const base = results.find((b) => b.corpus === r.corpus && b.detector === baseline.label)!;
          return [r.corpus, r.detector, String(r.texts), f2(r.mb), f2(r.mbPerS), f1(r.textsPerS), f3(r.p50Ms), f3(r.p99Ms), f2(r.maxMs), String(r.findings), f2(r.mbPerS / base.mbPerS)];
        }),
        [false, false, true, true, true, true, true, true, true, true, true],
      ),
    );
    const together = (label: string) => {
      const rows = results.filter((r) => r.detector === label);
      const mb = rows.reduce((sum, r) => sum + r.mb, 0);
      return mb / rows.reduce((sum, r) => sum + r.mb / r.mbPerS, 0);
    };
    const cgAll = together(contactGuard.label);
    const baseAll = together(baseline.label);
    console.log(`\nAll corpora together (their median runs): ContactGuard ${f2(cgAll)} MB/s, baseline ${f2(baseAll)} MB/s → ${f2(cgAll / baseAll)}×`);
    // Each interleaved run pair gives its own ratio; they must agree for the median to mean anything.
    for (const r of results.filter((x) => x.detector === contactGuard.label)) {
      const base = results.find((b) => b.corpus === r.corpus && b.detector === baseline.label)!;
      const ratios = r.runsMs.map((ms, i) => base.runsMs[i]! / ms);
      const agree = agreement(ratios);
      ratioChecks.push({ corpus: r.corpus, ratios: ratios.map((x) => +x.toFixed(3)), within10Percent: agree.within, spread: +agree.spread.toFixed(3) });
      if (!agree.within) console.log(`  ${r.corpus}: run ratios ${ratios.map(f2).join(", ")} disagree (spread ${(agree.spread * 100).toFixed(0)}%)`);
    }
    console.log("");
  }

  let worst: WorstResult[] = [];
  if (opts.only !== "corpora") {
    worst = measureWorst(worstInputs(longestAd(corpora)), opts.worstRuns);
    console.log(
      `Worst case: ${WORST_SIZE.toLocaleString("en-US")}-character inputs, ${opts.worstRuns} runs after a warm-up${gc ? ", GC before each run" : ""}; target: ContactGuard max ≤ ${WORST_LIMIT_MS} ms per 100 KB.` +
        (gc ? "" : "\n(max includes GC pauses and noise from other processes; compare with the median, or run with NODE_OPTIONS=--expose-gc)"),
    );
    console.log(
      table(
        ["100 KB input", "CG max ms", "CG median ms", "CG findings", "baseline max ms", "baseline median ms", `≤ ${WORST_LIMIT_MS} ms`],
        worst.map((w) => [w.input, f1(w.contactguardMaxMs), f1(w.contactguardMedianMs), String(w.contactguardFindings), f1(w.baselineMaxMs), f1(w.baselineMedianMs), w.pass ? "PASS" : "FAIL"]),
        [false, true, true, true, true, true, false],
      ),
    );
    const worstCg = worst.reduce((a, b) => (b.contactguardMaxMs > a.contactguardMaxMs ? b : a), worst[0]!);
    console.log(`\nSlowest 100 KB input for ContactGuard: ${worstCg.input} — ${f1(worstCg.contactguardMaxMs)} ms (${worstCg.pass ? "PASS" : "FAIL"}); ${worst.filter((w) => !w.pass).length} of ${worst.length} inputs over ${WORST_LIMIT_MS} ms.`);
  }

  const machine = stopWatch();
  const trusted = machine.quiet && ratioChecks.every((c) => c.within10Percent);
  console.log(`\nmachine: load ${machine.loadBefore.join(" ")} → ${machine.loadAfter.join(" ")}; other processes used ${machine.othersCores} of a core during the run${machine.quiet ? " (quiet)" : " (NOT quiet)"}`);
  const outDir = fileURLToPath(new URL("../results/", import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const latest = `${outDir}detect.latest.json`;
  const file = trusted ? latest : `${outDir}detect.noisy.json`;
  // A partial run (--only) keeps the other part of the last record instead of blanking it.
  const previous = existsSync(latest) ? (JSON.parse(readFileSync(latest, "utf8")) as { corpora?: unknown; worstCase?: unknown }) : {};
  const worstCase = { limitMs: WORST_LIMIT_MS, chars: WORST_SIZE, runs: opts.worstRuns, results: worst };
  writeFileSync(
    file,
    `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, platform: `${platform()} ${release()}`, cpu, logicalCores: cpus().length, runs: opts.runs, machine, noisy: !trusted, ratioChecks, corpora: opts.only === "worst" ? (previous.corpora ?? []) : results, worstCase: opts.only === "corpora" ? (previous.worstCase ?? worstCase) : worstCase }, null, 1)}\n`,
  );
  console.log(trusted ? `\nWrote ${file}` : `\nNot a result (machine busy or run ratios disagree): wrote ${file}; detect.latest.json is unchanged.`);
}

try {
  main();
} catch (e) {
  console.log(`bench crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
}
process.exitCode = 0;
