import {
  addBenefit,
  addBudgetLine,
  addParticipation,
  createOrganisation,
  createProgramme,
  createProject,
  recordMeasurement,
} from '../../../../test/factories.js';
import { createTestApp, errorOf, type TestApp } from '../../../../test/test-app.js';

const QUERY = `query($p: ID!, $f: ProjectFilter) {
  lifeEvents(programmeId: $p, filter: $f) { lifeEvent projectCount projects { id code } budget plannedBenefit realisedBenefit plannedHours hoursSaved commonComponents }
}`;

describe('life events', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('adds up the projects serving each life event (worked by hand)', async () => {
    // A (moving house, birth; MitID, Digital Post): budget 1,000,000; 500 hours a year 2026–2027 planned
    // (× 400 kr = 200,000 each), 300 hours validated in 2026 (120,000 kr).
    // B (moving house; MitID, CPR): budget 400,000; 250,000 kr planned in 2026, none measured.
    const programme = await createProgramme(app);
    const municipality = await createOrganisation(app);
    const a = await createProject(app, programme.id, {
      code: 'A',
      lifeEvents: ['MOVING_HOUSE', 'BIRTH'],
      commonComponents: ['MITID', 'DIGITAL_POST'],
    });
    const b = await createProject(app, programme.id, { code: 'B', lifeEvents: ['MOVING_HOUSE'], commonComponents: ['MITID', 'CPR'] });
    await createProject(app, programme.id, { code: 'C' });
    for (const p of [a, b]) await addParticipation(app, p.id, municipality.id, ['LEAD', 'BENEFIT_RECEIVER']);
    await addBudgetLine(app, a.id, municipality.id, 2025, '1000000.00');
    await addBudgetLine(app, b.id, municipality.id, 2025, '400000.00');
    const hours = await addBenefit(app, a.id, municipality.id, {
      kind: 'NON_CASH',
      unit: 'HOURS',
      targets: [
        { fiscalYear: 2026, value: '500' },
        { fiscalYear: 2027, value: '500' },
      ],
    });
    const measured = await recordMeasurement(app, hours.id, 2026, '300');
    await app.ok(`mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { id } }`, {
      id: measured.id,
      v: measured.version,
    });
    await addBenefit(app, b.id, municipality.id, { targets: [{ fiscalYear: 2026, value: '250000.00' }] });

    const { lifeEvents } = await app.ok(QUERY, { p: programme.id });
    const byEvent = Object.fromEntries(lifeEvents.map((e: { lifeEvent: string }) => [e.lifeEvent, e]));
    expect(byEvent['MOVING_HOUSE']).toEqual({
      lifeEvent: 'MOVING_HOUSE',
      projectCount: 2,
      projects: [
        { id: a.id, code: 'A' },
        { id: b.id, code: 'B' },
      ],
      budget: '1400000.00',
      plannedBenefit: '650000.00',
      realisedBenefit: '120000.00',
      plannedHours: '1000',
      hoursSaved: '300',
      commonComponents: ['CPR', 'DIGITAL_POST', 'MITID'],
    });
    expect(byEvent['BIRTH']).toMatchObject({
      projectCount: 1,
      budget: '1000000.00',
      plannedBenefit: '400000.00',
      realisedBenefit: '120000.00',
      commonComponents: ['DIGITAL_POST', 'MITID'],
    });
    // Every life event is listed, the ones nobody serves with zeros.
    expect(byEvent['DEATH']).toEqual({
      lifeEvent: 'DEATH',
      projectCount: 0,
      projects: [],
      budget: '0.00',
      plannedBenefit: '0.00',
      realisedBenefit: '0.00',
      plannedHours: '0',
      hoursSaved: '0',
      commonComponents: [],
    });
    // The dashboard filter applies.
    const filtered = (await app.ok(QUERY, { p: programme.id, f: { search: 'B' } })).lifeEvents;
    expect(filtered.find((e: { lifeEvent: string }) => e.lifeEvent === 'MOVING_HOUSE')).toMatchObject({
      projectCount: 1,
      budget: '400000.00',
    });
  });

  it('is NOT_FOUND for a programme the user is not a member of', async () => {
    const viewer = await app.as('VIEWER');
    const foreign = await createProgramme(app);
    expect(errorOf(await viewer.gql(QUERY, { p: foreign.id })).code).toBe('NOT_FOUND');
  });
});
