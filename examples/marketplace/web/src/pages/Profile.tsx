import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import { PolicyNote } from "../components/PolicyNote";
import { useSession } from "../session";
import type { PortfolioItem, User } from "../types";
import { PolicyForm } from "./Jobs";

/** A profile and its portfolio; its owner edits them (profile: blocked with contact details; portfolio: S5 notice). */
export function Profile({ userId }: { userId: string }) {
  const { user } = useSession();
  const [view, setView] = useState<{ user: User; portfolio: PortfolioItem[] } | null>(null);
  const load = () => void api<{ user: User; portfolio: PortfolioItem[] }>("GET", `/profiles/${userId}`).then(setView);
  useEffect(load, [userId]);
  if (!view) return <p aria-busy="true">Loading…</p>;
  const own = user?.id === userId;
  return (
    <div class="narrow">
      <h1>{view.user.name}</h1>
      <p class="muted">
        {view.user.role}, {view.user.plan} plan
      </p>
      <p>
        <strong>{view.user.headline}</strong>
      </p>
      <p class="prewrap">{view.user.bio}</p>
      {view.user.role === "freelancer" && (
        <section>
          <h2>Portfolio</h2>
          {view.portfolio.length === 0 && <p>No portfolio items yet.</p>}
          <ul class="portfolio">
            {view.portfolio.map((p) => (
              <li key={p.id}>
                <h3>{p.title}</h3>
                <p class="prewrap">{p.description}</p>
                {own && p.notice && <PolicyNote tone="notice" title="Notice" message={p.notice} clauses={["S5"]} live={false} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {own && (
        <PolicyForm
          title="Edit your profile"
          fields={[
            ["headline", "Headline", false],
            ["bio", "About you", true],
          ]}
          submitLabel="Save profile"
          preview={(v) => ({ surface: "profile", fields: { headline: v.headline ?? "", bio: v.bio ?? "" } })}
          warningTitle="Your profile will not be saved as it is"
          send={(v) => api<{ notice: string | null }>("PUT", "/profile", { headline: v.headline, bio: v.bio })}
          onDone={(r) => {
            load();
            return r.notice ?? "Profile saved.";
          }}
        />
      )}
      {own && view.user.role === "freelancer" && (
        <PolicyForm
          title="Add a portfolio item"
          fields={[
            ["title", "Title", false],
            ["description", "Description", true],
          ]}
          submitLabel="Add to portfolio"
          preview={(v) => ({ surface: "portfolio", fields: { title: v.title ?? "", description: v.description ?? "" } })}
          warningTitle="This item will not be added as it is"
          send={(v) => api<{ item: PortfolioItem }>("POST", "/portfolio", { title: v.title, description: v.description })}
          onDone={(r) => {
            load();
            return r.item.notice ?? "Added to your portfolio.";
          }}
        />
      )}
    </div>
  );
}
