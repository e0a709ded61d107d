import { useEffect, useState } from "preact/hooks";
import { ApiError, api, errorText } from "../api";
import { Highlighted } from "../components/Highlighted";
import { PolicyNote } from "../components/PolicyNote";
import { date } from "../format";
import { Link, navigate } from "../router";
import { useSession } from "../session";
import type { Job, User } from "../types";

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

/** X1: a job post with contact information is refused with the policy's exact words, the parts marked. */
export function JobNew() {
  const { user } = useSession();
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [refusal, setRefusal] = useState<{ error: ApiError; title: string; description: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setRefusal(null);
    setError(null);
    try {
      const out = await api<{ job: Job }>("POST", "/jobs", { title, description });
      navigate(`/jobs/${out.job.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.code === "policy_refused") setRefusal({ error: e, title, description });
      else setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  if (user && user.role !== "client") return <p>Only clients post jobs. Switch to a client in the header.</p>;
  const inField = (field: string) => refusal?.error.findings.filter((f) => f.field === field) ?? [];
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
        <input id="job-title" data-testid="job-title" required maxLength={200} value={title} aria-invalid={inField("title").length > 0} aria-describedby={refusal ? "job-post-error" : undefined} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
        <label for="job-description">Description</label>
        <textarea id="job-description" data-testid="job-description" required rows={8} value={description} aria-invalid={inField("description").length > 0} aria-describedby={refusal ? "job-post-error" : undefined} onInput={(e) => setDescription((e.target as HTMLTextAreaElement).value)} />
        <button type="submit" data-testid="job-submit" disabled={busy}>
          Post job
        </button>
      </form>
      {refusal && (
        <div id="job-post-error" data-testid="job-post-error" class="policy-note error" role="alert">
          <h2 class="policy-title">Your job was not posted</h2>
          <p class="policy-message" data-testid="job-post-message">
            {refusal.error.message}
          </p>
          {inField("title").length > 0 && (
            <p>
              <strong>Title: </strong>
              <Highlighted text={refusal.title} findings={inField("title")} />
            </p>
          )}
          {inField("description").length > 0 && (
            <p class="policy-text">
              <strong>Description: </strong>
              <Highlighted text={refusal.description} findings={inField("description")} />
            </p>
          )}
          <PolicyNote tone="notice" title="Why" message="" clauses={refusal.error.clauses} live={false} />
        </div>
      )}
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

/** A small form whose submission the policy may refuse: the refusal is shown with its spans marked. */
export function PolicyForm<R>(props: {
  title: string;
  fields: Array<[name: string, label: string, multiline: boolean]>;
  select?: { name: string; label: string; options: Array<[string, string]> };
  submitLabel: string;
  send: (values: Record<string, string>) => Promise<R>;
  onDone: (result: R) => preact.ComponentChildren;
}) {
  const initial = Object.fromEntries(props.fields.map(([n]) => [n, ""]).concat(props.select ? [[props.select.name, props.select.options[0]?.[0] ?? ""]] : []));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [refusal, setRefusal] = useState<{ error: ApiError; values: Record<string, string> } | null>(null);
  const [done, setDone] = useState<preact.ComponentChildren>(null);
  const [error, setError] = useState<string | null>(null);
  const id = props.title.toLowerCase().replace(/\W+/g, "-");
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
        {props.fields.map(([name, label, multiline]) => (
          <div key={name}>
            <label for={`${id}-${name}`}>{label}</label>
            {multiline ? (
              <textarea id={`${id}-${name}`} rows={4} value={values[name]} onInput={(e) => setValues({ ...values, [name]: (e.target as HTMLTextAreaElement).value })} />
            ) : (
              <input id={`${id}-${name}`} value={values[name]} onInput={(e) => setValues({ ...values, [name]: (e.target as HTMLInputElement).value })} />
            )}
          </div>
        ))}
        <button type="submit">{props.submitLabel}</button>
      </form>
      {refusal && (
        <div class="policy-note error" role="alert">
          <h3 class="policy-title">Not sent</h3>
          <p class="policy-message">{refusal.error.message}</p>
          {props.fields.map(([name, label]) => {
            const spans = refusal.error.findings.filter((f) => f.field === name);
            return spans.length ? (
              <p key={name} class="policy-text">
                <strong>{label}: </strong>
                <Highlighted text={refusal.values[name] ?? ""} findings={spans} />
              </p>
            ) : null;
          })}
          <PolicyNote tone="notice" title="Why" message="" clauses={refusal.error.clauses} live={false} />
        </div>
      )}
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
