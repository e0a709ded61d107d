/**
 * Stream benchmark: how many check requests per second the stream workers take off NATS JetStream,
 * decide, record in PostgreSQL and answer on the results stream — with 1 worker process, then 2.
 *
 *   npm run bench:stream                    # 20,000 requests per run
 *   BENCH_STREAM_MESSAGES=50000 npm run bench:stream
 *
 * For each worker count: a fresh stream prefix and PostgreSQL schema, the requests published first
 * (a backlog), then the workers started; the clock runs from the first worker's "ready" to the last
 * result. NATS, PostgreSQL and the workers share this machine's cores, so the scaling figure is what
 * a 2-core box gives, not what separate machines would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { watchAround } from "../lib/machine.js";
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

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin/contactguard.js");
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const NATS_URL = process.env.BENCH_NATS_URL ?? "nats://127.0.0.1:4222";
const MESSAGES = Number(process.env.BENCH_STREAM_MESSAGES ?? 20_000);


interface Scenario {
  name: string;
  messages: number;
  request(i: number): { id: string; text: string; room?: string; context: Record<string, unknown> };
}

const MESSAGES_SCENARIO: Scenario = {
  name: "chat messages (95% clean / 5% contact details, as bench:http)",
  messages: MESSAGES,
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
    request: (i) => ({ id: `j${i}`, text: ads[i % ads.length]!, context: { surface: "job_post", sender: { id: `client-${i % 3000}`, role: "client" } } }),
  };
}

/** CPU seconds used so far by NATS, PostgreSQL and the given worker processes (Linux /proc; zeros elsewhere). */
function cpuSeconds(workerPids: number[]): { nats: number; postgres: number; workers: number } {
  const out = { nats: 0, postgres: 0, workers: 0 };
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  const tick = 100; // USER_HZ on Linux
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const seconds = (Number(fields[11]) + Number(fields[12])) / tick; // utime + stime
      if (comm === "nats-server") out.nats += seconds;
      else if (comm === "postgres") out.postgres += seconds;
      else if (workerPids.includes(Number(pid))) out.workers += seconds;
    } catch {
      // the process ended between listing and reading
    }
  }
  return out;
}

async function run(workers: number, scenario: Scenario): Promise<{ workers: number; messages: number; seconds: number; perSecond: number; cpuMsPerRequest: { worker: number; postgres: number; nats: number } }> {
  const MESSAGES = scenario.messages;
  const prefix = `cgbench${process.pid}w${workers}${Math.random().toString(36).slice(2, 6)}`;
  const nc = await connect({ servers: NATS_URL });
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  const t = topology(prefix);
  await ensureTopology(jsm, t);
  for (let start = 0; start < MESSAGES; start += 1000) {
    await Promise.all(
      Array.from({ length: Math.min(1000, MESSAGES - start) }, (_, k) => {
        const i = start + k;
        const request = scenario.request(i);
        return js.publish(t.checkSubject, JSON.stringify(request), { msgID: request.id });
      }),
    );
  }
  const children: ChildProcess[] = [];
  let firstReady = 0;
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const child = spawn(process.execPath, [BIN, "worker", "--nats", NATS_URL, "--prefix", prefix, "--name", `bench-${w}`], {
        env: { ...process.env, DATABASE_URL: PG_URL, DB_SCHEMA: prefix, LOG_LEVEL: "error", DOCUMENT_THREADS: "1" },
        stdio: ["ignore", "pipe", "inherit"],
      });
      children.push(child);
      return new Promise<void>((resolve) =>
        child.stdout!.on("data", (c: Buffer) => {
          if (c.toString().includes('"event":"ready"')) {
            firstReady ||= performance.now();
            resolve();
          }
        }),
      );
    }),
  );
  const pids = children.map((c) => c.pid!);
  const before = cpuSeconds(pids);
  while ((await jsm.streams.info(t.resultStream)).state.messages < MESSAGES) await new Promise((r) => setTimeout(r, 25));
  const seconds = (performance.now() - firstReady) / 1000;
  const after = cpuSeconds(pids);
  const perRequest = (k: "workers" | "postgres" | "nats") => Math.round(((after[k] - before[k]) * 1000 * 1000) / MESSAGES) / 1000;
  for (const c of children) c.kill("SIGTERM");
  await Promise.all(children.map((c) => new Promise((r) => c.once("exit", r))));
  for (const s of [t.checkStream, t.resultStream, t.deadStream]) await jsm.streams.delete(s).catch(() => undefined);
  await nc.close();
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${prefix} CASCADE`);
  await client.end();
  return {
    workers,
    messages: MESSAGES,
    seconds: Math.round(seconds * 100) / 100,
    perSecond: Math.round(MESSAGES / seconds),
    cpuMsPerRequest: { worker: perRequest("workers"), postgres: perRequest("postgres"), nats: perRequest("nats") },
  };
}

console.log(`Stream: check requests (a backlog) on NATS JetStream → workers → PostgreSQL ledger → results stream; ${cpus().length} × ${cpus()[0]?.model}`);
const scenarios = [MESSAGES_SCENARIO, jobAdScenario()].filter((s): s is Scenario => s !== null);
const around = await watchAround();
const report = [];
for (const scenario of scenarios) {
  console.log(`\n${scenario.name}: ${scenario.messages.toLocaleString("en")} requests`);
  const rows = [];
  for (const workers of [1, 2]) {
    const r = await run(workers, scenario);
    rows.push(r);
    const c = r.cpuMsPerRequest;
    const total = c.worker + c.postgres + c.nats;
    console.log(
      `  ${workers} worker${workers > 1 ? "s" : " "}  ${String(r.perSecond).padStart(6)} requests/s  (${r.seconds} s)   CPU ms per request: workers ${c.worker}, PostgreSQL ${c.postgres}, NATS ${c.nats}` +
        (total > 0 ? ` → at most ${Math.round((cpus().length * 1000) / total)} requests/s on ${cpus().length} cores` : ""),
    );
  }
  const scaling = Math.round((rows[1]!.perSecond / rows[0]!.perSecond) * 100) / 100;
  console.log(`  scaling 1 → 2 workers: ${scaling}× (target ≥ 1.8×)`);
  report.push({ scenario: scenario.name, messages: scenario.messages, rows, scaling });
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

const decisions = await decisionScaling();
if (decisions) {
  console.log(
    `\nThe workers' own work without NATS and PostgreSQL (guard.check on the job posts, bench/stream/decide-loop.ts):` +
      ` 1 process ${decisions.one} checks/s, 2 at once ${decisions.two} checks/s → ${decisions.scaling}×.` +
      `\nOn this machine NATS and PostgreSQL take their CPU from the same two cores, so 2 workers cannot reach 2×:` +
      ` with W ms of worker CPU and S ms of NATS + PostgreSQL CPU per request, 2 workers on 2 cores reach at most 2W / (W + S) times 1 worker.`,
  );
}
const machine = await around();
console.log(`machine: load ${machine.loadBefore.join(" ")} → ${machine.loadAfter.join(" ")}; other processes used ${machine.othersBefore} / ${machine.othersAfter} of a core just before / after${machine.quiet ? " (quiet)" : " (NOT quiet)"}`);
mkdirSync(join(ROOT, "bench/results"), { recursive: true });
// Only a quiet machine's figures become the record (bench/README.md); others are kept apart, marked.
writeFileSync(join(ROOT, `bench/results/stream.${machine.quiet ? "latest" : "noisy"}.json`), JSON.stringify({ at: new Date().toISOString(), machine, noisy: !machine.quiet, report, decisions }, null, 2) + "\n");
