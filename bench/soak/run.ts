/**
 * The operator's soak (issue 16): the real service (`node bin/contactguard.js serve`) under many
 * concurrent clients with hostile requests mixed in, killed with SIGKILL and restarted during the
 * run; then the acknowledged decisions are looked up in the ledger.
 *
 *   npm run soak                                   # PGlite in a temp dir, 50 clients, 60 s, 2 kills, 1% hostile
 *   DATABASE_URL=postgres://… npm run soak         # the same on PostgreSQL (a schema of its own, dropped after)
 *   npm run soak -- --clients 20 --seconds 30 --kills 1 --hostile 0.05
 *
 * Needs dist/ (`npm run build:lib`). Prints a summary, writes bench/results/soak.latest.json, and
 * exits 1 when a check fails.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runSoak, type SoakResult } from "./soak.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "50" },
    seconds: { type: "string", default: "60" },
    kills: { type: "string", default: "2" },
    hostile: { type: "string", default: "0.01" },
    out: { type: "string", default: join(ROOT, "bench/results/soak.latest.json") },
  },
});

const result = await runSoak({
  clients: Number(values.clients),
  seconds: Number(values.seconds),
  kills: Number(values.kills),
  hostileRate: Number(values.hostile),
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  log: (line) => console.log(line),
});

printSummary(result);
mkdirSync(join(values.out, ".."), { recursive: true });
writeFileSync(values.out, JSON.stringify(result, null, 2) + "\n");
console.log(`\nwritten: ${values.out}`);
process.exitCode = result.ok ? 0 : 1;

function printSummary(r: SoakResult): void {
  const rows: Array<[string, string | number]> = [
    ["store", r.store],
    ["clients × seconds", `${r.clients} × ${r.seconds}`],
    ["requests sent (valid / hostile)", `${r.sent.valid} / ${r.sent.hostile} (${r.sent.attempts} attempts)`],
    ["acknowledged (2xx + decisionId): valid / hostile", `${r.acknowledged.valid} / ${r.acknowledged.hostile}`],
    ["valid requests never acknowledged", r.unacknowledgedValid],
    ["decisions stored for valid requests", r.ledger.stored],
    ["acknowledged but missing from the ledger", r.ledger.missing],
    ["stored twice", r.ledger.doubled],
    ["acknowledged id of another request", r.ledger.mismatched],
    ["5xx outside kill windows: valid / hostile", `${r.fiveXX.outsideKillWindows.valid} / ${r.fiveXX.outsideKillWindows.hostile}`],
    ["5xx during kill windows", r.fiveXX.duringKillWindows],
    ["connection errors outside kill windows: valid / hostile", `${r.connectionErrors.outsideKillWindows.valid} / ${r.connectionErrors.outsideKillWindows.hostile}`],
    ["connection errors during kill windows", r.connectionErrors.duringKillWindows],
    ["kills (at s: restart ms)", r.kills.map((k) => `${k.atS}: ${k.restartMs}`).join(", ") || "none"],
    ["RSS MB before / after", `${r.rss.beforeMb ?? "?"} / ${r.rss.afterMb ?? "?"}`],
    ["throughput (acknowledged/s)", r.throughputRps],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log("");
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
  console.log("\nstatuses by form:");
  for (const [form, counts] of Object.entries(r.statuses).sort()) {
    console.log(`  ${form.padEnd(24)} ${Object.entries(counts).map(([s, n]) => `${s}×${n}`).join("  ")}`);
  }
  console.log("\nchecks:");
  for (const [name, pass] of Object.entries(r.checks)) console.log(`  ${pass ? "PASS" : "FAIL"}  ${name}`);
  console.log(r.ok ? "\nsoak: OK" : "\nsoak: FAILED");
}
