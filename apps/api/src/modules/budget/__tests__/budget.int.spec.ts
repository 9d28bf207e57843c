import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { runMutationCases } from '../../../../test/mutation-cases.js';
import { budgetCases } from './budget.cases.js';

describe('budget lines and cost actuals (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  runMutationCases(budgetCases, { app: () => app });
});
