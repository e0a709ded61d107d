import { useEffect, useState } from "preact/hooks";
import { api, errorText } from "../../api";
import { dateTime } from "../../format";
import type { QueueItem } from "../../types";

/** Held messages and reported messages, waiting for a reviewer: allow or reject. */
export function ReviewQueue() {
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => void api<{ items: QueueItem[] }>("GET", "/console/review-queue").then((r) => setItems(r.items), (e) => setError(errorText(e)));
  useEffect(load, []);
  const resolve = async (id: string, outcome: "allowed" | "rejected") => {
    try {
      await api("POST", `/console/review-queue/${id}/resolve`, { outcome });
      load();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div>
      <h1>Review queue</h1>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <ul class="queue" data-testid="review-queue" aria-label="Items waiting for review">
        {items?.length === 0 && <li class="empty">Nothing waiting for review.</li>}
        {items?.map((it) => (
          <li key={it.decision.id} class="queue-item" data-kind={it.kind}>
            <p>
              <strong>{it.kind === "report" ? "Reported message" : it.kind === "held_message" ? "Held message" : `Held ${it.decision.surface}`}</strong> from {it.decision.senderId ?? "—"} ·{" "}
              {dateTime(it.decision.createdAt)} · {it.decision.clauses.join(", ")}
            </p>
            {it.report && (
              <p>
                Reported by {it.report.reporterId}: “{it.report.reason}”
              </p>
            )}
            {it.message ? (
              <blockquote class="prewrap">{it.message.body}</blockquote>
            ) : (
              <p class="muted">{it.decision.redactedText ?? "The author was asked to edit; nothing is held."}</p>
            )}
            {it.kind !== "report" && <p class="muted">{it.decision.message}</p>}
            <div class="row">
              <button type="button" onClick={() => void resolve(it.decision.id, "allowed")}>
                {it.kind === "report" ? "Dismiss report" : "Allow"}
              </button>
              <button type="button" class="danger" onClick={() => void resolve(it.decision.id, "rejected")}>
                {it.kind === "report" ? "Remove message" : "Reject"}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
