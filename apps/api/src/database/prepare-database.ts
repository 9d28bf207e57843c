import { Logger } from '@nestjs/common';
import { createDataSource } from './data-source.js';
import { loadDemoPortfolioOnce } from '../modules/demo/demo-loader.js';

const logger = new Logger('Database');

/** Brings the schema up to date and, if asked, loads the demo portfolio into a database that never had it. */
export async function prepareDatabase(url: string, options: { demoData: boolean; quiet?: boolean }): Promise<void> {
  const log = (message: string) => options.quiet || logger.log(message);
  const dataSource = createDataSource(url, { poolSize: 2 });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    if (options.demoData) {
      const loaded = await loadDemoPortfolioOnce(dataSource);
      if (loaded) log(`Loaded the demo portfolio: ${loaded.projects} projects in ${loaded.programmes} programmes`);
    }
  } finally {
    await dataSource.destroy();
  }
}
