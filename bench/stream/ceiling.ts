/**
 * What the measured CPU per message implies beyond this box: stream workers share nothing but NATS and
 * PostgreSQL, so N workers on N machines take N × (1 / worker CPU per message) messages per second until the
 * shared services run out of CPU. Throughput is bounded by the first of the three to saturate.
 */

export interface CpuPerMessage {
  /** CPU milliseconds per message, summed over all the processes of each kind. */
  worker: number;
  postgres: number;
  nats: number;
}

export interface Ceiling {
  /** Messages per second one worker takes per core-second of CPU (1000 / worker ms). */
  perWorkerCore: number;
  /** Messages per second PostgreSQL and NATS can serve with `serviceCores` cores each. */
  postgresLimit: number;
  natsLimit: number;
  /** How many one-core workers fit before the first shared service saturates (fractional). */
  workersBeforeLimit: number;
  limitedBy: "postgres" | "nats";
  /** The throughput where scaling stops: min(PostgreSQL's, NATS's limit). */
  ceiling: number;
}

/**
 * The ceiling for one-core worker machines, with PostgreSQL and NATS each given `serviceCores` cores.
 * A service with no measurable CPU per message (0) never limits.
 */
export function scaleOutCeiling(cpu: CpuPerMessage, serviceCores: number): Ceiling {
  if (!(cpu.worker > 0)) throw new Error("the worker's CPU per message must be > 0");
  const limit = (ms: number) => (ms > 0 ? (serviceCores * 1000) / ms : Infinity);
  const perWorkerCore = 1000 / cpu.worker;
  const postgresLimit = limit(cpu.postgres);
  const natsLimit = limit(cpu.nats);
  const limitedBy = postgresLimit <= natsLimit ? "postgres" : "nats";
  const ceiling = Math.min(postgresLimit, natsLimit);
  return { perWorkerCore, postgresLimit, natsLimit, workersBeforeLimit: ceiling / perWorkerCore, limitedBy, ceiling };
}

/** Throughput of `workers` one-core workers on machines of their own: linear until the ceiling. */
export function throughputOn(workers: number, c: Ceiling): number {
  return Math.min(workers * c.perWorkerCore, c.ceiling);
}
