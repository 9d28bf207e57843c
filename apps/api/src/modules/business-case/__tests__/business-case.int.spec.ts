import {
  addBenefit,
  addParticipation,
  createOrganisation,
  createProgramme,
  createProject,
  recordMeasurement,
} from '../../../../test/factories.js';
import { createTestApp, errorOf, type TestApp } from '../../../../test/test-app.js';

const BUSINESS_CASE = `query($id: ID!, $asOf: Int) {
  businessCase(projectId: $id, asOfYear: $asOf) {
    npv realisedNpv netBenefit paybackYear asOfYear realisationRate harvestRate
    years { fiscalYear plannedCost actualCost plannedBenefit realisedBenefit }
  }
}`;

describe('businessCase (the docs/domain.md worked example through the API)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  async function workedExample() {
    const programme = await createProgramme(app, { discountRate: '0.04', hourlyRate: '400.00', fteAnnualCost: '550000.00' });
    const project = await createProject(app, programme.id);
    const state = await createOrganisation(app, 'STATE');
    const municipality = await createOrganisation(app, 'MUNICIPALITY');
    await addParticipation(app, project.id, state.id, ['LEAD', 'CO_FUNDER']);
    for (const [fiscalYear, amount] of [
      [2025, '2000000.00'],
      [2026, '1000000.00'],
      [2027, '200000.00'],
    ] as const) {
      await app.ok(`mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id } }`, {
        input: { projectId: project.id, fiscalYear, funderId: state.id, category: 'DEVELOPMENT', amount },
      });
    }
    const cash = await addBenefit(app, project.id, municipality.id, {
      targets: [
        { fiscalYear: 2026, value: '500000' },
        { fiscalYear: 2027, value: '1500000' },
        { fiscalYear: 2028, value: '1500000' },
      ],
    });
    await addBenefit(app, project.id, municipality.id, {
      title: 'Sparede timer',
      kind: 'NON_CASH',
      unit: 'HOURS',
      targets: [{ fiscalYear: 2027, value: '2000' }],
    });
    const paper = await addBenefit(app, project.id, municipality.id, {
      title: 'Papirkanal',
      kind: 'DIS_BENEFIT',
      unit: 'CURRENCY',
      targets: [{ fiscalYear: 2026, value: '100000' }],
    });
    await addBenefit(app, project.id, municipality.id, {
      title: 'Tilfredshed',
      kind: 'QUALITATIVE',
      unit: 'SCORE',
      targets: [{ fiscalYear: 2026, value: '4.2' }],
    });
    for (const [benefitId, value] of [
      [cash.id, '450000'],
      [paper.id, '80000'],
    ] as const) {
      const m = await recordMeasurement(app, benefitId, 2026, value);
      await app.ok(`mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { id } }`, { id: m.id, v: m.version });
    }
    return { project, state };
  }

  it('computes NPV 698,139.51, net benefit 1,000,000, payback 2028 and realisation 0.925 as of 2026', async () => {
    const { project } = await workedExample();
    const { businessCase } = await app.ok(BUSINESS_CASE, { id: project.id, asOf: 2026 });
    expect(businessCase).toMatchObject({
      npv: '698139.51',
      netBenefit: '1000000.00',
      paybackYear: 2028,
      asOfYear: 2026,
      realisationRate: '0.9250',
      harvestRate: '0.0000',
    });
    expect(businessCase.years).toEqual([
      { fiscalYear: 2025, plannedCost: '2000000.00', actualCost: '0.00', plannedBenefit: '0.00', realisedBenefit: '0.00' },
      { fiscalYear: 2026, plannedCost: '1000000.00', actualCost: '0.00', plannedBenefit: '400000.00', realisedBenefit: '370000.00' },
      { fiscalYear: 2027, plannedCost: '200000.00', actualCost: '0.00', plannedBenefit: '2300000.00', realisedBenefit: '0.00' },
      { fiscalYear: 2028, plannedCost: '0.00', actualCost: '0.00', plannedBenefit: '1500000.00', realisedBenefit: '0.00' },
    ]);
  });

  it('counts cost actuals in the fiscal year of their date for the realised NPV', async () => {
    const { project, state } = await workedExample();
    await app.ok(`mutation($input: RecordCostInput!) { recordCost(input: $input) { id } }`, {
      input: { projectId: project.id, date: '2025-12-31', payerId: state.id, category: 'DEVELOPMENT', amount: '100000.00' },
    });
    await app.ok(`mutation($input: RecordCostInput!) { recordCost(input: $input) { id } }`, {
      input: { projectId: project.id, date: '2026-01-01', payerId: state.id, category: 'DEVELOPMENT', amount: '104000.00' },
    });
    const { businessCase } = await app.ok(BUSINESS_CASE, { id: project.id, asOf: 2026 });
    // 2025: −100,000; 2026: 370,000 − 104,000 = 266,000 → −100,000 + 266,000 / 1.04 = 155,769.23
    expect(businessCase.realisedNpv).toBe('155769.23');
    expect(businessCase.years.find((y: { fiscalYear: number }) => y.fiscalYear === 2025).actualCost).toBe('100000.00');
  });

  it('has no realisation rate before any benefit is due, and NOT_FOUND for an unknown project', async () => {
    const { project } = await workedExample();
    expect((await app.ok(BUSINESS_CASE, { id: project.id, asOf: 2025 })).businessCase.realisationRate).toBeNull();
    expect(errorOf(await app.gql(BUSINESS_CASE, { id: '00000000-0000-4000-8000-000000000003' })).code).toBe('NOT_FOUND');
  });
});
