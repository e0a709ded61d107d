import type { Finding } from "../core/types.js";
import { isContactType } from "../core/types.js";
import type { CheckContext } from "./context.js";

/**
 * Contact details split over consecutive messages ("my number is 415" / "555" / "0199") are
 * found by reading the sender's latest messages together with the current one. Only findings that
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

export function findSplitContacts(
  text: string,
  context: CheckContext,
  window: { windowMessages: number; windowMinutes: number },
  now: Date,
  detectFn: (text: string) => Finding[],
): SplitFinding[] {
  const history = context.history;
  const senderId = context.sender?.id;
  if (!history?.length || !senderId || window.windowMessages === 0) return [];
  // The sender's consecutive messages right before this one, newest last.
  const picked: number[] = [];
  for (let i = history.length - 1; i >= 0 && picked.length < window.windowMessages; i--) {
    const m = history[i]!;
    if (m.senderId !== senderId) break;
    if (m.at && now.getTime() - Date.parse(m.at) > window.windowMinutes * 60_000) break;
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
