import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    // The domain library's Decimal-free modules (calendar dates, role groups) from their source: the
    // web app imports them one by one (`@tvaers/domain/roles`), so the bundle never takes in Decimal.
    alias: [{ find: /^@tvaers\/domain\/([a-z-]+)$/, replacement: path.resolve(root, '../../libs/domain/src/$1.ts') }],
  },
  build: {
    outDir: path.resolve(root, '../../dist/web'),
    emptyOutDir: true,
    // Which chunks each module needs: the first-visit budget (scripts/check-bundle-size.mjs) reads it.
    manifest: true,
    // The libraries in chunks of their own (under Vite's 500 kB warning): they change less often than
    // the app, so a browser keeps them cached across releases.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // use-sync-external-store goes with React: the router's store needs it on every page, charts only on some.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/ },
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|internmap|decimal\.js-light|es-toolkit|immer|reselect|@reduxjs|redux|react-redux|eventemitter3|tiny-invariant|clsx)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    // `npm run dev:web` next to `npm start`: the API (on PORT, as `npm start` reads it) answers GraphQL,
    // health checks, exports and imports.
    proxy: Object.fromEntries(
      ['/graphql', '/health', '/exports', '/imports'].map((route) => [route, `http://localhost:${process.env.PORT ?? 3000}`]),
    ),
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
