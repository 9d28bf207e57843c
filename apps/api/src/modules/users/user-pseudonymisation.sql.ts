// pseudonymiseUser's statements (user-pseudonymisation.service.ts).

export const LOCK_USER_SQL = `SELECT email FROM users WHERE id = $1 FOR UPDATE`;

export const PSEUDONYMISATION_OF_SQL = `SELECT number FROM user_pseudonymisations WHERE id = $1`;

export const RECORD_PSEUDONYMISATION_SQL = `INSERT INTO user_pseudonymisations (id, reason) VALUES ($1, $2) RETURNING number`;

/** Name and e-mail replaced, sign-in closed (no password, inactive); the version moves as for any edit. */
export const FORGET_USER_SQL = `
UPDATE users SET name = $2, email = $3, active = false, password_hash = NULL, language = NULL,
                 version = version + 1, updated_at = now()
 WHERE id = $1`;

/** Mail not yet delivered to them (and delivered mail kept for the administrator) loses address and text. */
export const SCRUB_OUTBOX_SQL = `UPDATE outbox_mails SET recipient = $2, subject = $3, body = $3 WHERE lower(recipient) = lower($1)`;

/** Sign-in traces that name them: the password throttle's count by e-mail, unredeemed single sign-on codes. */
export const FORGET_SIGN_IN_SQL = `
WITH throttle AS (DELETE FROM login_throttle WHERE key = 'email:' || lower($2))
DELETE FROM sign_in_codes WHERE user_id = $1`;
