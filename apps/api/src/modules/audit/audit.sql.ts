// Verification recomputes every hash with the same SQL functions that appended it (audit_canonical,
// audit_hash from the migration) and checks the links, that no sequence number is missing, and that the
// last event is the one the chain head names (so deleting the newest events is caught too).
export const VERIFY_AUDIT_CHAIN_SQL = `
WITH chain AS (
  SELECT e.sequence, e.previous_hash, e.hash,
         audit_hash(e.previous_hash, audit_canonical(e)) AS recomputed,
         lag(e.hash) OVER (ORDER BY e.sequence) AS prior_hash,
         lag(e.sequence) OVER (ORDER BY e.sequence) AS prior_sequence,
         row_number() OVER (ORDER BY e.sequence) AS position
    FROM audit_events e)
SELECT (SELECT count(*) FROM chain)::int AS checked,
       (SELECT sequence::text FROM chain c
         WHERE c.hash <> c.recomputed
            OR c.previous_hash <> coalesce(c.prior_hash, repeat('0', 64))
            OR (c.prior_sequence IS NOT NULL AND c.sequence <> c.prior_sequence + 1)
         ORDER BY c.sequence LIMIT 1) AS first_broken,
       (SELECT CASE
                 WHEN c.hash <> c.recomputed THEN 'the event was changed after it was written'
                 WHEN c.prior_sequence IS NOT NULL AND c.sequence <> c.prior_sequence + 1 THEN 'events before it are missing'
                 ELSE 'it does not link to the event before it'
               END
          FROM chain c
         WHERE c.hash <> c.recomputed
            OR c.previous_hash <> coalesce(c.prior_hash, repeat('0', 64))
            OR (c.prior_sequence IS NOT NULL AND c.sequence <> c.prior_sequence + 1)
         ORDER BY c.sequence LIMIT 1) AS reason,
       (SELECT h.sequence::text FROM audit_chain_head h) AS head_sequence,
       (SELECT h.hash FROM audit_chain_head h) AS head_hash,
       (SELECT c.sequence::text FROM chain c ORDER BY c.sequence DESC LIMIT 1) AS last_sequence,
       (SELECT c.hash FROM chain c ORDER BY c.sequence DESC LIMIT 1) AS last_hash`;

/**
 * The actor is shown from the user register (a pseudonymised user as their pseudonym), whatever the
 * event's form hashed; work without a user shows 'system' or 'anonymous'.
 * Events of a project (the row itself and rows with its project_id) or a programme; newest first. A
 * member ($7 false) sees only events of rows in their programmes: the programme, its tracks, projects
 * and memberships (programme_id), the projects' rows (project_id) and the benefits' rows (benefit_id).
 * Each helper is a sub-select, computed once per statement: called bare, PostgreSQL calls a STABLE
 * function again for every event it tests, and tvaers_my_benefits() is an array of every benefit id.
 */
export const AUDIT_EVENTS_SQL = `
SELECT e.sequence::text, e.at, coalesce(u.email, e.actor_email) AS actor_email, e.operation, e.action, e.entity_type, e.entity_id,
       e.before, e.after, e.hash
  FROM audit_events e
  LEFT JOIN users u ON u.id = e.actor_id
 WHERE ($1::uuid IS NULL OR e.entity_id = $1 OR coalesce(e.after, e.before)->>'project_id' = $1::text)
   AND ($2::uuid IS NULL OR e.entity_id = $2 OR coalesce(e.after, e.before)->>'programme_id' = $2::text
        OR coalesce(e.after, e.before)->>'project_id' IN (SELECT id::text FROM projects WHERE programme_id = $2))
   AND ($3::text IS NULL OR e.entity_type = $3)
   AND ($4::text IS NULL OR coalesce(u.email, e.actor_email) ILIKE $4)
   AND ($5::bigint IS NULL OR e.sequence < $5)
   AND ($7::boolean
        OR (e.entity_type = 'programmes' AND e.entity_id::text = ANY ((SELECT tvaers_my_programmes())::text[]))
        OR coalesce(e.after, e.before)->>'programme_id' = ANY ((SELECT tvaers_my_programmes())::text[])
        OR coalesce(e.after, e.before)->>'project_id' = ANY ((SELECT tvaers_my_projects())::text[])
        OR coalesce(e.after, e.before)->>'benefit_id' = ANY ((SELECT tvaers_my_benefits())::text[]))
 ORDER BY e.sequence DESC
 LIMIT $6`;

// Signed checkpoints (issue 21). One transaction-scoped lock keeps two processes from signing at once.
export const CHECKPOINT_LOCK_SQL = `SELECT pg_advisory_xact_lock(7305412)`;

/** The chain head and the newest checkpoint, for deciding whether a checkpoint is due. */
export const CHECKPOINT_STATE_SQL = `
SELECT h.sequence::text AS head_sequence, h.hash AS head_hash,
       c.sequence::text AS last_sequence, c.signed_at AS last_signed_at, c.key_id AS last_key_id
  FROM audit_chain_head h
  LEFT JOIN LATERAL (SELECT * FROM audit_checkpoints ORDER BY id DESC LIMIT 1) c ON true`;

export const REGISTER_SIGNING_KEY_SQL = `
INSERT INTO audit_signing_keys (key_id, public_key) VALUES ($1, $2) ON CONFLICT (key_id) DO NOTHING`;

export const INSERT_CHECKPOINT_SQL = `
INSERT INTO audit_checkpoints (sequence, hash, signed_at, key_id, signature) VALUES ($1, $2, $3, $4, $5)`;

export const CHECKPOINTS_SQL = `
SELECT sequence::text, hash, signed_at, key_id, signature FROM audit_checkpoints ORDER BY id`;

export const LATEST_CHECKPOINT_SQL = `
SELECT sequence::text, hash, signed_at, key_id, signature FROM audit_checkpoints ORDER BY id DESC LIMIT 1`;

export const SIGNING_KEYS_SQL = `
SELECT key_id, public_key, first_used_at FROM audit_signing_keys ORDER BY first_used_at, key_id`;

/** The first checkpoint the chain does not pass through: its event is missing or has another hash. */
export const CHECKPOINT_MISMATCH_SQL = `
SELECT c.sequence::text, e.hash IS NULL AS missing
  FROM audit_checkpoints c
  LEFT JOIN audit_events e ON e.sequence = c.sequence
 WHERE c.sequence > 0 AND (e.hash IS NULL OR e.hash <> c.hash)
 ORDER BY c.sequence LIMIT 1`;
