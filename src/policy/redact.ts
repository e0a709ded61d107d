import type { ContactType, Finding } from "../core/types.js";

/** Replaces each finding's span with its mask (`[phone hidden]`); overlapping spans are merged. */
export function redact(text: string, findings: Finding[], masks: Partial<Record<ContactType, string>>): string {
  const spans = [...findings].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const f of spans) {
    if (f.end <= at) continue;
    const start = Math.max(f.start, at);
    out += text.slice(at, start) + (masks[f.type as ContactType] ?? "[hidden]");
    at = f.end;
  }
  return out + text.slice(at);
}
