import type { MigrationInterface, QueryRunner } from 'typeorm';

// Sign-in state that every API process must share (so it lives in PostgreSQL, not in memory):
// - oidc_sign_ins: one row per started single sign-on (state, PKCE verifier, nonce), used once, for 10 minutes;
// - sign_in_codes: the one-time code with which the web app picks up the session after the provider's callback;
// - ended_sessions: session tokens signed out before they expire (checked on every request);
// - oidc_sessions: the provider's ID token of a session, for its end-session endpoint at sign-out.
export class SignInSessions1795520000000 implements MigrationInterface {
  name = 'SignInSessions1795520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE oidc_sign_ins (state text PRIMARY KEY, code_verifier text NOT NULL, nonce text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(
      `CREATE TABLE sign_in_codes (code text PRIMARY KEY, user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE, id_token text, created_at timestamptz NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(`CREATE TABLE ended_sessions (session_id text PRIMARY KEY, expires_at timestamptz NOT NULL)`);
    await queryRunner.query(
      `CREATE TABLE oidc_sessions (session_id text PRIMARY KEY, id_token text NOT NULL, expires_at timestamptz NOT NULL)`,
    );
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON oidc_sign_ins, sign_in_codes, ended_sessions, oidc_sessions TO tvaers_app`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE oidc_sessions`);
    await queryRunner.query(`DROP TABLE ended_sessions`);
    await queryRunner.query(`DROP TABLE sign_in_codes`);
    await queryRunner.query(`DROP TABLE oidc_sign_ins`);
  }
}
