import type { MigrationInterface, QueryRunner } from 'typeorm';

// The session's programmes as a view the policies read, instead of a function they call (issue 16).
// Every programme-scoped policy asked `(SELECT tvaers_my_programmes())`: a SQL function that runs as the
// owner with its own search_path, so PostgreSQL cannot inline it and runs it as a call of its own once
// per table of each statement. A project's page reads seven such tables: its statement as a member cost
// 1.81 ms of PostgreSQL's CPU with the function and 1.64 ms with the view (`npm run bench:statement`,
// 5 rounds of 3,000 executions, medians; 1.48 ms as the owner), and at 10 connections in bench:peer
// PostgreSQL's CPU per page went from 2.30 to 1.98 ms. The cost shows when each statement is a transaction
// of its own, as the API's are; inside one open transaction the calls were cheap (measured, not explained).
// The view is planned with the statement, once, into the cached plan; what it reads and answers is what
// the function did.
//
// The view runs with its owner's rights, as the function did, so it reads memberships without their own
// policy (no recursion: the memberships policy uses it too). It is a security barrier: a query on it with
// a function of its own in the WHERE cannot see the rows of other users before the view has filtered them.
// tvaers_my_programmes() stays for its other callers (the audit trail's filter, open-data snapshots, the
// status-report policy's helpers) and now reads the same view, so "my programmes" is said once.

const USER_ID = `nullif(current_setting('tvaers.user_id', true), '')::uuid`;

/** Table → the column holding its programme; every policy named <table>_of_my_programmes. */
const POLICIES: Record<string, string> = Object.fromEntries([
  ['programmes', 'id'],
  ...[
    'tracks',
    'projects',
    'memberships',
    'reporting_rounds',
    'participations',
    'budget_lines',
    'cost_actuals',
    'benefits',
    'milestones',
    'adoptions',
    'baselines',
    'risks',
    'project_issues',
    'gate_decisions',
    'benefit_reports',
    'attachments',
    'project_year_rollups',
    'project_rollups',
    'project_receiver_rollups',
    'benefit_targets',
    'benefit_measurements',
    'benefit_forecasts',
  ].map((table) => [table, 'programme_id']),
]);

const SEES_ALL = '(SELECT tvaers_sees_all())';
const BY_VIEW = (column: string) => `${SEES_ALL} OR ${column} = ANY (ARRAY(SELECT programme_id FROM tvaers_session_programmes))`;
const BY_FUNCTION = (column: string) => `${SEES_ALL} OR ${column} = ANY ((SELECT tvaers_my_programmes())::uuid[])`;

async function setPolicies(queryRunner: QueryRunner, visible: (column: string) => string): Promise<void> {
  for (const [table, column] of Object.entries(POLICIES))
    await queryRunner.query(`ALTER POLICY ${table}_of_my_programmes ON ${table} USING (${visible(column)})`);
}

export class SessionProgrammesView1796340000000 implements MigrationInterface {
  name = 'SessionProgrammesView1796340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIEW tvaers_session_programmes WITH (security_barrier) AS
      SELECT programme_id FROM memberships WHERE user_id = ${USER_ID}`);
    await queryRunner.query(`REVOKE ALL ON tvaers_session_programmes FROM PUBLIC`);
    await queryRunner.query(`GRANT SELECT ON tvaers_session_programmes TO tvaers_app`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION tvaers_my_programmes() RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public AS $$
      SELECT coalesce(array_agg(programme_id), '{}') FROM tvaers_session_programmes $$`);
    await setPolicies(queryRunner, BY_VIEW);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await setPolicies(queryRunner, BY_FUNCTION);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION tvaers_my_programmes() RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public AS $$
      SELECT coalesce(array_agg(programme_id), '{}') FROM memberships WHERE user_id = ${USER_ID} $$`);
    await queryRunner.query(`DROP VIEW tvaers_session_programmes`);
  }
}
