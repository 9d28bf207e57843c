import { addBenefit, addBudgetLine, createWorld, recordMeasurement } from '../../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

// The project queries read nested lists ahead (graphql/preload.ts) and their fields answer from what was
// read; a mutation's answer resolves the same fields one by one. Both must give the same answer, also
// with aliases of one field asking different columns and with fields inside fragments.

const FIELDS = `
  id code budgetTotal actualCostTotal
  track { code name }
  participations { roles organisation { name sector } }
  costsA: budgetLines { fiscalYear amount }
  costsB: budgetLines { category funder { name } }
  ... on Project { benefits { title ...BenefitParts } }`;
const FRAGMENT = `
  fragment BenefitParts on Benefit {
    receiver { name }
    targets { fiscalYear value }
    measurements { fiscalYear value status }
  }`;

describe('project queries read nested lists ahead', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('answer as the field resolvers do, through aliases, fragments and in a list', async () => {
    const world = await createWorld(app);
    const benefit = await addBenefit(app, world.project.id, world.municipality.id);
    await recordMeasurement(app, benefit.id);
    await addBudgetLine(app, world.project.id, world.lead.id, 2026, '1000.00');
    await addBudgetLine(app, world.project.id, world.municipality.id, 2027, '250.50', 'OPERATIONS');

    const { project } = await app.ok(`query($id: ID!) { project(id: $id) { ${FIELDS} } } ${FRAGMENT}`, { id: world.project.id });
    const { projects } = await app.ok(`query($p: ID!) { projects(programmeId: $p) { edges { node { ${FIELDS} } } } } ${FRAGMENT}`, {
      p: world.programme.id,
    });
    // A mutation's answer is not read ahead: every field goes through its resolver.
    const { updateProject } = await app.ok(
      `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { ${FIELDS} } } ${FRAGMENT}`,
      {
        input: { id: world.project.id, version: world.project.version, title: world.project.title },
      },
    );

    expect(project).toEqual(updateProject);
    expect(projects.edges.map((e: { node: unknown }) => e.node)).toEqual([updateProject]);
    expect(project).toMatchObject({
      budgetTotal: '1250.50',
      track: { code: world.track.code },
      costsA: [
        { fiscalYear: 2026, amount: '1000.00' },
        { fiscalYear: 2027, amount: '250.50' },
      ],
      costsB: [
        { category: 'DEVELOPMENT', funder: { name: world.lead.name } },
        { category: 'OPERATIONS', funder: { name: world.municipality.name } },
      ],
      benefits: [{ receiver: { name: world.municipality.name }, measurements: [{ fiscalYear: 2026, status: 'REPORTED' }] }],
    });
  });
});
