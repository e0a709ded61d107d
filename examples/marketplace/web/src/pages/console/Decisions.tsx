import { CLAUSE_TEXT, TYPE_LABEL } from "contactguard/clauses";
import { useEffect, useRef, useState } from "preact/hooks";
import { api, errorText } from "../../api";
import { BarChart } from "../../components/BarChart";
import { CommitInput } from "../../components/CommitInput";
import { CountChart } from "../../components/CountChart";
import { dateTime } from "../../format";
import { Link } from "../../router";
import type { DecisionStats, LoggedDecision } from "../../types";
import { typeLabel } from "./parts";
import { queryOf, SURFACES, useUrlFilters } from "./url-filters";

const DECISIONS = ["allow", "notice", "warn", "redact", "review", "block"];
const TYPES = Object.keys(TYPE_LABEL);
const CLAUSES = Object.keys(CLAUSE_TEXT);

const EMPTY = { q: "", accountId: "", from: "", to: "", type: "", surface: "", decision: "", clause: "", shadow: "" };

/** The decision log: search and filters, charts of what they select, the rows (each opens its detail), CSV export. */
export function Decisions() {
  const { filters, commit, set, clear, active } = useUrlFilters(EMPTY, "/console");
  const [items, setItems] = useState<LoggedDecision[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [stats, setStats] = useState<DecisionStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  // Answers can arrive out of order when filters change quickly: only the latest request's answer is shown.
  const latest = useRef(0);
  const load = async (after?: string) => {
    const q = queryOf(filters);
    if (after) q.set("cursor", after);
    q.set("limit", "50");
    const mine = ++latest.current;
    try {
      const page = await api<{ items: LoggedDecision[]; nextCursor: string | null }>("GET", `/console/decisions?${q}`);
      if (mine !== latest.current) return;
      setItems((prev) => (after ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(null);
    } catch (e) {
      if (mine !== latest.current) return;
      setError(errorText(e));
      if (!after) setItems([]);
    }
    setLoaded(true);
  };
  const latestStats = useRef(0);
  useEffect(() => {
    const q = queryOf(filters).toString();
    void load();
    const mine = ++latestStats.current;
    void api<DecisionStats>("GET", `/console/stats?${q}`).then(
      (r) => mine === latestStats.current && setStats(r),
      () => mine === latestStats.current && setStats(null),
    );
  }, [filters]);

  const csvHref = `/app/api/console/decisions.csv?${queryOf(filters)}`;
  return (
    <div class="console">
      <h1>Decision log</h1>
      <form class="filters" role="search" aria-label="Search and filter decisions" onSubmit={(e) => e.preventDefault()} data-testid="log-filters">
        <div class="wide">
          <label for="f-q">Text</label>
          <CommitInput id="f-q" placeholder="words in the stored text" value={filters.q} onCommit={commit("q")} />
        </div>
        <div>
          <label for="f-account">Account</label>
          <CommitInput id="f-account" placeholder="e.g. demo-freelancer" value={filters.accountId} onCommit={commit("accountId")} />
        </div>
        <div>
          <label for="f-from">From (UTC)</label>
          <input id="f-from" type="date" value={filters.from} onChange={set("from")} />
        </div>
        <div>
          <label for="f-to">To (UTC)</label>
          <input id="f-to" type="date" value={filters.to} onChange={set("to")} />
        </div>
        <div>
          <label for="f-type">Finding type</label>
          <select id="f-type" value={filters.type} onChange={set("type")}>
            <option value="">any</option>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {typeLabel(t)}
              </option>
            ))}
          </select>
        </div>
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
          <label for="f-clause">Clause</label>
          <select id="f-clause" value={filters.clause} onChange={set("clause")}>
            <option value="">any</option>
            {CLAUSES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <div>
          <label for="f-shadow">Mode</label>
          <select id="f-shadow" value={filters.shadow} onChange={set("shadow")}>
            <option value="">any</option>
            <option value="true">shadow (would have)</option>
            <option value="false">enforced</option>
          </select>
        </div>
        <div class="filter-actions">
          {active && (
            <button type="button" class="secondary" onClick={clear}>
              Clear filters
            </button>
          )}
          <a class="button" href={csvHref} download data-testid="export-csv">
            Export CSV
          </a>
        </div>
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}

      <section aria-labelledby="charts-heading" class="charts">
        <h2 id="charts-heading">{active ? "What the filters select" : "Last 30 days"}</h2>
        {stats && (
          <p data-testid="mode-counts">
            {stats.byMode.enforced} enforced · {stats.byMode.shadow} shadow <span class="muted">(recorded as they would have been enforced; the sender was let through)</span>
          </p>
        )}
        {stats && (
          <div class="chart-grid">
            <div class="per-day">
              <h3>Decisions per day</h3>
              <BarChart rows={stats.perDay} />
            </div>
            <CountChart
              id="chart-types"
              title="Decisions by finding type"
              axis="Number of decisions with at least one finding of the type"
              rows={stats.byType.map((r) => ({ key: r.type, label: typeLabel(r.type), count: r.count }))}
              empty="No findings in these decisions."
            />
            <CountChart
              id="chart-surfaces"
              title="Decisions by surface"
              axis="Number of decisions"
              rows={stats.bySurface.map((r) => ({ key: r.surface, label: r.surface, count: r.count }))}
              empty="No decisions."
            />
          </div>
        )}
      </section>

      <section aria-labelledby="log-heading">
        <h2 id="log-heading">Decisions</h2>
        <div class="table-scroll">
          <table class="log" data-testid="decision-log">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Surface</th>
                <th scope="col">Decision</th>
                <th scope="col">From → to</th>
                <th scope="col">Found</th>
                <th scope="col">Clauses</th>
                <th scope="col">Stored text</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id} data-decision-id={d.id}>
                  <td>
                    <Link href={`/console/decisions/${d.id}`} class="detail-link">
                      {dateTime(d.createdAt)}
                    </Link>
                  </td>
                  <td>{d.surface}</td>
                  <td>
                    <span class={`badge ${d.decision}`}>{d.decision}</span>
                    {d.reviewStatus && <span class="tag">{d.reviewStatus}</span>}
                    {d.shadow && <span class="tag">shadow</span>}
                  </td>
                  <td>
                    {d.senderId ? <Link href={`/console/accounts/${encodeURIComponent(d.senderId)}`}>{d.senderId}</Link> : "—"} → {d.recipientId ?? "—"}
                  </td>
                  <td>{[...new Set(d.findings.map((f) => f.type))].map(typeLabel).join(", ")}</td>
                  <td>{d.clauses.join(", ")}</td>
                  <td class="prewrap">{d.body ?? d.redactedText ?? <span class="muted">(only a hash is kept)</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {loaded && items.length === 0 && <p>No decisions match.</p>}
        {cursor && (
          <button type="button" onClick={() => void load(cursor)}>
            Load more
          </button>
        )}
      </section>
    </div>
  );
}
