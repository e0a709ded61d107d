import type { ContactType, Finding } from "../core/types.js";

/** Replaces each contact detail's span with its mask (`[phone hidden]`); overlapping spans are merged. */
export function redact(text: string, findings: Finding[], masks: Partial<Record<ContactType, string>>): string {
  const spans = [...findings].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const f of spans) {
    const mask = masks[f.type as ContactType];
    // Requests and proposals are not contact details: they stay readable (the decision still counts them).
    if (!mask || f.end <= at) continue;
    const start = Math.max(f.start, at);
    out += text.slice(at, start) + mask;
    at = f.end;
  }
  return out + text.slice(at);
}
