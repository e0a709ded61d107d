import { useState } from "preact/hooks";
import { api, errorText } from "../api";
import { date } from "../format";
import { Link } from "../router";
import type { Contract, RoomView } from "../types";

/** What a room's contract means for contact details now: none (or declined), an offer not started yet, started, closed. */
export type ContractState = "none" | "offered" | "started" | "closed";

export const contractStateOf = (c: Contract | null): ContractState => (!c || c.status === "declined" ? "none" : c.status === "closed" ? "closed" : c.started ? "started" : "offered");

/**
 * The room's contract: offer (client) → accept (freelancer) → started → closed. Its state is what
 * the guard reads: before it starts, contact details are refused; after, they are free (E6).
 * `onContract` gets the contract the server answers with, so the room (this panel, the composer's
 * hint and its preview) reflects an acceptance at once; `onChanged` then reloads the room.
 */
export function ContractPanel({
  view,
  onChanged,
  onContract,
  showWorkroomLink = true,
}: {
  view: RoomView;
  onChanged: () => void;
  onContract: (c: Contract) => void;
  showWorkroomLink?: boolean;
}) {
  const c = view.contract;
  const isClient = view.me.id === view.client.id;
  const [error, setError] = useState<string | null>(null);
  const act = async (fn: () => Promise<{ contract: Contract | null }>) => {
    setError(null);
    try {
      const { contract } = await fn();
      if (contract) onContract(contract);
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const accept = (x: Contract) => act(() => api<{ contract: Contract | null }>("POST", `/contracts/${x.id}/accept`));
  const close = (x: Contract) => act(() => api<{ contract: Contract | null }>("POST", `/contracts/${x.id}/close`));

  return (
    <section class="contract-panel" aria-labelledby={`contract-title-${view.room.id}`} data-testid="contract-panel" data-contract-state={contractStateOf(c)}>
      <h2 id={`contract-title-${view.room.id}`}>Contract</h2>
      {!c || c.status === "closed" || c.status === "declined" ? (
        <>
          {c?.status === "closed" ? (
            <p>
              <strong>{c.title}</strong> closed on {date(c.endedAt)}. Contact details may be shared; future work still goes through the platform (E6).
            </p>
          ) : (
            <p>
              No contract yet{c ? ` (the offer “${c.title}” was declined)` : ""}: contact details stay on the platform until a contract starts (W1).
            </p>
          )}
          {isClient && (
            <OfferForm
              roomId={view.room.id}
              onDone={(offered) => {
                onContract(offered);
                onChanged();
              }}
            />
          )}
        </>
      ) : c.started ? (
        <>
          <p data-testid="contract-started">
            <strong>{c.title}</strong> {c.kind === "test" ? "(test project) " : ""}started {date(c.acceptedAt && (!c.startsAt || c.acceptedAt < c.startsAt) ? c.acceptedAt : c.startsAt)}. You may now share contact details (E6).
          </p>
          <div class="row">
            {c.status === "offered" && !isClient && (
              <button type="button" onClick={() => void accept(c)}>
                Accept offer
              </button>
            )}
            {showWorkroomLink && <Link href={`/contracts/${c.id}`}>Open the contract workroom</Link>}
            <button type="button" class="secondary" onClick={() => void close(c)}>
              Close contract
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            Offer: <strong>{c.title}</strong> {c.kind === "test" ? "(test project)" : ""}
            {c.startsAt ? `, starting ${date(c.startsAt)}` : ""}. Until it starts, contact details stay on the platform.
          </p>
          <div class="row">
            {!isClient && (
              <button type="button" onClick={() => void accept(c)}>
                Accept offer
              </button>
            )}
            <button type="button" class="secondary" onClick={() => void close(c)}>
              {isClient ? "Withdraw offer" : "Decline offer"}
            </button>
          </div>
        </>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}

function OfferForm({ roomId, onDone }: { roomId: string; onDone: (c: Contract) => void }) {
  const [title, setTitle] = useState("Logo and menu design");
  const [kind, setKind] = useState<"standard" | "test">("standard");
  const [startsAt, setStartsAt] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      const { contract } = await api<{ contract: Contract }>("POST", `/rooms/${roomId}/contract`, { title, kind, ...(startsAt ? { startsAt } : {}) });
      onDone(contract);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <form
      class="offer"
      aria-label="Offer a contract"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label for={`offer-title-${roomId}`}>Contract title</label>
      <input id={`offer-title-${roomId}`} value={title} required onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
      <label for={`offer-kind-${roomId}`}>Kind</label>
      <select id={`offer-kind-${roomId}`} value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as "standard" | "test")}>
        <option value="standard">Standard contract</option>
        <option value="test">Test project (paid trial)</option>
      </select>
      <label for={`offer-start-${roomId}`}>Start date (optional)</label>
      <input id={`offer-start-${roomId}`} type="date" value={startsAt} onInput={(e) => setStartsAt((e.target as HTMLInputElement).value)} />
      <button type="submit">Offer contract</button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}
