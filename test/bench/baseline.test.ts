import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BASELINE_LINKIFY_OPTIONS, baselineDetect } from "../../bench/baseline.js";
import { agreement, median } from "../../bench/lib/stats.js";

/*
 * Issue 21: the speed record compares ContactGuard with a baseline, so the baseline's construction is pinned:
 * libphonenumber-js (max metadata, default region US) and linkify-it with fuzzy links and fuzzy emails on.
 * Turning fuzzy links off would make the baseline faster and blind to `wa.me/…` without a scheme, which is part
 * of the job. The whole-process peer script must run that same baseline.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const kinds = (text: string, region?: string) => baselineDetect(text, region).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

describe("the benchmark baseline", () => {
  it("keeps linkify-it's fuzzy links and fuzzy emails on", () => {
    expect(BASELINE_LINKIFY_OPTIONS).toEqual({ fuzzyLink: true, fuzzyEmail: true });
    expect(kinds("text me on wa.me/14155550199 today")).toContain("url:wa.me/14155550199");
    expect(kinds("write to dana@tacos.example.com please")).toContain("email:dana@tacos.example.com");
    expect(kinds("see example.org/work")).toContain("url:example.org/work");
  });

  it("reads numbers with libphonenumber-js in the default region US, and none for an unknown code", () => {
    expect(baselineDetect("call (415) 555-0199")).toEqual([{ type: "phone", start: 5, end: 19, value: "+14155550199" }]);
    expect(kinds("ring 020 7946 0958", "GB")).toEqual(["phone:020 7946 0958"]);
    expect(kinds("ring 020 7946 0958", "ZZ")).toEqual([]);
    expect(kinds("ring +44 20 7946 0958", "ZZ")).toEqual(["phone:+44 20 7946 0958"]);
  });

  it("finds nothing it was never built for: disguises, handles, clean prices", () => {
    expect(kinds("four one five five five five zero one nine nine")).toEqual([]);
    expect(kinds("dana (at) tacos (dot) com")).toEqual([]);
    expect(kinds("the fixed price is $450 for 3 pages")).toEqual([]);
  });

  it("is what the peer script runs, line for line, under plain node", () => {
    const inputs = [
      { id: "a", text: "text me at (415) 555-0199 or wa.me/14155550199" },
      { id: "b", text: "mail dana@tacos.example.com" },
      { id: "c", text: "nothing here, $450 fixed" },
    ];
    const r = spawnSync(process.execPath, ["bench/scan/peer.mjs"], { cwd: ROOT, input: inputs.map((x) => JSON.stringify(x)).join("\n") + "\n" });
    expect(r.status, String(r.stderr)).toBe(0);
    const lines = String(r.stdout).trim().split("\n").map((l) => JSON.parse(l) as { id: string; violation: boolean; findings: Array<{ type: string; start: number; end: number }> });
    expect(lines.map((l) => l.id)).toEqual(["a", "b", "c"]);
    lines.forEach((line, i) => {
      const expected = baselineDetect(inputs[i]!.text, "US").map(({ type, start, end }) => ({ type, start, end }));
      expect(line.findings).toEqual(expected);
      expect(line.violation).toBe(expected.length > 0);
    });
  });
});

describe("bench statistics", () => {
  it("takes the lower middle as the median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([])).toBe(0);
  });

  it("calls repeated ratios consistent only when each is within 10% of their median", () => {
    expect(agreement([2.0, 2.1, 1.95, 2.05]).within).toBe(true);
    expect(agreement([2.0, 2.3, 2.0]).within).toBe(false);
    expect(agreement([1.0, 1.09]).within).toBe(true); // the lower middle is 1.0: 1.09 is 9% off
    expect(agreement([1.0, 1.12]).within).toBe(false);
    expect(agreement([]).within).toBe(false);
  });
});
