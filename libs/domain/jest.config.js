import { esmTsJestConfig } from '../../jest.preset.js';

export default esmTsJestConfig({
  displayName: 'domain',
  rootDir: import.meta.dirname,
  tsconfig: '<rootDir>/tsconfig.spec.json',
});
