import { addBenefit, addBudgetLine, createWorld, recordMeasurement } from '../../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

const FIGURES = `query($id: ID!) { project(id: $id) { figures {
  baselineBenefit forecastBenefit actualBenefit achievementRate benefitRag realisationRate variances { dimension rate needsExplanation } } } }`;

describe('project outlook and the benefit light with non-monetised benefits (real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('forecast benefits are the targets with the owner’s forecast instead where given; a 13 % shortfall needs an explanation', async () => {
    const { project, lead, municipality } = await createWorld(app);
    await addBudgetLine(app, project.id, lead.id, 2026, '1000000.00');
    // Targets 2026: 500,000 and 2027: 1,500,000 (the factory's); the owner now expects 1,200,000 in 2027.
    const benefit = await addBenefit(app, project.id, municipality.id);
    await app.ok(`mutation($input: UpdateBenefitInput!) { updateBenefit(input: $input) { id } }`, {
      input: { id: benefit.id, version: benefit.version, forecasts: [{ fiscalYear: 2027, value: '1200000' }] },
    });
    // A forecast for a year without a target counts in full (here an hours benefit: 100 h × 400 = 40,000).
    const hours = await addBenefit(app, project.id, municipality.id, { title: 'Sparet tid', kind: 'NON_CASH', unit: 'HOURS', targets: [] });
    await app.ok(`mutation($input: UpdateBenefitInput!) { updateBenefit(input: $input) { id } }`, {
      input: { id: hours.id, version: hours.version, forecasts: [{ fiscalYear: 2028, value: '100' }] },
    });
    const { project: read } = await app.ok(FIGURES, { id: project.id });
    expect(read.figures).toMatchObject({ baselineBenefit: '2000000.00', forecastBenefit: '1740000.00', actualBenefit: '0.00' });
    expect(read.figures.variances).toContainEqual({ dimension: 'BENEFIT', rate: '0.1300', needsExplanation: true });
  });

  it('a COUNT benefit at 8 of 10 to date makes the benefit light AMBER though the money is on track', async () => {
    const { project, municipality } = await createWorld(app);
    // Money: 500,000 planned in 2026, 500,000 validated → realisation 1.0 (GREEN on its own).
    const cash = await addBenefit(app, project.id, municipality.id, { targets: [{ fiscalYear: 2026, value: '500000' }] });
    const measured = await recordMeasurement(app, cash.id, 2026, '500000.00');
    await app.ok(`mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { id } }`, {
      id: measured.id,
      v: measured.version,
    });
    // Municipalities connected: 10 planned in 2026, 8 validated → achievement 0.8 (AMBER).
    const count = await addBenefit(app, project.id, municipality.id, {
      title: 'Tilsluttede kommuner',
      kind: 'NON_CASH',
      unit: 'COUNT',
      targets: [{ fiscalYear: 2026, value: '10' }],
    });
    const connected = await recordMeasurement(app, count.id, 2026, '8');
    await app.ok(`mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { id } }`, {
      id: connected.id,
      v: connected.version,
    });
    const { project: read } = await app.ok(FIGURES, { id: project.id });
    expect(read.figures).toMatchObject({ realisationRate: '1.0000', achievementRate: '0.8000', benefitRag: 'AMBER' });
  });
});
