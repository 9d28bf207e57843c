import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 20: the language a user's mail and documents are written in; null: the programme's country's.

export class UserLanguage1796233274908 implements MigrationInterface {
  name = 'UserLanguage1796233274908';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "language" text`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "ck_users_language" CHECK ("language" IS NULL OR "language" IN ('da', 'nb', 'en'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_language"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
  }
}
