import { storable } from "../../core/strings.js";
import type { Db } from "../../ledger/db.js";

/*
 * The per-room window of recent messages, in PostgreSQL so that every worker sees the same one.
 * Each request is appended (keyed by its stream sequence, so a redelivery is a no-op) before it is
 * decided, and the window is what came before it in publish order.
 */

export interface HistoryEntry {
  seq: number;
  senderId: string | null;
  text: string;
  at: string;
}

/** How many messages per room are kept; the policy's window (≤ 20 messages) fits inside it. */
const KEEP_PER_ROOM = 40;

export class RoomHistory {
  constructor(private readonly db: Db) {}

  /**
   * Appends a batch of messages (one statement); already-present ones are left as they are. Texts are
   * stored repaired (a NUL or lone surrogate becomes U+FFFD, same length), since one such text would
   * fail the statement for every message in it; ids are refused before they get here (hygiene.ts).
   */
  async append(entries: Array<HistoryEntry & { room: string }>): Promise<void> {
    if (entries.length === 0) return;
    const values: unknown[] = [];
    const rows = entries.map((e, i) => {
      values.push(e.room, e.seq, e.senderId, storable(e.text), e.at);
      const b = i * 5;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5})`;
    });
    await this.db.query(`INSERT INTO room_history (room_id, seq, sender_id, body, at) VALUES ${rows.join(", ")} ON CONFLICT DO NOTHING`, values);
  }

  /** The newest `perRoom` messages of each room up to and including `maxSeq`, oldest first. */
  async window(rooms: string[], maxSeq: number, perRoom: number): Promise<Map<string, HistoryEntry[]>> {
    const rows = await this.db.query<{ room_id: string; seq: string | number; sender_id: string | null; body: string; at: string | Date }>(
      `SELECT room_id, seq, sender_id, body, at FROM (
         SELECT *, row_number() OVER (PARTITION BY room_id ORDER BY seq DESC) AS n FROM room_history WHERE room_id = ANY($1) AND seq <= $2
       ) ranked WHERE n <= $3 ORDER BY room_id, seq`,
      [rooms, maxSeq, perRoom],
    );
    const out = new Map<string, HistoryEntry[]>();
    for (const r of rows) {
      const list = out.get(r.room_id) ?? [];
      list.push({ seq: Number(r.seq), senderId: r.sender_id, text: r.body, at: new Date(r.at).toISOString() });
      out.set(r.room_id, list);
    }
    return out;
  }

  /** Drops all but the newest messages of the given rooms. */
  async prune(rooms: string[]): Promise<void> {
    if (rooms.length === 0) return;
    await this.db.query(
      `DELETE FROM room_history h USING (
         SELECT room_id, seq FROM (
           SELECT room_id, seq, row_number() OVER (PARTITION BY room_id ORDER BY seq DESC) AS n FROM room_history WHERE room_id = ANY($1)
         ) ranked WHERE n > $2
       ) old WHERE h.room_id = old.room_id AND h.seq = old.seq`,
      [rooms, KEEP_PER_ROOM],
    );
  }
}
