import { useEffect, useRef, useState } from "preact/hooks";
import { api, errorText } from "../../api";
import { CommitInput } from "../../components/CommitInput";
import { StandingSummary } from "../../components/Standing";
import { dateTime, PENALTY_LABEL } from "../../format";
import { Link } from "../../router";
import type { AccountRow, AccountView } from "../../types";

/** Every sender the ledger knows (the demo's users and anyone checked through the API), searchable, a page at a time. */
export function Accounts() {
  const [q, setQ] = useState("");
  const [rows, setRows] = useState<AccountRow[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Only the latest search's answer is shown (answers can arrive out of order).
  const latest = useRef(0);
  const load = async (after?: string) => {
    const params = new URLSearchParams({ limit: "50" });
    if (q.trim()) params.set("q", q.trim());
    if (after) params.set("cursor", after);
    const mine = ++latest.current;
    try {
      const page = await api<{ items: AccountRow[]; nextCursor: string | null }>("GET", `/console/accounts?${params}`);
      if (mine !== latest.current) return;
      setRows((prev) => (after ? [...(prev ?? []), ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(null);
    } catch (e) {
      if (mine !== latest.current) return;
      setError(errorText(e));
    }
  };
  useEffect(() => void load(), [q]);
  return (
    <div class="console">
      <h1>Accounts</h1>
      <p class="muted">Every sender the decision log knows: the marketplace's users and anyone checked through the API.</p>
      <form class="filters" role="search" aria-label="Search accounts" onSubmit={(e) => e.preventDefault()}>
        <div class="wide">
          <label for="account-q">Account id</label>
          <CommitInput id="account-q" placeholder="part of an account id" value={q} onCommit={setQ} />
        </div>
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="table-scroll">
        <table data-testid="accounts">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Decisions</th>
              <th scope="col">Violations recorded</th>
              <th scope="col">Active violations</th>
              <th scope="col">Waiting for review</th>
              <th scope="col">Ladder step</th>
              <th scope="col">Penalty</th>
              <th scope="col">Last decision</th>
            </tr>
          </thead>
          <tbody>
            {rows?.map((r) => (
              <tr key={r.accountId} data-account={r.accountId}>
                <td>
                  <Link href={`/console/accounts/${encodeURIComponent(r.accountId)}`}>{r.user?.name ?? r.accountId}</Link>
                  {r.user ? <span class="muted"> ({r.accountId}, {r.user.role})</span> : <span class="tag">not a marketplace user</span>}
                </td>
                <td>
                  <Link href={`/console?accountId=${encodeURIComponent(r.accountId)}`}>{r.decisions}</Link>
                </td>
                <td>{r.violations}</td>
                <td>{r.standing.activeViolations}</td>
                <td>{r.standing.pendingReview}</td>
                <td>{r.standing.ladderStep}</td>
                <td>{r.standing.penalty ? PENALTY_LABEL[r.standing.penalty] ?? r.standing.penalty : "—"}</td>
                <td>{dateTime(r.lastDecisionAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows?.length === 0 && <p>No account matches.</p>}
      {cursor && (
        <button type="button" onClick={() => void load(cursor)}>
          Load more
        </button>
      )}
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
    <div class="console">
      <h1>{view.user ? `${view.user.name} (${accountId})` : accountId}</h1>
      <StandingSummary standing={view.standing} ladder={view.ladder} />
      <h2>Violations</h2>
      <p>
        <Link href={`/console?accountId=${encodeURIComponent(accountId)}`}>This account's decisions</Link>
      </p>
      {view.violations.length === 0 && <p>None.</p>}
      <div class="table-scroll">
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
              <td>
                <Link href={`/console/decisions/${v.decisionId}`}>{dateTime(v.createdAt)}</Link>
              </td>
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
    </div>
  );
}
