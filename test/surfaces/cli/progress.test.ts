import { describe, expect, it } from "vitest";
import { createProgress, progressLine, wantsProgress } from "../../../src/surfaces/cli/progress.js";

/** A stream that keeps what is written, and a clock the test moves. */
function harness(isTTY: boolean, total?: number) {
  const writes: string[] = [];
  let t = 1_000;
  const progress = createProgress({ stream: { write: (s: string) => writes.push(s) }, isTTY, unit: total === undefined ? "lines" : "files", ...(total === undefined ? {} : { total }), intervalMs: 200, now: () => t });
  return { writes, progress, advance: (ms: number) => (t += ms) };
}

describe("the progress reporter", () => {
  it("writes nothing at all when the stream is not a terminal", () => {
    const { writes, progress, advance } = harness(false);
    for (let i = 0; i < 1000; i++) {
      advance(50);
      progress.tick();
    }
    progress.done();
    expect(writes).toEqual([]);
  });

  it("on a terminal: redraws one status line at most once per interval, with the count and the rate", () => {
    const { writes, progress, advance } = harness(true);
    // 100 lines within the first interval: no draw yet (a run that ends at once shows nothing).
    for (let i = 0; i < 100; i++) progress.tick();
    expect(writes).toEqual([]);
    advance(250);
    progress.tick(); // 101 lines in 0.25 s
    expect(writes).toEqual(["\r\x1b[K101 lines · 404 lines/s"]);
    // More ticks within the interval: throttled.
    advance(100);
    for (let i = 0; i < 50; i++) progress.tick();
    expect(writes).toHaveLength(1);
    advance(150);
    progress.tick();
    expect(writes).toHaveLength(2);
    expect(writes[1]).toBe("\r\x1b[K152 lines · 304 lines/s");
    for (const w of writes) expect(w).not.toContain("\n");
  });

  it("counts done/total for files, and clears the line at the end", () => {
    const { writes, progress, advance } = harness(true, 10);
    advance(2_000);
    progress.tick();
    advance(2_000);
    progress.tick(2);
    progress.done();
    expect(writes).toEqual(["\r\x1b[K1/10 files · 0.5 files/s", "\r\x1b[K3/10 files · 0.8 files/s", "\r\x1b[K"]);
  });

  it("clears nothing when nothing was drawn", () => {
    const { writes, progress } = harness(true);
    progress.tick();
    progress.done();
    expect(writes).toEqual([]);
  });

  it("formats large counts and rates readably", () => {
    expect(progressLine(1_234_567, undefined, "lines", 100)).toBe("1,234,567 lines · 12,346 lines/s");
    expect(progressLine(0, 3, "files", 0)).toBe("0/3 files · 0.0 files/s");
  });

  it("is wanted only when stderr is a terminal and stdout is not", () => {
    expect(wantsProgress({ isTTY: true }, { isTTY: false })).toBe(true);
    expect(wantsProgress({ isTTY: true }, {})).toBe(true);
    expect(wantsProgress({ isTTY: false }, { isTTY: false })).toBe(false);
    expect(wantsProgress({}, {})).toBe(false);
    expect(wantsProgress({ isTTY: true }, { isTTY: true })).toBe(false);
  });
});

describe("messages while the status line is shown", () => {
  it("on a terminal: clears the status line, writes the message, redraws at the next tick", () => {
    const writes: string[] = [];
    let t = 0;
    const progress = createProgress({ stream: { write: (s: string) => writes.push(s) }, isTTY: true, unit: "files", total: 3, intervalMs: 200, now: () => t });
    progress.print("before any draw\n");
    t = 1_000;
    progress.tick();
    progress.print("cannot read b.pdf\n");
    t = 1_010; // within the interval, yet redrawn: the message took the line
    progress.tick();
    progress.done();
    expect(writes).toEqual(["before any draw\n", "\r\x1b[K1/3 files · 1.0 files/s", "\r\x1b[Kcannot read b.pdf\n", "\r\x1b[K2/3 files · 2.0 files/s", "\r\x1b[K"]);
  });

  it("not on a terminal: the message alone", () => {
    const writes: string[] = [];
    const progress = createProgress({ stream: { write: (s: string) => writes.push(s) }, isTTY: false, unit: "files", total: 3 });
    progress.tick();
    progress.print("cannot read b.pdf\n");
    progress.done();
    expect(writes).toEqual(["cannot read b.pdf\n"]);
  });
});
