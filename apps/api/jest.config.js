import { esmTsJestConfig } from '../../jest.preset.js';

export default esmTsJestConfig({
  displayName: 'api',
  rootDir: import.meta.dirname,
  tsconfig: '<rootDir>/tsconfig.json',
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  testTimeout: 60_000,
  // Jest's ESM module registries are not freed between test files: one process grew to the 4 GB heap
  // limit over the ~66 files and died (CI, 2026-12-01). A worker over this limit after a file is
  // replaced by a fresh one; setting it also makes Jest use a worker instead of its own process.
  workerIdleMemoryLimit: '1536MB',
});
