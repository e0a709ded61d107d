import { useEffect, useState } from "preact/hooks";

/** The surfaces a check can name (src/policy/context.ts), for the console's Surface filters. */
export const SURFACES = ["message", "job_post", "proposal", "invite", "profile", "portfolio", "interview", "attachment"];

/** The non-empty filters as a query string's parameters (trimmed). */
export function queryOf<F extends Record<string, string>>(filters: F): URLSearchParams {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v.trim()) q.set(k, v.trim());
  return q;
}

/**
 * A console page's filters, kept in the address bar (`/console/leakage?from=…`) so a filtered view can be linked
 * to: read from it on load, written back (replaceState) when they change. `commit(k)(value)` and `set(k)` (a
 * change handler) merge with functional updates, so two filters changed before the next render are both kept.
 */
export function useUrlFilters<F extends Record<string, string>>(empty: F, path: string) {
  const [filters, setFilters] = useState<F>(() => {
    const p = new URLSearchParams(location.search);
    const out = { ...empty };
    for (const k of Object.keys(empty) as Array<keyof F & string>) out[k] = (p.get(k) ?? "") as F[typeof k];
    return out;
  });
  useEffect(() => {
    const q = queryOf(filters).toString();
    history.replaceState(null, "", `${path}${q ? `?${q}` : ""}`);
  }, [filters]);
  const commit = (k: keyof F) => (value: string) => setFilters((f) => ({ ...f, [k]: value }));
  const set = (k: keyof F) => (e: Event) => commit(k)((e.target as HTMLInputElement | HTMLSelectElement).value);
  const clear = () => setFilters({ ...empty });
  return { filters, commit, set, clear, active: Object.values(filters).some((v) => v.trim()) };
}
