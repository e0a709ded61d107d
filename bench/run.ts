/**
 * npm run bench — the performance record in one run, on this machine:
 *   1. detection on one core, next to the baseline stack (libphonenumber-js + linkify-it) on the
 *      same corpora: MB/s, texts/s, p50/p99 per text, and the worst 100 KB inputs (bench/detect);
 *   2. HTTP checks/s and latency against POST /v1/check on PostgreSQL (bench/http);
 *   2b. the whole process a command-line user runs: `node bin/contactguard.js scan` over the 9.1 MB corpus
 *      against the peer script, CPU time, and the start-up (bench/scan);
 *   2c. the Stream Chat hook's latency, signed requests one at a time (bench/http/stream-hook.ts);
 *   3. stream throughput on NATS JetStream: 1, 2 and 4 workers each capped at a quarter core in a cgroup of
 *      its own (scale-out as on machines of their own), and 1 → 2 uncapped workers on this box (bench/stream);
 * then a summary against the targets. Each part runs in its own process, one after the other, so
 * they do not share the cores. Options:
 *   npm run bench -- --skip http,stream      leave parts out
 *   npm run bench -- --only corpora|worst    detection only (passed to bench/detect), as before
 * A report, not a test: exits 0 unless a part fails to run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** When this run began: a part's `X.noisy.json` newer than this is this run's (see `read`). */
const startedAt = Date.now();
const args = process.argv.slice(2);
const tsx = join(ROOT, "node_modules/.bin/tsx");

function runPart(script: string, partArgs: string[] = []): boolean {
  // Not with --expose-gc: a forced full collection before each timed 100 KB run made every build, and the
  // baseline, 3–5× slower on the next run (compiled regular expressions are flushed and start again in the
  // interpreter), so it measured a state no user's process is in.
  const r = spawnSync(tsx, [join(ROOT, script), ...partArgs], { stdio: "inherit", cwd: ROOT });
  return r.status === 0;
}

if (args.includes("--only")) {
  process.exit(runPart("bench/detect/run.ts", args) ? 0 : 1);
}

const skipAt = args.indexOf("--skip");
const skip = new Set(skipAt >= 0 ? (args[skipAt + 1] ?? "").split(",") : []);
const parts = [
  { name: "detection", script: "bench/detect/run.ts", args: [] as string[] },
  { name: "scan", script: "bench/scan/run.ts", args: [] },
  { name: "http", script: "bench/http/run.ts", args: ["postgres"] },
  { name: "hook", script: "bench/http/stream-hook.ts", args: [] },
  { name: "stream", script: "bench/stream/run.ts", args: [] },
].filter((p) => !skip.has(p.name));

let failed = false;
for (const part of parts) {
  console.log(`\n=== ${part.name} ===`);
  if (!runPart(part.script, part.args)) {
    console.log(`(${part.name} did not finish)`);
    failed = true;
  }
}

/**
 * A part's record: `X.latest.json`, or `X.noisy.json` when this run's measurement was not trusted (busy
 * machine, or repeats that disagree) — it is shown, marked, never passed off as the record.
 */
const toldNoisy = new Set<string>();
const read = (name: string): any => {
  const noisyPath = join(ROOT, "bench/results", name.replace(".latest.", ".noisy."));
  if (noisyPath !== join(ROOT, "bench/results", name) && existsSync(noisyPath) && statSync(noisyPath).mtimeMs >= startedAt) {
    if (!toldNoisy.has(name)) console.log(`(${name.replace(".latest.json", "")}: this run was NOISY — its figures are not a result)`);
    toldNoisy.add(name);
    return JSON.parse(readFileSync(noisyPath, "utf8"));
  }
  const path = join(ROOT, "bench/results", name);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
};

console.log("\n=== summary ===");
if (!skip.has("detection")) {
  const d = read("detect.latest.json");
  for (const corpus of [...new Set<string>((d?.corpora ?? []).map((r: { corpus: string }) => r.corpus))]) {
    const rows = d.corpora.filter((r: { corpus: string }) => r.corpus === corpus);
    const cg = rows.find((r: { detector: string }) => r.detector === "ContactGuard");
    const base = rows.find((r: { detector: string }) => r.detector === "baseline");
    if (!cg || !base) continue;
    const ratio = cg.mbPerS / base.mbPerS;
    console.log(
      `detection  ${corpus.padEnd(36)} ${cg.mbPerS.toFixed(2)} MB/s (${Math.round(cg.textsPerS)} texts/s, p50 ${cg.p50Ms.toFixed(2)} ms, p99 ${cg.p99Ms.toFixed(2)} ms)` +
        `  baseline ${base.mbPerS.toFixed(2)} MB/s  → ${ratio.toFixed(2)}× (target ≥ 1.5×)`,
    );
    if (/sms/i.test(corpus)) console.log(`latency    ${corpus.padEnd(36)} p99 ${cg.p99Ms.toFixed(3)} ms per message (target ≤ 0.5 ms)`);
  }
  // All corpora as one: total megabytes over the total time of each detector's median runs.
  const together = (label: string) => {
    const rows: Array<{ mb: number; mbPerS: number }> = (d?.corpora ?? []).filter((r: { detector: string }) => r.detector === label);
    const mb = rows.reduce((sum, r) => sum + r.mb, 0);
    return rows.length ? mb / rows.reduce((sum, r) => sum + r.mb / r.mbPerS, 0) : 0;
  };
  const cgAll = together("ContactGuard");
  const baseAll = together("baseline");
  if (cgAll && baseAll) {
    console.log(`detection  ${"all corpora together".padEnd(36)} ${cgAll.toFixed(2)} MB/s  baseline ${baseAll.toFixed(2)} MB/s  → ${(cgAll / baseAll).toFixed(2)}× (target ≥ 2×)`);
  }
  const worst: Array<{ input: string; contactguardMaxMs: number }> = d?.worstCase?.results ?? [];
  if (worst.length) {
    const slowest = worst.reduce((a, b) => (b.contactguardMaxMs > a.contactguardMaxMs ? b : a));
    const over = worst.filter((w) => w.contactguardMaxMs > 20).length;
    console.log(`latency    100 KB inputs: slowest ${slowest.contactguardMaxMs.toFixed(1)} ms (${slowest.input}); ${over} of ${worst.length} over 20 ms (target: none)`);
  }
}
if (!skip.has("scan")) {
  const r = read("scan.latest.json");
  if (r) {
    console.log(`scan       whole process, ${r.texts} texts ${(r.contactguard.medianCpuMs / 1000).toFixed(2)} s CPU, peer ${(r.peer.medianCpuMs / 1000).toFixed(2)} s → ${r.ratio.toFixed(2)}× the peer's CPU (target ≤ 0.5×)`);
    console.log(`scan       start-up (scan < /dev/null) ${(r.startup.medianCpuMs / 1000).toFixed(2)} s CPU (target ≤ 0.25 s)`);
  }
}
const machineLine = (m: any) => (m ? ` — load ${m.loadBefore?.join(" ")} → ${m.loadAfter?.join(" ")}, others ${m.othersCores} core${m.quiet ? " (quiet)" : " (NOT quiet)"}` : "");
if (!skip.has("detection")) console.log(`machine    detection${machineLine(read("detect.latest.json")?.machine)}`);
if (!skip.has("scan")) console.log(`machine    scan${machineLine(read("scan.latest.json")?.machine)}`);
if (!skip.has("http")) {
  for (const r of read("http.latest.json")?.results ?? []) {
    console.log(`http       ${r.store.padEnd(36)} ${r.rps} checks/s, p50 ${r.p50} ms, p99 ${r.p99} ms (target ≥ 5000/s, p99 ≤ 20 ms)`);
  }
}
if (!skip.has("hook")) {
  const h = read("hook.latest.json");
  if (h) console.log(`hook       Stream Chat Before Message Send on ${h.store}: p50 ${h.p50} ms, p99 ${h.p99} ms over ${h.requests} requests (budget 1,500 ms; target p99 well under 100 ms)`);
}
if (!skip.has("stream")) {
  const st = read("stream.latest.json");
  for (const s of st?.report ?? []) {
    const name = s.scenario.slice(0, 36).padEnd(36);
    const o = s.scaleOut;
    if (o?.rows) {
      // Each worker capped at a quarter core in a cgroup of its own: scale-out as on machines of their own.
      const [one, ...more] = o.rows;
      const how = o.capped ? `capped ${o.share} core each` : "NOT capped (no writable cgroup)";
      console.log(
        `stream     ${name} ${how}: 1 worker ${one.perSecond}/s, ` +
          more.map((r: { workers: number; perSecond: number }) => `${r.workers} → ${r.perSecond}/s ${o.ratios[r.workers]}× (target ≥ ${o.targets[r.workers]}×)`).join(", ") +
          (o.starved?.length ? " — workers starved by a busy box, not a result" : ""),
      );
      if (o.ceiling) console.log(`stream     ${name} worker ${o.cpuMsPerRequest.worker} ms CPU/request → ${Math.round(o.ceiling.perWorkerCore)}/s per worker core; ${o.ceiling.limitedBy} on ${o.ceiling.serviceCores} cores caps N machines at ${Math.round(o.ceiling.ceiling)}/s (~${o.ceiling.workersBeforeLimit.toFixed(1)} workers)`);
    }
    if (s.uncapped) console.log(`stream     ${name} uncapped on this box: 1 worker ${s.uncapped.rows[0].perSecond}/s, 2 workers ${s.uncapped.rows[1].perSecond}/s → ${s.uncapped.scaling}× (shared cores)`);
  }
  if (st?.machine) console.log(`machine    stream — load ${st.machine.loadBefore?.join(" ")} → ${st.machine.loadAfter?.join(" ")}, others ${st.machine.othersBefore} / ${st.machine.othersAfter} core before / after${st.noisy ? " (NOISY)" : " (quiet)"}`);
}
process.exit(failed ? 1 : 0);
