import { useEffect, useState } from "preact/hooks";
import { api, errorText } from "../../api";
import { dateTime } from "../../format";
import { Link } from "../../router";
import type { AppealItem } from "../../types";

/** Appeals: pending ones are upheld or overturned (overturning restores the account's standing). */
export function Appeals() {
  const [status, setStatus] = useState<"pending" | "">("pending");
  const [items, setItems] = useState<AppealItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => void api<{ items: AppealItem[] }>("GET", `/console/appeals${status ? `?status=${status}` : ""}`).then((r) => setItems(r.items), (e) => setError(errorText(e)));
  useEffect(load, [status]);
  return (
    <div class="console">
      <h1>Appeals</h1>
      <label for="appeal-status">Show</label>{" "}
      <select id="appeal-status" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value as "pending" | "")}>
        <option value="pending">pending</option>
        <option value="">all</option>
      </select>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <ul class="queue" data-testid="appeals">
        {items?.length === 0 && <li class="empty">No appeals.</li>}
        {items?.map((it) => (
          <AppealCard key={it.appeal.id} it={it} onChanged={load} />
        ))}
      </ul>
    </div>
  );
}

function AppealCard({ it, onChanged }: { it: AppealItem; onChanged: () => void }) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const resolve = async (outcome: "upheld" | "overturned") => {
    try {
      await api("POST", `/console/appeals/${it.appeal.id}/resolve`, { outcome, ...(note ? { note } : {}) });
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <li class="queue-item" data-appeal-id={it.appeal.id} data-account={it.appeal.accountId}>
      <p>
        <strong>
          <Link href={`/console/accounts/${it.appeal.accountId}`}>{it.appeal.accountId}</Link>
        </strong>{" "}
        appealed on {dateTime(it.appeal.createdAt)} · <span class="tag">{it.appeal.status}</span>
      </p>
      <p>
        Violation: {it.violation.types.join(", ")} ({it.violation.clauses.join(", ")}), {it.decision?.surface ?? ""} · step {it.violation.ladderStep} ·{" "}
        <Link href={`/console/decisions/${it.violation.decisionId}`}>Details</Link>
      </p>
      {it.decision?.redactedText && <blockquote class="prewrap">{it.decision.redactedText}</blockquote>}
      <p>Reason: “{it.appeal.reason}”</p>
      {it.appeal.status === "pending" ? (
        <>
          <label for={`note-${it.appeal.id}`}>Note to the user (optional)</label>
          <input id={`note-${it.appeal.id}`} value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
          <div class="row">
            <button type="button" onClick={() => void resolve("overturned")}>
              Overturn
            </button>
            <button type="button" class="secondary" onClick={() => void resolve("upheld")}>
              Uphold
            </button>
          </div>
        </>
      ) : (
        it.appeal.note && <p class="muted">Note: {it.appeal.note}</p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </li>
  );
}
