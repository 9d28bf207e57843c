import type { MigrationInterface, QueryRunner } from 'typeorm';

// The receiving organisation confirms a validated saving before it may be harvested (who, when, its
// reference; a reason when the programme office confirms on its behalf). Measurements harvested before
// this rule keep no confirmation: the record says what happened, it is not back-filled.

export class MeasurementConfirmation1795540000000 implements MigrationInterface {
  name = 'MeasurementConfirmation1795540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "benefit_measurements" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "benefit_measurements" ADD "confirmed_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "benefit_measurements" ADD "confirmation_reference" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "benefit_measurements" ADD "confirmation_reason" text NOT NULL DEFAULT ''`);
    await queryRunner.query(
      `ALTER TABLE "benefit_measurements" ADD CONSTRAINT "ck_benefit_measurements_confirmed" CHECK ("confirmed_at" IS NULL OR length(trim("confirmation_reference")) > 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefit_measurements" ADD CONSTRAINT "FK_4834a3b5b2296f5e33dfd8ce1fb" FOREIGN KEY ("confirmed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "benefit_measurements" DROP CONSTRAINT "FK_4834a3b5b2296f5e33dfd8ce1fb"`);
    await queryRunner.query(`ALTER TABLE "benefit_measurements" DROP CONSTRAINT "ck_benefit_measurements_confirmed"`);
    await queryRunner.query(`ALTER TABLE "benefit_measurements" DROP COLUMN "confirmation_reason"`);
    await queryRunner.query(`ALTER TABLE "benefit_measurements" DROP COLUMN "confirmation_reference"`);
    await queryRunner.query(`ALTER TABLE "benefit_measurements" DROP COLUMN "confirmed_by_id"`);
    await queryRunner.query(`ALTER TABLE "benefit_measurements" DROP COLUMN "confirmed_at"`);
  }
}
