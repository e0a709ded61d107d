/**
 * A fixed CPU share per stream worker, from the kernel's CFS quota (cgroups), so the stream bench can show
 * scale-out on a 2-core box: each worker gets its OWN group capped at a quarter of a core, like a worker on a
 * small machine of its own, while NATS and PostgreSQL keep the rest. Without the cap, N workers, NATS and
 * PostgreSQL all compete for the same two cores and the figure says more about the box than about the workers.
 *
 * cgroup v1 (a `cpu` controller mounted, e.g. /sys/fs/cgroup/cpu): cpu.cfs_period_us / cpu.cfs_quota_us.
 * cgroup v2 (the unified hierarchy lists `cpu` in cgroup.controllers): cpu.max "QUOTA PERIOD".
 * Needs root (or a delegated hierarchy); where neither is writable, `openCpuCap` says why and the bench runs
 * its workers uncapped, saying so in the record.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export type CgroupKind = "v1" | "v2";

export interface CpuController {
  kind: CgroupKind;
  /** The hierarchy's root directory, where the bench's groups are made. */
  root: string;
}

/**
 * Where the cpu controller is mounted, from /proc/mounts' text. v1 first: on a hybrid host (v1 controllers
 * plus a unified mount that holds no cpu controller, as here) the v2 mount cannot cap CPU.
 * `controllersOf(path)` gives a v2 mount's cgroup.controllers text (null when unreadable).
 */
export function cpuControllerFromMounts(mounts: string, controllersOf: (path: string) => string | null): CpuController | null {
  const rows = mounts
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length >= 4);
  for (const [, path, type, options] of rows) {
    if (type === "cgroup" && options!.split(",").includes("cpu")) return { kind: "v1", root: path! };
  }
  for (const [, path, type] of rows) {
    if (type === "cgroup2" && (controllersOf(path!) ?? "").trim().split(/\s+/).includes("cpu")) return { kind: "v2", root: path! };
  }
  return null;
}

/** "key value" lines (cpu.stat, memory.stat) as numbers. */
export function parseKeyValues(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of text.split("\n")) {
    const [key, value] = line.trim().split(/\s+/);
    if (key && value !== undefined && Number.isFinite(Number(value))) out[key] = Number(value);
  }
  return out;
}

/** User + system CPU seconds and the command name from a /proc/<pid>/stat line (times in USER_HZ = 100 ticks/s). */
export function parseProcStat(stat: string): { comm: string; cpuSeconds: number } {
  const close = stat.lastIndexOf(")");
  const comm = stat.slice(stat.indexOf("(") + 1, close);
  // After "(comm) ": state is field 3 of proc(5), so utime (14) and stime (15) are at 11 and 12 here.
  const fields = stat.slice(close + 2).split(" ");
  return { comm, cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100 };
}

/** CPU seconds of a process and its live descendants (0 for one that has ended). */
export function treeCpuSeconds(pid: number): number {
  let total = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      total += parseProcStat(readFileSync(`/proc/${p}/stat`, "utf8")).cpuSeconds;
    } catch {
      // ended meanwhile
    }
  }
  return total;
}

/** Live descendants of a process, from /proc/<pid>/task/<tid>/children (every thread's children). */
export function descendants(pid: number): number[] {
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.shift()!;
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        for (const c of readFileSync(`/proc/${p}/task/${tid}/children`, "utf8").trim().split(/\s+/)) {
          if (c && !out.includes(Number(c))) {
            out.push(Number(c));
            queue.push(Number(c));
          }
        }
      } catch {
        // thread or process ended
      }
    }
  }
  return out;
}

/** The kernel's quota for a share of a core: 0.25 of a 100,000 µs period is 25,000 µs per period. */
export function quotaFor(share: number, periodUs: number): number {
  if (!(share > 0)) throw new Error(`a CPU share must be > 0, not ${share}`);
  return Math.max(1000, Math.round(share * periodUs)); // the kernel refuses quotas under 1 ms
}

/** A capped group's weight against the rest of the box, as a multiple of the default (v1 shares 1024, v2 weight 100). */
const WEIGHT_FACTOR = 8;

/** The bench's group names: `cgbench-<bench pid>-<label>`, so a crashed run's leftovers can be told apart. */
const GROUP_PREFIX = "cgbench-";

export interface CpuCap {
  controller: CpuController;
  share: number;
  periodUs: number;
  quotaUs: number;
  /** Makes a group capped at `share` of a core; returns its directory. */
  group(label: string): string;
  /** Moves a process (all its threads) and its live descendants into a group; children forked later inherit it. */
  add(group: string, pid: number): void;
  /** The group's cpu.stat: throttling counts (v1 nr_throttled, throttled_time ns; v2 also usage_usec). */
  stat(group: string): Record<string, number>;
  /** Moves whatever is left in the groups back to the root and removes them. Safe to call twice. */
  removeAll(): string[];
}

/**
 * Opens the cpu controller for capping, or says why it cannot (not mounted, not writable): a probe group is
 * made, capped and removed. Groups a crashed earlier run left behind (their bench process gone) are removed.
 */
export function openCpuCap(share: number): CpuCap | { unavailable: string } {
  let mounts = "";
  try {
    mounts = readFileSync("/proc/mounts", "utf8");
  } catch {
    return { unavailable: "no /proc/mounts (not Linux)" };
  }
  const controller = cpuControllerFromMounts(mounts, (path) => {
    try {
      return readFileSync(join(path, "cgroup.controllers"), "utf8");
    } catch {
      return null;
    }
  });
  if (!controller) return { unavailable: "no cgroup cpu controller is mounted (neither v1 `cpu` nor a v2 hierarchy listing cpu)" };
  const made = new Set<string>();
  const periodUs = controller.kind === "v1" ? readNumber(join(controller.root, "cpu.cfs_period_us"), 100_000) : 100_000;
  const quotaUs = quotaFor(share, periodUs);
  const rootProcs = join(controller.root, "cgroup.procs");

  const remove = (dir: string): boolean => {
    try {
      // A group with processes cannot be removed: send any left (a worker that did not exit) back to the root.
      for (const pid of readFileSync(join(dir, "cgroup.procs"), "utf8").trim().split(/\s+/).filter(Boolean)) {
        try {
          writeFileSync(rootProcs, pid);
        } catch {
          // ended meanwhile
        }
      }
      rmdirSync(dir);
      made.delete(dir);
      return true;
    } catch {
      return !existsSync(dir);
    }
  };

  const cap: CpuCap = {
    controller,
    share,
    periodUs,
    quotaUs,
    group(label) {
      const dir = join(controller.root, `${GROUP_PREFIX}${process.pid}-${label}`);
      if (!existsSync(dir)) mkdirSync(dir);
      made.add(dir);
      // The quota is a ceiling, not a floor: on a box other work keeps busy, a capped worker competing at the
      // default weight with every other runnable process gets less than its share, and the run measures the
      // box. A high weight lets it take its quarter core whenever it can run; the quota still stops it there,
      // so what it takes from the rest of the box is bounded by the share.
      if (controller.kind === "v1") {
        writeFileSync(join(dir, "cpu.cfs_period_us"), String(periodUs));
        writeFileSync(join(dir, "cpu.cfs_quota_us"), String(quotaUs));
        writeFileSync(join(dir, "cpu.shares"), String(WEIGHT_FACTOR * 1024));
      } else {
        writeFileSync(join(dir, "cpu.max"), `${quotaUs} ${periodUs}`);
        writeFileSync(join(dir, "cpu.weight"), String(WEIGHT_FACTOR * 100));
      }
      return dir;
    },
    add(group, pid) {
      writeFileSync(join(group, "cgroup.procs"), String(pid));
      for (const child of descendants(pid)) {
        try {
          writeFileSync(join(group, "cgroup.procs"), String(child));
        } catch {
          // ended meanwhile
        }
      }
    },
    stat(group) {
      try {
        return parseKeyValues(readFileSync(join(group, "cpu.stat"), "utf8"));
      } catch {
        return {};
      }
    },
    removeAll() {
      const left: string[] = [];
      for (const dir of [...made]) if (!remove(dir)) left.push(dir);
      return left;
    },
  };

  // Leftovers of a run that died before its clean-up: their bench process is gone.
  try {
    for (const name of readdirSync(controller.root)) {
      const m = new RegExp(`^${GROUP_PREFIX}(\\d+)-`).exec(name);
      if (m && !existsSync(`/proc/${m[1]}`)) remove(join(controller.root, name));
    }
  } catch {
    // unreadable root: the probe below reports it
  }

  try {
    if (controller.kind === "v2") {
      // Children of the root get the cpu controller only when the root passes it on.
      const sub = readFileSync(join(controller.root, "cgroup.subtree_control"), "utf8");
      if (!sub.split(/\s+/).includes("cpu")) writeFileSync(join(controller.root, "cgroup.subtree_control"), "+cpu");
    }
    const probe = cap.group("probe");
    if (!remove(probe)) throw new Error(`could not remove ${probe}`);
  } catch (err) {
    cap.removeAll();
    return { unavailable: `the cgroup ${controller.kind} cpu controller at ${controller.root} is not writable here (${(err as Error).message.split("\n")[0]}); run as root` };
  }
  return cap;
}

function readNumber(path: string, fallback: number): number {
  try {
    const n = Number(readFileSync(path, "utf8").trim());
    return Number.isFinite(n) && n > 0 ? n : fallback;
  } catch {
    return fallback;
  }
}
