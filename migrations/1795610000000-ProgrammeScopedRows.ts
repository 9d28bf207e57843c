import type { MigrationInterface, QueryRunner } from 'typeorm';

// Row-level security by a programme column on every project-scoped row (issue 16). A member sees a row
// of a project table when its project is visible, which the last policies said as EXISTS on the parent
// (and for measurements, on the benefit and then the project). When the planner walks an index, that
// EXISTS runs once per row: the 1,000,000-row measurement export of an AUDITOR made 2,000,000 index
// probes and took 10 s against 3 s for the same COPY as the owner; dashboards and loaders paid the same.
//
// Now each such row carries the programme of its project, and the policy is the one the programme
// tables have: `programme_id` among the session's few programmes, an array computed once per statement.
// The meaning is unchanged (the rows of the user's programmes).
//
// Two more per-row costs go: every policy asks `tvaers_sees_all()` as a sub-select, computed once per
// statement instead of reading the session setting for each row, and the two helper functions are
// PARALLEL SAFE (they only read), so a member's large read may use parallel workers as the owner's does. The column is derived, never written
// by the app: a BEFORE trigger copies it from the parent on every insert and update, and a project (or
// benefit) that moves to another programme carries its rows along, so it always equals the parent's.
// The triggers run as the owner (SECURITY DEFINER) so that the parent is read whatever the session sees.

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
  'status_reports',
  'project_year_rollups',
  'project_rollups',
  'project_receiver_rollups',
];
const BENEFIT_TABLES = ['benefit_targets', 'benefit_measurements', 'benefit_forecasts'];
/** Status reports keep their own policy (by role within the programme); the column is there for uniformity. */
const OWN_POLICY = new Set(['status_reports']);
/** The rollups are read-only to the app; their policy covers SELECT only (PortfolioRollups). */
const READ_ONLY = new Set(['project_year_rollups', 'project_rollups', 'project_receiver_rollups']);

const MY_PROGRAMMES = `programme_id = ANY ((SELECT tvaers_my_programmes())::uuid[])`;
/** The programme tables keep their condition; only the sees-all test changes form. */
const PROGRAMME_TABLES: Record<string, string> = {
  programmes: `id = ANY ((SELECT tvaers_my_programmes())::uuid[])`,
  tracks: MY_PROGRAMMES,
  projects: MY_PROGRAMMES,
  memberships: MY_PROGRAMMES,
  reporting_rounds: MY_PROGRAMMES,
};

/** BEFORE INSERT OR UPDATE: the row's programme is its parent's; a missing parent is a foreign-key error as before. */
const COPY_PROGRAMME = (name: string, parentTable: string, parentKey: string) => `
CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NEW.${parentKey} IS NULL THEN RETURN NEW; END IF;
  SELECT programme_id INTO NEW.programme_id FROM ${parentTable} WHERE id = NEW.${parentKey};
  IF NOT FOUND THEN
    RAISE EXCEPTION 'insert or update on table "%" violates foreign key constraint', TG_TABLE_NAME
      USING ERRCODE = 'foreign_key_violation', DETAIL = format('Key (${parentKey})=(%s) is not present in table "${parentTable}".', NEW.${parentKey});
  END IF;
  RETURN NEW;
END $$`;

/** AFTER UPDATE of a parent whose programme changed: its rows follow (their BEFORE trigger sets the value). */
const FOLLOW_PROGRAMME = (name: string, tables: string[], key: string) => `
CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
${tables.map((t) => `  UPDATE ${t} SET programme_id = NEW.programme_id WHERE ${key} = NEW.id;`).join('\n')}
  RETURN NULL;
END $$`;

async function setPolicy(queryRunner: QueryRunner, table: string, visible: string, seesAll = '(SELECT tvaers_sees_all())'): Promise<void> {
  await queryRunner.query(`DROP POLICY ${table}_of_my_programmes ON ${table}`);
  await queryRunner.query(
    `CREATE POLICY ${table}_of_my_programmes ON ${table}${READ_ONLY.has(table) ? ' FOR SELECT' : ''} USING (${seesAll} OR ${visible})`,
  );
}

export class ProgrammeScopedRows1795610000000 implements MigrationInterface {
  name = 'ProgrammeScopedRows1795610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Backfill with the tables' own triggers off: the value is derived, so filling it is neither a
    // change for the audit trail nor for the rollups.
    const backfill = async (table: string, from: string, key: string) => {
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN programme_id uuid`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      await queryRunner.query(`UPDATE ${table} t SET programme_id = parent.programme_id FROM ${from} parent WHERE parent.id = t.${key}`);
      await queryRunner.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN programme_id SET NOT NULL`);
    };
    for (const table of PROJECT_TABLES) await backfill(table, 'projects', 'project_id');
    for (const table of BENEFIT_TABLES) await backfill(table, 'benefits', 'benefit_id');

    await queryRunner.query(COPY_PROGRAMME('tvaers_programme_of_project', 'projects', 'project_id'));
    await queryRunner.query(COPY_PROGRAMME('tvaers_programme_of_benefit', 'benefits', 'benefit_id'));
    await queryRunner.query(FOLLOW_PROGRAMME('tvaers_project_rows_follow', PROJECT_TABLES, 'project_id'));
    await queryRunner.query(FOLLOW_PROGRAMME('tvaers_benefit_rows_follow', BENEFIT_TABLES, 'benefit_id'));
    for (const table of PROJECT_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_programme BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION tvaers_programme_of_project()`,
      );
    }
    for (const table of BENEFIT_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_programme BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION tvaers_programme_of_benefit()`,
      );
    }
    await queryRunner.query(`CREATE TRIGGER projects_rows_follow AFTER UPDATE ON projects FOR EACH ROW
      WHEN (OLD.programme_id IS DISTINCT FROM NEW.programme_id) EXECUTE FUNCTION tvaers_project_rows_follow()`);
    await queryRunner.query(`CREATE TRIGGER benefits_rows_follow AFTER UPDATE ON benefits FOR EACH ROW
      WHEN (OLD.programme_id IS DISTINCT FROM NEW.programme_id) EXECUTE FUNCTION tvaers_benefit_rows_follow()`);
    for (const name of [
      'tvaers_programme_of_project',
      'tvaers_programme_of_benefit',
      'tvaers_project_rows_follow',
      'tvaers_benefit_rows_follow',
    ]) {
      await queryRunner.query(`REVOKE EXECUTE ON FUNCTION ${name}() FROM PUBLIC`);
    }

    for (const table of [...PROJECT_TABLES, ...BENEFIT_TABLES])
      if (!OWN_POLICY.has(table)) await setPolicy(queryRunner, table, MY_PROGRAMMES);
    for (const [table, visible] of Object.entries(PROGRAMME_TABLES)) await setPolicy(queryRunner, table, visible);
    for (const name of ['tvaers_sees_all', 'tvaers_my_programmes']) await queryRunner.query(`ALTER FUNCTION ${name}() PARALLEL SAFE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['tvaers_sees_all', 'tvaers_my_programmes']) await queryRunner.query(`ALTER FUNCTION ${name}() PARALLEL UNSAFE`);
    for (const [table, visible] of Object.entries(PROGRAMME_TABLES)) await setPolicy(queryRunner, table, visible, 'tvaers_sees_all()');
    for (const table of PROJECT_TABLES)
      if (!OWN_POLICY.has(table))
        await setPolicy(queryRunner, table, `EXISTS (SELECT 1 FROM projects p WHERE p.id = ${table}.project_id)`, 'tvaers_sees_all()');
    for (const table of BENEFIT_TABLES)
      await setPolicy(queryRunner, table, `EXISTS (SELECT 1 FROM benefits b WHERE b.id = ${table}.benefit_id)`, 'tvaers_sees_all()');
    await queryRunner.query(`DROP TRIGGER benefits_rows_follow ON benefits`);
    await queryRunner.query(`DROP TRIGGER projects_rows_follow ON projects`);
    for (const table of [...PROJECT_TABLES, ...BENEFIT_TABLES]) {
      await queryRunner.query(`DROP TRIGGER ${table}_programme ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN programme_id`);
    }
    for (const name of [
      'tvaers_benefit_rows_follow',
      'tvaers_project_rows_follow',
      'tvaers_programme_of_benefit',
      'tvaers_programme_of_project',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${name}()`);
    }
  }
}
