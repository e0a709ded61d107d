import type { DecisionRecord, Repository } from "../ledger/repository.js";

/**
 * Group commit for the decision log: every check records a decision, and one multi-row INSERT per
 * event-loop turn costs about what a single-row one does. A caller's promise resolves only after
 * its row is committed, so nothing is acknowledged that is not stored.
 */
export class DecisionWriter {
  private queue: Array<{ record: DecisionRecord; resolve: (v: { id: string; inserted: boolean }) => void; reject: (e: unknown) => void }> = [];
  private scheduled = false;
  private inFlight = 0;

  constructor(
    private readonly repo: Repository,
    private readonly maxBatch = 500,
    private readonly maxInFlight = 8,
  ) {}

  write(record: DecisionRecord): Promise<{ id: string; inserted: boolean }> {
    return new Promise((resolve, reject) => {
      this.queue.push({ record, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0 || this.inFlight >= this.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    this.inFlight++;
    try {
      const results = await this.repo.insertDecisions(batch.map((b) => b.record));
      batch.forEach((b, i) => b.resolve(results[i]!));
    } catch (err) {
      for (const b of batch) b.reject(err);
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }

  /** Resolves when everything queued so far is committed. */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.inFlight > 0) await new Promise((r) => setTimeout(r, 5));
  }
}
