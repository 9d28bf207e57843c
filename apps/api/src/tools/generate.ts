import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDataSource } from '../data-source.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { prepareDatabase } from '../prepare-database.js';
import { generateScalePortfolio } from './scale-portfolio.js';
import { findRepoRoot } from '../config/repo-root.js';

// npm run generate -- --projects 10000 --measurements 1000000
// Fills DATABASE_URL, or an embedded PostgreSQL under .data/bench, with a large programme.
const repoRoot = findRepoRoot(import.meta.dirname);
const { values } = parseArgs({
  options: { projects: { type: 'string', default: '10000' }, measurements: { type: 'string', default: '1000000' } },
});
const projects = Number(values.projects);
const measurements = Number(values.measurements);
if (!Number.isInteger(projects) || projects < 1 || !Number.isInteger(measurements) || measurements < 0) {
  console.error('usage: npm run generate -- --projects 10000 --measurements 1000000');
  process.exit(2);
}

const embedded = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dataDir: path.join(repoRoot, '.data/bench/postgres'), database: 'tvaers_bench' });
const url = process.env.DATABASE_URL ?? embedded!.url;
try {
  await prepareDatabase(url, { demoData: false });
  const ds = createDataSource(url, { poolSize: 1 });
  await ds.initialize();
  const started = Date.now();
  const { programmeId, rows } = await generateScalePortfolio(ds, { projects, measurements });
  await ds.destroy();
  console.log(`Generated programme ${programmeId} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(rows)}`);
} finally {
  await embedded?.stop();
}
