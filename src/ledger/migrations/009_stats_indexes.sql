-- Issue 20: the leakage dashboard (GET /v1/stats, ledger/leakage-stats.ts) reads a window of decisions
-- (30 days by default) five times over, for its days, keys, conversations, senders and recognizers. Through
-- decisions_created_at each pass read the whole rows from the heap (jsonb findings and context, texts:
-- about 850 bytes a row); this index carries the window's key and every column the dashboard and the log's
-- filters read, so the passes are index-only scans of about 160 bytes a row.
-- Measured (bench/stats, a million decisions over 90 days, PostgreSQL 15, a shared 2-core machine):
-- 30 days unfiltered 2.4-3.6 s before, about 1.2 s after (docs/performance.md).
-- It has the same key as decisions_created_at (006), which the decision log's from/to filter keeps using
-- through this one, so that index is dropped: the write path still maintains one index on created_at.
-- On an existing ledger the build takes a few seconds per million rows (writes wait for it).
CREATE INDEX IF NOT EXISTS decisions_created_at_stats ON decisions (created_at)
  INCLUDE (shadow, violation, before_contract, surface, decision, language, sender_id, recipient_id, conversation_id, review_status, types, disguises, clauses, recognizers, id);
DROP INDEX IF EXISTS decisions_created_at;
