import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { runMutationCases } from '../../../../test/mutation-cases.js';
import { createWorld } from '../../../../test/factories.js';
import { addRisk, riskCases } from './risks.cases.js';

const MATRIX = `query($programmeId: ID!, $filter: ProjectFilter) { portfolioSummary(programmeId: $programmeId, filter: $filter) {
  riskMatrix { probability impact count } residualRiskMatrix { probability impact count } riskReviewsOverdue } }`;

describe('risk and issue register (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  runMutationCases(riskCases, { app: () => app });

  it('a risk moves the heat map: inherent and residual cells, closed risks leave it, overdue reviews are counted', async () => {
    const { programme, project } = await createWorld(app);
    const summary = async () => (await app.ok(MATRIX, { programmeId: programme.id })).portfolioSummary;
    expect(await summary()).toEqual({ riskMatrix: [], residualRiskMatrix: [], riskReviewsOverdue: 0 });

    const risk = await addRisk(app, project.id, {
      probability: 4,
      impact: 5,
      residualProbability: 2,
      residualImpact: 3,
      reviewDate: '2020-06-01',
    });
    await addRisk(app, project.id, { probability: 4, impact: 5 });
    expect(await summary()).toEqual({
      riskMatrix: [{ probability: 4, impact: 5, count: 2 }],
      residualRiskMatrix: expect.arrayContaining([
        { probability: 2, impact: 3, count: 1 },
        { probability: 4, impact: 5, count: 1 },
      ]),
      riskReviewsOverdue: 1,
    });

    // The cell links to exactly its risks.
    const cell = await app.ok(
      `query($p: ID!) { programmeRisks(programmeId: $p, probability: 2, impact: 3, residual: true) { id project { code } } }`,
      { p: programme.id },
    );
    expect(cell.programmeRisks).toEqual([{ id: risk.id, project: { code: project.code } }]);

    await app.ok(`mutation($input: UpdateRiskInput!) { updateRisk(input: $input) { id } }`, {
      input: { id: risk.id, version: risk.version, status: 'CLOSED' },
    });
    expect(await summary()).toEqual({
      riskMatrix: [{ probability: 4, impact: 5, count: 1 }],
      residualRiskMatrix: [{ probability: 4, impact: 5, count: 1 }],
      riskReviewsOverdue: 0,
    });
  });

  it('refuses a cell outside the 5×5 scale with the argument named', async () => {
    const { programme } = await createWorld(app);
    const result = await app.gql(`query($p: ID!) { programmeRisks(programmeId: $p, probability: 0) { id } }`, { p: programme.id });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'probability', reason: expect.stringMatching(/1 to 5/) }],
    });
  });

  it('a partner edits the register of its own projects only, a viewer none', async () => {
    const world = await createWorld(app);
    const partner = await app.as('PARTNER', world.lead.id, [world.programme.id]);
    await partner.ok(ADD_RISK_MIN, {
      input: { projectId: world.project.id, title: 'Nøglemedarbejder stopper', category: 'ORGANISATIONAL', probability: 2, impact: 4 },
    });
    const outsider = await app.as('PARTNER', world.outsider.id, [world.programme.id]);
    expect(
      (
        await outsider.gql(ADD_RISK_MIN, {
          input: { projectId: world.project.id, title: 'Ikke vores', category: 'LEGAL', probability: 2, impact: 2 },
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const viewer = await app.as('VIEWER', undefined, [world.programme.id]);
    expect(
      (
        await viewer.gql(ADD_RISK_MIN, {
          input: { projectId: world.project.id, title: 'Læser', category: 'LEGAL', probability: 2, impact: 2 },
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});

const ADD_RISK_MIN = `mutation($input: AddRiskInput!) { addRisk(input: $input) { id } }`;
