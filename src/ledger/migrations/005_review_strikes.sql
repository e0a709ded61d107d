-- Issue 16, defect 9: a held (`review`) decision is not a strike until a reviewer upholds it or its
-- review time-out passes. Its violation is stored at once (so the types and the decision are kept),
-- but with status `held`; it counts only once it becomes `active`. An allowed review makes it
-- `dismissed`. Statuses now: held | active | dismissed | overturned.
ALTER TABLE violations ADD COLUMN IF NOT EXISTS held_at timestamptz;
ALTER TABLE violations ADD COLUMN IF NOT EXISTS review_due_at timestamptz;
CREATE INDEX IF NOT EXISTS violations_held ON violations (account_id, review_due_at) WHERE status = 'held';

-- The standing cache says how many strikes wait for a reviewer, and when the earliest of them
-- times out (the ledger settles due ones lazily when it next reads or writes the account).
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS pending_review integer NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS review_due_at timestamptz;

-- Existing ledgers: violations recorded for held decisions before this change. Those still waiting
-- become held (due 7 days after they were made: the preset default, as the ledger cannot read the
-- preset here); those a reviewer allowed are dismissed; rejected ones stay active.
UPDATE violations v SET status = 'held', held_at = v.created_at, review_due_at = v.created_at + interval '7 days'
FROM decisions d WHERE d.id = v.decision_id AND d.decision = 'review' AND d.review_status = 'pending' AND v.status = 'active';

UPDATE violations v SET status = 'dismissed'
FROM decisions d WHERE d.id = v.decision_id AND d.decision = 'review' AND d.review_status = 'allowed' AND v.status = 'active';

-- Their accounts' cached standing is now stale: due "now", so the next read recomputes it from the
-- violations table with the preset's ladder.
UPDATE accounts a SET review_due_at = now()
WHERE EXISTS (SELECT 1 FROM violations v WHERE v.account_id = a.id AND v.status IN ('held', 'dismissed'));
