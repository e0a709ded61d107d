import { explainClause } from "contactguard/clauses";
import { useEffect, useState } from "preact/hooks";
import { api, errorText } from "../../api";
import { dateTime } from "../../format";
import { Link } from "../../router";
import type { BulkResult, LoggedFinding, QueueItem } from "../../types";
import { FlaggedText, typeLabel } from "./parts";

/** What each kind of item is called, and its verdict buttons (allowed, rejected), in the reviewer's words. */
const KIND_WORDS: Record<QueueItem["kind"], { title: (surface: string) => string; allow: string; reject: string }> = {
  held_message: { title: () => "Held message", allow: "Allow", reject: "Reject" },
  report: { title: () => "Reported message", allow: "Dismiss report", reject: "Remove message" },
  // Issue 20: the sender says the flagged text is not contact information.
  dispute: { title: () => "Disputed: the sender says this is not contact information", allow: "Not contact information — overturn", reject: "Contact information — uphold" },
  other: { title: (surface) => `Held ${surface}`, allow: "Allow", reject: "Reject" },
};

/**
 * Held messages, reported messages and disputed decisions, waiting for a reviewer. Each shows what was flagged (the
 * spans marked, the findings, the clauses) so it can be decided here; several can be allowed or
 * rejected at once, and each is reported.
 */
export function ReviewQueue() {
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<BulkResult | null>(null);
  const [busy, setBusy] = useState(false);
  const load = () =>
    void api<{ items: QueueItem[] }>("GET", "/console/review-queue").then(
      (r) => {
        setItems(r.items);
        // Keep only what is still waiting selected.
        setSelected((prev) => new Set(r.items.map((i) => i.decision.id).filter((id) => prev.has(id))));
      },
      (e) => setError(errorText(e)),
    );
  useEffect(load, []);
  const resolve = async (id: string, result: "allowed" | "rejected") => {
    try {
      await api("POST", `/console/review-queue/${id}/resolve`, { outcome: result });
      setError(null);
      load();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const resolveSelected = async (result: "allowed" | "rejected") => {
    setBusy(true);
    try {
      setOutcome(await api<BulkResult>("POST", "/console/review-queue/resolve", { ids: [...selected], outcome: result }));
      setError(null);
      load();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const all = items?.map((i) => i.decision.id) ?? [];
  const allSelected = all.length > 0 && all.every((id) => selected.has(id));
  return (
    <div class="console">
      <h1>Review queue</h1>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {items && items.length > 0 && (
        <div class="bulk-bar" role="toolbar" aria-label="Resolve the selected items" data-testid="bulk-bar">
          <label class="inline">
            <input type="checkbox" checked={allSelected} onChange={(e) => setSelected(new Set((e.target as HTMLInputElement).checked ? all : []))} /> Select all
          </label>
          <span class="muted" data-testid="selected-count">
            {selected.size} selected
          </span>
          <button type="button" disabled={busy || selected.size === 0} onClick={() => void resolveSelected("allowed")}>
            Allow selected
          </button>
          <button type="button" class="danger" disabled={busy || selected.size === 0} onClick={() => void resolveSelected("rejected")}>
            Reject selected
          </button>
        </div>
      )}
      {outcome && (
        <div role="status" class="bulk-outcome" data-testid="bulk-outcome">
          <p>
            {outcome.resolved} {outcome.outcome}
            {outcome.failed > 0 ? `, ${outcome.failed} not resolved:` : "."}
          </p>
          {outcome.failed > 0 && (
            <ul>
              {outcome.results.map((r) => (!r.ok ? <li key={r.id}>{`${r.id}: ${r.error.message}`}</li> : null))}
            </ul>
          )}
        </div>
      )}
      <ul class="queue" data-testid="review-queue" aria-label="Items waiting for review">
        {items?.length === 0 && <li class="empty">Nothing waiting for review.</li>}
        {items?.map((it) => {
          const findings = it.decision.findings as LoggedFinding[];
          const id = it.decision.id;
          return (
            <li key={id} class="queue-item" data-kind={it.kind} data-decision-id={id}>
              <div class="queue-head">
                <label class="inline select">
                  <input type="checkbox" checked={selected.has(id)} onChange={(e) => toggle(id, (e.target as HTMLInputElement).checked)} />
                  <span class="visually-hidden">Select this item</span>
                </label>
                <p>
                  <strong>{KIND_WORDS[it.kind].title(it.decision.surface)}</strong> from{" "}
                  {it.decision.senderId ? <Link href={`/console/accounts/${encodeURIComponent(it.decision.senderId)}`}>{it.decision.senderId}</Link> : "—"} · {dateTime(it.decision.createdAt)} ·{" "}
                  <Link href={`/console/decisions/${id}`}>Details</Link>
                </p>
              </div>
              {it.report && (
                <p>
                  Reported by {it.report.reporterId}: “{it.report.reason}”
                </p>
              )}
              {it.dispute && (
                <p data-testid="dispute-reason">
                  {it.dispute.reason ? <>Sender's reason: “{it.dispute.reason}”</> : <span class="muted">The sender gave no reason.</span>}{" "}
                  <span class="muted">(decision: {it.decision.decision})</span>
                </p>
              )}
              <FlaggedText view={it.view} findings={findings} />
              {findings.length > 0 && (
                <ul class="finding-chips" aria-label="Findings">
                  {findings.map((f, i) => (
                    <li key={i}>
                      {typeLabel(f.type)} · {typeof f.confidence === "number" ? `${Math.round(f.confidence * 100)}%` : "—"} · {f.clause}
                      {f.allowedBy ? ` (allowed: ${f.allowedBy})` : ""}
                    </li>
                  ))}
                </ul>
              )}
              {it.decision.clauses.length > 0 && (
                <details class="clauses">
                  <summary>Why: {it.decision.clauses.join(", ")}</summary>
                  <dl>
                    {it.decision.clauses.map((c) => (
                      <div key={c}>
                        <dt>{c}</dt>
                        <dd>{explainClause(c)}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              )}
              {it.kind !== "report" && it.kind !== "dispute" && <p class="muted">{it.decision.message}</p>}
              <div class="row">
                <button type="button" onClick={() => void resolve(id, "allowed")}>
                  {KIND_WORDS[it.kind].allow}
                </button>
                <button type="button" class="danger" onClick={() => void resolve(id, "rejected")}>
                  {KIND_WORDS[it.kind].reject}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
