import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Decimal } from '@tvaers/domain';
import { createTestApp, errorOf, type TestApp } from '../../test/test-app.js';

// Defect 1 of the hostile test: one partner's budget line of 99,999,999,999,999.99 in 2099 overflowed
// numeric(16,2) in every aggregate and took the programme down for everyone. Now the programme bounds
// what one entry holds, and every sum is unbounded: at the programme's largest accepted values, every
// aggregate, export and page query still answers, exactly.

const MAX = '99999999999999.99';
const PAGE_QUERIES = ['dashboard/dashboard.graphql', 'projects/projects.graphql'].map((file) =>
  readFileSync(path.join(process.cwd(), 'apps/web/src/features', file), 'utf8'),
);

describe('the largest accepted values', () => {
  let app: TestApp;
  let dk: { id: string; version: number };
  let partner: Awaited<ReturnType<TestApp['as']>>;
  let project: string;
  let organisation: string;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    [dk] = await app.dataSource.query(`SELECT id, version FROM programmes WHERE currency = 'DKK'`);
    [{ id: organisation }] = await app.dataSource.query(`SELECT organisation_id AS id FROM users WHERE email = 'partner@tvaers.demo'`);
    [{ id: project }] = await app.dataSource.query(
      `SELECT project_id AS id FROM participations WHERE organisation_id = $1 ORDER BY project_id LIMIT 1`,
      [organisation],
    );
    partner = await app.as('PARTNER', organisation);
  });
  afterAll(() => app.close());

  const addLine = (client: { gql: TestApp['gql'] }, fiscalYear: number, amount: string, category = 'OPERATIONS') =>
    client.gql(`mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id amount } }`, {
      input: { projectId: project, funderId: organisation, fiscalYear, category, amount },
    });

  it('refuses the reported partner lines (2098 and 2099 at 99,999,999,999,999.99) by the programme bounds, naming the field', async () => {
    const total = (await app.ok(`query($id: ID!) { programme(id: $id) { totalBudget } }`, { id: dk.id })).programme.totalBudget;
    for (const year of [2098, 2099]) {
      const refused = errorOf(await addLine(partner, year, MAX));
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.fiscalYear'] });
      expect(refused.message).toContain('from 2015 to 2037');
    }
    expect(errorOf(await addLine(partner, 2027, MAX))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.amount'] });
    expect((await app.ok(`query($id: ID!) { programme(id: $id) { totalBudget } }`, { id: dk.id })).programme.totalBudget).toBe(total);
  });

  it('answers every aggregate, export and page with the largest values on many lines, to the øre', async () => {
    // The programme office may raise the bounds as far as a column holds; sums must still not overflow.
    const raised = await app.ok(
      `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { maxLineAmount fiscalYearMargin } }`,
      {
        input: { id: dk.id, version: dk.version, maxLineAmount: MAX, fiscalYearMargin: 100 },
      },
    );
    expect(raised.updateProgramme).toEqual({ maxLineAmount: MAX, fiscalYearMargin: 100 });
    const before = new Decimal(
      (await app.ok(`query($id: ID!) { programme(id: $id) { totalBudget } }`, { id: dk.id })).programme.totalBudget,
    );
    let lines = 0;
    for (const year of [2090, 2095, 2098, 2099, 2100]) {
      for (const category of ['DEVELOPMENT', 'OPERATIONS', 'INTERNAL_STAFF']) {
        expect(errorOf(await addLine(partner, year, MAX, category)).code).toBeUndefined();
        lines += 1;
      }
    }
    await partner.ok(`mutation($input: RecordCostInput!) { recordCost(input: $input) { id } }`, {
      input: { projectId: project, date: '2099-06-30', payerId: organisation, category: 'DEVELOPMENT', amount: MAX },
    });
    await partner.ok(`mutation($input: AddBenefitInput!) { addBenefit(input: $input) { id } }`, {
      input: {
        projectId: project,
        receiverId: organisation,
        title: 'Største gevinst',
        kind: 'CASH_RELEASING',
        unit: 'CURRENCY',
        targets: [2098, 2099, 2100].map((fiscalYear) => ({ fiscalYear, value: MAX })),
      },
    });

    const expected = before.plus(new Decimal(MAX).times(lines)).toFixed(2);
    const { programme } = await app.ok(`query($id: ID!) { programme(id: $id) { totalBudget } }`, { id: dk.id });
    expect(programme.totalBudget).toBe(expected);
    const summary = await app.ok(
      `query($id: ID!) { portfolioSummary(programmeId: $id) { totalBudget actualCost plannedBenefit years { fiscalYear plannedCost } projects { budget npv } } wrongPocket(programmeId: $id) { total } rankProposals(programmeId: $id) { npvPerKrone project { npv } } }`,
      { id: dk.id },
    );
    expect(summary.portfolioSummary.totalBudget).toBe(expected);
    expect(summary.portfolioSummary.years.find((y: { fiscalYear: number }) => y.fiscalYear === 2099).plannedCost).toBe(
      new Decimal(MAX).times(3).toFixed(2),
    );
    const caseOf = await app.ok(
      `query($id: ID!) { businessCase(projectId: $id) { npv netBenefit paybackYear years { fiscalYear plannedCost } } project(id: $id) { budgetTotal } }`,
      { id: project },
    );
    expect(caseOf.businessCase.npv).toMatch(/^-?\d+\.\d{2}$/);
    const baseline = await app.ok(`mutation($id: ID!) { approveBaseline(projectId: $id, reason: "Største værdier") { totalCost } }`, {
      id: project,
    });
    expect(baseline.approveBaseline.totalCost).toBe(caseOf.project.budgetTotal);

    // The web app's own page queries, as a viewer would send them.
    const viewer = await app.as('VIEWER');
    for (const document of PAGE_QUERIES) {
      for (const operationName of [...document.matchAll(/^query (\w+)/gm)].map((m) => m[1]!)) {
        const variables = { programmeId: dk.id, id: project, projectId: project, fromNumber: 1, toNumber: 1 };
        const response = await fetch(`${app.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer.token}` },
          body: JSON.stringify({ query: document, operationName, variables }),
        });
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        expect({ operationName, codes: (body.errors ?? []).map((e) => e.extensions?.code).filter((c) => c !== 'NOT_FOUND') }).toEqual({
          operationName,
          codes: [],
        });
      }
    }

    const auditor = await app.as('AUDITOR');
    for (const file of [
      'portfolio.json',
      'portfolio.pdf',
      'portfolio.csv',
      'business-case.csv',
      'budget.csv',
      'costs.csv',
      'benefits.csv',
      'portfolio.xlsx',
      'iati.xml',
    ]) {
      const response = await fetch(`${app.baseUrl}/exports/programmes/${dk.id}/${file}`, {
        headers: { authorization: `Bearer ${auditor.token}` },
      });
      const body = Buffer.from(await response.arrayBuffer());
      expect({ file, status: response.status }).toEqual({ file, status: 200 });
      expect(body.length).toBeGreaterThan(100);
      if (file === 'budget.csv') expect(body.toString('utf8')).toContain(MAX);
    }
  }, 120_000);
});
