import type { ApiError } from "../api";
import type { FormPreview, FormPreviewRequest } from "../types";
import { Highlighted } from "./Highlighted";
import { Clauses } from "./PolicyNote";
import { usePolicyPreview } from "./usePolicyPreview";

/** A form's fields as the notice names them: [name, label]. */
export type FieldLabels = Array<[name: string, label: string]>;

/** A refused submit, with the values it was refused for (the spans are offsets into those). */
export interface FormRefusal {
  error: ApiError;
  values: Record<string, string>;
}

const sameValues = (a: Record<string, string>, b: Record<string, string>) => Object.keys({ ...a, ...b }).every((k) => (a[k] ?? "") === (b[k] ?? ""));

/**
 * The pre-submit check of a form (job post, proposal, invite, profile, portfolio): `request` is
 * the form's surface and fields, null while it is empty. See usePolicyPreview.
 */
export const useFormPreview = (request: FormPreviewRequest | null) => usePolicyPreview<FormPreview, FormPreviewRequest>("/forms/preview", request);

/**
 * A form's one notice area: the refusal of exactly these values when the submit was refused,
 * else the latest preview's warning (or notice) as the author types, else nothing. The offending
 * parts are marked in the field they were typed in. Test ids: `${testId}-warning`,
 * `${testId}-notice`, `${testId}-error`, each with `…-message`.
 */
export function FormNotice(props: {
  id: string;
  testId: string;
  fields: FieldLabels;
  values: Record<string, string>;
  preview: ReturnType<typeof useFormPreview>;
  refusal: FormRefusal | null;
  /** Future tense: what submitting as it stands would do ("This job post will not be posted as it is"). */
  warningTitle: string;
  /** Past tense: the submit was refused ("Your job was not posted"). */
  refusedTitle: string;
  /** The notice's heading level under the page's or section's own (default 2). */
  level?: 2 | 3;
}) {
  const { refusal, preview, values } = props;
  let note: { kind: "warning" | "notice" | "error"; title: string; message: string; clauses: string[]; findings: FormPreview["findings"]; values: Record<string, string>; busy: boolean } | null = null;
  if (refusal && sameValues(refusal.values, values))
    note = { kind: "error", title: props.refusedTitle, message: refusal.error.message, clauses: refusal.error.clauses, findings: refusal.error.findings as FormPreview["findings"], values: refusal.values, busy: false };
  else if (preview.result && preview.checked) {
    const r = preview.result;
    if (!r.accepted) note = { kind: "warning", title: props.warningTitle, message: r.message, clauses: r.clauses, findings: r.findings, values: preview.checked.fields, busy: preview.pending };
    else if (r.decision === "notice" && r.message) note = { kind: "notice", title: "Before you submit", message: r.message, clauses: r.clauses, findings: [], values: preview.checked.fields, busy: preview.pending };
  }
  return (
    <div id={props.id} class="form-notice" data-testid={props.testId}>
      {note && (
        <section
          class={`policy-note ${note.kind}`}
          data-testid={`${props.testId}-${note.kind}`}
          role={note.kind === "error" ? "alert" : "status"}
          aria-live="polite"
          aria-busy={note.busy ? "true" : undefined}
        >
          {props.level === 3 ? <h3 class="policy-title">{note.title}</h3> : <h2 class="policy-title">{note.title}</h2>}
          <p class="policy-message" data-testid={`${props.testId}-${note.kind}-message`}>
            {note.message}
          </p>
          {props.fields.map(([name, label]) => {
            const spans = note.findings.filter((f) => f.field === name);
            return spans.length > 0 ? (
              <p key={name} class="policy-text" data-field={name}>
                <strong>{label}: </strong>
                <Highlighted text={note.values[name] ?? ""} findings={spans} />
              </p>
            ) : null;
          })}
          <Clauses clauses={note.clauses} />
        </section>
      )}
    </div>
  );
}

/** Whether a field has a marked span in what the notice shows now (for aria-invalid). */
export function fieldFlagged(field: string, values: Record<string, string>, preview: ReturnType<typeof useFormPreview>, refusal: FormRefusal | null): boolean {
  if (refusal && sameValues(refusal.values, values)) return refusal.error.findings.some((f) => f.field === field);
  return !!preview.result && !preview.result.accepted && preview.result.findings.some((f) => f.field === field);
}
