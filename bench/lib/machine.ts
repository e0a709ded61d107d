/**
 * How busy the machine was while a bench ran: load averages before and after, and the CPU time the rest of
 * the machine used meanwhile (all CPUs' busy time from /proc/stat minus this process's own user + system time).
 * These machines are shared; a ratio measured while other work ran is reported as such, never as a result.
 */
import { loadavg } from "node:os";
import { readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

/**
 * CPU time of this process's finished (reaped) children, user and system, from cutime and cstime of
 * /proc/self/stat (10 ms ticks): the bench's own child processes. Zeros where /proc is not available.
 */
export function childrenCpu(): { user: number; system: number } {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After "(comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
    return { user: Number(fields[13]) * TICK_MS, system: Number(fields[14]) * TICK_MS };
  } catch {
    return { user: 0, system: 0 };
  }
}

function childrenMs(): number {
  const { user, system } = childrenCpu();
  return user + system;
}

/** CPU milliseconds all CPUs have been busy since boot (/proc/stat), or null where it is not available. */
export function busyMs(): number | null {
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

/**
 * The share of a core the rest of the machine uses while this process sleeps for `ms`: for benches whose own
 * run keeps other processes busy (the HTTP and stream benches drive PostgreSQL and NATS, so "others" during
 * the run is partly their own load), sampled before and after the run instead.
 */
export async function othersWhileIdle(ms = 2000): Promise<number | null> {
  const busy0 = busyMs();
  const own0 = process.cpuUsage();
  const children0 = childrenMs();
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  const busy1 = busyMs();
  if (busy0 === null || busy1 === null) return null;
  const own = process.cpuUsage(own0);
  const ownMs = (own.user + own.system) / 1000 + (childrenMs() - children0);
  return +(Math.max(0, busy1 - busy0 - ownMs) / (performance.now() - t0)).toFixed(3);
}

/** How busy the machine was around a bench that drives other processes: load averages and idle samples. */
export interface AroundLoad {
  loadBefore: number[];
  loadAfter: number[];
  othersBefore: number | null;
  othersAfter: number | null;
  quiet: boolean;
}

/** Sample before; call the returned function after the run. Quiet: under a quarter of a core used elsewhere both times. */
export async function watchAround(): Promise<() => Promise<AroundLoad>> {
  const loadBefore = loadavg().map((x) => +x.toFixed(2));
  const othersBefore = await othersWhileIdle();
  return async () => {
    const othersAfter = await othersWhileIdle();
    return {
      loadBefore,
      loadAfter: loadavg().map((x) => +x.toFixed(2)),
      othersBefore,
      othersAfter,
      quiet: (othersBefore ?? 0) < 0.25 && (othersAfter ?? 0) < 0.25,
    };
  };
}
