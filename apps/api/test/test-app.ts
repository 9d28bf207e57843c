import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import type { UserRole } from '@tvaers/domain';
import { DataSource } from 'typeorm';
import type { AuthConfig } from '../src/auth/auth-config.js';
import type { JobsConfig } from '../src/modules/reporting/jobs-config.js';
import { issueToken } from '../src/auth/token.js';
import { createDataSource } from '../src/data-source.js';
import { AppModule } from '../src/app.module.js';
import { prepareDatabase } from '../src/prepare-database.js';
import { SqlCounter } from './sql-counter.js';
import type { Answer } from './answer.js';
import type { LoggingOptions } from '../src/modules/logging/logging.module.js';
import { createTestDatabase } from './test-database.js';

export interface GraphqlResult<T = Answer> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; reason: string }[] } }[];
}

export interface GraphqlClient {
  gql<T = Answer>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>>;
  ok<T = Answer>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export const TEST_AUTH = { tokenSecret: 'integration-tests-only-secret-0123456789abcdef', sessionSeconds: 3600 };

export interface TestApp {
  baseUrl: string;
  /** The database as its owner (a superuser): test set-up and direct checks, outside the app's role. */
  dataSource: DataSource;
  /** The app's own DataSource: works as tvaers_app with the request context's user. */
  appDataSource: DataSource;
  sql: SqlCounter;
  /** Posts a GraphQL operation and returns the raw result (data and errors). */
  gql<T = Answer>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<T = Answer>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /**
   * A client signed in as a fresh user with this role (PARTNER: of the given organisation): ADMIN is
   * platform-wide; any other role is a membership in each of `programmeIds` (default: every programme
   * that exists at the call).
   */
  as(role: UserRole, organisationId?: string, programmeIds?: string[]): Promise<GraphqlClient & { userId: string; token: string }>;
  /** A client without a token. */
  anonymous: GraphqlClient;
  /** HTTP routes registered by controllers, e.g. "GET /exports/audit.csv". */
  routes: string[];
  /** A provider of the running app (e.g. the job queue), for tests of what has no API. */
  get<T>(token: new (...args: never[]) => T): T;
  /** The Nest application itself, for tests of how it starts and stops. */
  nest: NestExpressApplication;
  /** Closes the app (unless a test closed it already) and drops its database. */
  close(): Promise<void>;
}

/**
 * The real app (HTTP, GraphQL, TypeORM) on its own freshly migrated database, or on the server at
 * `databaseUrl` (which the caller owns and the app does not drop).
 */
export async function createTestApp(
  options: {
    demoData?: boolean;
    databaseUrl?: string;
    port?: number;
    auth?: Partial<AuthConfig>;
    jobs?: Partial<JobsConfig>;
    graphqlExecution?: 'compiled' | 'interpreted';
    graphqlHttp?: 'direct' | 'express';
    metricsToken?: string;
    readDatabaseUrl?: (url: string) => string;
    readReplicaProbeMs?: number;
    logging?: LoggingOptions;
  } = {},
): Promise<TestApp> {
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  await prepareDatabase(database.url, { demoData: options.demoData ?? false, quiet: true });
  const sql = new SqlCounter();
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      databaseUrl: database.url,
      readDatabaseUrl: options.readDatabaseUrl?.(database.url),
      readReplicaProbeMs: options.readReplicaProbeMs,
      production: false,
      sqlLogger: sql,
      auth: { ...TEST_AUTH, ...options.auth },
      graphqlExecution: options.graphqlExecution,
      graphqlHttp: options.graphqlHttp,
      metricsToken: options.metricsToken,
      logging: options.logging,
      jobs: options.jobs && {
        enabled: false,
        smtpUrl: undefined,
        mailFrom: 'Tværs test <noreply@test.invalid>',
        publicUrl: 'http://tvaers.test',
        ...options.jobs,
      },
    }),
    {
      logger: ['error'],
    },
  );
  await app.listen(options.port ?? 0, '127.0.0.1');
  const owner = createDataSource(database.url, { poolSize: 2 });
  await owner.initialize();
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const client = (token?: string): GraphqlClient => {
    const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>> => {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        // The tests read the rules' English reasons; other languages are tested where they are asked for.
        headers: { 'content-type': 'application/json', 'accept-language': 'en', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResult<T>;
    };
    return {
      gql,
      ok: async <T>(query: string, variables?: Record<string, unknown>) => {
        const result = await gql<T>(query, variables);
        if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
        return result.data as T;
      },
    };
  };
  const as = async (role: UserRole, organisationId?: string, programmeIds?: string[]) => {
    const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.invalid`;
    const [{ id }] = await owner.query(`INSERT INTO users (email, name, role, organisation_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
      email,
      `Test ${role}`,
      role,
      organisationId ?? null,
    ]);
    if (role !== 'ADMIN') {
      await owner.query(
        `INSERT INTO memberships (user_id, programme_id, role, organisation_id)
         SELECT $1, p.id, $2, $3 FROM programmes p WHERE $4::uuid[] IS NULL OR p.id = ANY($4::uuid[])`,
        [id, role, role === 'PARTNER' ? (organisationId ?? null) : null, programmeIds ?? null],
      );
    }
    const { token } = issueToken({ sub: id, purpose: 'session', sid: randomUUID() }, TEST_AUTH.tokenSecret, TEST_AUTH.sessionSeconds);
    return { ...client(token), userId: id as string, token };
  };
  // Most tests act as an administrator; permission tests ask for other roles with `as`.
  const admin = await as('ADMIN');
  return {
    baseUrl,
    dataSource: owner,
    appDataSource: app.get(DataSource),
    sql,
    gql: admin.gql,
    ok: admin.ok,
    as,
    anonymous: client(),
    routes: httpRoutes(app),
    get: (token) => app.get(token),
    nest: app,
    close: async () => {
      if (app.get(DataSource).isInitialized) await app.close();
      await owner.destroy();
      await database.drop();
    },
  };
}

function httpRoutes(app: NestExpressApplication): string[] {
  const router = (
    app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }
  ).router;
  return router.stack.flatMap((layer) =>
    layer.route ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`) : [],
  );
}

/** The error code and the fields named in the first error of a result. */
export function errorOf(result: GraphqlResult): { code?: string; fields: string[]; message?: string } {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, fields: (error?.extensions?.fields ?? []).map((f) => f.field), message: error?.message };
}
