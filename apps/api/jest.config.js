import { esmTsJestConfig } from '../../jest.preset.js';

export default esmTsJestConfig({
  displayName: 'api',
  rootDir: import.meta.dirname,
  tsconfig: '<rootDir>/tsconfig.json',
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  testTimeout: 60_000,
});
