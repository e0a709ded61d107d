/*
 * Progress for `scan` and `scan-file`, on stderr and only when it is a terminal: a pipeline or a log
 * file gets nothing extra, and stdout (the results) never gets a byte of it. One status line, redrawn
 * at most every `intervalMs` (a million lines must not mean a million writes) and cleared at the end,
 * so the terminal is left as it was.
 */

export interface ProgressOptions {
  /** Where to draw (stderr). */
  stream: { write(chunk: string): unknown };
  /** Whether `stream` is a terminal: when false the reporter writes nothing at all. */
  isTTY: boolean;
  /** What is counted: "lines", "files". */
  unit: string;
  /** How many there are, when known (files): shown as done/total. */
  total?: number;
  /** Least time between two redraws (default 200 ms). */
  intervalMs?: number;
  /** The clock, in milliseconds (tests pass their own). */
  now?: () => number;
}

export interface Progress {
  /** Counts `n` more done; redraws when the last redraw is old enough. */
  tick(n?: number): void;
  /** Clears the status line (nothing was drawn → nothing is written). */
  done(): void;
  /** Writes a message line (ending in a newline) to the stream without tearing the status line: it is cleared first and redrawn at the next tick. */
  print(line: string): void;
}

const CLEAR_LINE = "\r\x1b[K";

/** `12,345 lines · 4,100 lines/s` or `3/10 files · 1.5 files/s`. */
export function progressLine(done: number, total: number | undefined, unit: string, seconds: number): string {
  const count = total === undefined ? done.toLocaleString("en-US") : `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}`;
  const rate = seconds > 0 ? done / seconds : 0;
  const shown = rate >= 100 ? Math.round(rate).toLocaleString("en-US") : rate.toFixed(1);
  return `${count} ${unit} · ${shown} ${unit}/s`;
}

export function createProgress(options: ProgressOptions): Progress {
  const { stream, unit, total } = options;
  if (!options.isTTY) return { tick: () => undefined, done: () => undefined, print: (line) => void stream.write(line) };
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 200;
  const started = now();
  let done = 0;
  let drawnAt: number | undefined;
  return {
    tick(n = 1) {
      done += n;
      const t = now();
      // The first redraw waits one interval too: a run that ends at once shows no flicker.
      if (t - (drawnAt ?? started) < interval) return;
      drawnAt = t;
      stream.write(CLEAR_LINE + progressLine(done, total, unit, (t - started) / 1000));
    },
    done() {
      if (drawnAt !== undefined) stream.write(CLEAR_LINE);
      drawnAt = undefined;
    },
    print(line) {
      if (drawnAt === undefined) {
        stream.write(line);
        return;
      }
      stream.write(CLEAR_LINE + line);
      drawnAt = -Infinity; // the next tick redraws at once
    },
  };
}

/**
 * Whether to draw progress: stderr is a terminal and stdout is not (when both are the same terminal the
 * result lines scroll by and are their own progress; a status line would be torn by them).
 */
export function wantsProgress(stderr: { isTTY?: boolean } = process.stderr, stdout: { isTTY?: boolean } = process.stdout): boolean {
  return stderr.isTTY === true && stdout.isTTY !== true;
}
