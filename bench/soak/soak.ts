import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { countLedger, type LedgerCounts } from "./ledger.js";
import { createKey, rssMb, ServiceProcess, type Store } from "./service.js";
import { Traffic, type SoakRequest } from "./traffic.js";

/*
 * The operator's soak (issue 16): many clients against the real service, a few hostile requests
 * mixed in, the service killed with SIGKILL and restarted during the run; then what the clients
 * were told is compared with what the ledger holds.
 */

export interface SoakOptions {
  clients: number;
  seconds: number;
  kills: number;
  /** Share of requests that are hostile (0.01 = 1%). */
  hostileRate: number;
  /** PostgreSQL URL; without one the service runs on PGlite in a temp directory. */
  databaseUrl?: string;
  /** The service's body limit (its default), so the oversized form is just over it. */
  bodyLimit?: number;
  /** After the run, how long clients may still retry requests that a kill interrupted. */
  drainMs?: number;
  log?: (line: string) => void;
}

export interface SoakResult {
  at: string;
  store: "pglite" | "postgres";
  clients: number;
  seconds: number;
  hostileRate: number;
  sent: { valid: number; hostile: number; attempts: number };
  acknowledged: { valid: number; hostile: number };
  /** Valid requests never acknowledged (a 4xx/5xx outside a kill window, or still failing at the end). */
  unacknowledgedValid: number;
  ledger: LedgerCounts;
  fiveXX: { outsideKillWindows: { valid: number; hostile: number }; duringKillWindows: number };
  connectionErrors: { outsideKillWindows: { valid: number; hostile: number }; duringKillWindows: number };
  /** Status counts: `message` for valid requests, each hostile form by name. */
  statuses: Record<string, Record<string, number>>;
  kills: Array<{ atS: number; rssBeforeKillMb: number | null; restartMs: number }>;
  rss: { beforeMb: number | null; afterMb: number | null };
  throughputRps: number;
  /** The assertions an operator reads first; `ok` when all hold. */
  checks: Record<string, boolean>;
  ok: boolean;
  serviceStderrTail: string[];
}

/** A kill window: from the kill until the restarted service is ready, plus a grace second. */
interface Window {
  from: number;
  to: number;
}
const GRACE_MS = 1_000;

function openStore(databaseUrl: string | undefined): { store: Store; cleanup: () => Promise<void> } {
  const base: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "error", RATE_LIMIT_PER_MINUTE: "100000000" };
  if (databaseUrl) {
    const schema = `cg_soak_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    return {
      store: { kind: "postgres", env: { ...base, DATABASE_URL: databaseUrl, DB_SCHEMA: schema } },
      cleanup: async () => {
        const c = new pg.Client({ connectionString: databaseUrl });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await c.end();
      },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), "cg-soak-"));
  delete base.DATABASE_URL;
  return { store: { kind: "pglite", env: { ...base, DATA_DIR: dataDir } }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

const letters = () => Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const log = options.log ?? (() => undefined);
  const { store, cleanup } = openStore(options.databaseUrl);
  const runId = letters();
  const traffic = new Traffic(runId, { hostileRate: options.hostileRate, bodyLimit: options.bodyLimit ?? 1_048_576 });
  const statuses: Record<string, Record<string, number>> = {};
  const count = (form: string, status: string) => {
    const row = (statuses[form] ??= {});
    row[status] = (row[status] ?? 0) + 1;
  };
  const acked = new Map<string, string | null>();
  const sentHashes = new Set<string>();
  const sent = { valid: 0, hostile: 0, attempts: 0 };
  const acknowledged = { valid: 0, hostile: 0 };
  const fiveXX = { outsideKillWindows: { valid: 0, hostile: 0 }, duringKillWindows: 0 };
  const connectionErrors = { outsideKillWindows: { valid: 0, hostile: 0 }, duringKillWindows: 0 };
  let unacknowledgedValid = 0;
  const windows: Window[] = [];
  const overlapsKill = (from: number, to: number) => windows.some((w) => from <= w.to && to >= w.from);

  let service: ServiceProcess | undefined;
  try {
    const key = createKey(store, "platform");
    service = new ServiceProcess(store, 20_000 + Math.floor(Math.random() * 20_000));
    await service.start();
    const rssBefore = rssMb(service.pid);
    log(`service ready on ${store.kind} (pid ${service.pid}, ${rssBefore} MB); ${options.clients} clients for ${options.seconds}s, ${options.kills} kill(s), ${options.hostileRate * 100}% hostile`);
    const url = `http://127.0.0.1:${service.port}/v1/check`;
    const started = Date.now();
    const endAt = started + options.seconds * 1000;
    const giveUpAt = endAt + (options.drainMs ?? 30_000);

    /** One request until it has an answer that counts (retrying what a kill interrupted). */
    const send = async (req: SoakRequest): Promise<void> => {
      for (;;) {
        const from = Date.now();
        sent.attempts++;
        let status: number;
        let decisionId: string | null = null;
        try {
          const res = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${key}`, ...req.headers },
            body: req.body,
            signal: AbortSignal.timeout(60_000),
          });
          status = res.status;
          const text = await res.text();
          if (status >= 200 && status < 300) decisionId = (JSON.parse(text) as { decisionId?: string | null }).decisionId ?? null;
        } catch {
          const inWindow = overlapsKill(from, Date.now()) || windows.some((w) => w.to === Infinity);
          if (inWindow) connectionErrors.duringKillWindows++;
          else connectionErrors.outsideKillWindows[req.kind]++;
          count(req.form, "connection error");
          // (A hostile request the server cut off, e.g. an oversized body, is not retried.)
          if (Date.now() > giveUpAt || (!inWindow && req.kind === "hostile")) break;
          // The service is down (killed, or restarting): the same request again, as a client would.
          await new Promise((r) => setTimeout(r, 250));
          continue;
        }
        count(req.form, String(status));
        if (status >= 500) {
          const inWindow = overlapsKill(from, Date.now());
          if (inWindow) fiveXX.duringKillWindows++;
          else fiveXX.outsideKillWindows[req.kind]++;
          // A 5xx in a kill window (or "not ready" while starting) is retried; outside one it is a failure.
          if ((inWindow || status === 503) && Date.now() < giveUpAt) {
            await new Promise((r) => setTimeout(r, 250));
            continue;
          }
          break;
        }
        if (decisionId) {
          acked.set(decisionId, req.textHash);
          acknowledged[req.kind]++;
          return;
        }
        break;
      }
      if (req.kind === "valid") unacknowledgedValid++;
    };

    const clients = Array.from({ length: options.clients }, async (_, c) => {
      while (Date.now() < endAt) {
        const req = traffic.next(c);
        sent[req.kind]++;
        if (req.textHash) sentHashes.add(req.textHash);
        await send(req);
      }
    });

    const kills: SoakResult["kills"] = [];
    const killer = (async () => {
      for (let k = 1; k <= options.kills; k++) {
        const at = started + (options.seconds * 1000 * k) / (options.kills + 1);
        await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
        const rssBeforeKill = rssMb(service.pid);
        const w: Window = { from: Date.now(), to: Infinity };
        windows.push(w);
        await service.kill9();
        const t0 = Date.now();
        await service.start();
        const restartMs = Date.now() - t0;
        w.to = Date.now() + GRACE_MS;
        kills.push({ atS: Math.round((w.from - started) / 100) / 10, rssBeforeKillMb: rssBeforeKill, restartMs });
        log(`kill -9 #${k} at ${kills[kills.length - 1]!.atS}s: restarted in ${restartMs} ms (pid ${service.pid})`);
      }
    })();

    await Promise.all([...clients, killer]);
    const elapsed = (Date.now() - started) / 1000;
    const rssAfter = rssMb(service.pid);
    await service.stop();
    const ledger = await countLedger(store, acked, sentHashes);
    log(`ledger: ${ledger.stored} decisions for ${sentHashes.size} valid requests; ${ledger.missing} missing, ${ledger.doubled} doubled`);

    const checks = {
      "0 acknowledged decisions missing": ledger.missing === 0,
      "0 requests stored twice": ledger.doubled === 0,
      "0 acknowledged ids answering another request": ledger.mismatched === 0,
      "0 5xx outside kill windows": fiveXX.outsideKillWindows.valid + fiveXX.outsideKillWindows.hostile === 0,
      "0 connection errors (valid requests) outside kill windows": connectionErrors.outsideKillWindows.valid === 0,
      "every valid request acknowledged": unacknowledgedValid === 0,
    };
    return {
      at: new Date().toISOString(),
      store: store.kind,
      clients: options.clients,
      seconds: options.seconds,
      hostileRate: options.hostileRate,
      sent,
      acknowledged,
      unacknowledgedValid,
      ledger,
      fiveXX,
      connectionErrors,
      statuses,
      kills,
      rss: { beforeMb: rssBefore, afterMb: rssAfter },
      throughputRps: Math.round((acknowledged.valid + acknowledged.hostile) / elapsed),
      checks,
      ok: Object.values(checks).every(Boolean),
      serviceStderrTail: service.stderrTail.slice(-10),
    };
  } finally {
    // An aborted run must not leave its service behind.
    await service?.kill9();
    await cleanup();
  }
}
