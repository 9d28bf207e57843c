import type { MigrationInterface, QueryRunner } from 'typeorm';

// Returned status reports carry the reason the author must act on.
export class StatusReportReturnReason1795469731767 implements MigrationInterface {
  name = 'StatusReportReturnReason1795469731767';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "status_reports" ADD "return_reason" text`);
    // Reports returned before this migration have no recorded reason; say so rather than invent one.
    await queryRunner.query(
      `UPDATE "status_reports" SET "return_reason" = 'Returned before reasons were recorded' WHERE "state" = 'RETURNED'`,
    );
    await queryRunner.query(
      `ALTER TABLE "status_reports" ADD CONSTRAINT "ck_status_reports_return_reason" CHECK ("state" <> 'RETURNED' OR length(trim("return_reason")) > 0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "status_reports" DROP CONSTRAINT "ck_status_reports_return_reason"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP COLUMN "return_reason"`);
  }
}
