// SQL of the reporting module.

/**
 * Who should be reminded of which round on $1 (today): each user whose membership acts for the lead
 * organisation of a project that must report (APPROVED, EXECUTION, ROLLOUT) and has not submitted
 * for the round's period, for rounds whose reminder window has opened and not yet closed ($2 = days
 * after the due date that an overdue reminder may still go). A closed round reminds nobody.
 */
export const REMINDER_RECIPIENTS_SQL = `
SELECT r.id AS round_id, r.period, r.due_date::text AS due_date, r.reminder_days_before,
       prog.id AS programme_id, prog.name AS programme_name, prog.currency,
       p.id AS project_id, p.code, p.title, u.id AS user_id, u.email, u.name, u.language
  FROM reporting_rounds r
  JOIN programmes prog ON prog.id = r.programme_id
  JOIN projects p ON p.programme_id = r.programme_id AND p.phase IN ('APPROVED', 'EXECUTION', 'ROLLOUT')
  JOIN participations pa ON pa.project_id = p.id AND 'LEAD' = ANY (pa.roles)
  JOIN memberships m ON m.programme_id = r.programme_id AND m.organisation_id = pa.organisation_id
  JOIN users u ON u.id = m.user_id AND u.active
 WHERE r.closed_at IS NULL AND r.due_date - r.reminder_days_before <= $1::date AND r.due_date + $2::int >= $1::date
   AND NOT EXISTS (SELECT 1 FROM status_reports s WHERE s.project_id = p.id AND s.period = r.period AND s.state IN ('SUBMITTED', 'APPROVED'))
 ORDER BY r.due_date, p.code, u.email`;

/** Records a reminder once per user and key; returns the id only when this call inserted it. */
export const INSERT_NOTIFICATION_SQL = `
INSERT INTO notifications (user_id, kind, dedupe_key, title, body, link) VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING id`;

export const INSERT_MAIL_SQL = `INSERT INTO outbox_mails (recipient, subject, body) VALUES ($1, $2, $3)`;

/** Unsent mails, locked for this sender: another process skips them while this one delivers. */
export const CLAIM_UNSENT_MAILS_SQL = `
SELECT id, recipient, subject, body FROM outbox_mails WHERE sent_at IS NULL AND attempts < 10
 ORDER BY created_at LIMIT 100 FOR UPDATE SKIP LOCKED`;
export const MARK_SENT_SQL = `UPDATE outbox_mails SET sent_at = now(), attempts = attempts + 1, error = NULL WHERE id = $1`;
export const MARK_FAILED_SQL = `UPDATE outbox_mails SET attempts = attempts + 1, error = $2 WHERE id = $1`;

export const MARK_READ_SQL = `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`;
export const MARK_ALL_READ_SQL = `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`;
