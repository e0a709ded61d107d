/**
 * CPU time (user + system) this test process spends running `fn`, in milliseconds. The linear-time tests
 * bound this rather than wall time: on a busy shared machine wall time grows with every other process on
 * the cores, CPU time does not, while catastrophic backtracking on 100 KB still costs seconds to hours.
 */
export function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The bound for one detection pass over a 100 KB hostile input: generous, far below what a super-linear regex costs. */
export const LINEAR_100KB_CPU_MS = 3000;

/** CPU milliseconds used since `start` (a `process.cpuUsage()` reading). */
export function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
