// Prints the JavaScript stack of a running Node process (pid in argv[2]) whose inspector is listening
// (started by SIGUSR1), via the DevTools protocol: pause it and read the call frames; a process that
// runs no JavaScript (waiting on I/O) never pauses, so then its active handles are listed instead.
// Run with --experimental-websocket (Node 20). Used by watchdog-reporter.ts only.
import { readFileSync, readdirSync, readlinkSync } from "node:fs";

const pid = Number(process.argv[2]);
const inodes = new Set();
for (const fd of readdirSync(`/proc/${pid}/fd`)) {
  try {
    const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
    if (m) inodes.add(m[1]);
  } catch {}
}
const ports = [];
for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
  for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length > 9 && f[3] === "0A" && inodes.has(f[9])) ports.push(parseInt(f[1].split(":").pop(), 16));
  }
}
const done = (text) => { process.stdout.write(text + "\n"); process.exit(0); };
setTimeout(() => done("(no answer from the inspector)"), 8000).unref();
for (const port of ports) {
  let targets;
  try { targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json(); } catch { continue; }
  const url = targets[0]?.webSocketDebuggerUrl;
  if (!url) continue;
  const ws = new WebSocket(url);
  let id = 0;
  const send = (method, params = {}) => ws.send(JSON.stringify({ id: ++id, method, params }));
  const urls = new Map();
  let handles = "";
  ws.onopen = () => {
    // The handles first: a pause request would stop the very evaluation that lists them.
    send("Runtime.evaluate", { expression: "JSON.stringify(process.getActiveResourcesInfo())" });
  };
  ws.onmessage = (event) => {
    const msg = JSON.parse(String(event.data));
    if (msg.method === "Debugger.scriptParsed") urls.set(msg.params.scriptId, msg.params.url);
    if (msg.id === 1) {
      handles = `    active handles: ${msg.result?.result?.value ?? "?"}`;
      send("Debugger.enable");
      send("Debugger.pause");
      // A process that runs no JavaScript (waiting on I/O) never pauses: then the handles are all there is.
      setTimeout(() => done(`    (not running JavaScript)\n${handles}`), 3000);
    }
    if (msg.method === "Debugger.paused") {
      const frames = msg.params.callFrames.slice(0, 30).map((f) => `    at ${f.functionName || "(anonymous)"} (${f.url || urls.get(f.location.scriptId) || "?"}:${f.location.lineNumber + 1}:${f.location.columnNumber + 1})`);
      done(`${frames.join("\n")}\n${handles}`);
    }
  };
  await new Promise(() => {});
}
done("(no inspector port found)");
