import 'reflect-metadata';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { developmentAuditSigningKey } from './config/audit-signing-key-file.js';
import { AppLogger } from './modules/logging/logging.module.js';
import { loadConfig } from './config/app-config.js';
import { developmentTokenSecret } from './config/token-secret.js';
import { startEmbeddedPostgres } from './database/embedded-postgres.js';
import { prepareDatabase } from './prepare-database.js';
import { serveWebApp } from './http/web-app.js';
import { shutDownGracefully } from './http/graceful-shutdown.js';
import { findRepoRoot } from './config/repo-root.js';

const repoRoot = findRepoRoot(import.meta.dirname);
const logger = new Logger('Tværs');

/** Starts the API (and the embedded PostgreSQL when no DATABASE_URL is set) and stops both on SIGTERM. */
export async function runServer({ flushTraces }: { flushTraces: () => Promise<void> }): Promise<void> {
  const config = loadConfig(process.env, repoRoot);
  // One pino logger from the first line on: start-up messages are JSON lines of the same shape.
  const appLogger = new AppLogger({ format: config.logFormat });
  if (config.logFormat === 'json') Logger.overrideLogger(appLogger);
  let stopDatabase = async () => undefined as void;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres'), database: 'tvaers' });
    if (embedded.leftover) logger.warn(embedded.leftover);
    logger.log(
      `Embedded PostgreSQL ready in ${embedded.startupMs} ms on 127.0.0.1:${embedded.port} (data in ${path.relative(repoRoot, config.dataDir)}/postgres)`,
    );
    // If the server dies, it is started again; the connection pool reconnects, and until then requests
    // answer SERVICE_UNAVAILABLE.
    embedded.supervise((message) => logger.warn(message));
    databaseUrl = embedded.url;
    stopDatabase = embedded.stop;
  }

  try {
    await prepareDatabase(databaseUrl, { demoData: config.demoData });
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({
        databaseUrl,
        readDatabaseUrl: config.readDatabaseUrl,
        production: config.production,
        auth: {
          tokenSecret: config.tokenSecret ?? developmentTokenSecret(config.dataDir),
          sessionSeconds: config.sessionSeconds,
          passwordLogin: config.passwordLogin,
          oidc: config.oidc,
        },
        jobs: config.jobs,
        metricsToken: config.metricsToken,
        logging: { format: config.logFormat, logger: appLogger },
        // Express adds the CORS headers, so with CORS configured it serves GraphQL too.
        graphqlHttp: config.corsOrigins.length ? 'express' : 'direct',
        audit: { ...config.audit, signingKey: config.audit.signingKey ?? developmentAuditSigningKey(config.dataDir) },
      }),
      {
        logger: ['error', 'warn', 'log'],
        bufferLogs: config.logFormat === 'json',
      },
    );
    if (config.logFormat === 'json') app.useLogger(appLogger);
    app.disable('x-powered-by');
    // Same-origin by default: no CORS headers at all unless origins are configured explicitly.
    if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: false });
    const servesWeb = serveWebApp(app, config.webDist, config.production);
    await app.listen(config.port);
    logger.log(
      `Tværs is running: http://localhost:${config.port}/ (GraphQL at /graphql)${servesWeb ? '' : ' — web app not built, API only'}`,
    );

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal}: stopping`);
      await shutDownGracefully(app, { ...config.shutdown, log: (message) => logger.log(message) });
      await stopDatabase();
      await flushTraces();
      process.exit(0);
    };
    // embedded-postgres hooks SIGINT and SIGTERM itself (async-exit-hook): it would stop the database
    // at once and exit, failing the requests in flight. This process stops it after draining instead.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.removeAllListeners(signal);
      process.on(signal, () => void shutdown(signal));
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}
