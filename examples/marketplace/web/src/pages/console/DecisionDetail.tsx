import { useEffect, useState } from "preact/hooks";
import { api, errorText } from "../../api";
import { StandingSummary } from "../../components/Standing";
import { dateTime, PENALTY_LABEL } from "../../format";
import { Link } from "../../router";
import type { DecisionDetail as Detail } from "../../types";
import { ClauseList, FindingsTable, FlaggedText, typeLabel } from "./parts";

/**
 * One decision: what was flagged (marked in the text the reviewer may read), each finding, the
 * clauses in plain words, the sender's standing, and the conversation around a message.
 */
export function DecisionDetail({ decisionId }: { decisionId: string }) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => void api<Detail>("GET", `/console/decisions/${encodeURIComponent(decisionId)}`).then(setDetail, (e) => setError(errorText(e)));
  useEffect(load, [decisionId]);
  const resolve = async (outcome: "allowed" | "rejected") => {
    try {
      await api("POST", `/console/review-queue/${encodeURIComponent(decisionId)}/resolve`, { outcome });
      load();
    } catch (e) {
      setError(errorText(e));
    }
  };
  if (error && !detail)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!detail) return <p aria-busy="true">Loading…</p>;
  const { decision: d, view, sender, conversation, report } = detail;
  return (
    <div class="console decision-detail" data-testid="decision-detail">
      <p class="breadcrumbs">
        <Link href="/console">Decision log</Link> › decision
      </p>
      <h1>
        <span class={`badge ${d.decision}`}>{d.decision}</span> on {d.surface}
        {d.reviewStatus && <span class="tag">review: {d.reviewStatus}</span>}
      </h1>
      <dl class="facts">
        <div>
          <dt>When</dt>
          <dd>{dateTime(d.createdAt)}</dd>
        </div>
        <div>
          <dt>Sender</dt>
          <dd>{d.senderId ? <Link href={`/console/accounts/${encodeURIComponent(d.senderId)}`}>{d.senderId}</Link> : "—"}</dd>
        </div>
        <div>
          <dt>Recipient</dt>
          <dd>{d.recipientId ?? "—"}</dd>
        </div>
        <div>
          <dt>Policy</dt>
          <dd>
            {d.policyId} {d.policyVersion}
          </dd>
        </div>
        <div>
          <dt>Decision id</dt>
          <dd class="id">{d.id}</dd>
        </div>
      </dl>
      {d.reviewStatus === "pending" && (
        <div class="row">
          <button type="button" onClick={() => void resolve("allowed")}>
            {report ? "Dismiss report" : "Allow"}
          </button>
          <button type="button" class="danger" onClick={() => void resolve("rejected")}>
            {report ? "Remove message" : "Reject"}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}

      <section aria-labelledby="flagged-heading">
        <h2 id="flagged-heading">What was flagged</h2>
        {report && (
          <p>
            Reported by {report.reporterId}: “{report.reason}”
          </p>
        )}
        <FlaggedText view={view} findings={d.findings} />
        {d.message && <p class="policy-said">The policy said: “{d.message}”</p>}
      </section>

      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">Findings</h2>
        <FindingsTable findings={d.findings} view={view} />
      </section>

      <section aria-labelledby="clauses-heading">
        <h2 id="clauses-heading">Clauses cited</h2>
        <ClauseList clauses={d.clauses} />
      </section>

      <section aria-labelledby="sender-heading">
        <h2 id="sender-heading">The sender{sender ? `: ${sender.user ? `${sender.user.name} (${sender.accountId})` : sender.accountId}` : ""}</h2>
        {sender ? (
          <>
            <StandingSummary standing={sender.standing} ladder={sender.ladder} />
            <h3>Violations that count or wait for review</h3>
            {sender.violations.length === 0 ? (
              <p>None.</p>
            ) : (
              <ul class="violations" data-testid="sender-violations">
                {sender.violations.map((v) => (
                  <li key={v.id}>
                    {dateTime(v.createdAt)}: {v.types.map(typeLabel).join(", ")} ({v.clauses.join(", ")}) · {v.status} · step {v.ladderStep} ({PENALTY_LABEL[v.penalty] ?? v.penalty}){" "}
                    {v.decisionId === d.id ? <strong>this decision</strong> : <Link href={`/console/decisions/${v.decisionId}`}>decision</Link>}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p class="muted">The check named no sender.</p>
        )}
      </section>

      <section aria-labelledby="conversation-heading">
        <h2 id="conversation-heading">Conversation</h2>
        {conversation ? (
          <>
            <p class="muted">
              Room <code>{conversation.roomId}</code>: the messages before and after this one, as the marketplace stores them.
            </p>
            <ol class="conversation" data-testid="conversation">
              {conversation.messages.map((m) => {
                const flagged = m.id === conversation.flaggedMessageId;
                return (
                  <li key={m.id} class={`conv-message${flagged ? " flagged" : ""}`} aria-current={flagged ? "true" : undefined} data-message-id={m.id}>
                    <p class="meta">
                      <strong>{m.senderId}</strong> · {dateTime(m.createdAt)} · {m.status}
                      {m.decisionId && !flagged && (
                        <>
                          {" "}
                          · <Link href={`/console/decisions/${m.decisionId}`}>decision ({m.decision})</Link>
                        </>
                      )}
                      {flagged && <strong class="flag"> · this decision</strong>}
                    </p>
                    <p class="prewrap body">{m.status === "removed" ? <span class="muted">(removed)</span> : m.body}</p>
                  </li>
                );
              })}
            </ol>
          </>
        ) : (
          <p class="muted">No conversation: this decision is not about a message in one of the marketplace's rooms (a form, a file, or a check from another platform).</p>
        )}
      </section>
    </div>
  );
}
