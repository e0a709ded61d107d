import type { ComponentChildren } from "preact";
import type { SpanFinding } from "../types";
import { explainClause } from "contactguard/clauses";
import { Highlighted } from "./Highlighted";

/**
 * The policy speaking to the author: what sending does or did (`outcome`, in plain words and the
 * right tense), the policy's message, the text with the offending spans marked, and what each cited
 * clause means. `tone` warning for violations, notice for notices, error for refusals.
 */
export function PolicyNote(props: {
  testId?: string;
  tone: "warning" | "notice" | "error";
  title: string;
  outcome?: string | null;
  message?: string;
  text?: string;
  findings?: SpanFinding[];
  clauses: string[];
  live?: boolean;
  decision?: string;
  busy?: boolean;
  /** What the author can do about it (e.g. report a false alarm), after the clauses. */
  children?: ComponentChildren;
}) {
  const { tone, title, outcome, message, text, findings = [], clauses } = props;
  return (
    <section
      class={`policy-note ${tone}`}
      data-testid={props.testId}
      data-decision={props.decision}
      aria-busy={props.busy ? "true" : undefined}
      role={tone === "error" ? "alert" : "status"}
      aria-live={props.live === false ? undefined : "polite"}
    >
      <h3 class="policy-title">{title}</h3>
      {outcome && (
        <p class="policy-outcome" data-testid="policy-outcome">
          {outcome}
        </p>
      )}
      {message && <p class="policy-message">{message}</p>}
      {text !== undefined && findings.length > 0 && (
        <p class="policy-text">
          <Highlighted text={text} findings={findings} />
        </p>
      )}
      <Clauses clauses={clauses} />
      {props.children}
    </section>
  );
}

/** "Why: C1, W1", opening to what each clause says (the package's own words). */
export function Clauses({ clauses }: { clauses: string[] }) {
  if (clauses.length === 0) return null;
  return (
    <details class="clauses">
      <summary>Why: {clauses.join(", ")}</summary>
      <dl>
        {clauses.map((c) => (
          <div key={c}>
            <dt>{c}</dt>
            <dd>{explainClause(c)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
