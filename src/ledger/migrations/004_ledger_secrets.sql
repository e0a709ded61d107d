-- Secrets the ledger keeps for itself (issue 16): `finding_hmac` keys the hash that stands in for a
-- finding's value when STORE_TEXT is off. Kept in the database, not the data directory, so every
-- service and worker on one PostgreSQL hashes alike (repeats stay recognisable); LEDGER_HASH_SECRET
-- overrides it.
CREATE TABLE IF NOT EXISTS ledger_secrets (
  name        text PRIMARY KEY,
  value       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
