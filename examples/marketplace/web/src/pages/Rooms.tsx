import { useEffect, useState } from "preact/hooks";
import { api, errorText } from "../api";
import { MessageCenter } from "../components/MessageCenter";
import { Link } from "../router";
import type { Contract, User } from "../types";

interface RoomSummary {
  id: string;
  jobId: string | null;
  other: User;
  contract: Contract | null;
}

const contractLabel = (c: Contract | null) => (!c || c.status === "declined" ? "no contract" : c.status === "closed" ? "contract closed" : c.started ? "contract started" : "offer pending");

/** The message center: the user's rooms, and the open one. */
export function Rooms({ roomId }: { roomId?: string }) {
  const [rooms, setRooms] = useState<RoomSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ rooms: RoomSummary[] }>("GET", "/rooms").then(
      (r) => setRooms(r.rooms),
      (e) => setError(errorText(e)),
    );
  }, [roomId]);
  const open = roomId ?? rooms?.[0]?.id;
  return (
    <div class="rooms-layout">
      <nav class="room-list" aria-label="Conversations">
        <h2>Conversations</h2>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <ul>
          {rooms?.map((r) => (
            <li key={r.id}>
              <Link href={`/rooms/${r.id}`} aria-current={r.id === open ? "page" : undefined}>
                <strong>{r.other.name}</strong>
                <span class="muted"> · {contractLabel(r.contract)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div class="room-main">
        {open ? (
          <MessageCenter
            key={open}
            roomId={open}
            // The list's "offer pending" / "contract started" follows the open room as it changes.
            onContract={(id, contract) => setRooms((rs) => rs?.map((r) => (r.id === id && contractLabel(r.contract) !== contractLabel(contract) ? { ...r, contract } : r)) ?? rs)}
          />
        ) : (
          rooms && <p>No conversations yet.</p>
        )}
      </div>
    </div>
  );
}
