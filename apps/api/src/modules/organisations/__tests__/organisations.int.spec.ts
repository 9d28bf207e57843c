import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { createOrganisation } from '../../../../test/factories.js';
import { runMutationCases } from '../../../../test/mutation-cases.js';
import { organisationCases } from './organisations.cases.js';

describe('organisations (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  runMutationCases(organisationCases, { app: () => app });

  it('lists organisations, optionally of one country and sector', async () => {
    const region = await createOrganisation(app, 'REGION', 'Region');
    const { all, regions, norwegian } = await app.ok(`{
      all: organisations { id }
      regions: organisations(country: DK, sector: REGION) { id sector country }
      norwegian: organisations(country: NO) { id }
    }`);
    expect(all).toContainEqual({ id: region.id });
    expect(regions).toContainEqual({ id: region.id, sector: 'REGION', country: 'DK' });
    expect(regions.every((o: { sector: string }) => o.sector === 'REGION')).toBe(true);
    expect(norwegian).not.toContainEqual({ id: region.id });
  });
});
