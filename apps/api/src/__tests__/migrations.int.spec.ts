import { createDataSource } from '../data-source.js';
import { SqlCounter } from '../../test/sql-counter.js';
import { createTestDatabase } from '../../test/test-database.js';

const tables = async (query: (sql: string) => Promise<{ table_name: string }[]>) =>
  (await query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)).map((r) => r.table_name);

describe('migrations', () => {
  it('run up, down to nothing and up again, and leave no drift between entities and schema', async () => {
    const database = await createTestDatabase();
    const dataSource = createDataSource(database.url, { poolSize: 1, logger: new SqlCounter() }); // silent: refusals are expected
    await dataSource.initialize();
    try {
      const query = (sql: string) => dataSource.query(sql);
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await tables(query)).toEqual(
        expect.arrayContaining([
          'programmes',
          'projects',
          'budget_lines',
          'benefit_measurements',
          'audit_events',
          'status_reports',
          'baselines',
          'adoptions',
          'users',
        ]),
      );
      // The schema the migrations built is exactly what the entities describe.
      expect((await dataSource.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query)).toEqual([]);

      while (((await query('SELECT count(*)::int AS n FROM migrations')) as unknown as { n: number }[])[0]!.n > 0) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
      expect(await tables(query)).toEqual(['migrations']);

      await dataSource.runMigrations({ transaction: 'each' });
      expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('enforces the money and status rules in the database itself', async () => {
    const database = await createTestDatabase();
    const dataSource = createDataSource(database.url, { poolSize: 1, logger: new SqlCounter() }); // silent: refusals are expected
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
      const [programme] = await dataSource.query(
        `INSERT INTO programmes (name, currency, period_start_year, period_end_year, funding_envelope, fte_annual_cost, hourly_rate)
         VALUES ('P', 'DKK', 2025, 2027, 1, 1, 1) RETURNING id`,
      );
      const [org] = await dataSource.query(
        `INSERT INTO organisations (name, sector, country, identifier) VALUES ('O', 'STATE', 'DK', '123') RETURNING id`,
      );
      const [project] = await dataSource.query(`INSERT INTO projects (programme_id, code, title) VALUES ($1, 'X', 'X') RETURNING id`, [
        programme.id,
      ]);
      await expect(
        dataSource.query(`INSERT INTO projects (programme_id, code, title) VALUES ($1, 'X', 'Y')`, [programme.id]),
      ).rejects.toThrow(/uq_projects_programme_code/);
      await expect(
        dataSource.query(
          `INSERT INTO budget_lines (project_id, fiscal_year, funder_id, category, amount) VALUES ($1, 2025, $2, 'DEVELOPMENT', -1)`,
          [project.id, org.id],
        ),
      ).rejects.toThrow(/ck_budget_lines_amount/);
      await expect(
        dataSource.query(
          `INSERT INTO budget_lines (project_id, fiscal_year, funder_id, category, amount) VALUES ($1, 1999, $2, 'DEVELOPMENT', 1)`,
          [project.id, org.id],
        ),
      ).rejects.toThrow(/ck_budget_lines_fiscal_year/);
      const [benefit] = await dataSource.query(
        `INSERT INTO benefits (project_id, title, kind, unit, receiver_id) VALUES ($1, 'B', 'CASH_RELEASING', 'CURRENCY', $2) RETURNING id`,
        [project.id, org.id],
      );
      await expect(
        dataSource.query(`INSERT INTO benefit_measurements (benefit_id, fiscal_year, value, status) VALUES ($1, 2026, 1, 'APPROVED')`, [
          benefit.id,
        ]),
      ).rejects.toThrow(/ck_benefit_measurements_status/);
      await expect(
        dataSource.query(`INSERT INTO benefit_measurements (benefit_id, fiscal_year, value, status) VALUES ($1, 2026, 1, 'VALIDATED')`, [
          benefit.id,
        ]),
      ).rejects.toThrow(/ck_benefit_measurements_validated/);
      const [{ data_type }] = await dataSource.query(
        `SELECT data_type FROM information_schema.columns WHERE table_name = 'cost_actuals' AND column_name = 'amount'`,
      );
      expect(data_type).toBe('numeric');
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
