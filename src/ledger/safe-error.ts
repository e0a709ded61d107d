/*
 * Database errors without the data. Both drivers attach what a log must never hold: PGlite puts the
 * whole SQL statement and its parameters on the error (`query`, `params`), and PostgreSQL's own
 * fields carry values too (`detail`: "Failing row contains (…every column…)", "Key (id)=(…)";
 * `where`: "unnamed portal parameter $1 = '…'"; the message itself for bad input: `invalid input
 * syntax for type bigint: "…"`). A logged error is serialized with all its own properties, so the
 * error that leaves the ledger keeps only what names the problem, never a value.
 */

/** The fields of a driver error that describe the problem without quoting data. */
const KEPT_FIELDS = ["code", "severity", "constraint", "table", "column", "dataType", "schema", "routine"] as const;

export class DatabaseError extends Error {
  code?: string;
  severity?: string;
  constraint?: string;
  table?: string;
  column?: string;
  dataType?: string;
  schema?: string;
  routine?: string;

  constructor(message: string, fields: Partial<Record<(typeof KEPT_FIELDS)[number], string>>) {
    super(message);
    this.name = "DatabaseError";
    Object.assign(this, fields);
  }
}

/** Every string a parameter contributes (array elements and JSON included), longest first. */
function paramStrings(params: readonly unknown[]): string[] {
  const out = new Set<string>();
  const add = (v: unknown): void => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) return v.forEach(add);
    const s = typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
    if (s.length >= 2) out.add(s);
    // JSON parameters arrive as strings; their inner strings can be quoted back one by one.
    if (typeof v === "string" && /^[[{]/.test(v)) {
      try {
        JSON.stringify(JSON.parse(v), (_k, inner: unknown) => (typeof inner === "string" && inner.length >= 2 ? (out.add(inner), inner) : inner));
      } catch {
        /* not JSON */
      }
    }
  };
  params.forEach(add);
  return [...out].sort((a, b) => b.length - a.length);
}

/** The message with every parameter value (and any quoted input value) replaced by a placeholder. */
function redactMessage(message: string, params: readonly unknown[]): string {
  let out = message;
  for (const s of paramStrings(params)) out = out.split(s).join("<param>");
  // PostgreSQL quotes the offending input in syntax errors: `… for type integer: "abc"`.
  return out.replace(/(: )"[^"]*"$/, '$1"<value>"');
}

/** The error to throw (and so to log) in place of a driver's. Errors that are not the driver's pass through. */
export function safeDatabaseError(err: unknown, params: readonly unknown[] = []): unknown {
  if (!(err instanceof Error) || err instanceof DatabaseError) return err;
  const e = err as Error & Record<string, unknown>;
  // Only driver errors carry SQLSTATE codes (five characters) or the statement; anything else is ours.
  const isDriverError = (typeof e["code"] === "string" && /^[0-9A-Z]{5}$/.test(e["code"])) || "query" in e || "params" in e;
  if (!isDriverError) return err;
  const fields: Partial<Record<(typeof KEPT_FIELDS)[number], string>> = {};
  for (const k of KEPT_FIELDS) if (typeof e[k] === "string") fields[k] = e[k] as string;
  return new DatabaseError(redactMessage(err.message, params), fields);
}
