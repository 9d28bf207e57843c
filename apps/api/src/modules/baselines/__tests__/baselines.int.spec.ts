import { createWorld } from '../../../../test/factories.js';
import { runMutationCases } from '../../../../test/mutation-cases.js';
import { createTestApp, errorOf, type TestApp } from '../../../../test/test-app.js';
import { APPROVE, baselineCases } from './baselines.cases.js';

describe('baselines (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  runMutationCases(baselineCases, { app: () => app });

  it('freezes the plan: later edits change the project, not the baseline, and the diff shows them', async () => {
    const { project, lead } = await createWorld(app);
    const { addBudgetLine: line } = await app.ok(`mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id version } }`, {
      input: { projectId: project.id, fiscalYear: 2026, funderId: lead.id, category: 'DEVELOPMENT', amount: '1000000.00' },
    });
    const { addMilestone: milestone } = await app.ok(
      `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }`,
      {
        input: { projectId: project.id, title: 'Første kommune i drift', baselineDate: '2026-09-01' },
      },
    );
    await app.ok(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, {
      input: { id: project.id, version: project.version, plannedEnd: '2027-06-30' },
    });
    await app.ok(APPROVE, { p: project.id, r: 'Projektgrundlag godkendt' });

    await app.ok(`mutation($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { id } }`, {
      input: { id: line.id, version: line.version, amount: '1150000.00' },
    });
    await app.ok(`mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`, {
      input: { id: milestone.id, version: milestone.version, baselineDate: '2026-11-01' },
    });
    await app.ok(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, {
      input: { id: project.id, version: project.version + 1, plannedEnd: '2027-09-15' },
    });
    const { project: before } = await app.ok(`query($id: ID!) { project(id: $id) { currentBaseline { totalCost endDate } } }`, {
      id: project.id,
    });
    expect(before.currentBaseline).toEqual({ totalCost: '1000000.00', endDate: '2027-06-30' });

    await app.ok(APPROVE, { p: project.id, r: 'Udvidet omfang efter styregruppebeslutning' });
    const { baselineDiff } = await app.ok(
      `query($p: ID!) { baselineDiff(projectId: $p, fromNumber: 1, toNumber: 2) {
        totalCost { from to change } endDate { from to days }
        budgetLines { fiscalYear category from to change } milestones { title from to days } benefitTargets { fiscalYear }
      } }`,
      { p: project.id },
    );
    expect(baselineDiff).toEqual({
      totalCost: { from: '1000000.00', to: '1150000.00', change: '150000.00' },
      endDate: { from: '2027-06-30', to: '2027-09-15', days: 77 },
      budgetLines: [{ fiscalYear: 2026, category: 'DEVELOPMENT', from: '1000000', to: '1150000', change: '150000' }],
      milestones: [{ title: 'Første kommune i drift', from: '2026-09-01', to: '2026-11-01', days: 61 }],
      benefitTargets: [],
    });
    const missing = await app.gql(`query($p: ID!) { baselineDiff(projectId: $p, fromNumber: 1, toNumber: 9) { toNumber } }`, {
      p: project.id,
    });
    expect(errorOf(missing).fields).toContain('toNumber');
  });
});
