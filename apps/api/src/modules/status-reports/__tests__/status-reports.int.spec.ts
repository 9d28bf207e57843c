import { addBenefit, createWorld, recordMeasurement } from '../../../../test/factories.js';
import { runMutationCases } from '../../../../test/mutation-cases.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { CREATE, statusReportCases } from './status-reports.cases.js';

describe('status reports (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  runMutationCases(statusReportCases, { app: () => app });

  it('computes the lights from the rules: the DOMAIN.md example gives cost, schedule and benefits AMBER', async () => {
    const { project, lead, municipality } = await createWorld(app);
    const money = async (query: string, input: Record<string, unknown>) => app.ok(query, { input });
    // Baseline 3,200,000 ending 2027-06-30; forecast 3,450,000 ending 2027-09-15.
    for (const [fiscalYear, amount] of [[2025, '2000000.00'], [2026, '1000000.00'], [2027, '200000.00']] as const) {
      await money(`mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id } }`, { projectId: project.id, fiscalYear, funderId: lead.id, category: 'DEVELOPMENT', amount });
    }
    const { updateProject } = await app.ok(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { version } }`, {
      input: { id: project.id, version: project.version, plannedEnd: '2027-06-30', forecastEnd: '2027-09-15' },
    });
    await app.ok(`mutation($p: ID!) { approveBaseline(projectId: $p, reason: "Projektgrundlag godkendt") { id } }`, { p: project.id });
    // The 2025 invoices came in 250,000 over: forecast = 2,250,000 + 1,000,000 + 200,000.
    await money(`mutation($input: RecordCostInput!) { recordCost(input: $input) { id } }`, { projectId: project.id, date: '2025-12-31', payerId: lead.id, category: 'DEVELOPMENT', amount: '2250000.00' });
    const cash = await addBenefit(app, project.id, municipality.id, { targets: [{ fiscalYear: 2026, value: '500000' }] });
    const paper = await addBenefit(app, project.id, municipality.id, { title: 'Papirkanal', kind: 'DIS_BENEFIT', unit: 'CURRENCY', targets: [{ fiscalYear: 2026, value: '100000' }] });
    for (const [id, value] of [[cash.id, '450000'], [paper.id, '80000']] as const) {
      const m = await recordMeasurement(app, id, 2026, value);
      await app.ok(`mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { id } }`, { id: m.id, v: m.version });
    }
    expect(updateProject.version).toBe(2);
    const report = (await app.ok(CREATE, { input: { projectId: project.id, period: '2026-H2', selfAssessedRag: 'GREEN' } })).createStatusReport;
    expect([report.cost.computed, report.schedule.computed, report.benefit.computed]).toEqual(['AMBER', 'AMBER', 'AMBER']);
    expect(report.cost.effective).toBe('AMBER');
  });
});
