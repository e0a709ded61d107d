import { describeError, logToStderr, type BatchFailureLog } from "./split-retry.js";

/**
 * Look-ups by key made during one event-loop turn, answered by a single query for all of them:
 * a stream micro-batch or a burst of HTTP checks costs one round trip to the store, not one per
 * request. Callers asking for the same key share the answer. When the shared query fails, each key
 * is looked up alone (./split-retry.ts), so only the callers of a key whose own query fails get an error.
 */
export class BatchedLookup<K, V> {
  private pending = new Map<K, Array<(v: V | undefined | Error) => void>>();

  constructor(
    private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>,
    /** Which look-up this is, for the log line of a split. */
    private readonly statement = "batched look-up",
    private readonly log: BatchFailureLog = logToStderr,
  ) {}

  get(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      const waiting = this.pending.get(key);
      const settle = (v: V | undefined | Error) => (v instanceof Error ? reject(v) : resolve(v));
      if (waiting) {
        waiting.push(settle);
        return;
      }
      this.pending.set(key, [settle]);
      if (this.pending.size === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    try {
      const found = await this.loadMany([...batch.keys()]);
      batch.forEach((settles, k) => settles.forEach((s) => s(found.get(k))));
    } catch (err) {
      if (batch.size === 1) return batch.forEach((settles) => settles.forEach((s) => s(asError(err))));
      this.log({ statement: this.statement, size: batch.size, error: describeError(err) });
      await Promise.all(
        [...batch].map(async ([k, settles]) => {
          let answer: V | undefined | Error;
          try {
            answer = (await this.loadMany([k])).get(k);
          } catch (own) {
            answer = asError(own);
          }
          settles.forEach((s) => s(answer));
        }),
      );
    }
  }
}

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));
