import type { MigrationInterface, QueryRunner } from 'typeorm';

// Adoption-driven benefits (issue 15): a benefit's value per adopting organisation, and each adoption's
// planned go-live date, from which the expected value per fiscal year follows.

export class AdoptionDrivenBenefits1795580000000 implements MigrationInterface {
  name = 'AdoptionDrivenBenefits1795580000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "adoptions" ADD "planned_live_date" date`);
    await queryRunner.query(`ALTER TABLE "benefits" ADD "per_adopter" numeric(18,4)`);
    await queryRunner.query(
      `ALTER TABLE "benefits" ADD CONSTRAINT "ck_benefits_per_adopter" CHECK ("per_adopter" IS NULL OR "per_adopter" >= 0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "benefits" DROP CONSTRAINT "ck_benefits_per_adopter"`);
    await queryRunner.query(`ALTER TABLE "benefits" DROP COLUMN "per_adopter"`);
    await queryRunner.query(`ALTER TABLE "adoptions" DROP COLUMN "planned_live_date"`);
  }
}
