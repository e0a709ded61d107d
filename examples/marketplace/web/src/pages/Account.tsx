import { useEffect, useState } from "preact/hooks";
import { api, errorText } from "../api";
import { StandingSummary } from "../components/Standing";
import { dateTime, PENALTY_LABEL } from "../format";
import type { AccountView, Violation } from "../types";

/** The signed-in user's standing and violations, and the appeal of a violation. */
export function Account() {
  const [view, setView] = useState<AccountView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    void api<AccountView>("GET", "/account").then(
      (v) => setView(v),
      (e) => setError(errorText(e)),
    );
  useEffect(load, []);
  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!view) return <p aria-busy="true">Loading…</p>;
  return (
    <div class="narrow">
      <h1>Your account</h1>
      <StandingSummary standing={view.standing} ladder={view.ladder} />
      <h2>Violations</h2>
      {view.violations.length === 0 && <p>No violations. Thank you for keeping the conversation on the platform.</p>}
      <ul class="violations" data-testid="violations">
        {view.violations.map((v) => (
          <ViolationItem key={v.id} v={v} onChanged={load} />
        ))}
      </ul>
    </div>
  );
}

function ViolationItem({ v, onChanged }: { v: Violation; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      await api("POST", `/account/violations/${v.id}/appeal`, { reason });
      setOpen(false);
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <li class={`violation ${v.status}`} data-violation-id={v.id}>
      <p>
        <strong>{dateTime(v.createdAt)}</strong> — {v.types.join(", ")} ({v.clauses.join(", ")}) · step {v.ladderStep}: {PENALTY_LABEL[v.penalty] ?? v.penalty} ·{" "}
        <span class="tag">{v.status}</span>
        {v.appeal && <span class="tag">appeal {v.appeal.status}</span>}
      </p>
      {!v.appeal && v.status === "active" && !open && (
        <button type="button" onClick={() => setOpen(true)}>
          Appeal
        </button>
      )}
      {open && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label for={`appeal-${v.id}`}>Why should this be overturned?</label>
          <textarea id={`appeal-${v.id}`} required rows={3} value={reason} onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)} />
          <div class="row">
            <button type="submit">Submit appeal</button>
            <button type="button" class="secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </li>
  );
}
