import type { DecisionRecord, Repository } from "../ledger/repository.js";
import { describeError, logToStderr, type BatchFailureLog } from "./split-retry.js";

type Stored = { id: string; inserted: boolean };

/**
 * Group commit for the decision log: every check records a decision, and one multi-row INSERT per
 * event-loop turn costs about what a single-row one does. A caller's promise resolves only after
 * its row is committed, so nothing is acknowledged that is not stored. When the shared INSERT fails,
 * its rows are inserted one by one (./split-retry.ts), so a failure stays with the request it belongs to.
 */
export class DecisionWriter {
  private queue: Array<{ record: DecisionRecord; resolve: (v: Stored) => void; reject: (e: unknown) => void }> = [];
  private scheduled = false;
  private inFlight = 0;

  constructor(
    private readonly repo: Repository,
    private readonly maxBatch = 500,
    private readonly maxInFlight = 8,
    private readonly log: BatchFailureLog = logToStderr,
  ) {}

  write(record: DecisionRecord): Promise<Stored> {
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
      if (batch.length === 1) batch[0]!.reject(err);
      else {
        this.log({ statement: "decision insert", size: batch.length, error: describeError(err) });
        // One row per statement, in order: each caller gets its own row's outcome.
        for (const b of batch) {
          try {
            b.resolve((await this.repo.insertDecisions([b.record]))[0]!);
          } catch (own) {
            b.reject(own);
          }
        }
      }
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
