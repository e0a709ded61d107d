import { useEffect, useState } from "preact/hooks";
import { api, errorText } from "../../api";
import { StandingSummary } from "../../components/Standing";
import { dateTime, PENALTY_LABEL } from "../../format";
import { Link } from "../../router";
import type { AccountView, Standing, User } from "../../types";

export function Accounts() {
  const [rows, setRows] = useState<Array<{ user: User; standing: Standing }> | null>(null);
  useEffect(() => void api<{ accounts: Array<{ user: User; standing: Standing }> }>("GET", "/console/accounts").then((r) => setRows(r.accounts)), []);
  return (
    <div>
      <h1>Accounts</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Role</th>
            <th scope="col">Active violations</th>
            <th scope="col">Penalty</th>
          </tr>
        </thead>
        <tbody>
          {rows?.map((r) => (
            <tr key={r.user.id}>
              <td>
                <Link href={`/console/accounts/${r.user.id}`}>{r.user.name}</Link> <span class="muted">({r.user.id})</span>
              </td>
              <td>
                {r.user.role}, {r.user.plan}
              </td>
              <td>{r.standing.activeViolations}</td>
              <td>{r.standing.penalty ? PENALTY_LABEL[r.standing.penalty] ?? r.standing.penalty : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One account: standing and ladder step, violations with their appeals. */
export function AccountDetail({ accountId }: { accountId: string }) {
  const [view, setView] = useState<AccountView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void api<AccountView>("GET", `/console/accounts/${encodeURIComponent(accountId)}`).then(setView, (e) => setError(errorText(e))), [accountId]);
  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!view) return <p aria-busy="true">Loading…</p>;
  return (
    <div>
      <h1>{view.user ? `${view.user.name} (${accountId})` : accountId}</h1>
      <StandingSummary standing={view.standing} ladder={view.ladder} />
      <h2>Violations</h2>
      {view.violations.length === 0 && <p>None.</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Types</th>
            <th scope="col">Clauses</th>
            <th scope="col">Step</th>
            <th scope="col">Status</th>
            <th scope="col">Appeal</th>
          </tr>
        </thead>
        <tbody>
          {view.violations.map((v) => (
            <tr key={v.id}>
              <td>{dateTime(v.createdAt)}</td>
              <td>{v.types.join(", ")}</td>
              <td>{v.clauses.join(", ")}</td>
              <td>
                {v.ladderStep} ({PENALTY_LABEL[v.penalty] ?? v.penalty})
              </td>
              <td>{v.status}</td>
              <td>{v.appeal ? <Link href="/console/appeals">{v.appeal.status}</Link> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
