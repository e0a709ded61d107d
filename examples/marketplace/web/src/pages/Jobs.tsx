import { useEffect, useState } from "preact/hooks";
import { ApiError, api, errorText } from "../api";
import { FormNotice, fieldFlagged, useFormPreview, type FormRefusal } from "../components/FormNotice";
import { date } from "../format";
import { Link, navigate } from "../router";
import { useSession } from "../session";
import type { FormPreviewRequest, Job, User } from "../types";

export function JobList() {
  const { user } = useSession();
  const [jobs, setJobs] = useState<Job[] | null>(null);
  useEffect(() => {
    void api<{ jobs: Job[] }>("GET", "/jobs").then((r) => setJobs(r.jobs));
  }, []);
  return (
    <div>
      <h1>Jobs</h1>
      {user?.role === "client" && (
        <p>
          <Link href="/jobs/new" class="button">
            Post a job
          </Link>
        </p>
      )}
      {jobs?.length === 0 && <p>No jobs posted yet.</p>}
      <ul class="job-list">
        {jobs?.map((j) => (
          <li key={j.id}>
            <Link href={`/jobs/${j.id}`}>{j.title}</Link> <span class="muted">by {j.client?.name ?? j.clientId}, {date(j.createdAt)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * X1: a job post with contact information is not posted. The form warns while the client types
 * (a preview on the job_post surface), and a refused submit shows the policy's exact words; either
 * way the parts to change are marked in the field they are in.
 */
export function JobNew() {
  const { user } = useSession();
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [refusal, setRefusal] = useState<FormRefusal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const values = { title, description };
  const preview = useFormPreview(title.trim() || description.trim() ? { surface: "job_post", fields: values } : null);

  const submit = async () => {
    setBusy(true);
    setRefusal(null);
    setError(null);
    try {
      const out = await api<{ job: Job }>("POST", "/jobs", { title, description });
      navigate(`/jobs/${out.job.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.code === "policy_refused") setRefusal({ error: e, values: { title, description } });
      else setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  if (user && user.role !== "client") return <p>Only clients post jobs. Switch to a client in the header.</p>;
  return (
    <div class="narrow">
      <h1>Post a job</h1>
      <form
        data-testid="job-post-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label for="job-title">Title</label>
        <input id="job-title" data-testid="job-title" required maxLength={200} value={title} aria-invalid={fieldFlagged("title", values, preview, refusal)} aria-describedby="job-post-notice" onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
        <label for="job-description">Description</label>
        <textarea id="job-description" data-testid="job-description" required rows={8} value={description} aria-invalid={fieldFlagged("description", values, preview, refusal)} aria-describedby="job-post-notice" onInput={(e) => setDescription((e.target as HTMLTextAreaElement).value)} />
        <FormNotice
          id="job-post-notice"
          testId="job-post"
          fields={[
            ["title", "Title"],
            ["description", "Description"],
          ]}
          values={values}
          preview={preview}
          refusal={refusal}
          warningTitle="Your job will not be posted as it is"
          refusedTitle="Your job was not posted"
        />
        <button type="submit" data-testid="job-submit" disabled={busy}>
          Post job
        </button>
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}

interface JobDetailView {
  job: Job;
  proposals: Array<{ id: string; freelancerId: string; coverLetter: string; createdAt: string; freelancer: User | null }>;
  invites: Array<{ id: string; freelancerId: string; message: string; createdAt: string; freelancer: User | null }>;
  freelancers: User[];
}

export function JobDetail({ jobId }: { jobId: string }) {
  const { user } = useSession();
  const [view, setView] = useState<JobDetailView | null>(null);
  const load = () => void api<JobDetailView>("GET", `/jobs/${jobId}`).then(setView);
  useEffect(load, [jobId, user?.id]);
  if (!view) return <p aria-busy="true">Loading…</p>;
  const owner = user?.id === view.job.clientId;
  const openRoom = async (freelancerId: string) => {
    const r = await api<{ id: string }>("POST", "/rooms", { withUserId: freelancerId, jobId });
    navigate(`/rooms/${r.id}`);
  };
  return (
    <div class="narrow">
      <h1>{view.job.title}</h1>
      <p class="muted">
        Posted by {view.job.client?.name} on {date(view.job.createdAt)}
      </p>
      <p class="prewrap">{view.job.description}</p>
      {user?.role === "freelancer" && (
        <PolicyForm
          title="Submit a proposal"
          fields={[["coverLetter", "Cover letter", true]]}
          submitLabel="Submit proposal"
          preview={(v) => ({ surface: "proposal", jobId, fields: { coverLetter: v.coverLetter ?? "" } })}
          warningTitle="Your proposal will not be sent as it is"
          send={(v) => api<{ roomId: string; notice: string | null }>("POST", `/jobs/${jobId}/proposals`, { coverLetter: v.coverLetter })}
          onDone={(r) => {
            load();
            return (
              <>
                Proposal sent. <Link href={`/rooms/${r.roomId}`}>Continue in the message center</Link>.
              </>
            );
          }}
        />
      )}
      {(owner || view.proposals.length > 0) && (
        <section>
          <h2>Proposals</h2>
          {view.proposals.length === 0 && <p>No proposals yet.</p>}
          <ul>
            {view.proposals.map((p) => (
              <li key={p.id}>
                <strong>{p.freelancer?.name ?? p.freelancerId}</strong>: <span class="prewrap">{p.coverLetter}</span>{" "}
                {owner && (
                  <button type="button" class="link" onClick={() => void openRoom(p.freelancerId)}>
                    Message
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {owner && (
        <PolicyForm
          title="Invite a freelancer"
          fields={[["message", "Invitation", true]]}
          select={{ name: "freelancerId", label: "Freelancer", options: view.freelancers.map((f) => [f.id, f.name]) }}
          submitLabel="Send invitation"
          preview={(v) => ({ surface: "invite", jobId, freelancerId: v.freelancerId ?? "", fields: { message: v.message ?? "" } })}
          warningTitle="Your invitation will not be sent as it is"
          send={(v) => api<{ roomId: string; notice: string | null }>("POST", `/jobs/${jobId}/invites`, { freelancerId: v.freelancerId, message: v.message })}
          onDone={(r) => {
            load();
            return (
              <>
                Invitation sent. <Link href={`/rooms/${r.roomId}`}>Open the conversation</Link>.
              </>
            );
          }}
        />
      )}
    </div>
  );
}

/**
 * A small form whose submission the policy may refuse (proposals, invites, profiles, portfolios):
 * it warns as the author types (`preview` names its surface), and a refusal is shown with its spans
 * marked, in the same notice area.
 */
export function PolicyForm<R>(props: {
  title: string;
  fields: Array<[name: string, label: string, multiline: boolean]>;
  select?: { name: string; label: string; options: Array<[string, string]> };
  submitLabel: string;
  /** The pre-submit check for these values: the form's surface and what it refers to (see server/forms.ts FormTarget). */
  preview: (values: Record<string, string>) => FormPreviewRequest;
  /** Future tense, for the warning before submitting ("Your proposal will not be sent as it is"). */
  warningTitle: string;
  send: (values: Record<string, string>) => Promise<R>;
  onDone: (result: R) => preact.ComponentChildren;
}) {
  const initial = Object.fromEntries(props.fields.map(([n]) => [n, ""]).concat(props.select ? [[props.select.name, props.select.options[0]?.[0] ?? ""]] : []));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [refusal, setRefusal] = useState<FormRefusal | null>(null);
  const [done, setDone] = useState<preact.ComponentChildren>(null);
  const [error, setError] = useState<string | null>(null);
  const id = props.title.toLowerCase().replace(/\W+/g, "-");
  const typed = props.fields.some(([n]) => (values[n] ?? "").trim() !== "");
  const preview = useFormPreview(typed ? props.preview(values) : null);
  const submit = async () => {
    setRefusal(null);
    setError(null);
    setDone(null);
    try {
      const r = await props.send(values);
      setDone(props.onDone(r));
      setValues(initial);
    } catch (e) {
      if (e instanceof ApiError && e.code === "policy_refused") setRefusal({ error: e, values });
      else setError(errorText(e));
    }
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {props.select && (
          <>
            <label for={`${id}-${props.select.name}`}>{props.select.label}</label>
            <select id={`${id}-${props.select.name}`} value={values[props.select.name]} onChange={(e) => setValues({ ...values, [props.select!.name]: (e.target as HTMLSelectElement).value })}>
              {props.select.options.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </>
        )}
        {props.fields.map(([name, label, multiline]) => {
          const common = { id: `${id}-${name}`, value: values[name], "aria-invalid": fieldFlagged(name, values, preview, refusal), "aria-describedby": `${id}-notice` };
          return (
            <div key={name}>
              <label for={`${id}-${name}`}>{label}</label>
              {multiline ? (
                <textarea {...common} rows={4} onInput={(e) => setValues({ ...values, [name]: (e.target as HTMLTextAreaElement).value })} />
              ) : (
                <input {...common} onInput={(e) => setValues({ ...values, [name]: (e.target as HTMLInputElement).value })} />
              )}
            </div>
          );
        })}
        <FormNotice
          id={`${id}-notice`}
          testId={`${id}-notice`}
          fields={props.fields.map(([n, l]) => [n, l])}
          values={values}
          preview={preview}
          refusal={refusal}
          warningTitle={props.warningTitle}
          refusedTitle="Not sent"
          level={3}
        />
        <button type="submit">{props.submitLabel}</button>
      </form>
      {done && (
        <p role="status" class="success">
          {done}
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
