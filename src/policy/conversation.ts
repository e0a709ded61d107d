import type { Finding } from "../core/types.js";
import { isContactType } from "../core/types.js";
import type { CheckContext } from "./context.js";

/**
 * Contact details split over several messages ("my number is 415" / "555" / "0199") are found by
 * reading the sender's own recent messages in the room together with the current one (C1: also when
 * the other party answers in between, "go on", and when minutes pass). The other party's messages are
 * skipped, not a stop: a reply in the middle is how a split is usually written. Only findings that
 * reach into the current message count: earlier messages were judged when they were sent.
 */
export interface SplitSource {
  /** Index into `context.history`. */
  index: number;
  text: string;
  at?: string;
}

export interface SplitFinding extends Finding {
  splitFrom: SplitSource[];
}

const JOINER = " ";

/** How far back the sender's own messages are read (the preset's `conversation`). */
export interface SplitWindow {
  /** At most this many of the sender's earlier messages. */
  windowMessages: number;
  /** Only messages sent at most this many minutes before the current one. */
  windowMinutes: number;
  /** At most this many characters of earlier messages in all (a split is short; a pasted essay is not one). */
  windowChars: number;
}

export function findSplitContacts(
  text: string,
  context: CheckContext,
  window: SplitWindow,
  now: Date,
  detectFn: (text: string) => Finding[],
): SplitFinding[] {
  const history = context.history;
  const senderId = context.sender?.id;
  if (!history?.length || !senderId || window.windowMessages === 0) return [];
  // The sender's own messages before this one, newest last; the other party's replies are passed over.
  const picked: number[] = [];
  let chars = 0;
  for (let i = history.length - 1; i >= 0 && picked.length < window.windowMessages; i--) {
    const m = history[i]!;
    if (m.at && now.getTime() - Date.parse(m.at) > window.windowMinutes * 60_000) break;
    if (m.senderId !== senderId) continue;
    chars += m.text.length;
    if (chars > window.windowChars) break;
    picked.unshift(i);
  }
  if (picked.length === 0) return [];
  const parts = picked.map((i) => history[i]!.text);
  const starts: number[] = [];
  let combined = "";
  for (const p of parts) {
    starts.push(combined.length);
    combined += p + JOINER;
  }
  const offset = combined.length;
  combined += text;
  const out: SplitFinding[] = [];
  for (const f of detectFn(combined)) {
    if (!isContactType(f.type) || f.end <= offset || f.start >= offset) continue;
    const splitFrom: SplitSource[] = [];
    picked.forEach((hIndex, k) => {
      const s = starts[k]!;
      const e = s + parts[k]!.length;
      if (f.start < e && f.end > s) {
        const m = history[hIndex]!;
        splitFrom.push({ index: hIndex, text: m.text, ...(m.at ? { at: m.at } : {}) });
      }
    });
    const end = f.end - offset;
    out.push({
      ...f,
      start: 0,
      end,
      text: text.slice(0, end),
      recognizer: `${f.recognizer}+conversation`,
      evidence: { ...f.evidence, contextWords: [...f.evidence.contextWords] },
      splitFrom,
    });
  }
  return out;
}
