import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, api, errorText } from "../api";
import type { Message, Preview, Verdict } from "../types";
import { PolicyNote } from "./PolicyNote";

/** How long the composer waits after the last keystroke before asking the guard (the pre-send nudge). */
const PREVIEW_DEBOUNCE_MS = 300;

type CheckState = "idle" | "pending" | "clean" | "warning" | "notice" | "unavailable";

/**
 * The composer. While the author types it previews the message (nothing is recorded) and shows
 * the policy's warning with the offending spans marked, before anything is sent. Sending anyway
 * is the author's choice; the policy then decides what the recipient gets.
 */
export function Composer({ roomId, onSent }: { roomId: string; onSent: (m: Message) => void }) {
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<{ text: string; result: Preview } | null>(null);
  const [checking, setChecking] = useState(false);
  const [previewFailed, setPreviewFailed] = useState(false);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<{ text: string; error: ApiError | Error } | null>(null);
  const [sent, setSent] = useState<Verdict | null>(null);
  const latest = useRef<AbortController | null>(null);

  useEffect(() => {
    latest.current?.abort();
    if (text.trim() === "") {
      setPreview(null);
      setChecking(false);
      return;
    }
    setChecking(true);
    setPreviewFailed(false);
    const controller = new AbortController();
    latest.current = controller;
    const timer = setTimeout(async () => {
      try {
        const result = await api<Preview>("POST", `/rooms/${roomId}/preview`, { text }, controller.signal);
        if (!controller.signal.aborted) {
          setPreview({ text, result });
          setChecking(false);
        }
      } catch {
        // The nudge is advisory: if it cannot be had, sending still goes through the enforced check.
        if (!controller.signal.aborted) {
          setChecking(false);
          setPreviewFailed(true);
        }
      }
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, roomId]);

  const result = preview && preview.text === text ? preview.result : null;
  const warn = !!result && (result.violation || result.findings.length > 0);
  const state: CheckState =
    text.trim() === "" ? "idle" : previewFailed ? "unavailable" : checking || !result ? "pending" : warn ? "warning" : result.decision === "notice" ? "notice" : "clean";

  const send = async () => {
    if (text.trim() === "" || sending) return;
    setSending(true);
    setSendError(null);
    setSent(null);
    try {
      const out = await api<{ message: Message; verdict: Verdict }>("POST", `/rooms/${roomId}/messages`, { text, clientKey: crypto.randomUUID() });
      onSent(out.message);
      setSent(out.verdict.message ? out.verdict : null);
      setText("");
      setPreview(null);
    } catch (e) {
      setSendError({ text, error: e instanceof Error ? e : new Error(errorText(e)) });
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      class="composer"
      data-check={state}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {warn && result && (
        <PolicyNote
          testId="policy-warning"
          tone="warning"
          title={result.decision === "block" ? "This message can't be sent as it is" : "Before you send"}
          message={result.message}
          text={text}
          findings={result.findings}
          clauses={result.clauses}
        />
      )}
      {!warn && result?.decision === "notice" && <PolicyNote testId="policy-notice" tone="notice" title="Note" message={result.message} clauses={result.clauses} />}
      {sendError && (
        <PolicyNote
          testId="send-error"
          tone="error"
          title="Not sent"
          message={sendError.error.message}
          text={sendError.text}
          findings={sendError.error instanceof ApiError ? sendError.error.findings : []}
          clauses={sendError.error instanceof ApiError ? sendError.error.clauses : []}
        />
      )}
      {sent && <PolicyNote testId="send-result" tone={sent.violation ? "warning" : "notice"} title="Sent" message={sent.message} clauses={sent.clauses} />}
      <label for={`composer-${roomId}`}>Message</label>
      <textarea
        id={`composer-${roomId}`}
        data-testid="composer"
        rows={3}
        value={text}
        aria-describedby={`composer-help-${roomId}`}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send();
          }
        }}
      />
      <div class="composer-bar">
        <span id={`composer-help-${roomId}`} class="hint">
          {state === "pending" ? "Checking…" : state === "clean" ? "Looks good." : state === "unavailable" ? "Couldn't check this draft; it is checked when sent." : "Ctrl+Enter sends."} Contact
          details stay on the platform until a contract starts.
        </span>
        <button type="submit" data-testid="send" disabled={sending || text.trim() === ""}>
          {warn ? "Send anyway" : "Send"}
        </button>
      </div>
    </form>
  );
}
