-- Issue 20: the leakage dashboard (GET /v1/stats) and false-alarm reports (POST /v1/decisions/:id/dispute).
--
-- The dashboard groups a window of decisions by finding type, disguise family, recognizer, language and
-- conversation. Reading those out of the `findings` jsonb of every row in the window costs a jsonb parse
-- per row; a million-decision ledger is then seconds per chart. So the enforcer writes them once, at
-- insert, as small columns (they never change after): the aggregates unnest short arrays instead.
-- types: the distinct finding types; disguises: the disguise families undone; recognizers: those that found
-- something; language: context.language (the surface's language); conversation_id: context.conversationId,
-- the stream room or the hook's channel; before_contract: no active or closed contract in the context.
-- (The migrator splits statements at a line-final semicolon, so no comment follows one.)
ALTER TABLE decisions ADD COLUMN IF NOT EXISTS types text[] NOT NULL DEFAULT '{}';
ALTER TABLE decisions ADD COLUMN IF NOT EXISTS disguises text[] NOT NULL DEFAULT '{}';
ALTER TABLE decisions ADD COLUMN IF NOT EXISTS recognizers text[] NOT NULL DEFAULT '{}';
ALTER TABLE decisions ADD COLUMN IF NOT EXISTS language text;
ALTER TABLE decisions ADD COLUMN IF NOT EXISTS conversation_id text;
ALTER TABLE decisions ADD COLUMN IF NOT EXISTS before_contract boolean NOT NULL DEFAULT true;

-- Existing rows, from what they stored.
UPDATE decisions SET
  types = ARRAY(SELECT DISTINCT f->>'type' FROM jsonb_array_elements(findings) f WHERE f->>'type' IS NOT NULL ORDER BY 1),
  disguises = ARRAY(SELECT DISTINCT g FROM jsonb_array_elements(findings) f, jsonb_array_elements_text(coalesce(f->'evidence'->'disguises', '[]'::jsonb)) g ORDER BY 1),
  recognizers = ARRAY(SELECT DISTINCT f->>'recognizer' FROM jsonb_array_elements(findings) f WHERE f->>'recognizer' IS NOT NULL ORDER BY 1),
  before_contract = coalesce(context->'contract'->>'status', 'none') NOT IN ('active', 'closed')
WHERE jsonb_array_length(findings) > 0 OR context->'contract' IS NOT NULL;

-- False-alarm reports: the sender says "this is not contact information" about a recorded decision. The
-- decision goes to the review queue; the reviewer's verdict is kept here (upheld: it was contact
-- information; overturned: a false alarm, whose violation, if any, is overturned). Status: pending | upheld | overturned.
CREATE TABLE IF NOT EXISTS disputes (
  id           text PRIMARY KEY,
  decision_id  text NOT NULL UNIQUE REFERENCES decisions (id),
  account_id   text,
  reason       text,
  status       text NOT NULL DEFAULT 'pending',
  created_at   timestamptz NOT NULL DEFAULT now(),
  resolved_by  text,
  note         text,
  resolved_at  timestamptz
);
CREATE INDEX IF NOT EXISTS disputes_status ON disputes (status, created_at);
CREATE INDEX IF NOT EXISTS disputes_created_at ON disputes (created_at);
