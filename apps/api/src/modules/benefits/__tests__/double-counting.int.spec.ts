import { addBenefit, createProject, createWorld, addParticipation } from '../../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

describe('double-count guard (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('two projects claiming the same saving for the same receiver and process are flagged, with the amount at risk', async () => {
    const { programme, project, municipality, lead } = await createWorld(app);
    const other = await createProject(app, programme.id);
    await addParticipation(app, other.id, lead.id, ['LEAD']);
    await addParticipation(app, other.id, municipality.id, ['BENEFIT_RECEIVER']);
    // A: 400,000 in 2026 and 600,000 in 2027; B: 300,000 in 2027 and 2028 — at most 300,000 twice (2027).
    const a = await addBenefit(app, project.id, municipality.id, {
      process: '27.24.00',
      targets: [
        { fiscalYear: 2026, value: '400000' },
        { fiscalYear: 2027, value: '600000' },
      ],
    });
    const b = await addBenefit(app, other.id, municipality.id, {
      process: '27.24.00',
      targets: [
        { fiscalYear: 2027, value: '300000' },
        { fiscalYear: 2028, value: '300000' },
      ],
    });
    // Same process, other receiver; and same receiver, other process: no overlap.
    await addBenefit(app, other.id, lead.id, { process: '27.24.00' });
    await addBenefit(app, other.id, municipality.id, { process: '27.12.00' });
    const { project: read } = await app.ok(
      `query($id: ID!) { project(id: $id) { benefits { id process overlaps { benefit { id project { code } } fiscalYears } } } }`,
      { id: project.id },
    );
    expect(read.benefits.find((x: { id: string }) => x.id === a.id)).toEqual({
      id: a.id,
      process: '27.24.00',
      overlaps: [{ benefit: { id: b.id, project: { code: other.code } }, fiscalYears: [2027] }],
    });
    const { portfolioSummary } = await app.ok(
      `query($p: ID!) { portfolioSummary(programmeId: $p) { doubleCounting { pairs amount items { a { projectCode } b { projectCode } fiscalYears amount } } } }`,
      { p: programme.id },
    );
    expect(portfolioSummary.doubleCounting).toEqual({
      pairs: 1,
      amount: '300000.00',
      items: [{ a: expect.any(Object), b: expect.any(Object), fiscalYears: [2027], amount: '300000.00' }],
    });
    expect([portfolioSummary.doubleCounting.items[0].a.projectCode, portfolioSummary.doubleCounting.items[0].b.projectCode].sort()).toEqual(
      [project.code, other.code].sort(),
    );
  });

  it('refuses a malformed process code naming the field; an empty one means none', async () => {
    const { project, municipality } = await createWorld(app);
    const refused = await app.gql(`mutation($input: AddBenefitInput!) { addBenefit(input: $input) { id } }`, {
      input: {
        projectId: project.id,
        title: 'Hurtigere flytning',
        kind: 'CASH_RELEASING',
        unit: 'CURRENCY',
        receiverId: municipality.id,
        process: '27 24 00',
        targets: [],
      },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.process' }] });
    const none = await addBenefit(app, project.id, municipality.id, { process: '  ' });
    const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { benefits { id process } } }`, { id: project.id });
    expect(read.benefits.find((x: { id: string }) => x.id === none.id).process).toBeNull();
  });
});
