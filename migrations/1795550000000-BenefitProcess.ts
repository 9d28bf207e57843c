import type { MigrationInterface, QueryRunner } from 'typeorm';

// A benefit names the work process it improves (a KLE code or the programme's own), so that two projects
// claiming the same saving for the same receiver are found; the index serves that look-up.

export class BenefitProcess1795550000000 implements MigrationInterface {
  name = 'BenefitProcess1795550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "benefits" ADD "process" text`);
    await queryRunner.query(
      `CREATE INDEX "ix_benefits_receiver_process" ON "benefits" ("receiver_id", "process") WHERE "process" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_benefits_receiver_process"`);
    await queryRunner.query(`ALTER TABLE "benefits" DROP COLUMN "process"`);
  }
}
