-- Issue 19: the decision log is searched by date range (the console's from/to, GET /v1/decisions?from&to)
-- and charted over its last 30 days; without this, each such query reads the whole table. The other
-- new filters (type, clause, text) are not indexed on purpose: a GIN index would tax every insert of the
-- write path, and those filters run newest-first with a LIMIT, so a scan stops at the first page.
CREATE INDEX IF NOT EXISTS decisions_created_at ON decisions (created_at);
