import type { DataSource } from 'typeorm';

/** How many sign-in attempts a key may make within one window before it must wait for the next. */
export interface LoginLimits {
  perEmail: number;
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perEmail: 5, perAddress: 30, windowSeconds: 15 * 60 };

// One statement reserves an attempt for every key: the row lock of INSERT … ON CONFLICT DO UPDATE
// serialises parallel sign-ins, so of 50 simultaneous guesses exactly `limit` get a number within the
// limit and only those are checked against the password. A window that has passed starts again at 1.
// Keys are sorted so two requests never lock the same rows in opposite order.
const RESERVE_SQL = `
  INSERT INTO login_throttle AS t (key, window_started_at, attempts)
  SELECT key, now(), 1 FROM unnest($1::text[]) AS key ORDER BY key
  ON CONFLICT (key) DO UPDATE SET
    attempts = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE t.attempts + 1 END,
    window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END
  RETURNING t.key, t.attempts, GREATEST(1, ceil(extract(epoch FROM t.window_started_at + make_interval(secs => $2) - now())))::int AS retry_after`;

/**
 * Sign-in attempts per e-mail and per client address, counted in PostgreSQL so that the limit is
 * atomic under parallel requests and shared by every API process on the database. An attempt is
 * counted before the password is checked; a successful sign-in clears its e-mail's count and gives
 * back its address's attempt.
 */
export class LoginRateLimit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  static keys(email: string, address: string): { email: string; address: string } {
    return { email: `email:${email.trim().toLowerCase()}`, address: `ip:${address}` };
  }

  /** Counts one attempt; the seconds to wait when it is over the limit, 0 when it may go ahead. */
  async reserve(keys: { email: string; address: string }): Promise<number> {
    const rows = (await this.dataSource.query(RESERVE_SQL, [[keys.email, keys.address], this.limits.windowSeconds])) as {
      key: string;
      attempts: number;
      retry_after: number;
    }[];
    let wait = 0;
    for (const row of rows) {
      const limit = row.key === keys.email ? this.limits.perEmail : this.limits.perAddress;
      if (row.attempts > limit) wait = Math.max(wait, row.retry_after);
    }
    return wait;
  }

  async succeeded(keys: { email: string; address: string }): Promise<void> {
    await this.dataSource.query(
      `WITH cleared AS (DELETE FROM login_throttle WHERE key = $1)
       UPDATE login_throttle SET attempts = GREATEST(attempts - 1, 0) WHERE key = $2`,
      [keys.email, keys.address],
    );
  }
}
