// Shared Jest settings for the ESM TypeScript projects: ts-jest in ESM mode and a mapper that strips the
// `.js` extension nodenext requires in relative imports, so Jest resolves the `.ts` source instead.
import path from 'node:path';

const root = import.meta.dirname;

export function esmTsJestConfig({ displayName, rootDir, tsconfig, ...rest }) {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    moduleFileExtensions: ['ts', 'js', 'json'],
    testMatch: ['<rootDir>/src/**/__tests__/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    moduleNameMapper: {
      '^@tvaers/domain$': path.join(root, 'libs/domain/src/index.ts'),
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    transform: {
      '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig }],
    },
    ...rest,
  };
}
