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
  const contractState = contractStateOf(contract);
  // The same draft is judged again when the contract changes (an accepted offer lets it through).
  const preview = usePolicyPreview<Preview, { text: string }>(`/rooms/${roomId}/preview`, text.trim() === "" ? null : { text }, contractState);

  const result = preview.result;
  const warn = !!result && warns(result);
  const state: CheckState =
    text.trim() === "" ? "idle" : preview.failed ? "unavailable" : preview.pending || !result ? "pending" : warn ? "warning" : result.decision === "notice" ? "notice" : "clean";

  const send = async () => {
    if (text.trim() === "" || sending) return;
    setSending(true);
    setSendError(null);
    setSent(null);
    try {
      const out = await api<{ message: Message; verdict: Verdict }>("POST", `/rooms/${roomId}/messages`, { text, clientKey: crypto.randomUUID() });
      onSent(out.message);
      setSent(out.verdict.outcome ? out.verdict : null);
      setText("");
    } catch (e) {
      setSendError({ text, error: e instanceof Error ? e : new Error(errorText(e)) });
    } finally {
      setSending(false);
    }
  };

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
        />
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
        />
      );
    if (result && result.decision === "notice")
      return <PolicyNote testId="policy-notice" tone="notice" decision={result.decision} busy={preview.pending} title="Note" message={result.message} clauses={result.clauses} />;
    // What happened to the message just sent (its note stays under it in the conversation).
    if (sent) return <PolicyNote testId="send-result" tone={sent.violation ? "warning" : "notice"} decision={sent.decision} title="Sent" outcome={sent.outcome} clauses={sent.clauses} />;
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
