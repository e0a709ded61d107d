import { describe, expect, it } from "vitest";
import { computeStanding, ladderRule, reviewDueAt } from "../../src/enforce/ladder.js";
import { builtinPreset, parsePreset } from "../../src/policy/preset.js";

/* Issue 16, defect 9: the review time-out is a ladder setting of the preset, 7 days unless stated. */
const DAY_MS = 86_400_000;

describe("ladder: review time-out", () => {
  it("the default preset states 7 days; a preset without the setting gets 7 days", () => {
    const preset = builtinPreset();
    expect(preset.ladder.reviewTimeoutDays).toBe(7);
    const { reviewTimeoutDays: _omitted, ...ladder } = preset.ladder;
    expect(parsePreset({ ...preset, ladder }).ladder.reviewTimeoutDays).toBe(7);
    expect(() => parsePreset({ ...preset, ladder: { ...ladder, reviewTimeoutDays: 0 } })).toThrow(/reviewTimeoutDays/);
  });

  it("a held decision is due the configured number of days after it was held", () => {
    const ladder = { ...builtinPreset().ladder, reviewTimeoutDays: 3 };
    const heldAt = new Date("2026-03-01T12:00:00Z");
    expect(reviewDueAt(ladder, heldAt).getTime()).toBe(heldAt.getTime() + 3 * DAY_MS);
    expect(ladderRule(ladder).reviewDueAt(heldAt)).toEqual(reviewDueAt(ladder, heldAt));
  });

  it("the ladder's standing counts only the strikes it is given (held ones are not among them)", () => {
    const ladder = builtinPreset().ladder;
    const s = computeStanding(ladder, "a", [], 0, new Date());
    expect(s).toMatchObject({ activeViolations: 0, ladderStep: 0, penalty: null });
    expect(s).not.toHaveProperty("pendingReview");
  });
});
