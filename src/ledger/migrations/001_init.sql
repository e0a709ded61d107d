-- Decisions: append-only audit log of every check.
CREATE TABLE IF NOT EXISTS decisions (
  id              text PRIMARY KEY,
  request_id      text NOT NULL,
  idempotency_key text UNIQUE,
  sender_id       text,
  recipient_id    text,
  surface         text NOT NULL,
  decision        text NOT NULL,
  violation       boolean NOT NULL,
  clauses         text[] NOT NULL,
  findings        jsonb NOT NULL,
  context         jsonb NOT NULL,
  message         text NOT NULL,
  text_hash       text NOT NULL,
  redacted_text   text,
  body            text,
  policy_id       text NOT NULL,
  policy_version  text NOT NULL,
  review_status   text,            -- pending | allowed | rejected (decision = review)
  reviewed_by     text,
  reviewed_at     timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  seq             bigserial UNIQUE
);
CREATE INDEX IF NOT EXISTS decisions_sender_seq ON decisions (sender_id, seq);
CREATE INDEX IF NOT EXISTS decisions_review ON decisions (review_status, seq) WHERE review_status IS NOT NULL;

-- Accounts: the standing cache, updated in the same transaction as the violations it derives from.
CREATE TABLE IF NOT EXISTS accounts (
  id                text PRIMARY KEY,
  active_violations integer NOT NULL DEFAULT 0,
  total_violations  integer NOT NULL DEFAULT 0,
  ladder_step       integer NOT NULL DEFAULT 0,
  penalty           text,
  badges_removed    boolean NOT NULL DEFAULT false,
  restricted_until  timestamptz,
  suspended         boolean NOT NULL DEFAULT false,
  updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS violations (
  id           text PRIMARY KEY,
  account_id   text NOT NULL REFERENCES accounts (id),
  decision_id  text NOT NULL REFERENCES decisions (id),
  types        text[] NOT NULL,
  clauses      text[] NOT NULL,
  ladder_step  integer NOT NULL,
  penalty      text NOT NULL,
  status       text NOT NULL DEFAULT 'active', -- active | overturned
  created_at   timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS violations_account ON violations (account_id, created_at);

CREATE TABLE IF NOT EXISTS appeals (
  id            text PRIMARY KEY,
  violation_id  text NOT NULL UNIQUE REFERENCES violations (id),
  account_id    text NOT NULL,
  reason        text NOT NULL,
  status        text NOT NULL DEFAULT 'pending', -- pending | upheld | overturned
  resolved_by   text,
  note          text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  resolved_at   timestamptz
);
CREATE INDEX IF NOT EXISTS appeals_status ON appeals (status, created_at);

CREATE TABLE IF NOT EXISTS api_keys (
  id          text PRIMARY KEY,
  key_hash    text NOT NULL UNIQUE,
  role        text NOT NULL,
  name        text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);
