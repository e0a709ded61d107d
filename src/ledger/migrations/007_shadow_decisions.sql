-- Issue 20: shadow mode. A shadow decision is made and recorded like any other (its `decision`,
-- `violation`, clauses, message and findings are what would have been enforced), but the caller was
-- answered `allow` and no violation row was written, so it never counts toward the ladder. The flag
-- lets the log and its counts tell "would have" from "did". Existing rows were all enforced.
ALTER TABLE decisions ADD COLUMN IF NOT EXISTS shadow boolean NOT NULL DEFAULT false;
