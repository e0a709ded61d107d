import { useCallback, useEffect, useState } from "preact/hooks";
import { api, errorText } from "../api";
import type { RoomView } from "../types";
import { Composer } from "./Composer";
import { ContractPanel } from "./ContractPanel";
import { FilesLinks } from "./FilesLinks";
import { MessageList } from "./MessageList";

/** How often an open room looks for the other party's messages. */
const POLL_MS = 4000;

/**
 * One room: the conversation and composer, the contract, and the Files & Links sidebar. Opened by
 * room, or by contract as that contract's workroom.
 */
export function MessageCenter(props: { roomId: string } | { contractId: string }) {
  const workroom = "contractId" in props;
  const source = "contractId" in props ? `/contracts/${props.contractId}` : `/rooms/${props.roomId}`;
  const [view, setView] = useState<RoomView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setView(await api<RoomView>("GET", source));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [source]);

  useEffect(() => {
    setView(null);
    void load();
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void load();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  if (error && !view)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!view) return <p aria-busy="true">Loading the conversation…</p>;
  const other = view.me.id === view.client.id ? view.freelancer : view.client;
  return (
    <div class="message-center">
      <section class="conversation" aria-labelledby="conversation-title">
        <h1 id="conversation-title">
          {workroom && view.contract ? `Workroom: ${view.contract.title}` : `Conversation with ${other.name}`}
        </h1>
        <p class="muted">
          {other.role} · {other.plan} plan{other.plan === "enterprise" || view.me.plan === "enterprise" ? " — Enterprise: contact details may be shared (E1)" : ""}
        </p>
        <MessageList view={view} onChanged={() => void load()} />
        <Composer roomId={view.room.id} onSent={() => void load()} />
      </section>
      <div class="sidebar">
        <ContractPanel view={view} onChanged={() => void load()} showWorkroomLink={!workroom} />
        <FilesLinks view={view} onChanged={() => void load()} />
      </div>
    </div>
  );
}
