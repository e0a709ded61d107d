-- The reference marketplace (issue #5): the demo's people, jobs, contracts and conversations, stored
-- next to the guard's decision log so a message links to the decision that delivered it. Tables are
-- prefixed mp_ because `accounts` already names the guard's standing cache.

CREATE TABLE IF NOT EXISTS mp_users (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  role        text NOT NULL,             -- client | freelancer | reviewer
  plan        text NOT NULL DEFAULT 'basic',
  headline    text NOT NULL DEFAULT '',
  bio         text NOT NULL DEFAULT '',
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS mp_portfolio_items (
  id           text PRIMARY KEY,
  user_id      text NOT NULL REFERENCES mp_users (id),
  title        text NOT NULL,
  description  text NOT NULL,
  notice       text,                     -- the S5 notice shown with it, when it contains contact details
  decision_id  text,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS mp_portfolio_user ON mp_portfolio_items (user_id, created_at);

CREATE TABLE IF NOT EXISTS mp_jobs (
  id           text PRIMARY KEY,
  client_id    text NOT NULL REFERENCES mp_users (id),
  title        text NOT NULL,
  description  text NOT NULL,
  decision_id  text,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS mp_proposals (
  id             text PRIMARY KEY,
  job_id         text NOT NULL REFERENCES mp_jobs (id),
  freelancer_id  text NOT NULL REFERENCES mp_users (id),
  cover_letter   text NOT NULL,
  decision_id    text,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS mp_proposals_job ON mp_proposals (job_id, created_at);

CREATE TABLE IF NOT EXISTS mp_invites (
  id             text PRIMARY KEY,
  job_id         text NOT NULL REFERENCES mp_jobs (id),
  client_id      text NOT NULL REFERENCES mp_users (id),
  freelancer_id  text NOT NULL REFERENCES mp_users (id),
  message        text NOT NULL,
  decision_id    text,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS mp_invites_freelancer ON mp_invites (freelancer_id, created_at);

-- offer → accept → started (at the earlier of starts_at and accepted_at, W1) → closed.
CREATE TABLE IF NOT EXISTS mp_contracts (
  id             text PRIMARY KEY,
  client_id      text NOT NULL REFERENCES mp_users (id),
  freelancer_id  text NOT NULL REFERENCES mp_users (id),
  title          text NOT NULL,
  kind           text NOT NULL DEFAULT 'standard',   -- standard | test
  status         text NOT NULL DEFAULT 'offered',    -- offered | active | closed | declined (never started)
  starts_at      timestamptz,
  offered_at     timestamptz NOT NULL DEFAULT now(),
  accepted_at    timestamptz,
  ended_at       timestamptz
);

CREATE TABLE IF NOT EXISTS mp_rooms (
  id             text PRIMARY KEY,
  client_id      text NOT NULL REFERENCES mp_users (id),
  freelancer_id  text NOT NULL REFERENCES mp_users (id),
  job_id         text REFERENCES mp_jobs (id),
  contract_id    text REFERENCES mp_contracts (id),
  pre_existing   boolean NOT NULL DEFAULT false,     -- E5: the two knew each other off the platform
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS mp_rooms_client ON mp_rooms (client_id);
CREATE INDEX IF NOT EXISTS mp_rooms_freelancer ON mp_rooms (freelancer_id);

-- A message as delivered: body is what the recipient may read (redacted when the policy said so).
CREATE TABLE IF NOT EXISTS mp_messages (
  id           text PRIMARY KEY,
  room_id      text NOT NULL REFERENCES mp_rooms (id),
  sender_id    text NOT NULL REFERENCES mp_users (id),
  body         text NOT NULL,
  status       text NOT NULL,            -- delivered | held | rejected | removed
  decision     text NOT NULL,
  decision_id  text,
  notice       text,                     -- what the policy told the author
  client_key   text UNIQUE,              -- a retried send is stored once
  edited_at    timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  seq          bigserial UNIQUE
);
CREATE INDEX IF NOT EXISTS mp_messages_room ON mp_messages (room_id, seq);
CREATE INDEX IF NOT EXISTS mp_messages_decision ON mp_messages (decision_id);

CREATE TABLE IF NOT EXISTS mp_attachments (
  id           text PRIMARY KEY,
  room_id      text NOT NULL REFERENCES mp_rooms (id),
  uploader_id  text NOT NULL REFERENCES mp_users (id),
  filename     text NOT NULL,
  mime         text NOT NULL,
  size         bigint NOT NULL,
  path         text NOT NULL,
  notice       text,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS mp_attachments_room ON mp_attachments (room_id, created_at);

-- A user's report of a message; its review-queue entry is the decision it points at.
CREATE TABLE IF NOT EXISTS mp_reports (
  id           text PRIMARY KEY,
  message_id   text NOT NULL REFERENCES mp_messages (id),
  reporter_id  text NOT NULL REFERENCES mp_users (id),
  reason       text NOT NULL,
  decision_id  text NOT NULL,
  status       text NOT NULL DEFAULT 'pending',   -- pending | dismissed | upheld
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS mp_reports_decision ON mp_reports (decision_id);
