import { performance } from "node:perf_hooks";
import type { Db } from "../../src/ledger/db.js";

/*
 * The benchmark's ledger (bench/stats/run.ts): N decisions made in SQL, seeded, over the 90 days before
 * `now`, with the mix described there. Both engines run it (plain generate_series and random()).
 */

const CHUNK = 100_000;

/**
 * One chunk of decisions, [lo, hi]. Every random draw comes from the inner SELECT (one per column), so
 * the outer expressions see consistent values per row.
 */
const FILL = `
INSERT INTO decisions (id, request_id, sender_id, recipient_id, surface, decision, violation, clauses, findings, context, message,
  text_hash, redacted_text, policy_id, policy_version, review_status, created_at, shadow,
  types, disguises, recognizers, language, conversation_id, before_contract)
SELECT 'bench-' || i, 'req-' || i, sender, recipient, surface, decision, violation, clauses,
  CASE WHEN violation THEN (
    SELECT jsonb_agg(jsonb_build_object('type', t, 'start', 11, 'end', 25, 'confidence', 0.93, 'clause', (ARRAY['C1','C2','C4','C5','C6','C9'])[array_position(ARRAY['phone','email','messenger','social','contact_link','off_platform'], t)],
      'recognizer', (ARRAY['phone.libphonenumber','email.pattern','handle.invite','handle.short_path','link.apply_elsewhere','phrase.off_platform'])[array_position(ARRAY['phone','email','messenger','social','contact_link','off_platform'], t)],
      'valueHash', 'hmac-sha256:' || md5(i::text) || md5(t), 'evidence', jsonb_build_object('disguises', to_jsonb(disguises), 'contextWords', '[]'::jsonb)))
    FROM unnest(types) t) ELSE '[]'::jsonb END,
  jsonb_build_object('surface', surface, 'sender', jsonb_build_object('id', sender, 'role', 'freelancer', 'plan', 'basic'),
    'recipient', jsonb_build_object('id', recipient, 'role', 'client', 'plan', 'plus'),
    'contract', jsonb_build_object('status', CASE WHEN before_contract THEN 'none' ELSE 'active' END), 'relationship', null, 'exception', null,
    'document', null, 'historyLength', 3, 'now', null, 'conversationId', conversation_id, 'language', language),
  CASE WHEN violation THEN 'Sharing contact details before a contract is not allowed here (C1). Keep the conversation on the platform.' ELSE '' END,
  md5(i::text) || md5((i + 1)::text),
  CASE WHEN violation THEN 'Sure, reach me at [phone hidden] after six' ELSE NULL END,
  'marketplace-default', '2026-12-07.1',
  CASE WHEN decision = 'review' AND NOT shadow THEN (ARRAY['pending', 'allowed', 'rejected', 'rejected'])[1 + floor(r_review * 4)::int] END,
  created_at, shadow, types, disguises,
  ARRAY(SELECT (ARRAY['phone.libphonenumber','email.pattern','handle.invite','handle.short_path','link.apply_elsewhere','phrase.off_platform'])[array_position(ARRAY['phone','email','messenger','social','contact_link','off_platform'], t)] FROM unnest(types) t ORDER BY 1),
  language, conversation_id, before_contract
FROM (
  SELECT i, violation, shadow, created_at, surface, sender, recipient, language, before_contract, r_review,
    CASE WHEN surface = 'message' THEN 'room-' || floor(r_conv * 150000)::int END AS conversation_id,
    CASE WHEN NOT violation THEN 'allow' WHEN r_decision < 0.6 THEN 'warn' WHEN r_decision < 0.85 THEN 'block' WHEN r_decision < 0.95 THEN 'redact' ELSE 'review' END AS decision,
    CASE WHEN violation THEN ARRAY[(ARRAY['C1','C2','C4','C5','C6','C9'])[type_i]] || CASE WHEN second THEN ARRAY['C2'] ELSE ARRAY[]::text[] END ELSE ARRAY[]::text[] END AS clauses,
    CASE WHEN violation THEN ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[(ARRAY['phone','email','messenger','social','contact_link','off_platform'])[type_i]] || CASE WHEN second THEN ARRAY['email'] ELSE ARRAY[]::text[] END) x ORDER BY 1) ELSE ARRAY[]::text[] END AS types,
    CASE WHEN violation AND r_disguise < 0.3 THEN ARRAY[(ARRAY['number_word','spacing','spelled_at_dot','leet','confusable','invisible','digit_script','enclosed_digit'])[1 + floor(r_disguise / 0.3 * 8)::int]] ELSE ARRAY[]::text[] END AS disguises
  FROM (
    SELECT i, r_violation < 0.10 AS violation, r_shadow < 0.10 AS shadow,
      $3::timestamptz - interval '90 days' + ((i - 1 + r_time) / $4::float8) * interval '90 days' AS created_at,
      CASE WHEN r_surface < 0.70 THEN 'message' WHEN r_surface < 0.82 THEN 'proposal' WHEN r_surface < 0.88 THEN 'profile' WHEN r_surface < 0.94 THEN 'job_post'
           WHEN r_surface < 0.97 THEN 'invite' ELSE 'attachment' END AS surface,
      'fl-' || floor(r_sender * r_sender * 60000)::int AS sender, 'cl-' || floor(r_recipient * 30000)::int AS recipient,
      CASE WHEN r_lang < 0.60 THEN 'en' WHEN r_lang < 0.75 THEN 'es' WHEN r_lang < 0.83 THEN 'pt-BR' WHEN r_lang < 0.88 THEN 'de' WHEN r_lang < 0.92 THEN 'fr' END AS language,
      r_contract < 0.7 AS before_contract, r_review, r_conv, r_decision, r_disguise,
      CASE WHEN r_type < 0.45 THEN 1 WHEN r_type < 0.65 THEN 2 WHEN r_type < 0.80 THEN 3 WHEN r_type < 0.88 THEN 4 WHEN r_type < 0.95 THEN 5 ELSE 6 END AS type_i,
      r_second < 0.12 AS second
    FROM (
      SELECT i, random() AS r_violation, random() AS r_shadow, random() AS r_time, random() AS r_surface, random() AS r_sender, random() AS r_recipient,
        random() AS r_lang, random() AS r_contract, random() AS r_review, random() AS r_conv, random() AS r_decision, random() AS r_disguise,
        random() AS r_type, random() AS r_second
      FROM generate_series($1::int, $2::int) AS i
    ) draws
  ) base
) mixed`;

const DISPUTES = `
INSERT INTO disputes (id, decision_id, account_id, reason, status, created_at, resolved_by, resolved_at)
SELECT 'dispute-' || id, id, sender_id, 'it is not contact information', status, created_at + interval '1 hour',
  CASE WHEN status <> 'pending' THEN 'reviewer-1' END, CASE WHEN status <> 'pending' THEN created_at + interval '1 day' END
FROM (
  SELECT id, sender_id, created_at, CASE WHEN r < 0.35 THEN 'overturned' WHEN r < 0.8 THEN 'upheld' ELSE 'pending' END AS status
  FROM (SELECT id, sender_id, created_at, random() AS r, random() AS pick FROM decisions WHERE violation AND NOT shadow) v WHERE pick < 0.03
) d`;

export async function fill(db: Db, n: number, now: Date): Promise<void> {
  const t0 = performance.now();
  await db.query("SELECT setseed(0.42)");
  for (let lo = 1; lo <= n; lo += CHUNK) {
    const hi = Math.min(n, lo + CHUNK - 1);
    await db.query(FILL, [lo, hi, now.toISOString(), n]);
    process.stdout.write(`\r  filled ${hi.toLocaleString("en")} / ${n.toLocaleString("en")} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  await db.query(DISPUTES);
  process.stdout.write("\n");
  const t1 = performance.now();
  await db.query(db.kind === "postgres" ? "VACUUM ANALYZE decisions" : "VACUUM ANALYZE");
  await db.query("ANALYZE disputes");
  console.log(`  filled in ${((t1 - t0) / 1000).toFixed(1)} s, vacuum/analyze ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  const [mix] = await db.query<Record<string, string>>(
    `SELECT count(*) AS decisions, count(*) FILTER (WHERE violation) AS violations, count(*) FILTER (WHERE shadow) AS shadow,
       count(DISTINCT sender_id) AS senders, count(DISTINCT conversation_id) AS rooms, (SELECT count(*) FROM disputes) AS disputes,
       pg_size_pretty(pg_total_relation_size('decisions')) AS size
     FROM decisions`,
  );
  console.log(`  mix: ${JSON.stringify(mix)}`);
}

