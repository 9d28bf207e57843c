import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { importFile, upload } from '../../imports/__tests__/import-files.js';
import { PORTFOLIO_TOTALS_SQL, PROJECT_FIGURES_SQL, RECOMPUTED, WRONG_POCKET_SQL } from '../portfolio.sql.js';

// The dashboards read rollups that triggers maintain; the rollups must equal a full recomputation from
// the base rows after any mix of writes. A seeded random walk of inserts, updates and deletes on every
// table the rollups sum (and on the programme's rates), plus rollbacks, concurrent writers, an
// import through the API and deletes by cascade, compares the two after every step.

/** A small seeded generator (mulberry32): the same walk on every run, a different one per seed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

const NO_FILTER = [null, null, null, null, null, null, null, null];

describe('dashboard rollups equal a full recomputation, to the last digit', () => {
  let app: TestApp;
  let programmes: string[];

  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    programmes = (await app.dataSource.query(`SELECT id FROM programmes ORDER BY name`)).map((r: { id: string }) => r.id);
  });
  afterAll(() => app.close());

  async function expectRollupsEqualRecomputation(step: string): Promise<void> {
    const q = (sql: string, params: unknown[]) => app.dataSource.query(sql, params);
    for (const programmeId of programmes) {
      const phases = [['EXECUTION'], null];
      for (const phase of phases) {
        const params = [programmeId, 2026, null, phase, ...NO_FILTER.slice(2)];
        expect({ step, totals: await q(PORTFOLIO_TOTALS_SQL, params) }).toEqual({
          step,
          totals: await q(RECOMPUTED.portfolioTotals, params),
        });
        expect({ step, figures: await q(PROJECT_FIGURES_SQL, params) }).toEqual({
          step,
          figures: await q(RECOMPUTED.projectFigures, params),
        });
      }
      for (const groupBy of ['ORGANISATION', 'SECTOR']) {
        const params = [programmeId, groupBy, ...NO_FILTER];
        expect({ step, wrongPocket: await q(WRONG_POCKET_SQL, params) }).toEqual({
          step,
          wrongPocket: await q(RECOMPUTED.wrongPocket, params),
        });
      }
    }
  }

  it('holds for the demo portfolio as loaded', async () => {
    const [{ rows }] = await app.dataSource.query(`SELECT count(*)::int AS rows FROM project_year_rollups`);
    expect(rows).toBeGreaterThan(0);
    await expectRollupsEqualRecomputation('demo');
  });

  it('holds after a random walk of writes, deletes, rate changes and rollbacks', async () => {
    const random = generator(16);
    const ids = async (sql: string) => (await app.dataSource.query(sql)).map((r: { id: string }) => r.id) as string[];
    const amount = () =>
      `${random.pick(['', '-'])}${random.int(10_000_000)}.${String(random.int(100)).padStart(2, '0')}`.replace(/^-0\.00$/, '0.00');
    const quantity = () => `${random.int(100_000)}.${String(random.int(10_000)).padStart(4, '0')}`;
    const year = () => 2025 + random.int(4);
    const writes: [string, () => Promise<unknown>][] = [
      [
        'insert budget line',
        async () =>
          app.dataSource.query(
            `INSERT INTO budget_lines (project_id, fiscal_year, funder_id, category, amount) VALUES ($1, $2, $3, $4, abs($5::numeric)) ON CONFLICT DO NOTHING`,
            [
              random.pick(await ids('SELECT id FROM projects')),
              year(),
              random.pick(await ids('SELECT id FROM organisations')),
              random.pick(['DEVELOPMENT', 'OPERATIONS', 'INTERNAL_STAFF']),
              amount(),
            ],
          ),
      ],
      [
        'update budget lines of a project',
        async () =>
          app.dataSource.query(`UPDATE budget_lines SET amount = amount + 0.01 WHERE project_id = $1`, [
            random.pick(await ids('SELECT id FROM projects')),
          ]),
      ],
      [
        'move a budget line to another funder',
        async () =>
          app.dataSource.query(
            `UPDATE budget_lines SET funder_id = $2 WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM budget_lines o, budget_lines b WHERE b.id = $1 AND o.project_id = b.project_id AND o.fiscal_year = b.fiscal_year AND o.category = b.category AND o.funder_id = $2)`,
            [random.pick(await ids('SELECT id FROM budget_lines')), random.pick(await ids('SELECT id FROM organisations'))],
          ),
      ],
      [
        'delete a budget line',
        async () => app.dataSource.query(`DELETE FROM budget_lines WHERE id = $1`, [random.pick(await ids('SELECT id FROM budget_lines'))]),
      ],
      [
        'record a cost',
        async () =>
          app.dataSource.query(
            `INSERT INTO cost_actuals (project_id, date, payer_id, category, amount) VALUES ($1, $2, $3, 'DEVELOPMENT', $4)`,
            [
              random.pick(await ids('SELECT id FROM projects')),
              `${year()}-${String(1 + random.int(12)).padStart(2, '0')}-15`,
              random.pick(await ids('SELECT id FROM organisations')),
              amount(),
            ],
          ),
      ],
      [
        'delete costs of a project',
        async () =>
          app.dataSource.query(`DELETE FROM cost_actuals WHERE project_id = $1`, [random.pick(await ids('SELECT id FROM projects'))]),
      ],
      [
        'set a target',
        async () =>
          app.dataSource.query(
            `INSERT INTO benefit_targets (benefit_id, fiscal_year, value) VALUES ($1, $2, $3) ON CONFLICT (benefit_id, fiscal_year) DO UPDATE SET value = EXCLUDED.value, low = NULL, high = NULL`,
            [random.pick(await ids('SELECT id FROM benefits')), year(), quantity()],
          ),
      ],
      [
        'delete a target',
        async () =>
          app.dataSource.query(`DELETE FROM benefit_targets WHERE id = $1`, [random.pick(await ids('SELECT id FROM benefit_targets'))]),
      ],
      [
        'measure, validate or harvest',
        async () => {
          const status = random.pick(['REPORTED', 'VALIDATED', 'HARVESTED']);
          await app.dataSource.query(
            `INSERT INTO benefit_measurements (benefit_id, fiscal_year, value, status, validated_at, harvested_at) VALUES ($1, $2, $3, $4, CASE WHEN $4 <> 'REPORTED' THEN now() END, CASE WHEN $4 = 'HARVESTED' THEN now() END)
           ON CONFLICT (benefit_id, fiscal_year) DO UPDATE SET value = EXCLUDED.value, status = EXCLUDED.status, validated_at = EXCLUDED.validated_at, harvested_at = EXCLUDED.harvested_at`,
            [random.pick(await ids('SELECT id FROM benefits')), year(), quantity(), status],
          );
        },
      ],
      [
        'delete a measurement',
        async () =>
          app.dataSource.query(`DELETE FROM benefit_measurements WHERE id = $1`, [
            random.pick(await ids('SELECT id FROM benefit_measurements')),
          ]),
      ],
      [
        'change how a benefit is monetised',
        async () =>
          app.dataSource.query(`UPDATE benefits SET kind = $2, unit = $3 WHERE id = $1`, [
            random.pick(await ids('SELECT id FROM benefits')),
            random.pick(['CASH_RELEASING', 'NON_CASH', 'DIS_BENEFIT', 'QUALITATIVE']),
            random.pick(['CURRENCY', 'HOURS', 'FTE', 'PERCENT']),
          ]),
      ],
      [
        'give a benefit another receiver',
        async () =>
          app.dataSource.query(`UPDATE benefits SET receiver_id = $2 WHERE id = $1`, [
            random.pick(await ids('SELECT id FROM benefits')),
            random.pick(await ids('SELECT id FROM organisations')),
          ]),
      ],
      [
        'delete a benefit with its targets and measurements',
        async () => app.dataSource.query(`DELETE FROM benefits WHERE id = $1`, [random.pick(await ids('SELECT id FROM benefits'))]),
      ],
      [
        'change the programme rates, fund and fiscal year',
        async () =>
          app.dataSource.query(
            `UPDATE programmes SET hourly_rate = hourly_rate + 1.25, fte_annual_cost = fte_annual_cost - 100, discount_rate = $4, fiscal_year_start_month = $2, fund_organisation_id = $3 WHERE id = $1`,
            [
              random.pick(programmes),
              1 + random.int(12),
              random.pick(await ids('SELECT id FROM organisations')),
              random.pick(['0.0350', '0.0400', '0.0000']),
            ],
          ),
      ],
      [
        'write and roll back',
        async () => {
          const runner = app.dataSource.createQueryRunner();
          await runner.startTransaction();
          await runner.query(`UPDATE benefit_targets SET low = NULL, high = NULL, value = value * 2`);
          await runner.query(`DELETE FROM budget_lines WHERE project_id = $1`, [random.pick(await ids('SELECT id FROM projects'))]);
          await runner.rollbackTransaction();
          await runner.release();
        },
      ],
    ];
    for (let step = 1; step <= 60; step++) {
      const [name, write] = random.pick(writes);
      await write();
      await expectRollupsEqualRecomputation(`${step}: ${name}`);
    }
    // Deleting a whole project takes its rollups with it.
    const [project] = await ids('SELECT id FROM projects ORDER BY code LIMIT 1');
    await app.dataSource.query(`DELETE FROM projects WHERE id = $1`, [project]);
    expect(await app.dataSource.query(`SELECT 1 FROM project_year_rollups WHERE project_id = $1`, [project])).toEqual([]);
    await expectRollupsEqualRecomputation('project deleted');
  });

  it('holds when 40 writers add to one project at once', async () => {
    const [{ id: project }] = await app.dataSource.query(`SELECT id FROM projects WHERE programme_id = $1 ORDER BY code LIMIT 1`, [
      programmes[0],
    ]);
    const benefits: { id: string }[] = await app.dataSource.query(`SELECT id FROM benefits WHERE project_id = $1`, [project]);
    const [{ id: funder }] = await app.dataSource.query(`SELECT id FROM organisations ORDER BY name LIMIT 1`);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2
          ? app.dataSource.query(
              `INSERT INTO cost_actuals (project_id, date, payer_id, category, amount) VALUES ($1, '2026-03-01', $2, 'OPERATIONS', $3)`,
              [project, funder, `${i}.01`],
            )
          : app.dataSource.query(`UPDATE benefit_targets SET low = NULL, high = NULL, value = value + 1 WHERE benefit_id = $1`, [
              benefits[i % benefits.length]?.id ?? project,
            ]),
      ),
    );
    await expectRollupsEqualRecomputation('40 concurrent writers');
  });

  it('holds after a spreadsheet import through the API', async () => {
    const programmeId = programmes[0]!;
    const office = await app.as('PROGRAMME_OFFICE', undefined, [programmeId]);
    const [{ identifier }] = await app.dataSource.query(`SELECT identifier FROM organisations ORDER BY name LIMIT 1`);
    const file = await importFile({
      projects: [{ projectCode: 'ROLL-01', title: 'Importeret' }],
      partners: [{ projectCode: 'ROLL-01', organisation: identifier, roles: 'LEAD, CO_FUNDER, BENEFIT_RECEIVER' }],
      budget: [2025, 2026, 2027].map((fiscalYear) => ({
        projectCode: 'ROLL-01',
        fiscalYear,
        funder: identifier,
        category: 'DEVELOPMENT',
        amount: 1234567.89,
      })),
      benefits: [{ projectCode: 'ROLL-01', benefit: 'Timer', kind: 'NON_CASH', unit: 'HOURS', receiver: identifier }],
      targets: [2026, 2027].map((fiscalYear) => ({ projectCode: 'ROLL-01', benefit: 'Timer', fiscalYear, value: 1500.5 })),
    });
    const response = await upload(app, office.token, programmeId, file);
    const result = await response.json();
    expect({ ok: result.ok, problems: result.problems }).toEqual({ ok: true, problems: [] });
    await expectRollupsEqualRecomputation('import');
  });
});
