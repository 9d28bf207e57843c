import type { MigrationInterface, QueryRunner } from 'typeorm';

// Row-level security that scales: the project-scoped tables said `project_id = ANY (my projects)`, an
// array PostgreSQL searches linearly for every row. With 10,000 projects a member's count of 1,000,000
// measurements did not finish in 120 s. A row is now visible when its project (or benefit) is, as an
// EXISTS on the parent table, which carries its own policy; the planner makes it a hash semi-join
// (the same count: 1 s). The meaning is unchanged: the rows of the user's programmes.

const PROJECT_TABLES = [
  'participations',
  'budget_lines',
  'cost_actuals',
  'benefits',
  'milestones',
  'adoptions',
  'baselines',
  'risks',
  'project_issues',
  'gate_decisions',
  'benefit_reports',
  'attachments',
];
const BENEFIT_TABLES = ['benefit_targets', 'benefit_measurements', 'benefit_forecasts'];

async function replace(queryRunner: QueryRunner, table: string, visible: string): Promise<void> {
  await queryRunner.query(`DROP POLICY ${table}_of_my_programmes ON ${table}`);
  await queryRunner.query(`CREATE POLICY ${table}_of_my_programmes ON ${table} USING (tvaers_sees_all() OR ${visible})`);
}

export class RowSecurityBySemiJoin1795560000000 implements MigrationInterface {
  name = 'RowSecurityBySemiJoin1795560000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of PROJECT_TABLES)
      await replace(queryRunner, table, `EXISTS (SELECT 1 FROM projects p WHERE p.id = ${table}.project_id)`);
    for (const table of BENEFIT_TABLES)
      await replace(queryRunner, table, `EXISTS (SELECT 1 FROM benefits b WHERE b.id = ${table}.benefit_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of PROJECT_TABLES) await replace(queryRunner, table, `project_id = ANY ((SELECT tvaers_my_projects())::uuid[])`);
    for (const table of BENEFIT_TABLES) await replace(queryRunner, table, `benefit_id = ANY ((SELECT tvaers_my_benefits())::uuid[])`);
  }
}
