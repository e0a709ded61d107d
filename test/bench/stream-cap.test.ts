import { describe, expect, it } from "vitest";
import { cpuControllerFromMounts, parseKeyValues, parseProcStat, quotaFor } from "../../bench/stream/cgroup.js";
import { scaleOutCeiling, throughputOn } from "../../bench/stream/ceiling.js";

/*
 * Issue 21: the stream bench shows scale-out by capping each worker at a quarter of a core with the kernel's CFS
 * quota. These are its pure pieces: where the cpu controller is, the quota, reading the kernel's counters, and
 * the ceiling the CPU per message implies for N workers on N machines.
 */

// A hybrid host like the bench machine: v1 controllers, and a unified (v2) mount that holds no cpu controller.
const HYBRID = `tmpfs /sys/fs/cgroup tmpfs rw,relatime,mode=755 0 0
cgroup /sys/fs/cgroup/cpu cgroup rw,relatime,cpu 0 0
cgroup /sys/fs/cgroup/cpuacct cgroup rw,relatime,cpuacct 0 0
cgroup /sys/fs/cgroup/cpuset cgroup rw,relatime,cpuset 0 0
cgroup2 /sys/fs/cgroup/unified cgroup2 rw,relatime 0 0`;

describe("cpuControllerFromMounts", () => {
  it("finds the v1 cpu controller, not cpuacct or cpuset, before a unified mount without cpu", () => {
    expect(cpuControllerFromMounts(HYBRID, () => "hugetlb\n")).toEqual({ kind: "v1", root: "/sys/fs/cgroup/cpu" });
  });

  it("finds a co-mounted cpu,cpuacct hierarchy", () => {
    expect(cpuControllerFromMounts("cgroup /sys/fs/cgroup/cpu,cpuacct cgroup rw,nosuid,cpu,cpuacct 0 0", () => null)).toEqual({ kind: "v1", root: "/sys/fs/cgroup/cpu,cpuacct" });
  });

  it("takes a v2 hierarchy only when it lists the cpu controller", () => {
    const v2 = "cgroup2 /sys/fs/cgroup cgroup2 rw,nosuid,nodev,noexec,relatime 0 0";
    expect(cpuControllerFromMounts(v2, () => "cpuset cpu io memory pids\n")).toEqual({ kind: "v2", root: "/sys/fs/cgroup" });
    expect(cpuControllerFromMounts(v2, () => "cpuset io memory pids\n")).toBeNull();
    expect(cpuControllerFromMounts(v2, () => null)).toBeNull();
  });

  it("finds nothing without cgroup mounts", () => {
    expect(cpuControllerFromMounts("proc /proc proc rw 0 0\n", () => "cpu")).toBeNull();
  });
});

describe("quotaFor", () => {
  it("is the share of the period", () => {
    expect(quotaFor(0.25, 100_000)).toBe(25_000);
    expect(quotaFor(1.5, 100_000)).toBe(150_000);
  });
  it("never goes under the kernel's 1 ms minimum, and refuses no share", () => {
    expect(quotaFor(0.001, 100_000)).toBe(1000);
    expect(() => quotaFor(0, 100_000)).toThrow();
    expect(() => quotaFor(Number.NaN, 100_000)).toThrow();
  });
});

describe("the kernel's counters", () => {
  it("reads cpu.stat (v1 and v2)", () => {
    expect(parseKeyValues("nr_periods 120\nnr_throttled 97\nthrottled_time 5123456789\nnr_bursts 0\nburst_time 0\n")).toEqual({
      nr_periods: 120,
      nr_throttled: 97,
      throttled_time: 5123456789,
      nr_bursts: 0,
      burst_time: 0,
    });
    expect(parseKeyValues("usage_usec 2500000\nuser_usec 2000000\n\n").usage_usec).toBe(2_500_000);
  });

  it("reads utime + stime from /proc/<pid>/stat, whatever the command name holds", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const line = "4242 (node) worker) 1) S 1 4242 4242 0 -1 4194304 100 0 0 0 1234 56 7 8 20 0 11 0";
    expect(parseProcStat(line)).toEqual({ comm: "node) worker) 1", cpuSeconds: 12.9 });
    expect(parseProcStat("17 (postgres) S 1 17 17 0 -1 0 0 0 0 0 300 200 0 0").comm).toBe("postgres");
  });
});

describe("scaleOutCeiling", () => {
  it("scales linearly with one-core workers until PostgreSQL or NATS runs out", () => {
    // 2 ms of worker CPU → 500/s per worker core; PostgreSQL 0.5 ms on 2 cores → 4000/s; NATS 0.1 ms → 20000/s.
    const c = scaleOutCeiling({ worker: 2, postgres: 0.5, nats: 0.1 }, 2);
    expect(c.perWorkerCore).toBe(500);
    expect(c.postgresLimit).toBe(4000);
    expect(c.natsLimit).toBe(20000);
    expect(c.limitedBy).toBe("postgres");
    expect(c.ceiling).toBe(4000);
    expect(c.workersBeforeLimit).toBe(8);
    expect(throughputOn(1, c)).toBe(500);
    expect(throughputOn(4, c)).toBe(2000);
    expect(throughputOn(8, c)).toBe(4000);
    expect(throughputOn(20, c)).toBe(4000);
  });

  it("names NATS when it is the first to run out, and never limits on a service that costs nothing measurable", () => {
    expect(scaleOutCeiling({ worker: 1, postgres: 0.1, nats: 0.4 }, 2).limitedBy).toBe("nats");
    const free = scaleOutCeiling({ worker: 1, postgres: 0, nats: 0.5 }, 2);
    expect(free.postgresLimit).toBe(Infinity);
    expect(free.ceiling).toBe(4000);
  });

  it("refuses a worker that costs no CPU", () => {
    expect(() => scaleOutCeiling({ worker: 0, postgres: 1, nats: 1 }, 2)).toThrow();
  });
});
