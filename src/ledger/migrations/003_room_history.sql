-- The recent messages of each conversation, shared by every stream worker (issue #7): a contact
-- detail split over consecutive messages must be found when those messages land on different
-- workers. Ordered by the request's stream sequence (publish order); pruned to a short window.
CREATE TABLE IF NOT EXISTS room_history (
  room_id text NOT NULL,
  seq bigint NOT NULL,
  sender_id text,
  body text NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (room_id, seq)
);
