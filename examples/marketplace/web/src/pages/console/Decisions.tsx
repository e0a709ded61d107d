import { useEffect, useState } from "preact/hooks";
import { api } from "../../api";
import { BarChart } from "../../components/BarChart";
import { dateTime } from "../../format";
import { Link } from "../../router";
import type { Decision } from "../../types";

const SURFACES = ["message", "job_post", "proposal", "invite", "profile", "portfolio", "interview", "attachment"];
const DECISIONS = ["allow", "notice", "warn", "redact", "review", "block"];

/** The decision log (newest first, filtered, paged by cursor) under a chart of decisions per day. */
export function Decisions() {
  const [filters, setFilters] = useState({ surface: "", decision: "", accountId: "" });
  const [items, setItems] = useState<Decision[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [days, setDays] = useState<Array<{ day: string; decision: string; count: number }> | null>(null);

  const query = (after?: string) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
    if (after) q.set("cursor", after);
    q.set("limit", "50");
    return q.toString();
  };
  const load = async (after?: string) => {
    const page = await api<{ items: Decision[]; nextCursor: string | null }>("GET", `/console/decisions?${query(after)}`);
    setItems((prev) => (after ? [...prev, ...page.items] : page.items));
    setCursor(page.nextCursor);
  };
  useEffect(() => void load(), [filters]);
  useEffect(() => void api<{ days: typeof days }>("GET", "/console/stats/decisions-per-day").then((r) => setDays(r.days)), []);

  const set = (k: keyof typeof filters) => (e: Event) => setFilters({ ...filters, [k]: (e.target as HTMLInputElement | HTMLSelectElement).value });
  return (
    <div>
      <h1>Decision log</h1>
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">Decisions per day</h2>
        {days && <BarChart rows={days} />}
      </section>
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">Decisions</h2>
        <form class="filters" role="search" aria-label="Filter decisions" onSubmit={(e) => e.preventDefault()}>
          <div>
            <label for="f-surface">Surface</label>
            <select id="f-surface" value={filters.surface} onChange={set("surface")}>
              <option value="">any</option>
              {SURFACES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="f-decision">Decision</label>
            <select id="f-decision" value={filters.decision} onChange={set("decision")}>
              <option value="">any</option>
              {DECISIONS.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="f-account">Account</label>
            <input id="f-account" placeholder="e.g. demo-freelancer" value={filters.accountId} onChange={set("accountId")} />
          </div>
        </form>
        <table class="log" data-testid="decision-log">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Surface</th>
              <th scope="col">Decision</th>
              <th scope="col">From → to</th>
              <th scope="col">Clauses</th>
              <th scope="col">Stored text (masked)</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id}>
                <td>{dateTime(d.createdAt)}</td>
                <td>{d.surface}</td>
                <td>
                  <span class={`badge ${d.decision}`}>{d.decision}</span>
                  {d.reviewStatus && <span class="tag">{d.reviewStatus}</span>}
                </td>
                <td>
                  {d.senderId ? <Link href={`/console/accounts/${d.senderId}`}>{d.senderId}</Link> : "—"} → {d.recipientId ?? "—"}
                </td>
                <td>{d.clauses.join(", ")}</td>
                <td class="prewrap">{d.redactedText ?? (d.violation ? "" : <span class="muted">(clean: only a hash is kept)</span>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 && <p>No decisions match.</p>}
        {cursor && (
          <button type="button" onClick={() => void load(cursor)}>
            Load more
          </button>
        )}
      </section>
    </div>
  );
}
