import { useState } from "preact/hooks";
import { ApiError, errorText, upload } from "../api";
import { bytes, dateTime } from "../format";
import type { Attachment, RoomView } from "../types";
import { PolicyNote } from "./PolicyNote";

/**
 * The "Files & Links" sidebar: the room's attachments and the links people shared, and the upload.
 * A file of 95 MB or more is refused here before any upload (the server enforces the same limit).
 */
export function FilesLinks({ view, onChanged }: { view: RoomView; onChanged: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const inputId = `attach-${view.room.id}`;

  const choose = (f: File | null) => {
    setError(null);
    setNotice(null);
    setFile(f);
    if (f && f.size >= view.limits.maxBytes) setError(new Error(view.limits.message));
  };
  const send = async () => {
    if (!file || file.size >= view.limits.maxBytes) return;
    setBusy(true);
    setError(null);
    try {
      const out = await upload<{ attachment: Attachment }>(`/rooms/${view.room.id}/attachments`, file);
      setNotice(out.attachment.notice);
      setFile(null);
      (document.getElementById(inputId) as HTMLInputElement | null)?.form?.reset();
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(errorText(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <aside class="files-links" data-testid="files-links" aria-labelledby={`files-title-${view.room.id}`}>
      <h2 id={`files-title-${view.room.id}`}>Files &amp; Links</h2>
      <form
        class="upload"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label for={inputId}>Attach a file (smaller than 95 MB)</label>
        <input id={inputId} type="file" data-testid="attachment-input" onChange={(e) => choose((e.target as HTMLInputElement).files?.[0] ?? null)} />
        <button type="submit" disabled={!file || busy || (!!file && file.size >= view.limits.maxBytes)}>
          {busy ? "Uploading…" : "Upload"}
        </button>
      </form>
      {error && (
        <div data-testid="attachment-error">
          <PolicyNote tone="error" title="File not attached" message={error.message} clauses={error instanceof ApiError ? error.clauses : ["F1"]} findings={error instanceof ApiError ? error.findings : []} />
        </div>
      )}
      {notice && <PolicyNote tone="notice" title="Attached" message={notice} clauses={[]} />}
      <h3>Files</h3>
      {view.attachments.length === 0 ? (
        <p class="muted">No files yet.</p>
      ) : (
        <ul class="files">
          {view.attachments.map((a) => (
            <li key={a.id}>
              <a href={a.url} download={a.filename}>
                {a.filename}
              </a>{" "}
              <span class="muted">
                {bytes(a.size)} · {dateTime(a.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>Links</h3>
      {view.links.length === 0 ? (
        <p class="muted">No links yet.</p>
      ) : (
        <ul class="links">
          {view.links.map((l) => (
            <li key={l.url}>
              <a href={l.url} target="_blank" rel="noopener noreferrer nofollow">
                {l.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
