import { runWithContext } from '../auth/request-context.js';
import { addBenefit, createWorld, recordMeasurement } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

// Row-level security is the second wall behind the services: a raw query that forgot every filter,
// run in a member's request, returns only the rows of the member's programmes, for every
// programme-scoped table (project rows, benefit rows and the programme's own).
const TABLES = [
  'projects', 'tracks', 'memberships', 'reporting_rounds',
  'participations', 'budget_lines', 'cost_actuals', 'benefits', 'milestones', 'adoptions', 'baselines', 'risks', 'project_issues', 'gate_decisions', 'benefit_reports', 'attachments',
  'benefit_targets', 'benefit_measurements', 'benefit_forecasts',
];

describe('row-level security on every programme-scoped table', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('a member’s raw query sees exactly the rows of its programmes, every table', async () => {
    const worlds = [await createWorld(app), await createWorld(app)];
    for (const world of worlds) {
      const benefit = await addBenefit(app, world.project.id, world.municipality.id);
      await recordMeasurement(app, benefit.id);
      await app.ok(`mutation($input: UpdateBenefitInput!) { updateBenefit(input: $input) { id } }`, { input: { id: benefit.id, version: benefit.version, forecasts: [{ fiscalYear: 2026, value: '1' }] } });
      await app.ok(`mutation($input: AddRiskInput!) { addRisk(input: $input) { id } }`, { input: { projectId: world.project.id, title: 'Risiko', category: 'LEGAL', probability: 2, impact: 2 } });
      await app.ok(`mutation($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }`, { input: { programmeId: world.programme.id, period: '2026-H2', dueDate: '2027-01-31' } });
    }
    const viewer = await app.as('VIEWER', undefined, [worlds[0]!.programme.id]);
    const user = { id: viewer.userId, email: 'viewer@test.invalid', name: 'Viewer', role: 'VIEWER' as const, organisationId: null, memberships: [{ programmeId: worlds[0]!.programme.id, role: 'VIEWER' as const, organisationId: null }] };
    const wrong: string[] = [];
    for (const table of TABLES) {
      // What the owner sees of programme A's rows, against what the member's unfiltered query returns.
      const programmeOf = table === 'projects' ? 'x.programme_id' : ['tracks', 'memberships', 'reporting_rounds'].includes(table) ? 'x.programme_id'
        : table.startsWith('benefit_') && table !== 'benefit_reports' ? '(SELECT p.programme_id FROM benefits b JOIN projects p ON p.id = b.project_id WHERE b.id = x.benefit_id)'
        : '(SELECT p.programme_id FROM projects p WHERE p.id = x.project_id)';
      const [{ ids: expected }] = await app.dataSource.query(`SELECT coalesce(array_agg(x.id ORDER BY x.id), '{}') AS ids FROM ${table} x WHERE ${programmeOf} = $1`, [worlds[0]!.programme.id]);
      const [{ ids: seen }] = await runWithContext({ user }, () => app.appDataSource.query(`SELECT coalesce(array_agg(x.id ORDER BY x.id), '{}') AS ids FROM ${table} x`));
      if (JSON.stringify(seen) !== JSON.stringify(expected)) wrong.push(`${table}: saw ${seen.length}, expected ${expected.length}`);
    }
    expect(wrong).toEqual([]);
  });
});
