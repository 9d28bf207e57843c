// `node dist/api/apps/api/src/tools/migrate.js`: brings DATABASE_URL's schema up to date and exits,
// for a deployment's migration step (the Kubernetes Job in deploy/kubernetes) before new API pods start.
// It takes the same database lock as an API process starting, so it never races one.
import 'reflect-metadata';
import { prepareDatabase } from '../prepare-database.js';

const url = process.env.DATABASE_URL?.trim();
if (!url) {
  console.error('DATABASE_URL is not set: the migration step needs the database to migrate');
  process.exit(1);
}
try {
  await prepareDatabase(url, { demoData: false });
  console.log('The schema is up to date');
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
