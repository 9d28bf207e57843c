import { addBenefit, createWorld, recordMeasurement } from '../../../../test/factories.js';
import { runMutationCases } from '../../../../test/mutation-cases.js';
import { createTestApp, errorOf, type TestApp } from '../../../../test/test-app.js';
import { benefitCases } from './benefits.cases.js';

describe('benefits and measurements (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  runMutationCases(benefitCases, { app: () => app });

  it('moves a measurement only forward: REPORTED → VALIDATED → (confirmed by the receiver) → HARVESTED', async () => {
    const { project, municipality } = await createWorld(app);
    const benefit = await addBenefit(app, project.id, municipality.id);
    const m = await recordMeasurement(app, benefit.id);
    const move = (name: string, version: number) =>
      app.gql(`mutation($id: ID!, $v: Int!) { ${name}(id: $id, version: $v) { status version } }`, { id: m.id, v: version });
    expect(errorOf(await move('harvestMeasurement', 1)).code).toBe('INVALID_TRANSITION');
    expect((await move('validateMeasurement', 1)).data).toEqual({ validateMeasurement: { status: 'VALIDATED', version: 2 } });
    expect(errorOf(await move('validateMeasurement', 2)).code).toBe('INVALID_TRANSITION');
    expect(errorOf(await move('harvestMeasurement', 2)).code).toBe('INVALID_TRANSITION');
    await app.ok(
      `mutation($id: ID!) { confirmMeasurement(id: $id, version: 2, reference: "Budgetaftale 2027", reason: "Bekræftet pr. brev") { id } }`,
      { id: m.id },
    );
    expect((await move('harvestMeasurement', 3)).data).toEqual({ harvestMeasurement: { status: 'HARVESTED', version: 4 } });
    expect(errorOf(await move('validateMeasurement', 4)).code).toBe('INVALID_TRANSITION');
    expect(errorOf(await move('harvestMeasurement', 4)).code).toBe('INVALID_TRANSITION');
  });
});
