import { addBenefit, addParticipation, createOrganisation, createProgramme, createProject } from '../../../../test/factories.js';
import { createTestApp, errorOf, type TestApp } from '../../../../test/test-app.js';

const ADD = `mutation($input: AddAdoptionInput!) { addAdoption(input: $input) { id version plannedLiveDate } }`;
const BENEFIT = `query($id: ID!) { project(id: $id) { benefits { perAdopter adoption {
  perAdopter adopters live withoutPlan waitingAdopters waitingPerYear waitingPerYearMonetised
  years { fiscalYear plannedMonths actualMonths expected realised expectedMonetised realisedMonetised }
} } } }`;

describe('adoption-driven benefits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('expects from the planned go-live dates and realises from the actual ones (worked by hand)', async () => {
    // 120 hours per municipality per year (× 400 kr). Planned: A 2026-01-01, B 2026-07-01, C 2027-04-01,
    // D none. A went live 2026-02-10 (counts from March).
    // 2026: planned 12 + 6 = 18 months → 180 hours (72,000 kr); realised 10 months → 100 (40,000 kr).
    // 2027: planned 12 + 12 + 9 = 33 → 330 hours; realised 12 → 120. Waiting: B, C, D → 360 hours a year.
    const programme = await createProgramme(app);
    const project = await createProject(app, programme.id);
    const lead = await createOrganisation(app, 'JOINT_BODY', 'KOMBIT');
    await addParticipation(app, project.id, lead.id, ['LEAD', 'BENEFIT_RECEIVER']);
    const municipalities = await Promise.all(['A', 'B', 'C', 'D'].map((n) => createOrganisation(app, 'MUNICIPALITY', `Kommune ${n}`)));
    const planned = ['2026-01-01', '2026-07-01', '2027-04-01', null];
    const adoptions = [];
    for (const [i, m] of municipalities.entries())
      adoptions.push(
        (await app.ok(ADD, { input: { projectId: project.id, organisationId: m.id, plannedLiveDate: planned[i] } })).addAdoption,
      );
    await app.ok(`mutation($input: UpdateAdoptionInput!) { updateAdoption(input: $input) { id } }`, {
      input: { id: adoptions[0].id, version: adoptions[0].version, state: 'LIVE', liveDate: '2026-02-10' },
    });
    await addBenefit(app, project.id, lead.id, {
      kind: 'NON_CASH',
      unit: 'HOURS',
      perAdopter: '120',
      targets: [
        { fiscalYear: 2026, value: '200' },
        { fiscalYear: 2027, value: '400' },
      ],
    });

    const [benefit] = (await app.ok(BENEFIT, { id: project.id })).project.benefits;
    expect(benefit.perAdopter).toBe('120.0000');
    const a = benefit.adoption;
    expect(a).toMatchObject({
      adopters: 4,
      live: 1,
      withoutPlan: 1,
      waitingAdopters: 3,
      waitingPerYear: '360.0000',
      waitingPerYearMonetised: '144000.00',
    });
    const year = (y: number) => a.years.find((x: { fiscalYear: number }) => x.fiscalYear === y);
    expect(year(2025)).toMatchObject({ plannedMonths: 0, expected: '0.0000', realised: '0.0000' });
    expect(year(2026)).toEqual({
      fiscalYear: 2026,
      plannedMonths: 18,
      actualMonths: 10,
      expected: '180.0000',
      realised: '100.0000',
      expectedMonetised: '72000.00',
      realisedMonetised: '40000.00',
    });
    expect(year(2027)).toMatchObject({ plannedMonths: 33, actualMonths: 12, expected: '330.0000', realised: '120.0000' });
    expect(year(2028)).toMatchObject({ plannedMonths: 36, expected: '360.0000' });

    const { portfolioSummary } = await app.ok(
      `query($p: ID!) { portfolioSummary(programmeId: $p) { adoptionWaitingBenefit adoptionWaitingOrganisations } }`,
      { p: programme.id },
    );
    expect(portfolioSummary).toEqual({ adoptionWaitingBenefit: '144000.00', adoptionWaitingOrganisations: 3 });
  });

  it('is null for an ordinary benefit and refuses bad input naming the field', async () => {
    const programme = await createProgramme(app);
    const project = await createProject(app, programme.id);
    const lead = await createOrganisation(app, 'STATE');
    await addParticipation(app, project.id, lead.id, ['LEAD', 'BENEFIT_RECEIVER']);
    await addBenefit(app, project.id, lead.id);
    expect((await app.ok(BENEFIT, { id: project.id })).project.benefits[0]).toEqual({ perAdopter: null, adoption: null });
    const add = (extra: Record<string, unknown>) =>
      app.gql(`mutation($input: AddBenefitInput!) { addBenefit(input: $input) { id } }`, {
        input: { projectId: project.id, receiverId: lead.id, title: 'Timer', kind: 'NON_CASH', unit: 'HOURS', targets: [], ...extra },
      });
    expect(errorOf(await add({ perAdopter: '-5' })).fields).toEqual(['input.perAdopter']);
    expect(errorOf(await add({ perAdopter: '1e400' })).code).toBe('BAD_USER_INPUT');
    const municipality = await createOrganisation(app);
    const bad = await app.gql(ADD, { input: { projectId: project.id, organisationId: municipality.id, plannedLiveDate: '1999-12-31' } });
    expect(errorOf(bad).fields).toEqual(['input.plannedLiveDate']);
    expect(
      errorOf(await app.gql(ADD, { input: { projectId: project.id, organisationId: municipality.id, plannedLiveDate: '2026-02-30' } }))
        .code,
    ).toBe('BAD_USER_INPUT');
  });
});
