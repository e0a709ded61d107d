import { Link } from "../router";
import { useSession } from "../session";

/** The landing page: what this is, and where to start as each demo user. */
export function Home() {
  const { user, users, switchTo } = useSession();
  return (
    <div class="home">
      <h1>ContactGuard reference marketplace</h1>
      <p class="lead">
        A small marketplace whose messages, job posts, proposals, invites, profiles, portfolios and attachments all run under the contact-information policy. Pick a demo
        user and try sharing a phone number before a contract starts — then after.
      </p>
      <h2>Start as</h2>
      <ul class="cards">
        {users.map((u) => (
          <li key={u.id} class={user?.id === u.id ? "card current" : "card"}>
            <h3>{u.name}</h3>
            <p class="muted">
              {u.role}, {u.plan} plan
            </p>
            <p>{u.headline}</p>
            <button type="button" onClick={() => void switchTo(u.id)} aria-pressed={user?.id === u.id}>
              {user?.id === u.id ? "Acting as this user" : `Act as ${u.name}`}
            </button>
          </li>
        ))}
      </ul>
      <h2>Try it</h2>
      <ul>
        <li>
          <a href="/rooms/demo?as=demo-freelancer">The demo room, as the freelancer</a>: type “call me at (415) 555-0199” and watch the warning before you send.
        </li>
        <li>
          <a href="/jobs/new?as=demo-client">Post a job, as the client</a>: include an email address.
        </li>
        <li>
          <a href="/rooms/demo?as=demo-client">The demo room, as the client</a>: offer a contract; once the freelancer accepts, contact details go through.
        </li>
        <li>
          <a href="/console?as=demo-reviewer">The moderation console, as the reviewer</a>: decisions, the review queue, appeals.
        </li>
      </ul>
      {user && user.role !== "reviewer" && (
        <p>
          <Link href="/rooms">Go to your messages</Link>
        </p>
      )}
    </div>
  );
}
