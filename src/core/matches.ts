/**
 * The matches of a global regex, one at a time, found with `exec`. `String.prototype.matchAll`
 * clones the regex on each call, which for the recognizers' large alternations costs as much as the
 * scan; collecting every match first keeps thousands alive at once on hostile input. Each step sets
 * `lastIndex` itself, so the shared regex may be used elsewhere between steps.
 */
export function* allMatches(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new Error("allMatches needs a global regex");
  let at = 0;
  while (at <= text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    re.lastIndex = 0;
    if (m === null) return;
    // An empty match would repeat forever at the same place.
    at = m.index + (m[0].length > 0 ? m[0].length : re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    yield m;
  }
}
