/**
 * Every match of a global regex, collected with `exec`. `String.prototype.matchAll` clones the regex
 * on each call, which for the recognizers' large alternations costs as much as the scan itself.
 * Collecting first keeps the shared regex free for nested use while the caller walks the matches.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error("allMatches needs a global regex");
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would repeat forever at the same place.
    if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}
