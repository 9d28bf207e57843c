import 'reflect-metadata';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { ALL_MIGRATIONS } from '../../../migrations/index.js';
import { ALL_ENTITIES } from './entities.js';
import { SnakeNamingStrategy } from './database/snake-naming.strategy.js';
import { CallbackFirstClient } from './database/callback-first-client.js';

/**
 * The one DataSource definition. The app builds it with the URL it resolved (embedded or DATABASE_URL);
 * the TypeORM CLI imports the default export below, which reads DATABASE_URL.
 * `synchronize` is never on: the schema comes from the migrations only.
 */
export function dataSourceOptions(
  url: string,
  extra: { logger?: Logger; poolSize?: number; applicationName?: string } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: extra.logger ? 'all' : ['error'],
    logger: extra.logger,
    poolSize: extra.poolSize ?? 10,
    applicationName: extra.applicationName ?? 'tvaers',
    uuidExtension: 'pgcrypto',
    // The dashboards' statements sort and hash a row per project and year (50,000 in a 10,000-project
    // programme); at PostgreSQL's default 4 MB they spilled to disk and ran ~20 % slower.
    // connectionTimeoutMillis: while a database fails over, a new connection may never be answered; a
    // request waits at most this long before it answers SERVICE_UNAVAILABLE instead of hanging.
    // Client: pg's, giving each query its callback up front (callback-first-client.ts says why).
    extra: { options: '-c work_mem=32MB', connectionTimeoutMillis: 10_000, keepAlive: true, Client: CallbackFirstClient },
  };
}

export function createDataSource(url: string, extra?: Parameters<typeof dataSourceOptions>[1]): DataSource {
  return new DataSource(dataSourceOptions(url, extra));
}

// For `typeorm migration:run -d dist/api/apps/api/src/data-source.js` (see README).
export default createDataSource(process.env.DATABASE_URL ?? 'postgres://localhost:5432/tvaers');
