import { useState } from "preact/hooks";
import { ApiError, api, errorText } from "../api";
import { dateTime } from "../format";
import type { Message, RoomView, Verdict } from "../types";
import { contractStateOf } from "./ContractPanel";
import { PolicyNote } from "./PolicyNote";

const STATUS_LABEL: Record<Message["status"], string> = {
  delivered: "",
  held: "Pending review — only you can see it until a reviewer allows it",
  rejected: "Not delivered — a reviewer rejected it",
  removed: "Removed by a moderator after a report",
};

/** Decisions that flagged the author's own message: the ones they can report as a false alarm (issue 20). */
const FLAGGED = new Set(["warn", "redact", "review", "block"]);
/** Where the author's false-alarm report stands, in plain words. */
const DISPUTE_LABEL: Record<NonNullable<Message["dispute"]>["status"], string> = {
  pending: "Reported: a reviewer will look at it",
  overturned: "Reviewed: not contact information — it no longer counts against you",
  upheld: "Reviewed: a reviewer found contact information",
};

/** The conversation, oldest first, with edit (own messages, re-checked) and report (theirs). */
export function MessageList({ view, onChanged }: { view: RoomView; onChanged: () => void }) {
  const names = new Map([view.client, view.freelancer].map((u) => [u.id, u.name]));
  if (view.messages.length === 0)
    return (
      <ol class="messages" data-testid="message-list" aria-label="Messages">
        <li class="empty">
          No messages yet. Say hello{contractStateOf(view.contract) === "none" || contractStateOf(view.contract) === "offered" ? " — and keep contact details on the platform until a contract starts" : ""}.
        </li>
      </ol>
    );
  return (
    <ol class="messages" data-testid="message-list" aria-label="Messages">
      {view.messages.map((m) => (
        <MessageItem key={m.id} m={m} author={names.get(m.senderId) ?? m.senderId} onChanged={onChanged} />
      ))}
    </ol>
  );
}

function MessageItem({ m, author, onChanged }: { m: Message; author: string; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(m.body);
  const [error, setError] = useState<{ text: string; error: Error } | null>(null);
  const [result, setResult] = useState<Verdict | null>(null);
  const [reporting, setReporting] = useState(false);
  const [reason, setReason] = useState("Trying to move the conversation off the platform");
  const [reported, setReported] = useState(false);
  const [disputing, setDisputing] = useState(false);
  const [disputeReason, setDisputeReason] = useState("");
  const [disputed, setDisputed] = useState(false);

  const saveEdit = async () => {
    setError(null);
    try {
      const out = await api<{ message: Message; verdict: Verdict }>("PATCH", `/messages/${m.id}`, { text: draft });
      setEditing(false);
      setResult(out.verdict.outcome ? out.verdict : null);
      onChanged();
    } catch (e) {
      setError({ text: draft, error: e instanceof Error ? e : new Error(errorText(e)) });
    }
  };
  const report = async () => {
    try {
      await api("POST", `/messages/${m.id}/report`, { reason });
      setReported(true);
      setReporting(false);
    } catch (e) {
      setError({ text: "", error: e instanceof Error ? e : new Error(errorText(e)) });
    }
  };

  // The sender says the flagged text is not contact information: the decision goes to a reviewer.
  const dispute = async () => {
    setError(null);
    try {
      await api("POST", `/decisions/${m.decisionId}/dispute`, disputeReason.trim() ? { reason: disputeReason.trim() } : {});
      setDisputed(true);
      setDisputing(false);
      onChanged();
    } catch (e) {
      setError({ text: "", error: e instanceof Error ? e : new Error(errorText(e)) });
    }
  };
  const disputeStatus = m.dispute?.status ?? (disputed ? "pending" : null);
  const canDispute = m.mine && !!m.decisionId && FLAGGED.has(m.decision) && m.status !== "rejected" && m.status !== "removed" && !disputeStatus;

  return (
    <li class={`message ${m.mine ? "mine" : "theirs"} ${m.status}`} data-status={m.status} data-decision={m.decision}>
      <div class="meta">
        <strong>{m.mine ? "You" : author}</strong> <time dateTime={m.createdAt}>{dateTime(m.createdAt)}</time>
        {m.editedAt && <span class="tag">edited</span>}
        {(m.decision === "warn" || m.decision === "redact") && <span class="tag">contact details hidden</span>}
      </div>
      {editing ? (
        <form
          class="edit"
          onSubmit={(e) => {
            e.preventDefault();
            void saveEdit();
          }}
        >
          <label for={`edit-${m.id}`}>Edit message</label>
          <textarea id={`edit-${m.id}`} value={draft} rows={2} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
          <div class="row">
            <button type="submit">Save</button>
            <button type="button" class="secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p class="body">{m.status === "removed" ? <em>{STATUS_LABEL.removed}</em> : m.body}</p>
      )}
      {m.status !== "delivered" && m.status !== "removed" && <p class="status-note">{STATUS_LABEL[m.status]}</p>}
      {/* What the policy told the author, worded for after sending (server/verdict.ts wordsFor). */}
      {m.mine && m.notice && (
        <p class="author-notice" data-testid="author-notice">
          {m.notice}
        </p>
      )}
      {error && (
        <PolicyNote
          tone="error"
          title="Not saved"
          message={error.error.message}
          text={error.text}
          findings={error.error instanceof ApiError ? error.error.findings : []}
          clauses={error.error instanceof ApiError ? error.error.clauses : []}
        />
      )}
      {result && <PolicyNote tone={result.violation ? "warning" : "notice"} title="Edited" outcome={result.outcome} clauses={result.clauses} />}
      <div class="actions">
        {m.mine && (m.status === "delivered" || m.status === "held") && !editing && (
          <button
            type="button"
            class="link"
            onClick={() => {
              setDraft(m.body);
              setEditing(true);
            }}
          >
            Edit
          </button>
        )}
        {!m.mine && m.status === "delivered" && !reported && !reporting && (
          <button type="button" class="link" onClick={() => setReporting(true)}>
            Report
          </button>
        )}
        {reported && <span class="tag">Reported — a reviewer will look at it</span>}
        {canDispute && !disputing && (
          <button type="button" class="link" data-testid="dispute-open" onClick={() => setDisputing(true)}>
            Not contact information? Report it
          </button>
        )}
        {disputeStatus && (
          <span class="tag" data-testid="dispute-status" data-status={disputeStatus}>
            {DISPUTE_LABEL[disputeStatus]}
          </span>
        )}
      </div>
      {disputing && (
        <form
          class="report"
          data-testid="dispute-form"
          onSubmit={(e) => {
            e.preventDefault();
            void dispute();
          }}
        >
          <label for={`dispute-${m.id}`}>What was it, if not contact information? (optional)</label>
          <input id={`dispute-${m.id}`} value={disputeReason} placeholder="e.g. an order number" onInput={(e) => setDisputeReason((e.target as HTMLInputElement).value)} />
          <div class="row">
            <button type="submit">Report it</button>
            <button type="button" class="secondary" onClick={() => setDisputing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {reporting && (
        <form
          class="report"
          onSubmit={(e) => {
            e.preventDefault();
            void report();
          }}
        >
          <label for={`report-${m.id}`}>Why are you reporting this message?</label>
          <input id={`report-${m.id}`} value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
          <div class="row">
            <button type="submit">Send report</button>
            <button type="button" class="secondary" onClick={() => setReporting(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
