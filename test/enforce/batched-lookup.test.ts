import { describe, expect, it } from "vitest";
import { BatchedLookup } from "../../src/enforce/batched-lookup.js";

describe("BatchedLookup: look-ups of one turn share one query", () => {
  it("answers every caller of a turn from one call, keys deduplicated, missing keys undefined", async () => {
    const calls: string[][] = [];
    const lookup = new BatchedLookup<string, number>(async (keys) => {
      calls.push(keys);
      return new Map(keys.filter((k) => k !== "missing").map((k) => [k, k.length]));
    });
    const got = await Promise.all(["a", "bb", "a", "missing", "ccc"].map((k) => lookup.get(k)));
    expect(got).toEqual([1, 2, 1, undefined, 3]);
    expect(calls).toEqual([["a", "bb", "missing", "ccc"]]);
    // A later turn is a new query.
    expect(await lookup.get("dddd")).toBe(4);
    expect(calls).toHaveLength(2);
  });
  it("fails every caller of the turn when the query fails, and recovers after", async () => {
    let fail = true;
    const lookup = new BatchedLookup<string, string>(async (keys) => {
      if (fail) throw new Error("store down");
      return new Map(keys.map((k) => [k, k]));
    });
    const results = await Promise.allSettled([lookup.get("x"), lookup.get("y")]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    fail = false;
    expect(await lookup.get("x")).toBe("x");
  });
  it("retries a failed shared query key by key, so one bad key fails only its own callers", async () => {
    const calls: string[][] = [];
    const logged: unknown[] = [];
    // A store that refuses the whole statement when any key in it is bad, as PostgreSQL does for a NUL.
    const lookup = new BatchedLookup<string, string>(
      async (keys) => {
        calls.push(keys);
        if (keys.some((k) => k.includes("\u0000"))) throw Object.assign(new Error("invalid byte sequence"), { code: "22021" });
        return new Map(keys.map((k) => [k, k.toUpperCase()]));
      },
      "test look-up",
      (f) => logged.push(f),
    );
    const keys = ["a", "b", "bad\u0000", "c", "a"];
    const results = await Promise.allSettled(keys.map((k) => lookup.get(k)));
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : "rejected"))).toEqual(["A", "B", "rejected", "C", "A"]);
    expect(calls[0]).toEqual(["a", "b", "bad\u0000", "c"]);
    expect(calls.slice(1).sort()).toEqual([["a"], ["b"], ["bad\u0000"], ["c"]]);
    expect(logged).toEqual([{ statement: "test look-up", size: 4, error: { name: "Error", code: "22021" } }]);
  });
});
