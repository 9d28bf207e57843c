import type { MigrationInterface, QueryRunner } from 'typeorm';

// Each API process keeps the users it looked up for requests (issue 16: the lookup was one of a project
// page's two statements). Whatever tvaers_signed_in_user reads — users, memberships, ended sessions —
// changed by any process, a migration or by hand, tells every process at commit (LISTEN/NOTIFY on
// tvaers_signed_in_users) to forget what it holds. PostgreSQL folds the notices of one transaction into one.

const TABLES = ['users', 'memberships', 'ended_sessions'];

export class SignedInUserChanges1795630000000 implements MigrationInterface {
  name = 'SignedInUserChanges1795630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION tvaers_signed_in_users_changed() RETURNS trigger
      LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('tvaers_signed_in_users', ''); RETURN NULL; END $$`);
    for (const table of TABLES) {
      await queryRunner.query(`CREATE TRIGGER ${table}_signed_in_users_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION tvaers_signed_in_users_changed()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER ${table}_signed_in_users_changed ON ${table}`);
    await queryRunner.query(`DROP FUNCTION tvaers_signed_in_users_changed()`);
  }
}
