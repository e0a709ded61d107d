/**
 * How busy the machine was while a bench ran: load averages before and after, and the CPU time the rest of
 * the machine used meanwhile (all CPUs' busy time from /proc/stat minus this process's own user + system time).
 * These machines are shared; a ratio measured while other work ran is reported as such, never as a result.
 */
import { loadavg } from "node:os";
import { readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU time of this process's finished children (cutime + cstime of /proc/self/stat): the bench's own child processes. */
function childrenMs(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After "(comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
    return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
  } catch {
    return 0;
  }
}

function busyMs(): number | null {
  try {
    const cpu = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: busy = all but idle and iowait
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
    return (user + nice + system + irq + softirq + steal) * TICK_MS;
  } catch {
    return null; // not Linux
  }
}

export interface MachineLoad {
  loadBefore: number[];
  loadAfter: number[];
  wallMs: number;
  ownCpuMs: number;
  /** CPU milliseconds other processes used during the run, or null where /proc/stat is not available. */
  othersCpuMs: number | null;
  /** othersCpuMs as a share of one CPU over the wall time (0.1 = a tenth of a core busy elsewhere). */
  othersCores: number | null;
  quiet: boolean;
}

/** Start watching; call the returned function at the end. "Quiet": other processes used under a quarter of one core meanwhile (the load average lags by minutes). */
export function watchMachine(): () => MachineLoad {
  const loadBefore = loadavg().map((x) => +x.toFixed(2));
  const t0 = performance.now();
  const own0 = process.cpuUsage();
  const children0 = childrenMs();
  const busy0 = busyMs();
  return () => {
    const wallMs = performance.now() - t0;
    const own = process.cpuUsage(own0);
    // The bench's own work: this process and the child processes it ran and waited for.
    const ownCpuMs = (own.user + own.system) / 1000 + (childrenMs() - children0);
    const busy1 = busyMs();
    const othersCpuMs = busy0 === null || busy1 === null ? null : Math.max(0, busy1 - busy0 - ownCpuMs);
    const othersCores = othersCpuMs === null ? null : +(othersCpuMs / wallMs).toFixed(3);
    return {
      loadBefore,
      loadAfter: loadavg().map((x) => +x.toFixed(2)),
      wallMs: Math.round(wallMs),
      ownCpuMs: Math.round(ownCpuMs),
      othersCpuMs: othersCpuMs === null ? null : Math.round(othersCpuMs),
      othersCores,
      quiet: (othersCores ?? 0) < 0.25,
    };
  };
}
