import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { api, errorText } from "../api";
import type { Contract, RoomView } from "../types";
import { Composer } from "./Composer";
import { ContractPanel } from "./ContractPanel";
import { FilesLinks } from "./FilesLinks";
import { MessageList } from "./MessageList";

/** How often an open room looks for the other party's messages (and contract changes). */
const POLL_MS = 4000;

/**
 * One room: the conversation and composer, the contract, and the Files & Links sidebar. Opened by
 * room, or by contract as that contract's workroom. The room's state lives here, once: the
 * contract panel and the composer (its hint and its preview) read the same contract, so an
 * acceptance shows in both at once. The other party sees it on the next poll, or as soon as they
 * come back to the tab. `onContract` tells the page (the room list) about a contract change.
 */
export function MessageCenter(props: ({ roomId: string } | { contractId: string }) & { onContract?: (roomId: string, c: Contract | null) => void }) {
  const workroom = "contractId" in props;
  const source = "contractId" in props ? `/contracts/${props.contractId}` : `/rooms/${props.roomId}`;
  const [view, setView] = useState<RoomView | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Only the latest load (or local change) applies: a poll answered after an acceptance must not undo it.
  const generation = useRef(0);
  const load = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const next = await api<RoomView>("GET", source);
      if (mine !== generation.current) return;
      setView(next);
      setError(null);
    } catch (e) {
      if (mine === generation.current) setError(errorText(e));
    }
  }, [source]);
  const contractChanged = (c: Contract) => {
    generation.current++;
    setView((v) => (v ? { ...v, contract: c } : v));
  };

  useEffect(() => {
    setView(null);
    void load();
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void load();
    }, POLL_MS);
    // Back to the tab or the window: refresh now rather than at the next poll.
    const refresh = () => {
      if (document.visibilityState === "visible") void load();
    };
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", refresh);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [load]);

  const { onContract } = props;
  const contract = view?.contract ?? null;
  const roomId = view?.room.id;
  const contractKey = contract ? `${contract.id}:${contract.status}:${contract.started}` : "none";
  useEffect(() => {
    if (roomId) onContract?.(roomId, contract);
    // Only a change of the contract's state is news for the page.
  }, [roomId, contractKey]);

  if (error && !view)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!view) return <p aria-busy="true">Loading the conversation…</p>;
  const other = view.me.id === view.client.id ? view.freelancer : view.client;
  const reload = () => void load();
  return (
    <div class="message-center">
      <section class="conversation" aria-labelledby="conversation-title">
        <h1 id="conversation-title">{workroom && view.contract ? `Workroom: ${view.contract.title}` : `Conversation with ${other.name}`}</h1>
        <p class="muted">
          {other.role} · {other.plan} plan{other.plan === "enterprise" || view.me.plan === "enterprise" ? " — Enterprise: contact details may be shared (E1)" : ""}
        </p>
        <MessageList view={view} onChanged={reload} />
        <Composer roomId={view.room.id} contract={view.contract} onSent={reload} />
      </section>
      <div class="sidebar">
        <ContractPanel
          view={view}
          onChanged={reload}
          onContract={contractChanged}
          showWorkroomLink={!workroom}
        />
        <FilesLinks view={view} onChanged={reload} />
      </div>
    </div>
  );
}
