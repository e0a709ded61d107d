-- Idempotency keys belong to whoever sent them (issue 16): the scope is the API key's id, or `stream`
-- for the stream worker, so two platforms using the same key never see each other's decisions; and a
-- key is bound to a hash of the request (text, context, mode), so a retry with another body is refused
-- (409 idempotency_conflict) instead of answered with the first decision.
-- Rows written before this have neither (NULL): their keys still replay, for any owner and any body.
ALTER TABLE decisions ADD COLUMN IF NOT EXISTS idempotency_scope text;
ALTER TABLE decisions ADD COLUMN IF NOT EXISTS request_hash text;
ALTER TABLE decisions DROP CONSTRAINT IF EXISTS decisions_idempotency_key_key;
-- One index serves both look-ups: (scope, key) and the old rows' (NULL, key).
CREATE UNIQUE INDEX IF NOT EXISTS decisions_idempotency_scoped ON decisions (idempotency_scope, idempotency_key);
