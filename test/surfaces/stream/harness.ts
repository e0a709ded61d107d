import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { jetstream, jetstreamManager, DeliverPolicy, type JetStreamManager } from "@nats-io/jetstream";
import pg from "pg";
import { PG_URL } from "../../helpers/backends.js";
import { ensureTopology, topology, type Topology, type TopologyOptions } from "../../../src/surfaces/stream/topology.js";

/** NATS with JetStream on this machine (override with TEST_NATS_URL). */
export const NATS_URL = process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";
const bin = fileURLToPath(new URL("../../../bin/contactguard.js", import.meta.url));

/** A private stream prefix and PostgreSQL schema for one test file, removed afterwards. */
export async function streamScope(options: Partial<TopologyOptions> = {}) {
  const id = `cgt${process.pid}${Math.random().toString(36).slice(2, 7)}`;
  const nc = await connect({ servers: NATS_URL });
  const jsm = await jetstreamManager(nc);
  const t = topology(id);
  await ensureTopology(jsm, t, options);
  const workers: Array<{ child: ChildProcess; name: string; exited: Promise<number | null> }> = [];
  return {
    id,
    nc,
    jsm,
    t,
    schema: id,
    js: jetstream(nc),
    /** Starts `contactguard worker` in a child process; resolves once it says it is ready. */
    async startWorker(name: string, extraEnv: Record<string, string> = {}) {
      const child = spawn(process.execPath, [bin, "worker", "--nats", NATS_URL, "--prefix", id, "--name", name], {
        env: { ...process.env, DATABASE_URL: PG_URL, DB_SCHEMA: id, LOG_LEVEL: "error", DOCUMENT_THREADS: "1", ...extraEnv },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      await new Promise<void>((resolve, reject) => {
        let out = "";
        child.stdout!.on("data", (c: Buffer) => {
          out += c.toString();
          if (out.includes('"event":"ready"')) resolve();
        });
        void exited.then((code) => reject(new Error(`worker ${name} exited (${code}) before it was ready: ${stderr}`)));
      });
      const handle = { child, name, exited };
      workers.push(handle);
      return handle;
    },
    async count(stream: string): Promise<number> {
      return (await jsm.streams.info(stream)).state.messages;
    },
    /** Every message of a stream, parsed, in order. */
    async readAll<T>(stream: string): Promise<T[]> {
      const total = (await jsm.streams.info(stream)).state.messages;
      if (total === 0) return [];
      const consumer = await jetstream(nc).consumers.get(stream, { deliver_policy: DeliverPolicy.All });
      const out: T[] = [];
      while (out.length < total) {
        const batch = await consumer.fetch({ max_messages: Math.min(1000, total - out.length), expires: 2000 });
        for await (const m of batch) out.push(m.json<T>());
      }
      return out;
    },
    async waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
      const until = Date.now() + timeoutMs;
      while (!(await check())) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        await client.query(`SET search_path TO ${id}`);
        return (await client.query(text, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
    async close(): Promise<void> {
      for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGTERM");
      await Promise.all(workers.map((w) => w.exited));
      for (const s of [t.checkStream, t.resultStream, t.deadStream]) await jsm.streams.delete(s).catch(() => undefined);
      await nc.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${id} CASCADE`);
      await client.end();
    },
  };
}

export type StreamScope = Awaited<ReturnType<typeof streamScope>>;
export type { NatsConnection, Topology, JetStreamManager };
