import { createContext } from "preact";
import { useContext, useEffect, useState } from "preact/hooks";
import { api } from "./api";
import type { Limits, User } from "./types";

/*
 * The acting demo user. `?as=demo-freelancer` on any page (a deep link) or the switcher in the
 * header asks the server to set the session cookie; the page itself keeps no credential.
 */

export interface Session {
  user: User | null;
  users: User[];
  limits: Limits | null;
  ready: boolean;
  switchTo(userId: string): Promise<void>;
}

export const SessionContext = createContext<Session>({ user: null, users: [], limits: null, ready: false, switchTo: async () => undefined });
export const useSession = () => useContext(SessionContext);

export function useSessionState(): Session {
  const [user, setUser] = useState<User | null>(null);
  const [users, setUsers] = useState<User[]>([]);
  const [limits, setLimits] = useState<Limits | null>(null);
  const [ready, setReady] = useState(false);

  const load = async () => {
    const [me, all] = await Promise.all([api<{ user: User | null; limits: Limits }>("GET", "/me"), api<{ users: User[] }>("GET", "/users")]);
    setUser(me.user);
    setLimits(me.limits);
    setUsers(all.users);
  };

  const switchTo = async (userId: string) => {
    await api("POST", "/session", { userId });
    await load();
  };

  useEffect(() => {
    const url = new URL(location.href);
    const as = url.searchParams.get("as");
    (async () => {
      if (as) {
        await api("POST", "/session", { userId: as }).catch(() => undefined);
        // The deep link did its job; keep the address bar clean for sharing the page itself.
        url.searchParams.delete("as");
        history.replaceState(null, "", url.pathname + url.search + url.hash);
      }
      await load().catch(() => undefined);
      setReady(true);
    })();
  }, []);

  return { user, users, limits, ready, switchTo };
}
