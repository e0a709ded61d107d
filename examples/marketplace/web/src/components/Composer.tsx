import { useState } from "preact/hooks";
import { ApiError, api, errorText } from "../api";
import type { Contract, Message, Preview, Verdict } from "../types";
import { contractStateOf, type ContractState } from "./ContractPanel";
import { PolicyNote } from "./PolicyNote";
import { usePolicyPreview } from "./usePolicyPreview";

type CheckState = "idle" | "pending" | "clean" | "warning" | "notice" | "unavailable";

/** The line under the composer: what the room's contract means for contact details, as it stands now. */
const CONTRACT_HINT: Record<ContractState, string> = {
  none: "Contact details stay on the platform until a contract starts.",
  offered: "An offer is waiting to be accepted: contact details stay on the platform until the contract starts.",
  started: "Your contract has started: you can share contact details.",
  closed: "Your contract has ended: contact details may be shared, but future work still goes through the platform.",
};

/** A decision that lets the message go out changed or held: the author is warned before sending. */
const warns = (p: Preview) => p.violation || p.findings.length > 0;

/**
 * The composer. While the author types it previews the message (nothing is recorded) and says, in
 * the future tense, what sending would do, with the offending spans marked. Sending anyway is the
 * author's choice; the policy then decides what the recipient gets. One notice area, updated in
 * place: the latest preview, the refusal of this very text, or what happened to the message just
 * sent — never several stacked.
 */
export function Composer({ roomId, contract, onSent }: { roomId: string; contract: Contract | null; onSent: (m: Message) => void }) {
  const [text, setText] = useState("");
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<{ text: string; error: ApiError | Error } | null>(null);
  const [sent, setSent] = useState<Verdict | null>(null);
  // Issue 20: the author said the warning was a false alarm; the report was filed for the recorded decision.
  const [reported, setReported] = useState<"filed" | "failed" | null>(null);
  const contractState = contractStateOf(contract);
  // The same draft is judged again when the contract changes (an accepted offer lets it through).
  const preview = usePolicyPreview<Preview, { text: string }>(`/rooms/${roomId}/preview`, text.trim() === "" ? null : { text }, contractState);

  const result = preview.result;
  const warn = !!result && warns(result);
  const state: CheckState =
    text.trim() === "" ? "idle" : preview.failed ? "unavailable" : preview.pending || !result ? "pending" : warn ? "warning" : result.decision === "notice" ? "notice" : "clean";

  /**
   * Sends the draft; the policy decides as always. With `dispute` ("This is not contact information")
   * the author then reports the decision that was recorded — also a refusal's — as a false alarm.
   */
  const send = async (dispute = false) => {
    if (text.trim() === "" || sending) return;
    setSending(true);
    setSendError(null);
    setSent(null);
    setReported(null);
    let decisionId: string | null = null;
    let sentMessage: Message | null = null;
    try {
      const out = await api<{ message: Message; verdict: Verdict }>("POST", `/rooms/${roomId}/messages`, { text, clientKey: crypto.randomUUID() });
      decisionId = out.message.decisionId;
      sentMessage = out.message;
      setSent(out.verdict.outcome ? out.verdict : null);
      setText("");
    } catch (e) {
      if (e instanceof ApiError && typeof e.body.decisionId === "string") decisionId = e.body.decisionId;
      setSendError({ text, error: e instanceof Error ? e : new Error(errorText(e)) });
    }
    if (dispute && decisionId) {
      try {
        await api("POST", `/decisions/${decisionId}/dispute`, {});
        setReported("filed");
      } catch {
        setReported("failed");
      }
    }
    // The conversation reloads once the report is filed, so the sent message shows it.
    if (sentMessage) onSent(sentMessage);
    setSending(false);
  };
  const reportLine =
    reported === "filed" ? (
      <p class="dispute-filed" data-testid="dispute-filed">
        Reported: a reviewer will look at it.
      </p>
    ) : reported === "failed" ? (
      <p class="error-text">The report could not be sent. You can report the sent message below.</p>
    ) : null;

  const note = (() => {
    if (sendError && sendError.text === text) {
      const e = sendError.error;
      return (
        <PolicyNote
          testId="send-error"
          tone="error"
          title="Not sent"
          message={e.message}
          text={sendError.text}
          findings={e instanceof ApiError ? e.findings : []}
          clauses={e instanceof ApiError ? e.clauses : []}
        >
          {reportLine}
        </PolicyNote>
      );
    }
    if (result && preview.checked && warn)
      return (
        <PolicyNote
          testId="policy-warning"
          tone="warning"
          decision={result.decision}
          busy={preview.pending}
          title={result.decision === "block" ? "This message can't be sent as it is" : "Before you send"}
          outcome={result.outcome}
          message={result.message}
          text={preview.checked.text}
          findings={result.findings}
          clauses={result.clauses}
        >
          <div class="row false-alarm">
            <button type="button" class="secondary" data-testid="not-contact-info" disabled={sending || preview.pending} onClick={() => void send(true)}>
              This is not contact information
            </button>
            <span class="hint">Sends it as above and asks a reviewer to look again.</span>
          </div>
        </PolicyNote>
      );
    if (result && result.decision === "notice")
      return <PolicyNote testId="policy-notice" tone="notice" decision={result.decision} busy={preview.pending} title="Note" message={result.message} clauses={result.clauses} />;
    // What happened to the message just sent (its note stays under it in the conversation).
    if (sent)
      return (
        <PolicyNote testId="send-result" tone={sent.violation ? "warning" : "notice"} decision={sent.decision} title="Sent" outcome={sent.outcome} clauses={sent.clauses}>
          {reportLine}
        </PolicyNote>
      );
    return null;
  })();

  return (
    <form
      class="composer"
      data-check={state}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <div class="composer-notice" data-testid="composer-notice">
        {note}
      </div>
      <label for={`composer-${roomId}`}>Message</label>
      <textarea
        id={`composer-${roomId}`}
        data-testid="composer"
        rows={3}
        value={text}
        aria-describedby={`composer-help-${roomId}`}
        onInput={(e) => {
          setText((e.target as HTMLTextAreaElement).value);
          // The next draft's notice takes the place of the last send's.
          setSent(null);
          setReported(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send();
          }
        }}
      />
      <div class="composer-bar">
        <span id={`composer-help-${roomId}`} class="hint" data-testid="composer-hint" data-contract-state={contractState}>
          {state === "pending" ? "Checking… " : state === "clean" ? "Looks good. " : state === "unavailable" ? "Couldn't check this draft; it is checked when sent. " : state === "idle" ? "Ctrl+Enter sends. " : ""}
          {CONTRACT_HINT[contractState]}
        </span>
        <button type="submit" data-testid="send" disabled={sending || text.trim() === ""}>
          {warn && result.decision !== "block" ? "Send anyway" : "Send"}
        </button>
      </div>
    </form>
  );
}
