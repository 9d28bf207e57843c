import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: path.resolve(root, '../../dist/web'),
    emptyOutDir: true,
  },
  server: {
    // `npm run dev:web` next to `npm start`: the API answers GraphQL and health checks.
    proxy: { '/graphql': 'http://localhost:3000', '/health': 'http://localhost:3000', '/exports': 'http://localhost:3000', '/imports': 'http://localhost:3000' },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
