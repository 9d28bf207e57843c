import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammeFundOrganisation1795477395871 implements MigrationInterface {
  name = 'ProgrammeFundOrganisation1795477395871';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programmes" ADD "fund_organisation_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_programmes_fund_organisation" ON "programmes" ("fund_organisation_id")`);
    await queryRunner.query(
      `ALTER TABLE "programmes" ADD CONSTRAINT "FK_310d22c5d82d1119f86ddcaf047" FOREIGN KEY ("fund_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programmes" DROP CONSTRAINT "FK_310d22c5d82d1119f86ddcaf047"`);
    await queryRunner.query(`DROP INDEX "public"."ix_programmes_fund_organisation"`);
    await queryRunner.query(`ALTER TABLE "programmes" DROP COLUMN "fund_organisation_id"`);
  }
}
