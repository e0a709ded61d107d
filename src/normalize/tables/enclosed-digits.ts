/**
 * Enclosed digits that NFKC leaves alone (dingbat negative circled, double circled) mapped to
 * their value. Circled ①, parenthesized ⑴ and full-stop ⒈ forms are covered by NFKC itself.
 */
function range(first: number, values: readonly string[]): Array<[string, string]> {
  return values.map((v, i) => [String.fromCodePoint(first + i), v]);
}
const ONE_TO_TEN = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
const ELEVEN_TO_TWENTY = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "20"];

export const ENCLOSED_DIGITS: ReadonlyMap<string, string> = new Map([
  ...range(0x2776, ONE_TO_TEN), // ❶..❿
  ...range(0x2780, ONE_TO_TEN), // ➀..➉
  ...range(0x278a, ONE_TO_TEN), // ➊..➓
  ...range(0x24eb, ELEVEN_TO_TWENTY), // ⓫..⓴
  ...range(0x24f5, ONE_TO_TEN), // ⓵..⓾
  ["\u24FF", "0"], // ⓿
  ["\u24EA", "0"], // ⓪
  ["\u{1F10B}", "0"], ["\u{1F10C}", "0"], // 🄋 🄌
]);

/** Keycap sequences: digit, optional VS16, COMBINING ENCLOSING KEYCAP. */
export const KEYCAP = /^[0-9#*]\uFE0F?\u20E3/;

/** Ranges whose NFKC result counts as an enclosed-digit disguise rather than a generic one. */
export function isEnclosedRange(cp: number): boolean {
  return (cp >= 0x2460 && cp <= 0x24ff) || (cp >= 0x1f100 && cp <= 0x1f10c) || (cp >= 0x3251 && cp <= 0x32bf);
}
