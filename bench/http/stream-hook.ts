/**
 * npm run bench (part "hook") — the Stream Chat Before Message Send hook's latency as Stream sees it: signed
 * requests over real HTTP (keep-alive, one at a time, as Stream calls per message), on PostgreSQL, with the
 * benches' message mix (95% clean, 5% sharing contact details). Stream budgets 1,500 ms per attempt; the issue
 * asks for a p99 well under 100 ms. The service runs in this process; the figures include the ledger write.
 *
 *   npx tsx bench/http/stream-hook.ts [--requests 1000] [pglite]
 *
 * Written to bench/results/hook.latest.json when the machine was quiet around the run, else hook.noisy.json.
 */
import { createHmac, randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { ServiceConfig } from "../../src/runtime/config.js";
import { createService } from "../../src/surfaces/http/server.js";
import { watchAround } from "../lib/machine.js";
import { messageAt } from "../lib/message-mix.js";
import { quantile } from "../lib/stats.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const API_KEY = "bench-stream-key";
const API_SECRET = "bench-stream-secret-0123456789";
const WARM_UP = 100;

const argAt = process.argv.indexOf("--requests");
const REQUESTS = argAt >= 0 ? Math.max(100, Number(process.argv[argAt + 1]) || 1000) : 1000;
const store: "pglite" | "postgres" = process.argv.includes("pglite") ? "pglite" : "postgres";

/** A Before Message Send body as Stream's documentation shows it, with the marketplace's custom data. */
function body(i: number): string {
  const sender = `bench-fl-${i % 500}`;
  return JSON.stringify({
    message: { id: "", text: messageAt(i), type: "regular", attachments: [], mentioned_users: [] },
    user: { id: sender, role: "user", marketplace_role: "freelancer", plan: "basic" },
    channel: {
      cid: `messaging:${sender}-cl`,
      id: `${sender}-cl`,
      type: "messaging",
      contract_status: "none",
      members: [{ user_id: sender }, { user_id: `cl-${i % 97}`, user: { id: `cl-${i % 97}`, marketplace_role: "client", plan: "basic" } }],
    },
  });
}


const schema = `cg_bench_hook_${process.pid}`;
const dataDir = store === "pglite" ? mkdtempSync(join(tmpdir(), "cg-bench-hook-")) : undefined;
const config = ServiceConfig.parse({
  logLevel: "silent",
  rateLimitPerMinute: 10_000_000,
  streamApiKey: API_KEY,
  streamApiSecret: API_SECRET,
  ...(dataDir ? { dataDir } : { databaseUrl: PG_URL }),
});
const service = await createService(config, store === "postgres" ? { schema } : {});
try {
  const address = await service.app.listen({ port: 0, host: "127.0.0.1" });
  const url = `${address}/v1/integrations/stream/before-message-send`;
  const send = async (i: number): Promise<number> => {
    const raw = body(i);
    const headers = {
      "content-type": "application/json",
      "x-api-key": API_KEY,
      "x-webhook-id": randomUUID(),
      "x-signature": createHmac("sha256", API_SECRET).update(raw).digest("hex"),
    };
    const t0 = performance.now();
    const res = await fetch(url, { method: "POST", body: raw, headers });
    await res.arrayBuffer();
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`hook answered ${res.status}`);
    return ms;
  };
  for (let i = 0; i < WARM_UP; i++) await send(i);
  const around = await watchAround();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) times.push(await send(WARM_UP + i));
  const machine = await around();
  times.sort((a, b) => a - b);
  const result = {
    at: new Date().toISOString(),
    store,
    requests: REQUESTS,
    cpu: `${cpus().length} × ${cpus()[0]?.model}`,
    p50: +quantile(times, 0.5).toFixed(2),
    p95: +quantile(times, 0.95).toFixed(2),
    p99: +quantile(times, 0.99).toFixed(2),
    max: +times.at(-1)!.toFixed(2),
    machine,
    noisy: !machine.quiet,
  };
  console.log(`Stream Chat hook on ${store}, ${REQUESTS} signed requests one at a time (after ${WARM_UP} warm-up): p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, max ${result.max} ms (Stream's budget: 1,500 ms; target p99 well under 100 ms)`);
  console.log(`machine: load ${machine.loadBefore.join(" ")} → ${machine.loadAfter.join(" ")}; other processes used ${machine.othersBefore} / ${machine.othersAfter} of a core just before / after${machine.quiet ? " (quiet)" : " (NOT quiet)"}`);
  mkdirSync(join(ROOT, "bench/results"), { recursive: true });
  writeFileSync(join(ROOT, `bench/results/hook.${machine.quiet ? "latest" : "noisy"}.json`), `${JSON.stringify(result, null, 1)}\n`);
} finally {
  await service.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (store === "postgres") {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  }
}
