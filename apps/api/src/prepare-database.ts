import { Logger } from '@nestjs/common';
import { createDataSource } from './data-source.js';
import { loadDemoPortfolioOnce } from './seed/demo/demo-loader.js';

const logger = new Logger('Database');

// Several API processes start at once behind a load balancer; one session lock makes them migrate
// (and load the demo portfolio) one after the other instead of racing on the same tables.
const PREPARE_LOCK = 7305412;

/** Brings the schema up to date and, if asked, loads the demo portfolio into a database that never had it. */
export async function prepareDatabase(url: string, options: { demoData: boolean; quiet?: boolean }): Promise<void> {
  const log = (message: string) => options.quiet || logger.log(message);
  const dataSource = createDataSource(url, { poolSize: 2 });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    if (options.demoData) {
      const loaded = await loadDemoPortfolioOnce(dataSource);
      if (loaded) log(`Loaded the demo portfolio: ${loaded.projects} projects in ${loaded.programmes} programmes`);
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
