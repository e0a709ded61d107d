/**
 * Stream benchmark: how many check requests per second the stream workers take off NATS JetStream,
 * decide, record in PostgreSQL and answer on the results stream.
 *
 *   npm run bench:stream                               # capped scale-out (about 4 minutes)
 *   BENCH_STREAM_UNCAPPED=1 npm run bench:stream       # also 1 → 2 uncapped workers (BENCH_STREAM_ONLY=uncapped: only that)
 *
 * Two parts, per scenario (chat messages; real job posts):
 *  - capped scale-out: 1, 2, 4, then 1 again workers, EACH in a cgroup of its own capped at a quarter of a core
 *    (BENCH_STREAM_CAP; the kernel's CFS quota, bench/stream/cgroup.ts) — like workers on small machines of
 *    their own — while NATS and PostgreSQL keep the rest of the box. Targets: 2 workers ≥ 1.9×, 4 ≥ 3.5× one.
 *    With the CPU per message of workers, NATS and PostgreSQL, the ceiling this implies for N machines.
 *    Where cgroups are not writable (not root), the workers run uncapped and the record says so.
 *  - uncapped 1 → 2 workers (on request): what this 2-core box gives when workers, NATS and PostgreSQL share
 *    its cores. On a box other work keeps busy it measures that work more than the workers.
 *
 * For each run: a fresh stream prefix and PostgreSQL schema, the requests published first (a backlog), then
 * the workers started. Throughput is counted over a fixed window that opens a few seconds after the last worker
 * is ready (warm-up: JIT compilation and first queries are a one-off start-up cost, not throughput) and closes
 * before the backlog runs out (while it lasts every worker has work), so each run takes the same time whatever
 * the worker count; the rest of the backlog is dropped. CPU per request is measured over the same window.
 * The cgroups are removed at the end, on failure too; `ls /sys/fs/cgroup/cpu/` shows no `cgbench-*` after.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { busyMs, watchAround } from "../lib/machine.js";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { connect } from "@nats-io/transport-node";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import pg from "pg";
import { ensureTopology, topology } from "../../src/surfaces/stream/topology.js";
import { requireDataDir } from "../lib/data.js";
import { messageAt } from "../lib/message-mix.js";
import { fillRow, loadEmscad } from "../lib/emscad.js";
import { openCpuCap, parseProcStat, treeCpuSeconds, type CpuCap } from "./cgroup.js";
import { scaleOutCeiling, throughputOn, type Ceiling } from "./ceiling.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin/contactguard.js");
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const NATS_URL = process.env.BENCH_NATS_URL ?? "nats://127.0.0.1:4222";
const MESSAGES = Number(process.env.BENCH_STREAM_MESSAGES ?? 20_000);
/** The first capped run's backlog for the chat scenario (the job posts get a fifth: each costs ~5× the CPU); later runs size theirs from its rate. */
const CAPPED_MESSAGES = Number(process.env.BENCH_STREAM_CAPPED_MESSAGES ?? 12_000);
const CAP_SHARE = Number(process.env.BENCH_STREAM_CAP ?? 0.25);
const ONLY = process.env.BENCH_STREAM_ONLY; // "capped" | "uncapped" | undefined (both)
const CAPPED_TIMING = { warmSeconds: Number(process.env.BENCH_STREAM_WARM_SECONDS ?? 4), windowSeconds: Number(process.env.BENCH_STREAM_WINDOW_SECONDS ?? 12) };
const UNCAPPED_TIMING = { warmSeconds: 3, windowSeconds: 8 };
const CAPPED_COUNTS = [1, 2, 4];
const TARGETS: Record<number, number> = { 2: 1.9, 4: 3.5 };
/** Under this share of their caps, capped workers were held back by the box, not by the cap: the run is marked. */
const CAP_USE_MIN = 0.9;

interface Scenario {
  name: string;
  messages: number;
  cappedMessages: number;
  request(i: number): { id: string; text: string; room?: string; context: Record<string, unknown> };
}

const MESSAGES_SCENARIO: Scenario = {
  name: "chat messages (95% clean / 5% contact details, as bench:http)",
  messages: MESSAGES,
  cappedMessages: CAPPED_MESSAGES,
  request: (i) => ({ id: `b${i}`, text: messageAt(i), room: `room-${i % 2000}`, context: { sender: { id: `acct-${i % 5000}`, role: i % 2 ? "freelancer" : "client" } } }),
};

/** Real job ads (EMSCAD, contact details put back), ~2–3 KB each: detection, not the plumbing, is the cost. */
function jobAdScenario(): Scenario | null {
  const dir = requireDataDir();
  if (!dir) return null;
  const ads = loadEmscad(dir).map((row) => fillRow(row, "plain").map((f) => f.text).join("\n\n"));
  return {
    name: `job posts (EMSCAD, ${ads.length} real ads, avg ${Math.round(ads.reduce((n, a) => n + a.length, 0) / ads.length)} chars)`,
    messages: Math.min(MESSAGES, 6000),
    cappedMessages: Math.round(CAPPED_MESSAGES / 5),
    request: (i) => ({ id: `j${i}`, text: ads[i % ads.length]!, context: { surface: "job_post", sender: { id: `client-${i % 3000}`, role: "client" } } }),
  };
}

/** CPU seconds used so far by NATS, PostgreSQL (all its processes) and the given worker processes with their children. */
function cpuSeconds(workerPids: number[]): { nats: number; postgres: number; workers: number } {
  const out = { nats: 0, postgres: 0, workers: workerPids.reduce((sum, pid) => sum + treeCpuSeconds(pid), 0) };
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const pid of entries) {
    try {
      const { comm, cpuSeconds: seconds } = parseProcStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
      if (comm === "nats-server") out.nats += seconds;
      else if (comm === "postgres") out.postgres += seconds;
    } catch {
      // the process ended between listing and reading
    }
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Worker processes alive right now, and the CPU cap's groups: ended by `cleanUp` on any exit, failures included. */
const live = new Set<ChildProcess>();
let cap: CpuCap | null = null;
function cleanUp(): void {
  for (const c of live) c.kill("SIGKILL");
  const left = cap?.removeAll() ?? [];
  if (left.length) process.stderr.write(`bench/stream: could not remove the cgroup(s) ${left.join(", ")}\n`);
}
process.on("exit", cleanUp);
/** The running run's clean-up (its streams and schema too), for an interrupted bench. */
let current: (() => Promise<void>) | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    cleanUp();
    void Promise.race([current?.().catch(() => undefined), sleep(5000)]).finally(() => process.exit(130));
  });
}

interface Row {
  workers: number;
  /** Requests published before the workers started (the backlog). */
  backlog: number;
  capped: boolean;
  /** The measuring window: requests answered in it, its length, and whether the backlog ran out before its planned end (it then ends there). */
  window: { messages: number; seconds: number; backlogRanOut: boolean };
  perSecond: number;
  /** CPU per request answered in the window. */
  cpuMsPerRequest: { worker: number; postgres: number; nats: number };
  /** Cores the rest of the machine (not the workers, NATS, PostgreSQL or this process) used in the window. */
  othersCores: number | null;
  /** Capped runs: the workers' CPU in the window as a share of their caps (≈ 1 when each is CPU-bound at its cap). */
  capUse?: number;
  /** Capped runs: CFS periods in the window in which a worker's group hit its quota, over all its groups. */
  throttledPeriods?: number;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Timing {
  /** Seconds after the last worker is ready before the window opens: JIT compilation and first queries are a start-up cost, not throughput. */
  warmSeconds: number;
  windowSeconds: number;
}

/** Starts `count` workers on the prefix, each moved into a capped group of its own when `capped`; resolves when all are ready. */
async function startWorkers(count: number, prefix: string, capped: CpuCap | null, groups: string[]): Promise<ChildProcess[]> {
  const children: ChildProcess[] = [];
  const start = (w: number): Promise<void> => {
    const child = spawn(process.execPath, [BIN, "worker", "--nats", NATS_URL, "--prefix", prefix, "--name", `bench-${w}`], {
      env: { ...process.env, DATABASE_URL: PG_URL, DB_SCHEMA: prefix, LOG_LEVEL: "error", DOCUMENT_THREADS: "1" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    live.add(child);
    child.once("exit", () => live.delete(child));
    // Into its own capped group at once: Node has barely started, so its start-up is capped too, and
    // every thread and child process it makes from here on belongs to the group.
    if (capped) {
      const group = capped.group(`${prefix}-${w}`);
      groups.push(group);
      capped.add(group, child.pid!);
    }
    return new Promise<void>((resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`worker ${w} exited (${code}) before it was ready`)));
      child.stdout!.on("data", (c: Buffer) => {
        if (c.toString().includes('"event":"ready"')) resolve();
      });
    });
  };
  // The first alone, then the rest together: workers starting at once on a fresh schema race to create it, and
  // PostgreSQL's CREATE SCHEMA IF NOT EXISTS can fail the loser (duplicate key in pg_namespace; src/ledger/db.ts).
  // The window opens only after the last is ready, so the head start is not measured.
  await start(0);
  await Promise.all(Array.from({ length: count - 1 }, (_, k) => start(k + 1)));
  // Anything a worker started before it was moved (nothing, for Node) joins its group now.
  if (capped) children.forEach((c, w) => capped.add(groups[w]!, c.pid!));
  return children;
}

/**
 * One run: publish `backlog` requests, start `workers` (each in a capped group of its own when `capped`), wait
 * until all are ready plus the warm-up, then count the results answered over the window. The window closes
 * early if the backlog is all delivered (from then on some workers may idle); the rest of the backlog is
 * dropped with the streams — throughput needs no drained queue.
 */
async function run(workers: number, scenario: Scenario, backlog: number, capped: CpuCap | null, timing: Timing): Promise<Row> {
  const prefix = `cgbench${process.pid}w${workers}${Math.random().toString(36).slice(2, 6)}`;
  const nc = await connect({ servers: NATS_URL });
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  const t = topology(prefix);
  await ensureTopology(jsm, t);
  const groups: string[] = [];
  const teardown = async () => {
    for (const c of live) c.kill("SIGKILL");
    cap?.removeAll();
    for (const s of [t.checkStream, t.resultStream, t.deadStream]) await jsm.streams.delete(s).catch(() => undefined);
    await nc.close();
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${prefix} CASCADE`);
    await client.end();
  };
  current = teardown;
  try {
    for (let start = 0; start < backlog; start += 1000) {
      await Promise.all(
        Array.from({ length: Math.min(1000, backlog - start) }, (_, k) => {
          const request = scenario.request(start + k);
          return js.publish(t.checkSubject, JSON.stringify(request), { msgID: request.id });
        }),
      );
    }
    const children = await startWorkers(workers, prefix, capped, groups);
    const pids = children.map((c) => c.pid!);
    const results = async () => (await jsm.streams.info(t.resultStream)).state.messages;
    const drained = async () => (await jsm.consumers.info(t.checkStream, t.consumer)).num_pending === 0;
    const throttled = () => groups.reduce((n, g) => n + (capped!.stat(g).nr_throttled ?? 0), 0);
    const warmEnd = performance.now() + timing.warmSeconds * 1000;
    while (performance.now() < warmEnd && !(await drained())) await sleep(100);
    const t0 = performance.now();
    const r0 = await results();
    const before = cpuSeconds(pids);
    const busy0 = busyMs();
    const own0 = process.cpuUsage();
    const throttled0 = capped ? throttled() : 0;
    const windowEnd = t0 + timing.windowSeconds * 1000;
    let ranOut = false;
    while (performance.now() < windowEnd && !(ranOut = await drained())) await sleep(100);
    const t1 = performance.now();
    const r1 = await results();
    const after = cpuSeconds(pids);
    const busy1 = busyMs();
    const own = process.cpuUsage(own0);
    const throttledPeriods = capped ? throttled() - throttled0 : 0;
    const seconds = (t1 - t0) / 1000;
    const handled = Math.max(1, r1 - r0);
    const perRequest = (k: "workers" | "postgres" | "nats") => round(((after[k] - before[k]) * 1000) / handled, 3);
    const ours = (after.workers - before.workers + after.nats - before.nats + after.postgres - before.postgres) * 1000 + (own.user + own.system) / 1000;
    const othersCores = busy0 === null || busy1 === null ? null : round(Math.max(0, busy1 - busy0 - ours) / (t1 - t0), 2);
    // Stopping: SIGTERM finishes what a worker holds (up to 256 requests; seconds at a quarter core), so not long.
    for (const c of children) c.kill("SIGTERM");
    await Promise.race([Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once("exit", r)) : undefined))), sleep(3000)]);
    return {
      workers,
      backlog,
      capped: capped !== null,
      window: { messages: r1 - r0, seconds: round(seconds), backlogRanOut: ranOut },
      perSecond: Math.round((r1 - r0) / seconds),
      cpuMsPerRequest: { worker: perRequest("workers"), postgres: perRequest("postgres"), nats: perRequest("nats") },
      othersCores,
      ...(capped ? { capUse: round((after.workers - before.workers) / (workers * capped.share * seconds)), throttledPeriods } : {}),
    };
  } finally {
    await teardown();
    current = null;
  }
}

/** Runs of the same worker count as one row: requests and CPU summed over their windows. */
function pool(runs: Row[]): Row {
  if (runs.length === 1) return runs[0]!;
  const messages = runs.reduce((n, r) => n + r.window.messages, 0);
  const seconds = runs.reduce((n, r) => n + r.window.seconds, 0);
  const weighted = (f: (r: Row) => number) => runs.reduce((n, r) => n + f(r) * r.window.messages, 0) / messages;
  const timed = (f: (r: Row) => number) => runs.reduce((n, r) => n + f(r) * r.window.seconds, 0) / seconds;
  return {
    workers: runs[0]!.workers,
    backlog: runs.reduce((n, r) => n + r.backlog, 0),
    capped: runs[0]!.capped,
    window: { messages, seconds: round(seconds), backlogRanOut: runs.some((r) => r.window.backlogRanOut) },
    perSecond: Math.round(messages / seconds),
    cpuMsPerRequest: {
      worker: round(weighted((r) => r.cpuMsPerRequest.worker), 3),
      postgres: round(weighted((r) => r.cpuMsPerRequest.postgres), 3),
      nats: round(weighted((r) => r.cpuMsPerRequest.nats), 3),
    },
    othersCores: runs.some((r) => r.othersCores === null) ? null : round(timed((r) => r.othersCores!)),
    ...(runs[0]!.capUse !== undefined ? { capUse: round(timed((r) => r.capUse!)), throttledPeriods: runs.reduce((n, r) => n + (r.throttledPeriods ?? 0), 0) } : {}),
  };
}

function printRow(r: Row, label: string): void {
  const c = r.cpuMsPerRequest;
  console.log(
    `  ${label.padEnd(18)} ${String(r.perSecond).padStart(6)} requests/s  (${r.window.messages} in ${r.window.seconds} s${r.window.backlogRanOut ? ", the backlog ran out: raise BENCH_STREAM_CAPPED_MESSAGES" : ""})` +
      `   CPU ms per request: workers ${c.worker}, PostgreSQL ${c.postgres}, NATS ${c.nats}` +
      (r.capUse !== undefined ? `   workers at ${Math.round(r.capUse * 100)}% of their caps` : "") +
      (r.othersCores !== null ? `   other processes ${r.othersCores} core` : ""),
  );
}

console.log(`Stream: check requests (a backlog) on NATS JetStream → workers → PostgreSQL ledger → results stream; ${cpus().length} × ${cpus()[0]?.model}`);
const scenarios = [MESSAGES_SCENARIO, jobAdScenario()].filter((s): s is Scenario => s !== null);
const opened = ONLY === "uncapped" ? null : openCpuCap(CAP_SHARE);
cap = opened && !("unavailable" in opened) ? opened : null;
const capNote =
  opened && "unavailable" in opened
    ? `NOT CAPPED: ${opened.unavailable}. The 1/2/4-worker runs below share this box's ${cpus().length} cores with NATS and PostgreSQL, so their ratios say nothing about scale-out.`
    : null;
const around = await watchAround();
const report = [];
for (const scenario of scenarios) {
  console.log(`\n${scenario.name}`);
  let scaleOut = null;
  if (ONLY !== "uncapped") {
    const how = cap
      ? `each worker in a cgroup ${cap.controller.kind} group of its own, ${cap.quotaUs} µs of CPU per ${cap.periodUs} µs (${CAP_SHARE} of a core)`
      : "workers NOT capped";
    console.log(`  scale-out, ${how}; ${CAPPED_TIMING.warmSeconds} s warm-up, then ${CAPPED_TIMING.windowSeconds} s measured${capNote ? `\n  ${capNote}` : ""}`);
    // 1, 2, 4 workers, then 1 again: other work on the box comes and goes (and the CPU a request costs moves
    // with it), so the one-worker figure every ratio divides by is the mean of a run before and a run after.
    const runs: Row[] = [];
    for (const workers of [...CAPPED_COUNTS, CAPPED_COUNTS[0]!]) {
      // The backlog must outlast warm-up and window: the first run's rate, scaled, with a fifth to spare,
      // plus what the workers pull ahead (256 each) and a few seconds for the last to start.
      const backlog = runs[0]
        ? Math.ceil(runs[0].perSecond * workers * 1.2 * (CAPPED_TIMING.warmSeconds + CAPPED_TIMING.windowSeconds + 3)) + workers * 256
        : scenario.cappedMessages;
      const r = await run(workers, scenario, backlog, cap, CAPPED_TIMING);
      runs.push(r);
      printRow(r, `${workers} worker${workers > 1 ? "s" : ""}${cap ? " capped" : ""}`);
    }
    const rows = [pool(runs.filter((r) => r.workers === CAPPED_COUNTS[0])), ...runs.filter((r) => r.workers !== CAPPED_COUNTS[0])];
    console.log(`  1 worker, the two runs together: ${rows[0]!.perSecond} requests/s`);
    const ratios = Object.fromEntries(rows.slice(1).map((r) => [r.workers, round(r.perSecond / rows[0]!.perSecond)]));
    console.log(`  ratios: ${rows.slice(1).map((r) => `${r.workers} workers ${ratios[r.workers]}× (target ≥ ${TARGETS[r.workers]}×)`).join(", ")}${cap ? "" : " — uncapped, not a scale-out figure"}`);
    // A worker that got less than its cap (the box was busy) makes its run's figure the box's, not the worker's.
    const starved = cap ? rows.filter((r) => (r.capUse ?? 1) < CAP_USE_MIN).map((r) => r.workers) : [];
    const atFullCaps = cap ? Object.fromEntries(rows.slice(1).map((r) => [r.workers, round(r.perSecond / r.capUse! / (rows[0]!.perSecond / rows[0]!.capUse!))])) : null;
    if (starved.length) {
      console.log(
        `  NOT A RESULT: with ${starved.join(", ")} worker(s) the workers got under ${CAP_USE_MIN * 100}% of their caps (the box was too busy to give them their share).` +
          ` Per core-second each worker had, the ratios would be ${Object.entries(atFullCaps!).map(([w, x]) => `${w} workers ${x}×`).join(", ")}.`,
      );
    }
    // CPU per request over all the capped runs, weighted by what each answered in its window.
    const total = rows.reduce((n, r) => n + r.window.messages, 0);
    const cpu = (k: "worker" | "postgres" | "nats") => round(rows.reduce((n, r) => n + r.cpuMsPerRequest[k] * r.window.messages, 0) / total, 3);
    const perMessage = { worker: cpu("worker"), postgres: cpu("postgres"), nats: cpu("nats") };
    let ceiling: Ceiling | null = null;
    if (perMessage.worker > 0) {
      ceiling = scaleOutCeiling(perMessage, cpus().length);
      const c = ceiling;
      console.log(
        `  CPU per request: worker ${perMessage.worker} ms (${Math.round(c.perWorkerCore)} requests/s per core of worker), PostgreSQL ${perMessage.postgres} ms, NATS ${perMessage.nats} ms.` +
          `\n  N workers on N one-core machines: ${Math.round(c.perWorkerCore)} × N requests/s, until ${c.limitedBy === "postgres" ? "PostgreSQL" : "NATS"} on ${cpus().length} cores runs out at ${Math.round(c.ceiling)}/s` +
          ` (PostgreSQL ${Math.round(c.postgresLimit)}/s, NATS ${Math.round(c.natsLimit)}/s): about ${round(c.workersBeforeLimit, 1)} workers;` +
          ` e.g. 4 → ${Math.round(throughputOn(4, c))}/s, 8 → ${Math.round(throughputOn(8, c))}/s.`,
      );
    }
    scaleOut = {
      capped: cap !== null,
      ...(cap ? { cgroup: cap.controller.kind, share: cap.share, quotaUs: cap.quotaUs, periodUs: cap.periodUs } : { note: capNote }),
      timing: CAPPED_TIMING,
      order: "1 2 4 1 workers; the 1-worker row pools the first and last runs",
      runs,
      rows,
      ratios,
      targets: TARGETS,
      starved,
      atFullCaps,
      cpuMsPerRequest: perMessage,
      ceiling: ceiling && { ...ceiling, serviceCores: cpus().length },
    };
  }
  let uncapped = null;
  if (ONLY === "uncapped" || process.env.BENCH_STREAM_UNCAPPED === "1") {
    console.log(`  uncapped on this box (workers, NATS and PostgreSQL share ${cpus().length} cores); ${UNCAPPED_TIMING.warmSeconds} s warm-up, then ${UNCAPPED_TIMING.windowSeconds} s measured`);
    const rows: Row[] = [];
    for (const workers of [1, 2]) {
      const r = await run(workers, scenario, scenario.messages, null, UNCAPPED_TIMING);
      rows.push(r);
      printRow(r, `${workers} worker${workers > 1 ? "s" : ""}`);
    }
    const scaling = rows[0]!.perSecond > 0 ? round(rows[1]!.perSecond / rows[0]!.perSecond) : null;
    console.log(`  scaling 1 → 2 workers on ${cpus().length} shared cores: ${scaling === null ? "not measured (no request answered with 1 worker)" : `${scaling}×`}`);
    uncapped = { timing: UNCAPPED_TIMING, rows, scaling };
  }
  report.push({ scenario: scenario.name, scaleOut, uncapped });
}
/** The workers' own work (decide, no NATS, no PostgreSQL) in one process, then in two at once. */
async function decisionScaling(): Promise<{ one: number; two: number; scaling: number } | null> {
  const loop = (): Promise<number> =>
    new Promise((resolve) => {
      const child = spawn(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "bench/stream/decide-loop.ts")], { stdio: ["ignore", "pipe", "inherit"] });
      let out = "";
      child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
      child.once("exit", () => {
        try {
          const r = JSON.parse(out.trim().split("\n").pop() ?? "{}") as { checks?: number; seconds?: number };
          resolve(r.checks && r.seconds ? r.checks / r.seconds : 0);
        } catch {
          resolve(0);
        }
      });
    });
  const one = await loop();
  const two = (await Promise.all([loop(), loop()])).reduce((a, b) => a + b, 0);
  if (!one || !two) return null;
  return { one: Math.round(one), two: Math.round(two), scaling: Math.round((two / one) * 100) / 100 };
}

const decisions = ONLY ? null : await decisionScaling();
if (decisions) {
  console.log(
    `\nThe workers' own work without NATS and PostgreSQL (guard.check on the job posts, bench/stream/decide-loop.ts):` +
      ` 1 process ${decisions.one} checks/s, 2 at once ${decisions.two} checks/s → ${decisions.scaling}×.`,
  );
}
const machine = await around();
console.log(`machine: load ${machine.loadBefore.join(" ")} → ${machine.loadAfter.join(" ")}; other processes used ${machine.othersBefore} / ${machine.othersAfter} of a core just before / after${machine.quiet ? " (quiet)" : " (NOT quiet)"}`);
cleanUp();
mkdirSync(join(ROOT, "bench/results"), { recursive: true });
// Only a quiet machine's figures become the record (bench/README.md); others are kept apart, marked: the box
// busy before or after, or capped workers that did not get their share during a run.
const starved = report.some((r) => (r.scaleOut?.starved.length ?? 0) > 0);
const noisy = !machine.quiet || starved;
writeFileSync(
  join(ROOT, `bench/results/stream.${noisy ? "noisy" : "latest"}.json`),
  JSON.stringify({ at: new Date().toISOString(), machine, noisy, starved, ...(capNote ? { capNote } : {}), report, decisions }, null, 2) + "\n",
);
