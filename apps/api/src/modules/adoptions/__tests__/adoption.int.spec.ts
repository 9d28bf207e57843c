import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { runMutationCases } from '../../../../test/mutation-cases.js';
import { adoptionCases } from './adoption.cases.js';

describe('adoption (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  runMutationCases(adoptionCases, { app: () => app });
});
