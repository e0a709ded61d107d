import { hostname } from "node:os";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import pino from "pino";
import { compose } from "../../runtime/compose.js";
import { configFromEnv } from "../../runtime/config.js";
import { RoomHistory } from "./history.js";
import { ensureTopology, topology } from "./topology.js";
import { StreamWorker } from "./worker.js";

export interface WorkerCommandOptions {
  natsUrl: string;
  prefix?: string;
  batch?: number;
  name?: string;
}

/**
 * `contactguard worker --nats URL`: one stream worker process. Workers share the ledger, so they
 * need PostgreSQL (DATABASE_URL, DB_SCHEMA); start as many as there are cores, on as many machines
 * as needed. Prints one JSON line when ready; SIGINT/SIGTERM stop it after the requests it holds.
 */
export async function runWorker(options: WorkerCommandOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const config = configFromEnv(env);
  if (!config.databaseUrl) {
    process.stderr.write("contactguard worker: set DATABASE_URL — workers share the ledger and the conversation history in PostgreSQL\n");
    return 2;
  }
  const log = pino({ level: config.logLevel === "silent" ? "silent" : config.logLevel }, pino.destination(2));
  const name = options.name ?? `${hostname()}:${process.pid}`;
  // Long texts are decided on the runtime's worker threads so this process keeps pulling, publishing and acking meanwhile.
  const runtime = await compose(config);
  const { db, preset, enforcer: checker } = runtime;
  let nats;
  try {
    nats = await connect({ servers: options.natsUrl, name: `contactguard-worker ${name}`, maxReconnectAttempts: -1 });
  } catch (err) {
    process.stderr.write(`contactguard worker: cannot reach NATS at ${options.natsUrl}: ${(err as Error).message}\n`);
    await runtime.close();
    return 1;
  }
  const t = topology(options.prefix);
  await ensureTopology(await jetstreamManager(nats), t);
  const worker = new StreamWorker({
    nats,
    topology: t,
    checker,
    history: new RoomHistory(db),
    name,
    ...(options.batch ? { batch: options.batch } : {}),
    historyWindow: preset.conversation.windowMessages,
    onError: (err, where) => log.error({ err, where }, "stream worker error"),
  });
  await worker.start();
  process.stdout.write(JSON.stringify({ event: "ready", worker: name, stream: t.checkStream, consumer: t.consumer, database: db.kind }) + "\n");

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await worker.stop();
      await nats.drain().catch(() => undefined);
      await runtime.close();
      process.stdout.write(JSON.stringify({ event: "stopped", worker: name, handled: worker.handled, deadLettered: worker.deadLettered }) + "\n");
      resolve(0);
    };
    process.once("SIGINT", () => void stop());
    process.once("SIGTERM", () => void stop());
  });
}
