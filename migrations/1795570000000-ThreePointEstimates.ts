import type { MigrationInterface, QueryRunner } from 'typeorm';

// Three-point estimates (issue 15): budget lines and benefit targets may carry a low and a high value
// around the most likely one, for the Monte-Carlo business case. Null means no spread on that side.

export class ThreePointEstimates1795570000000 implements MigrationInterface {
  name = 'ThreePointEstimates1795570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "benefit_targets" ADD "low" numeric(18,4)`);
    await queryRunner.query(`ALTER TABLE "benefit_targets" ADD "high" numeric(18,4)`);
    await queryRunner.query(`ALTER TABLE "budget_lines" ADD "low" numeric(16,2)`);
    await queryRunner.query(`ALTER TABLE "budget_lines" ADD "high" numeric(16,2)`);
    await queryRunner.query(
      `ALTER TABLE "benefit_targets" ADD CONSTRAINT "ck_benefit_targets_range" CHECK (("low" IS NULL OR "low" <= "value") AND ("high" IS NULL OR "high" >= "value"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_lines" ADD CONSTRAINT "ck_budget_lines_range" CHECK (("low" IS NULL OR ("low" >= 0 AND "low" <= "amount")) AND ("high" IS NULL OR "high" >= "amount"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "budget_lines" DROP CONSTRAINT "ck_budget_lines_range"`);
    await queryRunner.query(`ALTER TABLE "benefit_targets" DROP CONSTRAINT "ck_benefit_targets_range"`);
    await queryRunner.query(`ALTER TABLE "budget_lines" DROP COLUMN "high"`);
    await queryRunner.query(`ALTER TABLE "budget_lines" DROP COLUMN "low"`);
    await queryRunner.query(`ALTER TABLE "benefit_targets" DROP COLUMN "high"`);
    await queryRunner.query(`ALTER TABLE "benefit_targets" DROP COLUMN "low"`);
  }
}
