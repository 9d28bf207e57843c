import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { runMutationCases } from '../../../../test/mutation-cases.js';
import { milestoneCases } from './milestones.cases.js';

describe('milestones (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  runMutationCases(milestoneCases, { app: () => app });
});
