import type { MigrationInterface, QueryRunner } from 'typeorm';

// Hardening after the hostile test:
// - a programme bounds what one entry may hold: fiscal years within its period ± a margin, amounts up
//   to a maximum per line (sums stay unbounded: they are added up in plain numeric);
// - a baseline's total cost is a sum of lines, so it is plain numeric, not numeric(16,2);
// - failed and pending sign-ins are counted in PostgreSQL, so the limit is atomic and every API
//   process shares it. The table is working state, not audited and not part of a backup's meaning.
export class EntryBoundsAndLoginThrottle1795500000000 implements MigrationInterface {
  name = 'EntryBoundsAndLoginThrottle1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programmes" ADD "fiscal_year_margin" smallint NOT NULL DEFAULT '10'`);
    await queryRunner.query(`ALTER TABLE "programmes" ADD "max_line_amount" numeric(16,2) NOT NULL DEFAULT 1000000000.00`);
    await queryRunner.query(
      `ALTER TABLE "programmes" ADD CONSTRAINT "ck_programmes_entry_bounds" CHECK ("fiscal_year_margin" BETWEEN 0 AND 100 AND "max_line_amount" > 0)`,
    );
    await queryRunner.query(`ALTER TABLE "baselines" ALTER COLUMN "total_cost" TYPE numeric`);
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("key" text NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL, CONSTRAINT "PK_login_throttle" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO tvaers_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`ALTER TABLE "baselines" ALTER COLUMN "total_cost" TYPE numeric(16,2)`);
    await queryRunner.query(`ALTER TABLE "programmes" DROP CONSTRAINT "ck_programmes_entry_bounds"`);
    await queryRunner.query(`ALTER TABLE "programmes" DROP COLUMN "max_line_amount"`);
    await queryRunner.query(`ALTER TABLE "programmes" DROP COLUMN "fiscal_year_margin"`);
  }
}
