#!/usr/bin/env node
// Writes schema.gql from the compiled API (run `npm run build` first; `npm run schema:generate` does).
// The schema is taken from the real app, booted against a throwaway embedded PostgreSQL.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const api = (file) => import(path.join(root, 'dist/api/apps/api/src', file));
await import('reflect-metadata');
const { NestFactory } = await import('@nestjs/core');
const { GraphQLSchemaHost } = await import('@nestjs/graphql');
const { AppModule } = await api('app.module.js');
const { startEmbeddedPostgres } = await api('database/embedded-postgres.js');
const { renderSchema, SCHEMA_FILE_NAME } = await api('graphql/schema-file.js');

const dir = await mkdtemp(path.join(os.tmpdir(), 'tvaers-schema-'));
const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: 'schema', persistent: false });
try {
  const app = await NestFactory.create(
    AppModule.forRoot({ databaseUrl: db.url, production: false, auth: { tokenSecret: 'schema-generation-only', sessionSeconds: 60 } }),
    { logger: ['error'] },
  );
  await app.init();
  const { schema } = app.get(GraphQLSchemaHost);
  await writeFile(path.join(root, SCHEMA_FILE_NAME), renderSchema(schema));
  await app.close();
  console.log(`Wrote ${SCHEMA_FILE_NAME}`);
} finally {
  await db.stop();
  await rm(dir, { recursive: true, force: true });
}
