import type { MigrationInterface, QueryRunner } from 'typeorm';

// Public dashboard history (issue 15): closing a reporting round keeps the open-data feed as it stood
// as that period's snapshot. Generated from the entities, then by hand: anyone reads a snapshot (it is
// published data); the app role may insert one for a programme the user is a member of (the office
// closes the round) but never update or delete it; the insert is audited.

export class OpenDataSnapshots1795590000000 implements MigrationInterface {
  name = 'OpenDataSnapshots1795590000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "open_data_snapshots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programme_id" uuid NOT NULL, "period" text NOT NULL, "feed" jsonb NOT NULL, CONSTRAINT "uq_open_data_snapshots_programme_period" UNIQUE ("programme_id", "period"), CONSTRAINT "ck_open_data_snapshots_period" CHECK ("period" ~ '^[0-9]{4}-H[12]$'), CONSTRAINT "PK_df2c63a3bb56fe817ee43d0504e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "reporting_rounds" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "reporting_rounds" ADD "closed_by_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "open_data_snapshots" ADD CONSTRAINT "FK_1bbf0a0fd3457ff9369db8e4ed6" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON open_data_snapshots TO tvaers_app`);
    await queryRunner.query(
      `CREATE TRIGGER audit_open_data_snapshots AFTER INSERT OR UPDATE OR DELETE ON open_data_snapshots FOR EACH ROW EXECUTE FUNCTION audit_row_change()`,
    );
    await queryRunner.query(`ALTER TABLE open_data_snapshots ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY open_data_snapshots_published ON open_data_snapshots FOR SELECT USING (true)`);
    await queryRunner.query(
      `CREATE POLICY open_data_snapshots_by_members ON open_data_snapshots FOR INSERT
         WITH CHECK (coalesce(current_setting('tvaers.role', true), '') IN ('ADMIN', 'SYSTEM') OR programme_id = ANY ((SELECT tvaers_my_programmes())::uuid[]))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY open_data_snapshots_by_members ON open_data_snapshots`);
    await queryRunner.query(`DROP POLICY open_data_snapshots_published ON open_data_snapshots`);
    await queryRunner.query(`DROP TRIGGER audit_open_data_snapshots ON open_data_snapshots`);
    await queryRunner.query(`ALTER TABLE "open_data_snapshots" DROP CONSTRAINT "FK_1bbf0a0fd3457ff9369db8e4ed6"`);
    await queryRunner.query(`ALTER TABLE "reporting_rounds" DROP COLUMN "closed_by_id"`);
    await queryRunner.query(`ALTER TABLE "reporting_rounds" DROP COLUMN "closed_at"`);
    await queryRunner.query(`DROP TABLE "open_data_snapshots"`);
  }
}
