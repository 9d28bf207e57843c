import type { MigrationInterface, QueryRunner } from 'typeorm';

// Archiving keeps a programme (or a track) with its history instead of deleting it; tracks get an order
// of their own. Existing tracks keep sort_order 0 and so stay ordered by code until someone reorders them.

export class ProgrammeArchiveAndTrackOrder1796320000000 implements MigrationInterface {
  name = 'ProgrammeArchiveAndTrackOrder1796320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programmes" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "tracks" ADD "sort_order" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "tracks" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tracks" DROP COLUMN "archived_at"`);
    await queryRunner.query(`ALTER TABLE "tracks" DROP COLUMN "sort_order"`);
    await queryRunner.query(`ALTER TABLE "programmes" DROP COLUMN "archived_at"`);
  }
}
