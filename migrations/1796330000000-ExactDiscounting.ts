import type { MigrationInterface, QueryRunner } from 'typeorm';
import { COMPUTE_ROLLUPS } from './1795600000000-PortfolioRollups.js';

// The rollups' NPVs discounted as portfolio.sql.ts's DISCOUNTED does: to 20 decimals. A numeric
// quotient has only max(16 significant digits, the operands' scales) of precision in PostgreSQL, so
// 3e12 / 1.04 came out to 4 decimals and an NPV could miss the øre libs/domain computes (found by the
// random-portfolio property test). The function is the rollup migration's with the division replaced;
// every project's rollup is then computed again.

const COARSE = 'net / power(1 + discount_rate, fiscal_year - t0)';
const EXACT = 'round(net, 20) / power(round(1 + discount_rate, 20), fiscal_year - t0)';

function withDivision(from: string, to: string): string {
  const occurrences = COMPUTE_ROLLUPS.split(from).length - 1;
  if (occurrences !== 2) throw new Error(`expected the planned and the realised NPV, found ${occurrences} divisions`);
  return COMPUTE_ROLLUPS.replaceAll(from, to).replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION');
}

export class ExactDiscounting1796330000000 implements MigrationInterface {
  name = 'ExactDiscounting1796330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(withDivision(COARSE, EXACT));
    await queryRunner.query(`SELECT tvaers_compute_rollups(coalesce(array_agg(id), '{}')) FROM projects`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(withDivision(COARSE, COARSE));
    await queryRunner.query(`SELECT tvaers_compute_rollups(coalesce(array_agg(id), '{}')) FROM projects`);
  }
}
