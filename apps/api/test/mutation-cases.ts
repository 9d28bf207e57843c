import { errorOf, type GraphqlResult, type TestApp } from './test-app.js';
import { createWorld, type World } from './factories.js';

/** For one mutation: a success path that checks what was written, and an invalid input that is refused. */
export interface MutationCase {
  success(app: TestApp, world: World): Promise<void>;
  invalid(app: TestApp, world: World): Promise<void>;
}

export type MutationCases = Record<string, MutationCase>;

/** Asserts a refusal with the given code, naming the given field when one is expected. */
export function expectRefused(result: GraphqlResult, code: string, field?: string): void {
  const error = errorOf(result);
  expect(result.data ?? null).toBeNull();
  expect(error.code).toBe(code);
  if (field) expect(error.fields).toContain(field);
}

export function runMutationCases(cases: MutationCases, context: { app: () => TestApp }): void {
  for (const [name, testCase] of Object.entries(cases)) {
    describe(name, () => {
      it('succeeds and persists', async () => {
        const app = context.app();
        await testCase.success(app, await createWorld(app));
      });
      it('refuses invalid input with a clear error', async () => {
        const app = context.app();
        await testCase.invalid(app, await createWorld(app));
      });
    });
  }
}
