import { explainClause } from "contactguard/clauses";
import { useEffect, useRef, useState } from "preact/hooks";
import { api, errorText } from "../../api";
import { BarChart } from "../../components/BarChart";
import { CountChart } from "../../components/CountChart";
import { date } from "../../format";
import { Link } from "../../router";
import type { Breakdown, LeakageStats } from "../../types";
import { typeLabel } from "./parts";
import { queryOf, SURFACES, useUrlFilters } from "./url-filters";

/*
 * The leakage dashboard (issue 20): how much contact information tried to leave the platform, where
 * and how, who keeps trying, and how often each recognizer's findings were reported as false alarms
 * and overturned — its precision in production. Enforced and shadow ("would have") decisions are
 * counted apart, so a preset can be judged in shadow mode before it is enforced.
 */

const EMPTY = { from: "", to: "", shadow: "", surface: "" };
/** Violations per day: enforced and shadow stacked, each in its own colour. */
const SERIES = { enforced: "#a15c00", shadow: "#8a8f98" };

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

export function Leakage() {
  const { filters, set, clear, active } = useUrlFilters(EMPTY, "/console/leakage");
  const [stats, setStats] = useState<LeakageStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Only the answer to the latest filters is shown.
  const latest = useRef(0);
  useEffect(() => {
    const q = queryOf(filters).toString();
    const mine = ++latest.current;
    api<LeakageStats>("GET", `/console/leakage?${q}`).then(
      (r) => {
        if (mine !== latest.current) return;
        setStats(r);
        setError(null);
      },
      (e) => mine === latest.current && setError(errorText(e)),
    );
  }, [filters]);
  const t = stats?.totals;
  // The ledger lists every day of the window (zeros included); a window without any decision shows the empty note instead.
  const anything = stats ? stats.totals.requests + stats.totals.shadowRequests > 0 : false;
  const perDay = (anything ? stats!.perDay : []).flatMap((d) => [
    { day: d.day, decision: "enforced", count: d.violations },
    { day: d.day, decision: "shadow", count: d.shadowViolations },
  ]);
  return (
    <div class="console leakage">
      <h1>Leakage</h1>
      <form class="filters" aria-label="Date range and mode" onSubmit={(e) => e.preventDefault()} data-testid="leakage-filters">
        <div>
          <label for="l-from">From (UTC)</label>
          <input id="l-from" type="date" value={filters.from} onChange={set("from")} />
        </div>
        <div>
          <label for="l-to">To (UTC)</label>
          <input id="l-to" type="date" value={filters.to} onChange={set("to")} />
        </div>
        <div>
          <label for="l-mode">Mode</label>
          <select id="l-mode" value={filters.shadow} onChange={set("shadow")}>
            <option value="">both</option>
            <option value="false">enforced only</option>
            <option value="true">shadow only (would have)</option>
          </select>
        </div>
        <div>
          <label for="l-surface">Surface</label>
          <select id="l-surface" value={filters.surface} onChange={set("surface")}>
            <option value="">any</option>
            {SURFACES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
        <div class="filter-actions">
          {active && (
            <button type="button" class="secondary" onClick={clear}>
              Last 30 days
            </button>
          )}
          <a class="button" href={`/app/api/console/leakage.csv?${queryOf(filters)}`} download data-testid="export-leakage-csv">
            Export CSV
          </a>
        </div>
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {stats && t && (
        <>
          <p class="muted" data-testid="leakage-window">
            {date(stats.from)} – {date(stats.to)}
          </p>
          <dl class="facts headline" data-testid="leakage-totals">
            <div>
              <dt>Messages and posts checked</dt>
              <dd data-testid="total-requests">{t.requests}</dd>
            </div>
            <div>
              <dt>Violations (enforced)</dt>
              <dd data-testid="total-violations">{t.violations}</dd>
            </div>
            <div>
              <dt>Shadow: would have been violations</dt>
              <dd data-testid="total-shadow">
                {t.shadowViolations} <span class="muted">of {t.shadowRequests} checked</span>
              </dd>
            </div>
            <div>
              <dt>Conversations that tried to leave before a contract</dt>
              <dd data-testid="total-leaving">
                {percent(t.leavingShare)}{" "}
                <span class="muted">
                  ({t.conversationsLeaving} of {t.conversations})
                </span>
              </dd>
            </div>
          </dl>

          <section aria-labelledby="per-day-heading" data-testid="leakage-per-day">
            <h2 id="per-day-heading">Violations per day</h2>
            <BarChart
              id="leakage-day-title"
              rows={perDay ?? []}
              colors={SERIES}
              title="Violations per day, enforced and shadow"
              axis="Violations per day (UTC): enforced, and shadow (would have been)"
              empty="No decisions in this period."
            />
          </section>

          <section aria-labelledby="breakdown-heading">
            <h2 id="breakdown-heading">Where and how</h2>
            <div class="breakdown-grid">
              <CountChart
                id="leak-chart-types"
                title="Violations by finding type"
                axis="Violations (enforced and shadow) with a finding of the type"
                rows={stats.byType.filter((b) => b.violations + b.shadowViolations > 0).map((b) => ({ key: b.key, label: typeLabel(b.key), count: b.violations + b.shadowViolations }))}
                empty="No violations in this period."
              />
              <BreakdownTable testId="by-surface" title="By surface" rows={stats.bySurface} label={(k) => k} />
              <BreakdownTable testId="by-type" title="By finding type" rows={stats.byType} label={typeLabel} />
              <BreakdownTable testId="by-language" title="By language" rows={stats.byLanguage} label={(k) => k} />
              <BreakdownTable testId="by-disguise" title="By disguise" rows={stats.byDisguise} label={(k) => k.replace(/_/g, " ")} />
              <BreakdownTable testId="by-clause" title="By clause" rows={stats.byClause} label={(k) => k} hint={explainClause} />
            </div>
          </section>

          <section aria-labelledby="offenders-heading">
            <h2 id="offenders-heading">Repeat offenders</h2>
            {stats.repeatOffenders.length === 0 ? (
              <p class="muted">No sender has more than one violation in this period.</p>
            ) : (
              <div class="table-scroll">
                <table data-testid="repeat-offenders">
                  <thead>
                    <tr>
                      <th scope="col">Account</th>
                      <th scope="col">Violations</th>
                      <th scope="col">Shadow</th>
                      <th scope="col">Last</th>
                    </tr>
                  </thead>
                  <tbody>
                    {stats.repeatOffenders.map((o) => (
                      <tr key={o.accountId} data-account={o.accountId}>
                        <td>
                          <Link href={`/console/accounts/${encodeURIComponent(o.accountId)}`}>{o.accountId}</Link>
                        </td>
                        <td>{o.violations}</td>
                        <td>{o.shadowViolations}</td>
                        <td>{date(o.lastAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="precision-heading">
            <h2 id="precision-heading">Production precision</h2>
            <p class="muted">For each recognizer: the enforced violations it flagged, the share the sender reported as “not contact information”, and the share a reviewer overturned.</p>
            {stats.recognizers.length === 0 ? (
              <p class="muted">No recognizer flagged anything in this period.</p>
            ) : (
              <div class="table-scroll">
                <table data-testid="recognizers">
                  <thead>
                    <tr>
                      <th scope="col">Recognizer</th>
                      <th scope="col">Flagged</th>
                      <th scope="col">Disputed</th>
                      <th scope="col">Overturned</th>
                    </tr>
                  </thead>
                  <tbody>
                    {stats.recognizers.map((r) => (
                      <tr key={r.recognizer} data-recognizer={r.recognizer}>
                        <td>
                          <code>{r.recognizer}</code>
                        </td>
                        <td>{r.flagged}</td>
                        <td data-testid="disputed-rate">
                          {percent(r.disputedRate)} <span class="muted">({r.disputed})</span>
                        </td>
                        <td data-testid="overturned-rate">
                          {percent(r.overturnedRate)} <span class="muted">({r.overturned})</span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** One breakdown: each key, how many enforced checks, their violations, and the shadow ("would have") violations. */
function BreakdownTable(props: { testId: string; title: string; rows: Breakdown[]; label: (key: string) => string; hint?: (key: string) => string }) {
  const { testId, title, rows, label, hint } = props;
  return (
    <div>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p class="muted">Nothing in this period.</p>
      ) : (
        <div class="table-scroll">
          <table data-testid={testId} class="breakdown">
            <thead>
              <tr>
                <th scope="col">{title.replace(/^By /, "").replace(/^./, (c) => c.toUpperCase())}</th>
                <th scope="col" title="Enforced checks; shadow checks are counted in the Shadow column only when they would have been violations">
                  Checked (enforced)
                </th>
                <th scope="col">Violations</th>
                <th scope="col">Shadow</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.key} data-key={b.key}>
                  <th scope="row" title={hint?.(b.key)}>
                    {label(b.key)}
                  </th>
                  <td>{b.requests}</td>
                  <td>{b.violations}</td>
                  <td>{b.shadowViolations}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
