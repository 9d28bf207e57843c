import type { MigrationInterface, QueryRunner } from 'typeorm';

// The programme is the unit of access. A user's rights in a programme come from a membership
// (user, programme, role, organisation for a PARTNER); ADMIN stays platform-wide (users.role).
// Existing users keep what they had: a membership with their role in every programme.
//
// Row-level security is the second wall behind the services: the app's role sees the rows of the
// programmes the session's user is a member of (all for ADMIN and SYSTEM; all for PUBLIC, the open-data
// reader, which sees only approved status reports). The helper functions run as the owner
// (SECURITY DEFINER) so that they read memberships and projects without recursing into the policies.

const PROGRAMME_TABLES = ['programmes', 'tracks', 'projects', 'memberships'];
const PROJECT_TABLES = ['participations', 'budget_lines', 'cost_actuals', 'benefits', 'milestones', 'adoptions', 'baselines'];
const BENEFIT_TABLES = ['benefit_targets', 'benefit_measurements'];
const SEES_ALL = `coalesce(current_setting('tvaers.role', true), '') IN ('ADMIN', 'SYSTEM', 'PUBLIC')`;
const USER_ID = `nullif(current_setting('tvaers.user_id', true), '')::uuid`;

export class ProgrammeMemberships1795510000000 implements MigrationInterface {
  name = 'ProgrammeMemberships1795510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "role" text NOT NULL, "organisation_id" uuid, CONSTRAINT "uq_memberships_user_programme" UNIQUE ("user_id", "programme_id"), CONSTRAINT "ck_memberships_role" CHECK ("role" IN ('PROGRAMME_OFFICE', 'PARTNER', 'VIEWER', 'AUDITOR')), CONSTRAINT "ck_memberships_partner_organisation" CHECK (("role" = 'PARTNER') = ("organisation_id" IS NOT NULL)), CONSTRAINT "PK_memberships" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_memberships_programme" ON "memberships" ("programme_id") `);
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_memberships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_memberships_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_memberships_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON memberships TO tvaers_app`);
    await queryRunner.query(
      `CREATE TRIGGER audit_memberships AFTER INSERT OR UPDATE OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION audit_row_change()`,
    );
    await queryRunner.query(`INSERT INTO memberships (user_id, programme_id, role, organisation_id)
      SELECT u.id, p.id, u.role, CASE WHEN u.role = 'PARTNER' THEN u.organisation_id END FROM users u CROSS JOIN programmes p WHERE u.role <> 'ADMIN'`);

    await queryRunner.query(`CREATE FUNCTION tvaers_sees_all() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT ${SEES_ALL} $$`);
    await queryRunner.query(`CREATE FUNCTION tvaers_my_programmes() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
      SELECT coalesce(array_agg(programme_id), '{}') FROM memberships WHERE user_id = ${USER_ID} $$`);
    await queryRunner.query(`CREATE FUNCTION tvaers_my_projects() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
      SELECT coalesce(array_agg(id), '{}') FROM projects WHERE programme_id = ANY (tvaers_my_programmes()) $$`);
    await queryRunner.query(`CREATE FUNCTION tvaers_my_benefits() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
      SELECT coalesce(array_agg(id), '{}') FROM benefits WHERE project_id = ANY (tvaers_my_projects()) $$`);
    // The user's membership in the programme of a project: role and (for a PARTNER) organisation.
    await queryRunner.query(`CREATE FUNCTION tvaers_project_membership(project uuid, OUT role text, OUT organisation_id uuid) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
      SELECT m.role, m.organisation_id FROM projects p JOIN memberships m ON m.programme_id = p.programme_id AND m.user_id = ${USER_ID} WHERE p.id = project $$`);
    for (const function_ of [
      'tvaers_my_programmes()',
      'tvaers_my_projects()',
      'tvaers_my_benefits()',
      'tvaers_project_membership(uuid)',
      'tvaers_sees_all()',
    ]) {
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${function_} TO tvaers_app`);
    }

    const policy = async (table: string, visible: string) => {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      // The sub-select makes PostgreSQL compute the list once per statement, not once per row.
      await queryRunner.query(`CREATE POLICY ${table}_of_my_programmes ON ${table} USING (tvaers_sees_all() OR ${visible})`);
    };
    for (const table of PROGRAMME_TABLES)
      await policy(table, `${table === 'programmes' ? 'id' : 'programme_id'} = ANY ((SELECT tvaers_my_programmes())::uuid[])`);
    for (const table of PROJECT_TABLES) await policy(table, `project_id = ANY ((SELECT tvaers_my_projects())::uuid[])`);
    for (const table of BENEFIT_TABLES) await policy(table, `benefit_id = ANY ((SELECT tvaers_my_benefits())::uuid[])`);

    // Status reports: within the user's programmes, by the role the user has in that programme.
    await queryRunner.query(`DROP POLICY status_reports_by_role ON status_reports`);
    await queryRunner.query(`CREATE POLICY status_reports_by_role ON status_reports USING (
      coalesce(current_setting('tvaers.role', true), '') IN ('ADMIN', 'SYSTEM')
      OR (current_setting('tvaers.role', true) = 'PUBLIC' AND state = 'APPROVED')
      OR (project_id = ANY ((SELECT tvaers_my_projects())::uuid[]) AND (
            (tvaers_project_membership(project_id)).role IN ('PROGRAMME_OFFICE', 'AUDITOR')
         OR ((tvaers_project_membership(project_id)).role IN ('VIEWER', 'PARTNER') AND state IN ('SUBMITTED', 'APPROVED'))
         OR ((tvaers_project_membership(project_id)).role = 'PARTNER' AND EXISTS (
               SELECT 1 FROM participations pa
                WHERE pa.project_id = status_reports.project_id
                  AND pa.organisation_id = (tvaers_project_membership(status_reports.project_id)).organisation_id)))))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY status_reports_by_role ON status_reports`);
    await queryRunner.query(`CREATE POLICY status_reports_by_role ON status_reports USING (
      current_setting('tvaers.role', true) IN ('ADMIN', 'PROGRAMME_OFFICE', 'AUDITOR', 'SYSTEM')
      OR (current_setting('tvaers.role', true) IN ('VIEWER', 'PARTNER') AND state IN ('SUBMITTED', 'APPROVED'))
      OR (current_setting('tvaers.role', true) = 'PARTNER' AND EXISTS (
            SELECT 1 FROM participations pa
             WHERE pa.project_id = status_reports.project_id
               AND pa.organisation_id = nullif(current_setting('tvaers.organisation_id', true), '')::uuid)))`);
    for (const table of [...PROGRAMME_TABLES, ...PROJECT_TABLES, ...BENEFIT_TABLES]) {
      await queryRunner.query(`DROP POLICY ${table}_of_my_programmes ON ${table}`);
      if (table !== 'memberships') await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION tvaers_project_membership(uuid)`);
    await queryRunner.query(`DROP FUNCTION tvaers_my_benefits()`);
    await queryRunner.query(`DROP FUNCTION tvaers_my_projects()`);
    await queryRunner.query(`DROP FUNCTION tvaers_my_programmes()`);
    await queryRunner.query(`DROP FUNCTION tvaers_sees_all()`);
    await queryRunner.query(`DROP TABLE "memberships"`);
  }
}
