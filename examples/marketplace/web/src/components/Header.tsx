import { Link, usePath } from "../router";
import { useSession } from "../session";

/** The site header: navigation for the acting user's role, and the demo user switcher. */
export function Header() {
  const { user, users, switchTo } = useSession();
  const path = usePath();
  const links =
    user?.role === "reviewer"
      ? [
          ["/console", "Decision log"],
          ["/console/review", "Review queue"],
          ["/console/appeals", "Appeals"],
          ["/console/accounts", "Accounts"],
          ["/console/leakage", "Leakage"],
        ]
      : [
          ["/rooms", "Messages"],
          ["/jobs", "Jobs"],
          ["/contracts", "Contracts"],
          ...(user ? [[`/profiles/${user.id}`, "Profile"], ["/account", "Account"]] : []),
        ];
  const current = (href: string) => (href === "/console" ? path === "/console" : path === href || path.startsWith(href + "/"));
  return (
    <header class="site-header">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <Link href="/" class="brand">
        ContactGuard <span class="brand-sub">marketplace</span>
      </Link>
      <nav aria-label="Main">
        <ul>
          {links.map(([href, label]) => (
            <li key={href}>
              <Link href={href!} aria-current={current(href!) ? "page" : undefined}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div class="switcher">
        <label for="acting-as">Acting as</label>
        <select id="acting-as" value={user?.id ?? ""} onChange={(e) => void switchTo((e.target as HTMLSelectElement).value)}>
          {!user && <option value="">choose a demo user…</option>}
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.role}, {u.plan})
            </option>
          ))}
        </select>
      </div>
    </header>
  );
}
