import { AUDIT_EVENTS_SQL } from '../audit.sql.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

// A member's audit trail is filtered by the helpers that list their programmes, projects and benefits.
// Called bare in the WHERE, PostgreSQL calls such a STABLE function again for every event it tests;
// tvaers_my_benefits() is every benefit id of the member's programmes, so a member's page of a large
// programme's trail took seconds. As sub-selects each runs once per statement (an InitPlan).
describe('the audit trail query of a member', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('computes the membership helpers once per statement, never in a per-row filter', async () => {
    const rows: { 'QUERY PLAN': string }[] = await app.dataSource.query(`EXPLAIN (VERBOSE) ${AUDIT_EVENTS_SQL}`, [
      null,
      null,
      null,
      null,
      null,
      50,
      false,
    ]);
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/InitPlan/);
    const perRow = plan.split('\n').filter((line) => /(Filter|Join Filter|Cond):/.test(line) && /tvaers_my_\w+\(\)/.test(line));
    expect(perRow).toEqual([]);
    for (const helper of ['tvaers_my_programmes', 'tvaers_my_projects', 'tvaers_my_benefits']) expect(plan).toContain(`${helper}()`);
  });
});
