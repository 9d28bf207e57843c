import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module.js';
import { prepareDatabase } from '../src/database/prepare-database.js';
import { SqlCounter } from './sql-counter.js';
import { createTestDatabase } from './test-database.js';

export interface GraphqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; reason: string }[] } }[];
}

export interface TestApp {
  baseUrl: string;
  dataSource: DataSource;
  sql: SqlCounter;
  /** Posts a GraphQL operation and returns the raw result (data and errors). */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** The real app (HTTP, GraphQL, TypeORM) on its own freshly migrated database. */
export async function createTestApp(options: { demoData?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  await prepareDatabase(database.url, { demoData: options.demoData ?? false, quiet: true });
  const sql = new SqlCounter();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ databaseUrl: database.url, production: false, sqlLogger: sql }), {
    logger: ['error'],
  });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResult<T>;
  };
  return {
    baseUrl,
    dataSource: app.get(DataSource),
    sql,
    gql,
    ok: async <T>(query: string, variables?: Record<string, unknown>) => {
      const result = await gql<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** The error code and the fields named in the first error of a result. */
export function errorOf(result: GraphqlResult): { code?: string; fields: string[]; message?: string } {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, fields: (error?.extensions?.fields ?? []).map((f) => f.field), message: error?.message };
}
