/*
 * Input hygiene, one rule for every surface (HTTP, stream, CLI, documents). PostgreSQL refuses two
 * things in text values — the NUL character and a UTF-16 surrogate that is not half of a pair — and it
 * refuses them for the WHOLE statement, so one such string in a shared multi-row INSERT or a merged
 * look-up would fail every other request in it. The rule:
 *   - identifiers and keys (account ids, idempotency keys, API keys, room ids, file names used as ids)
 *     that hold one are refused with 400 `invalid_string`: repairing an id would silently merge two ids;
 *   - texts (message bodies, document text, reasons, notes) are detected on as they are, and repaired
 *     for storage: each such unit becomes U+FFFD, so the stored text keeps its length and offsets.
 */

/** The index of the first NUL or lone surrogate, or -1. */
export function unsafeCharAt(s: string): number {
  const nul = s.indexOf("\u0000");
  if (s.isWellFormed()) return nul;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return i;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/** Whether a string can be stored as text as it is. */
export const isStorable = (s: string): boolean => unsafeCharAt(s) < 0;

/** The same string with every NUL and lone surrogate replaced by U+FFFD (same length, same offsets). */
export function storable(s: string): string {
  if (isStorable(s)) return s;
  return s.toWellFormed().replaceAll("\u0000", "\uFFFD");
}

/** Why an identifier is refused, for an `invalid_string` message, or null when it is fine. */
export function unsafeIdProblem(s: string): string | null {
  const at = unsafeCharAt(s);
  if (at < 0) return null;
  return s.charCodeAt(at) === 0 ? `holds a NUL character at ${at}` : `holds a lone UTF-16 surrogate at ${at}`;
}

/** Every string inside a JSON-like value repaired for storage (objects and arrays copied only when something changes). */
export function storableDeep<T>(value: T): T {
  if (typeof value === "string") return storable(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const r = storableDeep(v);
      if (r !== v) changed = true;
      return r;
    });
    return (changed ? out : value) as T;
  }
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const key = storable(k);
      const r = storableDeep(v);
      if (r !== v || key !== k) changed = true;
      out[key] = r;
    }
    return (changed ? out : value) as T;
  }
  return value;
}
