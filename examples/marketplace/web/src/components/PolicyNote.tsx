import type { SpanFinding } from "../types";
import { explainClause } from "contactguard/clauses";
import { Highlighted } from "./Highlighted";

/**
 * The policy speaking to the author: its message, the text with the offending spans marked, and
 * what each cited clause means. `tone` warning for violations, notice for notices.
 */
export function PolicyNote(props: { testId?: string; tone: "warning" | "notice" | "error"; title: string; message: string; text?: string; findings?: SpanFinding[]; clauses: string[]; live?: boolean }) {
  const { tone, title, message, text, findings = [], clauses } = props;
  return (
    <section class={`policy-note ${tone}`} data-testid={props.testId} role={tone === "error" ? "alert" : "status"} aria-live={props.live === false ? undefined : "polite"}>
      <h3 class="policy-title">{title}</h3>
      <p class="policy-message">{message}</p>
      {text !== undefined && findings.length > 0 && (
        <p class="policy-text">
          <Highlighted text={text} findings={findings} />
        </p>
      )}
      {clauses.length > 0 && (
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
      )}
    </section>
  );
}
