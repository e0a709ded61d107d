import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DISGUISES, type Disguise } from "../../src/core/types.js";
import { mergedDisguises } from "../../src/detect/detect.js";

/*
 * toFinding merges the view's disguises with the recognizer's own by hand (detect.ts): the same list,
 * in the same order, as the Set of the two spreads it replaced, for any lists (duplicates included).
 */
const oldDefinition = (fromView: Disguise[], own: Disguise[] | undefined): Disguise[] => [...new Set([...fromView, ...(own ?? [])])];

describe("mergedDisguises", () => {
  it("is [...new Set([...fromView, ...own])]", () => {
    const list = fc.array(fc.constantFrom(...DISGUISES), { maxLength: 6 });
    fc.assert(
      fc.property(list, fc.option(list, { nil: undefined }), (fromView, own) => {
        const expected = oldDefinition(fromView.slice(), own?.slice());
        expect(mergedDisguises(fromView.slice(), own)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("hands back the view's fresh array when nothing is added", () => {
    const a: Disguise[] = [DISGUISES[0]];
    expect(mergedDisguises(a, undefined)).toBe(a);
    expect(mergedDisguises(a, [])).toBe(a);
    expect(mergedDisguises([DISGUISES[0], DISGUISES[0]], [])).toEqual([DISGUISES[0]]);
  });
});
