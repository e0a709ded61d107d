import { useEffect, useState } from "preact/hooks";
import { api } from "../api";

/** How long a draft waits after the last keystroke before it is checked (the pre-send nudge). */
export const PREVIEW_DEBOUNCE_MS = 300;

export interface PolicyPreview<T, B> {
  /** The latest answer, kept while a newer draft is being checked so its notice is updated in place, not removed and re-added. */
  result: T | null;
  /** The request `result` answers (its spans are offsets into that text, which may be older than the draft). */
  checked: B | null;
  /** True while the draft on screen is not the one `result` answers. */
  pending: boolean;
  /** The last check failed; the submit is still checked, so this only means no nudge. */
  failed: boolean;
}

/**
 * The pre-send check of the composer and the forms, in one place: `body` (null when there is nothing
 * to check) is POSTed to `path` once the author pauses, as a preview that records nothing. A newer
 * draft aborts the older request. `refresh` re-checks the same draft when what it is judged against
 * changed (e.g. a contract started).
 */
export function usePolicyPreview<T, B>(path: string, body: B | null, refresh = ""): PolicyPreview<T, B> {
  const key = body === null ? null : JSON.stringify(body);
  const [answer, setAnswer] = useState<{ key: string; refresh: string; result: T } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    setFailed(false);
    if (key === null) {
      setAnswer(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const result = await api<T>("POST", path, JSON.parse(key) as unknown, controller.signal);
        if (!controller.signal.aborted) setAnswer({ key, refresh, result });
      } catch {
        // Advisory only: the submit goes through the enforced check either way.
        if (!controller.signal.aborted) setFailed(true);
      }
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [path, key, refresh]);

  const current = answer !== null && answer.key === key && answer.refresh === refresh;
  return {
    result: key === null ? null : (answer?.result ?? null),
    checked: key === null || answer === null ? null : (JSON.parse(answer.key) as B),
    pending: key !== null && !current && !failed,
    failed: key !== null && failed,
  };
}
