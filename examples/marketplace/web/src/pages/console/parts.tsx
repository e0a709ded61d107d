import { explainClause, TYPE_LABEL } from "contactguard/clauses";
import { Highlighted } from "../../components/Highlighted";
import type { LoggedFinding, SpanFinding, TextView } from "../../types";

/*
 * Pieces the console's pages share: a decision's text with its findings marked, the findings as a
 * table, the clauses in plain words.
 */

export const typeLabel = (type: string) => (TYPE_LABEL as Record<string, string>)[type] ?? type;

/** Where the text shown comes from, in words (server/decision-view.ts chooses it). */
export const SOURCE_LABEL: Record<TextView["source"], string> = {
  text: "The text as sent (the ledger keeps it: STORE_TEXT is on)",
  message: "The message as the marketplace keeps it (the same text the guard checked)",
  redacted: "The redacted text the ledger keeps (contact details masked)",
  none: "No text is kept for this decision, only its SHA-256 hash",
};

/** The text a reviewer may read, with each located finding marked; positions only when no text is kept. */
export function FlaggedText({ view, findings }: { view: TextView; findings: LoggedFinding[] }) {
  if (view.text === null || view.marks.length === 0) {
    return (
      <div class="flagged" data-source={view.source}>
        <p class="muted source">{SOURCE_LABEL[view.source]}{view.text !== null && findings.length > 0 ? "; the findings could not be located in it" : ""}.</p>
        {view.text !== null && <blockquote class="prewrap flagged-text">{view.text}</blockquote>}
        {findings.length > 0 && (
          <p class="positions" data-testid="span-positions">
            Found at:{" "}
            {findings.map((f, i) => (
              <span class="tag" key={i}>
                {typeLabel(f.type)} · characters {f.start}–{f.end}
              </span>
            ))}
          </p>
        )}
      </div>
    );
  }
  // Highlighted marks spans of the text shown; the marks are already in its offsets.
  const spans: SpanFinding[] = view.marks.map((m) => {
    const f = findings[m.index]!;
    return { type: f.type, clause: f.clause, start: m.start, end: m.end, text: view.text!.slice(m.start, m.end) };
  });
  return (
    <div class="flagged" data-source={view.source}>
      <p class="muted source">{SOURCE_LABEL[view.source]}:</p>
      <blockquote class="prewrap flagged-text" data-testid="flagged-text">
        <Highlighted text={view.text} findings={spans} />
      </blockquote>
    </div>
  );
}

/** Each finding: type, where, confidence, recognizer, disguises undone, clause (explained), allowed by. */
export function FindingsTable({ findings, view }: { findings: LoggedFinding[]; view: TextView }) {
  if (findings.length === 0) return <p>No findings: the text was clean.</p>;
  const markOf = (i: number) => view.marks.find((m) => m.index === i);
  return (
    <div class="table-scroll">
      <table class="findings" data-testid="findings">
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Where</th>
            <th scope="col">Confidence</th>
            <th scope="col">Recognizer</th>
            <th scope="col">Disguises undone</th>
            <th scope="col">Clause</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f, i) => {
            const m = markOf(i);
            const disguises = f.evidence?.disguises ?? [];
            return (
              <tr key={i} data-type={f.type}>
                <td data-label="Type">
                  {typeLabel(f.type)}
                  {f.platform ? ` (${f.platform})` : ""}
                </td>
                <td data-label="Where">
                  {f.text !== undefined ? <q>{f.text}</q> : m && view.text ? <q>{view.text.slice(m.start, m.end)}</q> : null}{" "}
                  <span class="muted">
                    chars {f.start}–{f.end}
                  </span>
                </td>
                <td data-label="Confidence">{typeof f.confidence === "number" ? `${Math.round(f.confidence * 100)}%` : "—"}</td>
                <td data-label="Recognizer">
                  <code>{f.recognizer ?? "—"}</code>
                </td>
                <td data-label="Disguises">{disguises.length ? disguises.join(", ") : "none"}</td>
                <td data-label="Clause">
                  <strong>{f.clause}</strong> <span class="muted">{explainClause(f.clause)}</span>
                  {f.allowedBy && (
                    <>
                      <br />
                      Allowed by <strong>{f.allowedBy}</strong>: <span class="muted">{explainClause(f.allowedBy)}</span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The clauses a decision cites, each in one plain line (contactguard/clauses). */
export function ClauseList({ clauses }: { clauses: string[] }) {
  if (clauses.length === 0) return <p class="muted">No clause cited.</p>;
  return (
    <dl class="clause-list" data-testid="clauses">
      {clauses.map((c) => (
        <div key={c}>
          <dt>{c}</dt>
          <dd>{explainClause(c)}</dd>
        </div>
      ))}
    </dl>
  );
}
