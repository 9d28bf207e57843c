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

  it('computes the lights from the rules: the docs/domain.md example gives cost, schedule and benefits AMBER', async () => {
    const { project, lead, municipality } = await createWorld(app);
    const money = async (query: string, input: Record<string, unknown>) => app.ok(query, { input });
    // Baseline 3,200,000 ending 2027-06-30; forecast 3,450,000 ending 2027-09-15.
    for (const [fiscalYear, amount] of [
      [2025, '2000000.00'],
      [2026, '1000000.00'],
      [2027, '200000.00'],
    ] as const) {
      await money(`mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id } }`, {
        projectId: project.id,
        fiscalYear,
        funderId: lead.id,
        category: 'DEVELOPMENT',
        amount,
      });
    }
    const { updateProject } = await app.ok(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { version } }`, {
      input: { id: project.id, version: project.version, plannedEnd: '2027-06-30', forecastEnd: '2027-09-15' },
    });
    await app.ok(`mutation($p: ID!) { approveBaseline(projectId: $p, reason: "Projektgrundlag godkendt") { id } }`, { p: project.id });
    // The 2025 invoices came in 250,000 over: forecast = 2,250,000 + 1,000,000 + 200,000.
    await money(`mutation($input: RecordCostInput!) { recordCost(input: $input) { id } }`, {
      projectId: project.id,
      date: '2025-12-31',
      payerId: lead.id,
      category: 'DEVELOPMENT',
      amount: '2250000.00',
    });
    const cash = await addBenefit(app, project.id, municipality.id, { targets: [{ fiscalYear: 2026, value: '500000' }] });
    const paper = await addBenefit(app, project.id, municipality.id, {
      title: 'Papirkanal',
      kind: 'DIS_BENEFIT',
      unit: 'CURRENCY',
      targets: [{ fiscalYear: 2026, value: '100000' }],
    });
    for (const [id, value] of [
      [cash.id, '450000'],
      [paper.id, '80000'],
    ] as const) {
      const m = await recordMeasurement(app, id, 2026, value);
      await app.ok(`mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { id } }`, { id: m.id, v: m.version });
    }
    expect(updateProject.version).toBe(2);
    const report = (await app.ok(CREATE, { input: { projectId: project.id, period: '2026-H2', selfAssessedRag: 'GREEN' } }))
      .createStatusReport;
    expect([report.cost.computed, report.schedule.computed, report.benefit.computed]).toEqual(['AMBER', 'AMBER', 'AMBER']);
    expect(report.cost.effective).toBe('AMBER');
  });

  it('a report with a 12 % cost overrun and no explanation is refused; with one it is accepted, frozen with the open risks, and carries both ratings', async () => {
    const { programme, project, lead } = await createWorld(app);
    await app.ok(`mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id } }`, {
      input: { projectId: project.id, fiscalYear: 2026, funderId: lead.id, category: 'DEVELOPMENT', amount: '1000000.00' },
    });
    await app.ok(`mutation($p: ID!) { approveBaseline(projectId: $p, reason: "Projektgrundlag godkendt") { id } }`, { p: project.id });
    await app.ok(`mutation($input: RecordCostInput!) { recordCost(input: $input) { id } }`, {
      input: { projectId: project.id, date: '2026-05-01', payerId: lead.id, category: 'DEVELOPMENT', amount: '1120000.00' },
    });
    await app.ok(`mutation($input: AddRiskInput!) { addRisk(input: $input) { id } }`, {
      input: { projectId: project.id, title: 'Yderligere merforbrug', category: 'FINANCIAL', probability: 3, impact: 4 },
    });
    const { project: read } = await app.ok(
      `query($id: ID!) { project(id: $id) { figures { baselineCost forecastCost variances { dimension rate needsExplanation } } } }`,
      { id: project.id },
    );
    expect(read.figures).toMatchObject({ baselineCost: '1000000.00', forecastCost: '1120000.00' });
    expect(read.figures.variances).toContainEqual({ dimension: 'COST', rate: '0.1200', needsExplanation: true });

    const report = (
      await app.ok(CREATE, { input: { projectId: project.id, period: '2026-H1', selfAssessedRag: 'AMBER', deliveryConfidence: 'AMBER' } })
    ).createStatusReport;
    const SUBMIT = `mutation($id: ID!, $v: Int!) { submitStatusReport(id: $id, version: $v) { state version costVarianceExplanation outlook { baselineCost forecastCost } riskSnapshot { title score } } }`;
    const refused = await app.gql(SUBMIT, { id: report.id, v: report.version });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'costVarianceExplanation', reason: expect.stringContaining('12.0 %') }],
    });

    const explained = (
      await app.ok(`mutation($input: UpdateStatusReportInput!) { updateStatusReport(input: $input) { version } }`, {
        input: {
          id: report.id,
          version: report.version,
          costVarianceExplanation: 'Udbuddet blev dyrere end budgetteret; styregruppen har godkendt merforbruget.',
        },
      })
    ).updateStatusReport;
    const submitted = (await app.ok(SUBMIT, { id: report.id, v: explained.version })).submitStatusReport;
    expect(submitted).toMatchObject({
      state: 'SUBMITTED',
      outlook: { baselineCost: '1000000.00', forecastCost: '1120000.00' },
      riskSnapshot: [{ title: 'Yderligere merforbrug', score: 12 }],
    });

    await app.ok(
      `mutation($id: ID!, $v: Int!) { rateStatusReport(id: $id, version: $v, confidence: RED, comment: "Merforbruget er ikke finansieret") { id } }`,
      { id: report.id, v: submitted.version },
    );
    const { portfolioSummary } = await app.ok(
      `query($p: ID!) { portfolioSummary(programmeId: $p) { confidence { own { confidence count } office { confidence count } disagreements { code own office } } } }`,
      { p: programme.id },
    );
    expect(portfolioSummary.confidence.own).toContainEqual({ confidence: 'AMBER', count: 1 });
    expect(portfolioSummary.confidence.office).toContainEqual({ confidence: 'RED', count: 1 });
    expect(portfolioSummary.confidence.disagreements).toEqual([{ code: project.code, own: 'AMBER', office: 'RED' }]);
  });

  it('the programme’s variance threshold decides: at 15 % the 12 % overrun needs no explanation', async () => {
    const { programme, project, lead } = await createWorld(app);
    await app.ok(`mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { tolerances { varianceThreshold } } }`, {
      input: { id: programme.id, version: programme.version, tolerances: { varianceThreshold: '0.15' } },
    });
    await app.ok(`mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id } }`, {
      input: { projectId: project.id, fiscalYear: 2026, funderId: lead.id, category: 'DEVELOPMENT', amount: '1000000.00' },
    });
    await app.ok(`mutation($p: ID!) { approveBaseline(projectId: $p, reason: "Projektgrundlag godkendt") { id } }`, { p: project.id });
    await app.ok(`mutation($input: RecordCostInput!) { recordCost(input: $input) { id } }`, {
      input: { projectId: project.id, date: '2026-05-01', payerId: lead.id, category: 'DEVELOPMENT', amount: '1120000.00' },
    });
    const report = (
      await app.ok(CREATE, { input: { projectId: project.id, period: '2026-H1', selfAssessedRag: 'AMBER', deliveryConfidence: 'AMBER' } })
    ).createStatusReport;
    const { submitStatusReport } = await app.ok(`mutation($id: ID!, $v: Int!) { submitStatusReport(id: $id, version: $v) { state } }`, {
      id: report.id,
      v: report.version,
    });
    expect(submitStatusReport.state).toBe('SUBMITTED');
  });

  it('refuses to submit without the project’s own delivery confidence', async () => {
    const { project } = await createWorld(app);
    const report = (await app.ok(CREATE, { input: { projectId: project.id, period: '2026-H1', selfAssessedRag: 'GREEN' } }))
      .createStatusReport;
    const result = await app.gql(`mutation($id: ID!, $v: Int!) { submitStatusReport(id: $id, version: $v) { id } }`, {
      id: report.id,
      v: report.version,
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'deliveryConfidence' }] });
  });

  it('a user who is office in one programme and partner in another cannot rate or approve the other’s reports', async () => {
    const a = await createWorld(app);
    const b = await createWorld(app);
    const report = (
      await app.ok(CREATE, { input: { projectId: b.project.id, period: '2026-H1', selfAssessedRag: 'GREEN', deliveryConfidence: 'GREEN' } })
    ).createStatusReport;
    const submitted = (
      await app.ok(`mutation($id: ID!, $v: Int!) { submitStatusReport(id: $id, version: $v) { version } }`, {
        id: report.id,
        v: report.version,
      })
    ).submitStatusReport;
    const both = await app.as('PROGRAMME_OFFICE', undefined, [a.programme.id]);
    await app.dataSource.query(`INSERT INTO memberships (user_id, programme_id, role, organisation_id) VALUES ($1, $2, 'PARTNER', $3)`, [
      both.userId,
      b.programme.id,
      b.lead.id,
    ]);
    const rate = await both.gql(
      `mutation($id: ID!, $v: Int!) { rateStatusReport(id: $id, version: $v, confidence: GREEN, comment: "Ser fint ud") { id } }`,
      { id: report.id, v: submitted.version },
    );
    expect(rate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const remove = await both.gql(`mutation($id: ID!, $v: Int!) { deleteProject(id: $id, version: $v) }`, {
      id: b.project.id,
      v: b.project.version,
    });
    expect(remove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
