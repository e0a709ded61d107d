import { Header } from "./components/Header";
import { Account } from "./pages/Account";
import { AccountDetail, Accounts } from "./pages/console/Accounts";
import { Appeals } from "./pages/console/Appeals";
import { DecisionDetail } from "./pages/console/DecisionDetail";
import { Decisions } from "./pages/console/Decisions";
import { Leakage } from "./pages/console/Leakage";
import { ReviewQueue } from "./pages/console/ReviewQueue";
import { ContractList, Workroom } from "./pages/Contracts";
import { Home } from "./pages/Home";
import { JobDetail, JobList, JobNew } from "./pages/Jobs";
import { Profile } from "./pages/Profile";
import { Rooms } from "./pages/Rooms";
import { match, usePath } from "./router";
import { SessionContext, useSessionState, type Session } from "./session";

function Page({ path, session }: { path: string; session: Session }) {
  const { user } = session;
  const needsUser = path !== "/";
  if (needsUser && !user) return <p>Choose a demo user in the header (“Acting as”) to continue.</p>;
  const reviewerOnly = path.startsWith("/console");
  if (reviewerOnly && user?.role !== "reviewer") return <p>The moderation console is for reviewers. Switch to Riley Reviewer in the header.</p>;
  let m: Record<string, string> | null;
  if (path === "/") return <Home />;
  if (path === "/rooms") return <Rooms />;
  if ((m = match("/rooms/:id", path))) return <Rooms roomId={m.id} />;
  if (path === "/jobs") return <JobList />;
  if (path === "/jobs/new") return <JobNew />;
  if ((m = match("/jobs/:id", path))) return <JobDetail jobId={m.id!} />;
  if ((m = match("/profiles/:id", path))) return <Profile userId={m.id!} />;
  if (path === "/contracts") return <ContractList />;
  if ((m = match("/contracts/:id", path))) return <Workroom contractId={m.id!} />;
  if (path === "/account") return <Account />;
  if (path === "/console") return <Decisions />;
  if ((m = match("/console/decisions/:id", path))) return <DecisionDetail decisionId={m.id!} />;
  if (path === "/console/review") return <ReviewQueue />;
  if (path === "/console/leakage") return <Leakage />;
  if (path === "/console/appeals") return <Appeals />;
  if (path === "/console/accounts") return <Accounts />;
  if ((m = match("/console/accounts/:id", path))) return <AccountDetail accountId={m.id!} />;
  return <p>Page not found.</p>;
}

export function App() {
  const session = useSessionState();
  const path = usePath();
  return (
    <SessionContext.Provider value={session}>
      <Header />
      <main id="main" tabIndex={-1}>
        {/* Pages remount when the acting user changes, so they load that user's data. */}
        {session.ready ? <Page key={session.user?.id ?? "nobody"} path={path} session={session} /> : <p aria-busy="true">Loading…</p>}
      </main>
    </SessionContext.Provider>
  );
}
