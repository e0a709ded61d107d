/**
 * The decision work of a stream worker without NATS or PostgreSQL: `guard.check` on the stream
 * benchmark's job-post scenario, in a loop for BENCH_LOOP_SECONDS (default 8). Prints
 * {"checks": N, "seconds": S}. bench/stream runs one, then two at once, to show how far the
 * workers' own work scales on this machine's cores when nothing else shares them.
 */
import { createGuard } from "../../src/index.js";
import { requireDataDir } from "../lib/data.js";
import { fillRow, loadEmscad } from "../lib/emscad.js";

const dir = requireDataDir();
const texts = dir ? loadEmscad(dir).map((row) => fillRow(row, "plain").map((f) => f.text).join("\n\n")) : [];
const guard = createGuard();
const context = { surface: "job_post" as const, sender: { id: "client-1", role: "client" as const } };
const seconds = Number(process.env.BENCH_LOOP_SECONDS ?? 8);
for (const t of texts.slice(0, 200)) guard.check(t, context);
const start = performance.now();
let checks = 0;
while (texts.length > 0 && performance.now() - start < seconds * 1000) guard.check(texts[checks++ % texts.length]!, context);
console.log(JSON.stringify({ checks, seconds: (performance.now() - start) / 1000 }));
