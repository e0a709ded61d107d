/**
 * Look-ups by key made during one event-loop turn, answered by a single query for all of them:
 * a stream micro-batch or a burst of HTTP checks costs one round trip to the store, not one per
 * request. Callers asking for the same key share the answer; a failed query fails every caller.
 */
export class BatchedLookup<K, V> {
  private pending = new Map<K, Array<(v: V | undefined | Error) => void>>();

  constructor(private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>) {}

  get(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      const waiting = this.pending.get(key);
      const settle = (v: V | undefined | Error) => (v instanceof Error ? reject(v) : resolve(v));
      if (waiting) {
        waiting.push(settle);
        return;
      }
      this.pending.set(key, [settle]);
      if (this.pending.size === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = new Map();
    this.loadMany([...batch.keys()]).then(
      (found) => batch.forEach((settles, k) => settles.forEach((s) => s(found.get(k)))),
      (err: unknown) => {
        const e = err instanceof Error ? err : new Error(String(err));
        batch.forEach((settles) => settles.forEach((s) => s(e)));
      },
    );
  }
}
